import { yearEnd } from '../workforce/workforce.sql';

/**
 * Agencies in force on 31 December of each year of the CTE `years`, with what says whether their
 * staff are organised by an approved job-position scheme: the day their first position was approved
 * (`scheme_on`), their staff in service (`staff`) and how many of them hold one of the agency's
 * positions approved by then (`placed`), from the staff summary per agency. One grouped pass each, joined once.
 */
export const AGENCY_ROWS_CTE = `agency_scheme AS (
      SELECT agency_id, min(approved_on) AS approved_on FROM job_position GROUP BY agency_id),
    agency_staff AS (
      SELECT year, agency_id, sum(headcount)::int AS staff, sum(in_position)::int AS placed
        FROM staff_group_year WHERE year IN (SELECT year FROM years) GROUP BY year, agency_id),
    agency_rows AS (
      SELECT y.year, a.id, a.kind, a.unit_code, sc.approved_on AS scheme_on,
             coalesce(sc.approved_on <= ${yearEnd('y.year')}, false) AS has_scheme,
             coalesce(st.staff, 0) AS staff, coalesce(st.placed, 0) AS placed
        FROM years y
        JOIN agency_ref a ON (a.established_on IS NULL OR a.established_on <= ${yearEnd('y.year')})
                         AND (a.dissolved_on IS NULL OR a.dissolved_on > ${yearEnd('y.year')})
        LEFT JOIN agency_scheme sc ON sc.agency_id = a.id
        LEFT JOIN agency_staff st ON st.agency_id = a.id AND st.year = y.year)`;
