import { Migration } from '@mikro-orm/migrations';

/**
 * Summaries whose size does not grow with the number of people (issue 17): staff per year × agency
 * × unit × category (the measures and the agency/unit figures read it instead of the finer staff
 * summary), and appointments per the same grain judged against their standards. Filled here from
 * what is already stored, with the SQL frozen as it read on this date; later definitions rebuild
 * with `npm run rollup:rebuild -- civil-servants`. Every write keeps them with the staff summary.
 */
export class Migration20261130090000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`CREATE TABLE staff_group_year (
      year int NOT NULL,
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      category text NOT NULL,
      headcount int NOT NULL,
      trained int NOT NULL,
      trained_2y int NOT NULL,
      legal_and_ethics int NOT NULL,
      skills int NOT NULL,
      ethics_and_specialised int NOT NULL,
      title_trained int NOT NULL,
      manager int NOT NULL,
      manager_trained int NOT NULL,
      electronic int NOT NULL,
      fits int NOT NULL,
      in_position int NOT NULL,
      intermediate_or_above int NOT NULL,
      PRIMARY KEY (year, agency_id, unit_code, category)
    )`);
    this.addSql('CREATE INDEX staff_group_year_agency_idx ON staff_group_year (agency_id, year)');
    this.addSql('CREATE INDEX staff_group_year_unit_idx ON staff_group_year (unit_code, year)');
    this.addSql(`CREATE TABLE appointment_year_summary (
      year int NOT NULL,
      agency_id uuid NOT NULL,
      unit_code varchar(10) NOT NULL,
      category text NOT NULL,
      appointments int NOT NULL,
      met int NOT NULL,
      PRIMARY KEY (year, agency_id, unit_code, category)
    )`);
    this
      .addSql(`INSERT INTO staff_group_year (year, agency_id, unit_code, category, headcount, trained, trained_2y, legal_and_ethics, skills, ethics_and_specialised, title_trained, manager, manager_trained, electronic, fits, in_position, intermediate_or_above)
  SELECT year, agency_id, unit_code, category, sum(headcount)::int, sum(trained)::int, sum(trained_2y)::int, sum(legal_and_ethics)::int, sum(skills)::int, sum(ethics_and_specialised)::int, sum(title_trained)::int, sum(manager)::int, sum(manager_trained)::int, sum(electronic)::int, sum(fits)::int, sum(in_position)::int,
         (coalesce(sum(headcount) FILTER (WHERE x.qualification <> 'BELOW_INTERMEDIATE'), 0))::int
    FROM staff_year_summary x WHERE true
   GROUP BY year, agency_id, unit_code, category`);
    this.addSql(`INSERT INTO appointment_year_summary (year, agency_id, unit_code, category, appointments, met)
  WITH years AS (SELECT DISTINCT extract(year FROM appointed_on)::int AS year FROM appointment),
  appointee_levels AS (
      SELECT ap.id,
             max(l.ord) FILTER (WHERE l.dimension = 'EDUCATION') AS education,
             max(l.ord) FILTER (WHERE l.dimension = 'POLITICAL_THEORY') AS political_theory,
             max(l.ord) FILTER (WHERE l.dimension = 'STATE_MANAGEMENT') AS state_management
        FROM appointment ap
        JOIN qualification_award qa ON qa.civil_servant_id = ap.civil_servant_id AND qa.awarded_on <= ap.appointed_on
        JOIN qualification_level l ON l.dimension = qa.dimension AND l.level = qa.level
       WHERE extract(year FROM ap.appointed_on)::int IN (SELECT year FROM years)
       GROUP BY ap.id),
    appointment_rows AS (
      SELECT ap.id, ap.civil_servant_id AS person_id, extract(year FROM ap.appointed_on)::int AS year, ap.appointed_on AS day, ap.kind,
             CASE WHEN ap.kind = 'RANK' THEN r.name ELSE ap.post END AS title, cs.agency_id, cs.unit_code, cs.category,
             me.ord IS NOT NULL AND coalesce(lv.education, 0) >= me.ord
               AND (mp.ord IS NULL OR coalesce(lv.political_theory, 0) >= mp.ord)
               AND (ms.ord IS NULL OR coalesce(lv.state_management, 0) >= ms.ord) AS met
        FROM appointment ap
        JOIN civil_servant cs ON cs.id = ap.civil_servant_id
        LEFT JOIN post_standard ps ON ap.kind = 'POST' AND ps.post = ap.post
        LEFT JOIN rank r ON r.code = CASE WHEN ap.kind = 'RANK' THEN ap.rank_code ELSE cs.rank_code END
        CROSS JOIN LATERAL (SELECT
             CASE WHEN ps.post IS NOT NULL THEN ps.min_qualification ELSE r.min_qualification END AS education,
             CASE WHEN ps.post IS NOT NULL THEN ps.min_political_theory ELSE r.min_political_theory END AS political_theory,
             CASE WHEN ps.post IS NOT NULL THEN ps.min_state_management ELSE r.min_state_management END AS state_management) std
        LEFT JOIN qualification_level me ON me.dimension = 'EDUCATION' AND me.level = std.education
        LEFT JOIN qualification_level mp ON mp.dimension = 'POLITICAL_THEORY' AND mp.level = std.political_theory
        LEFT JOIN qualification_level ms ON ms.dimension = 'STATE_MANAGEMENT' AND ms.level = std.state_management
        LEFT JOIN appointee_levels lv ON lv.id = ap.id
       WHERE extract(year FROM ap.appointed_on)::int IN (SELECT year FROM years))
  SELECT x.year, x.agency_id, x.unit_code, x.category, count(*)::int, (count(*) FILTER (WHERE x.met))::int
    FROM appointment_rows x JOIN civil_servant cs ON cs.id = x.person_id
   WHERE true
   GROUP BY 1, 2, 3, 4`);
  }
}
