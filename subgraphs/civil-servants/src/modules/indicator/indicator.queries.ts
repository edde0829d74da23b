import { defineQuery } from '@par/platform';
import { z } from 'zod';
import { AGENCY_ROWS_CTE } from '../job-position/job-position-scheme.sql';
import { inScope, SCOPE_TREES } from '../reference/reference.service';
import { yearEnd } from '../workforce/workforce.sql';
import { aggregates, type MeasureDef, type Population } from './indicator.measures';

/**
 * A year "has data" when anything was reported for it: a staffing quota, an evaluation or a training
 * completion. Without that, staff on the books would make a future year look measured. One-off
 * courses (professional-title standard, management before appointment) are personnel history that
 * can date from any earlier year: alone they would show zeros for years nobody reported.
 */
const REPORTED = (year: string) => `EXISTS (SELECT 1 FROM staffing_quota q WHERE q.year = ${year})
  OR EXISTS (SELECT 1 FROM evaluation e WHERE e.year = ${year})
  OR EXISTS (SELECT 1 FROM training_completion c JOIN training_course co ON co.id = c.course_id
              WHERE c.completed_on >= make_date(${year}, 1, 1) AND c.completed_on <= ${yearEnd(year)}
                AND co.kind NOT IN ('PROFESSIONAL_TITLE_STANDARD', 'MANAGEMENT_BEFORE_APPOINTMENT'))`;

/** Where each population's rows come from, the CTEs they need, and the columns that place them in a scope. */
const POPULATIONS: Record<Population, { rows: string; ctes: string; scope: [string, string] }> = {
  // Summaries: one row per year, agency, unit and category, their columns counting the facts.
  staff: { rows: 'staff_group_year', ctes: '', scope: ['x.agency_id', 'x.unit_code'] },
  agency: { rows: 'agency_rows', ctes: AGENCY_ROWS_CTE, scope: ['x.id', 'x.unit_code'] },
  appointment: { rows: 'appointment_year_summary', ctes: '', scope: ['x.agency_id', 'x.unit_code'] },
};

/**
 * One statement measuring `defs` for every scope and year: one grouped pass per population,
 * unpivoted to rows (`m` the measure's index); whether a year was reported is asked once per year,
 * not per scope and measure. Parameters: the scopes' years $1 (int[]), agencies $2 (uuid[]) and units $3 (text[]).
 */
export function workforceMeasurement(defs: MeasureDef[]) {
  const populations = [...new Set(defs.map((d) => d.population))];
  const ctes = populations.flatMap((p) => {
    const cols = defs
      .map((m, i) => ({ i, m }))
      .filter(({ m }) => m.population === p)
      .map(({ i, m }) => {
        const a = aggregates(m);
        return `(${a.den})::int AS d${i}, (${a.num})::int AS n${i}`;
      });
    const { rows, ctes: needs, scope } = POPULATIONS[p];
    return [
      ...(needs ? [needs] : []),
      `p_${p} AS (SELECT s.idx, ${cols.join(', ')} FROM scopes s JOIN ${rows} x ON x.year = s.year WHERE ${inScope(...scope)} GROUP BY s.idx)`,
    ];
  });
  const values = defs.map((d, i) => `(${i}, p_${d.population}.n${i}, p_${d.population}.d${i})`);
  const sql = `WITH RECURSIVE scopes AS (
      SELECT year, agency_id, unit_code, idx::int FROM unnest($1::int[], $2::uuid[], $3::text[]) WITH ORDINALITY AS u(year, agency_id, unit_code, idx)),
    years AS (SELECT DISTINCT year FROM scopes),
    ${SCOPE_TREES},
    ${ctes.join(',\n    ')},
    reported AS (SELECT y.year, (${REPORTED('y.year')}) AS yes FROM years y)
    SELECT s.idx, v.m, coalesce(v.num, 0) AS num, coalesce(v.den, 0) AS den, r.yes AS reported
      FROM scopes s JOIN reported r ON r.year = s.year ${populations.map((p) => `LEFT JOIN p_${p} ON p_${p}.idx = s.idx`).join(' ')}
     CROSS JOIN LATERAL (VALUES ${values.join(', ')}) AS v(m, num, den)`;
  return defineQuery(
    'workforceMeasurement',
    sql,
    z.object({ idx: z.number().int(), m: z.number().int(), num: z.number().int(), den: z.number().int(), reported: z.boolean() }),
  );
}
