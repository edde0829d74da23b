import { APPOINTMENT_ROWS_CTE } from '../appointment/appointment-standards.sql';
import { activeAt, yearEnd } from './workforce.sql';

/**
 * The per-person facts of a year that the workforce figures and the plan's measures count, written
 * once: the staff summary groups them, evidence lists them, so the two cannot disagree. Set-based:
 * training is read from the per-person-year summary and the one-off courses from one grouped pass,
 * each joined once, never probed per person.
 *
 * `years` must be a CTE with a column `year`; `people` a condition on `cs` choosing whose facts.
 */
export function staffFactsCtes(people = 'true'): string {
  const chosen = `civil_servant_id IN (SELECT cs.id FROM civil_servant cs WHERE ${people})`;
  return `title_first AS (
      SELECT civil_servant_id, min(year) AS year FROM training_person_year
       WHERE kinds @> '{PROFESSIONAL_TITLE_STANDARD}' AND ${chosen} GROUP BY civil_servant_id),
    managed_before AS (
      SELECT DISTINCT tc.civil_servant_id FROM training_completion tc
        JOIN training_course co ON co.id = tc.course_id AND co.kind = 'MANAGEMENT_BEFORE_APPOINTMENT'
        JOIN civil_servant p ON p.id = tc.civil_servant_id
       WHERE co.ends_on < p.post_appointed_on AND tc.completed_on < p.post_appointed_on AND tc.${chosen}),
    staff_facts AS (
      SELECT cs.id, y.year, cs.agency_id, cs.unit_code, cs.category, cs.rank_code, cs.qualification,
             true AS headcount,
             t.kinds IS NOT NULL AS trained,
             (t.kinds IS NOT NULL OR tp.kinds IS NOT NULL) AS trained_2y,
             coalesce(t.kinds @> '{LEGAL_KNOWLEDGE,PUBLIC_SERVICE_ETHICS}', false) AS legal_and_ethics,
             coalesce(t.kinds @> '{SKILLS_AND_METHODS}', false) AS skills,
             coalesce(t.kinds @> '{PUBLIC_SERVICE_ETHICS,SPECIALISED_SKILLS}', false) AS ethics_and_specialised,
             coalesce(tf.year <= y.year, false) AS title_trained,
             coalesce(cs.post_appointed_on <= ${yearEnd('y.year')}, false) AS manager,
             coalesce(cs.post_appointed_on <= ${yearEnd('y.year')} AND mb.civil_servant_id IS NOT NULL, false) AS manager_trained,
             coalesce(cs.electronic_record_on <= ${yearEnd('y.year')}, false) AS electronic,
             cs.specialisation_fits AS fits,
             coalesce(jp.approved_on <= ${yearEnd('y.year')}, false) AS in_position,
             ${INTERMEDIATE_OR_ABOVE('cs.qualification')} AS intermediate_or_above
        FROM years y
        JOIN civil_servant cs ON ${activeAt('cs', 'y.year')} AND ${people}
        LEFT JOIN training_person_year t ON t.civil_servant_id = cs.id AND t.year = y.year
        LEFT JOIN training_person_year tp ON tp.civil_servant_id = cs.id AND tp.year = y.year - 1
        LEFT JOIN title_first tf ON tf.civil_servant_id = cs.id
        LEFT JOIN managed_before mb ON mb.civil_servant_id = cs.id
        LEFT JOIN job_position jp ON jp.id = cs.job_position_id AND jp.agency_id = cs.agency_id)`;
}

/** The counted facts, in the order of the summary's columns after its grain. */
export const STAFF_FACT_COLUMNS = [
  'trained', 'trained_2y', 'legal_and_ethics', 'skills', 'ethics_and_specialised', 'title_trained',
  'manager', 'manager_trained', 'electronic', 'fits', 'in_position',
] as const;
export type StaffFact = (typeof STAFF_FACT_COLUMNS)[number] | 'headcount';

const GRAIN = 'year, agency_id, unit_code, category, rank_code, qualification';

/** Rewrites the staff summary of the people chosen by `people` (whole agencies), for every year of `years`. */
export const insertStaffSummarySql = (people: string) => `INSERT INTO staff_year_summary (${GRAIN}, headcount, ${STAFF_FACT_COLUMNS.join(', ')})
  WITH years AS (SELECT generate_series(first_year, last_year) AS year FROM rollup_window WHERE name = 'staff'),
  ${staffFactsCtes(people)}
  SELECT ${GRAIN}, count(*)::int, ${STAFF_FACT_COLUMNS.map((c) => `(count(*) FILTER (WHERE ${c}))::int`).join(', ')}
    FROM staff_facts GROUP BY ${GRAIN}`;

/**
 * The staff summary folded to the grain the measures and the agency/unit figures need (year ×
 * agency × unit × category): a few thousand rows whatever the number of people, so a province-wide
 * measurement reads as much at ten provinces' data as at one. Written from `staff_year_summary` of
 * the agencies chosen by `agencies` (a condition on `x`), in the same transaction.
 */
export const insertStaffGroupSql = (agencies: string) => `INSERT INTO staff_group_year (year, agency_id, unit_code, category, headcount, ${STAFF_FACT_COLUMNS.join(', ')}, intermediate_or_above)
  SELECT year, agency_id, unit_code, category, sum(headcount)::int, ${STAFF_FACT_COLUMNS.map((c) => `sum(${c})::int`).join(', ')},
         (coalesce(sum(headcount) FILTER (WHERE ${INTERMEDIATE_OR_ABOVE('x.qualification')}), 0))::int
    FROM staff_year_summary x WHERE ${agencies}
   GROUP BY year, agency_id, unit_code, category`;

/** Qualified at intermediate level or above (the scale's lowest rung is below it). */
const INTERMEDIATE_OR_ABOVE = (qualification: string) => `${qualification} <> 'BELOW_INTERMEDIATE'`;

/**
 * Appointments judged against their standards, counted per year × the appointee's agency, unit and
 * category (the rows evidence lists, grouped). `people` is a condition on `cs` choosing whose
 * appointments are written; every year that has an appointment is covered.
 */
export const insertAppointmentSummarySql = (people: string) => `INSERT INTO appointment_year_summary (year, agency_id, unit_code, category, appointments, met)
  WITH years AS (SELECT DISTINCT extract(year FROM appointed_on)::int AS year FROM appointment),
  ${APPOINTMENT_ROWS_CTE}
  SELECT x.year, x.agency_id, x.unit_code, x.category, count(*)::int, (count(*) FILTER (WHERE x.met))::int
    FROM appointment_rows x JOIN civil_servant cs ON cs.id = x.person_id
   WHERE ${people}
   GROUP BY 1, 2, 3, 4`;

/** Which training kinds each person completed in each year; `completions` is a condition on `tc`. */
export const insertTrainingYearsSql = (completions: string) => `INSERT INTO training_person_year (civil_servant_id, year, kinds)
  SELECT tc.civil_servant_id, extract(year FROM tc.completed_on)::int, array_agg(DISTINCT co.kind ORDER BY co.kind)
    FROM training_completion tc JOIN training_course co ON co.id = tc.course_id
   WHERE ${completions}
   GROUP BY 1, 2`;

/**
 * The years the data reports on (quotas, ratings, training): the staff summary covers them. A
 * year nobody reported has no figures, as the measures already say (no data, not zero).
 */
export const REPORTED_WINDOW_SQL = `SELECT min(y)::int AS first, max(y)::int AS last FROM (
    SELECT min(year) AS y FROM staffing_quota UNION ALL SELECT max(year) FROM staffing_quota
    UNION ALL SELECT min(year) FROM evaluation UNION ALL SELECT max(year) FROM evaluation
    UNION ALL SELECT extract(year FROM min(completed_on))::int FROM training_completion
    UNION ALL SELECT extract(year FROM max(completed_on))::int FROM training_completion) w`;
