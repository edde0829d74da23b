import { Migration } from '@mikro-orm/migrations';

/**
 * Fills the summaries created by the previous migration from the facts already in the database, so a
 * hub seeded before they existed shows its figures at once. The SQL is frozen here as it read on this
 * date (a migration never changes); later definitions rebuild with `npm run rollup:rebuild`.
 * On an empty database it writes nothing; the seed builds the summaries itself.
 */
export class Migration20261130070000 extends Migration {
  async up(): Promise<void> {
    this.addSql('DELETE FROM training_person_year');
    this.addSql('DELETE FROM staff_year_summary');
    this.addSql(`DELETE FROM rollup_window WHERE name = 'staff'`);
    this.addSql(`INSERT INTO training_person_year (civil_servant_id, year, kinds)
  SELECT tc.civil_servant_id, extract(year FROM tc.completed_on)::int, array_agg(DISTINCT co.kind ORDER BY co.kind)
    FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
   WHERE true
   GROUP BY 1, 2`);
    this.addSql(`INSERT INTO rollup_window (name, first_year, last_year)
      SELECT 'staff', w.first, w.last FROM (SELECT min(y)::int AS first, max(y)::int AS last FROM (
    SELECT min(year) AS y FROM staffing_quota UNION ALL SELECT max(year) FROM staffing_quota
    UNION ALL SELECT min(year) FROM evaluation UNION ALL SELECT max(year) FROM evaluation
    UNION ALL SELECT extract(year FROM min(completed_on))::int FROM training_completion
    UNION ALL SELECT extract(year FROM max(completed_on))::int FROM training_completion) w) w WHERE w.first IS NOT NULL`);
    this.addSql(`INSERT INTO staff_year_summary (year, agency_id, unit_code, category, rank_code, qualification, headcount, trained, trained_2y, legal_and_ethics, skills, ethics_and_specialised, title_trained, manager, manager_trained, electronic, fits, in_position)
  WITH years AS (SELECT generate_series(first_year, last_year) AS year FROM rollup_window WHERE name = 'staff'),
  title_first AS (
      SELECT civil_servant_id, min(year) AS year FROM training_person_year
       WHERE kinds @> '{PROFESSIONAL_TITLE_STANDARD}' AND civil_servant_id IN (SELECT cs.id FROM civil_servant cs WHERE true) GROUP BY civil_servant_id),
    managed_before AS (
      SELECT DISTINCT tc.civil_servant_id FROM training_completion tc
        JOIN training_course co ON co.id = tc.course_id AND co.kind = 'MANAGEMENT_BEFORE_APPOINTMENT'
        JOIN civil_servant p ON p.id = tc.civil_servant_id
       WHERE co.ends_on < p.post_appointed_on AND tc.completed_on < p.post_appointed_on AND tc.civil_servant_id IN (SELECT cs.id FROM civil_servant cs WHERE true)),
    staff_facts AS (
      SELECT cs.id, y.year, cs.agency_id, cs.unit_code, cs.category, cs.rank_code, cs.qualification,
             true AS headcount,
             t.kinds IS NOT NULL AS trained,
             (t.kinds IS NOT NULL OR tp.kinds IS NOT NULL) AS trained_2y,
             coalesce(t.kinds @> '{LEGAL_KNOWLEDGE,PUBLIC_SERVICE_ETHICS}', false) AS legal_and_ethics,
             coalesce(t.kinds @> '{SKILLS_AND_METHODS}', false) AS skills,
             coalesce(t.kinds @> '{PUBLIC_SERVICE_ETHICS,SPECIALISED_SKILLS}', false) AS ethics_and_specialised,
             coalesce(tf.year <= y.year, false) AS title_trained,
             coalesce(cs.post_appointed_on <= make_date(y.year, 12, 31), false) AS manager,
             coalesce(cs.post_appointed_on <= make_date(y.year, 12, 31) AND mb.civil_servant_id IS NOT NULL, false) AS manager_trained,
             coalesce(cs.electronic_record_on <= make_date(y.year, 12, 31), false) AS electronic,
             cs.specialisation_fits AS fits,
             coalesce(jp.approved_on <= make_date(y.year, 12, 31), false) AS in_position
        FROM years y
        JOIN civil_servant cs ON cs.hired_on <= make_date(y.year, 12, 31) AND (cs.left_on IS NULL OR cs.left_on > make_date(y.year, 12, 31)) AND true
        LEFT JOIN training_person_year t ON t.civil_servant_id = cs.id AND t.year = y.year
        LEFT JOIN training_person_year tp ON tp.civil_servant_id = cs.id AND tp.year = y.year - 1
        LEFT JOIN title_first tf ON tf.civil_servant_id = cs.id
        LEFT JOIN managed_before mb ON mb.civil_servant_id = cs.id
        LEFT JOIN job_position jp ON jp.id = cs.job_position_id AND jp.agency_id = cs.agency_id)
  SELECT year, agency_id, unit_code, category, rank_code, qualification, count(*)::int, (count(*) FILTER (WHERE trained))::int, (count(*) FILTER (WHERE trained_2y))::int, (count(*) FILTER (WHERE legal_and_ethics))::int, (count(*) FILTER (WHERE skills))::int, (count(*) FILTER (WHERE ethics_and_specialised))::int, (count(*) FILTER (WHERE title_trained))::int, (count(*) FILTER (WHERE manager))::int, (count(*) FILTER (WHERE manager_trained))::int, (count(*) FILTER (WHERE electronic))::int, (count(*) FILTER (WHERE fits))::int, (count(*) FILTER (WHERE in_position))::int
    FROM staff_facts GROUP BY year, agency_id, unit_code, category, rank_code, qualification`);
  }
}
