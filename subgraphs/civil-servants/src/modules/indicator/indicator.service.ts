import { measureId, scopeKey, sqlRows, type IndicatorMeasures } from '@par/platform';
import { APPOINTMENT_ROWS_CTE } from '../appointment/appointment-standards.sql';
import { AGENCY_ROWS_CTE } from '../job-position/job-position-scheme.sql';
import { inScope, SCOPE_TREES } from '../reference/reference.service';
import { staffFactsCtes } from '../workforce/workforce-rollup.sql';
import { yearEnd } from '../workforce/workforce.sql';
import { aggregates, definitionOf, recordTerms, WORKFORCE_KINDS, type MeasureDef, type Population, type WorkforceMeasure } from './indicator.measures';

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
 * not per scope and measure.
 */
function measurementSql(defs: MeasureDef[]): string {
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
  return `WITH RECURSIVE scopes AS (
      SELECT year, agency_id, unit_code, idx::int FROM unnest($1::int[], $2::uuid[], $3::text[]) WITH ORDINALITY AS u(year, agency_id, unit_code, idx)),
    years AS (SELECT DISTINCT year FROM scopes),
    ${SCOPE_TREES},
    ${ctes.join(',\n    ')},
    reported AS (SELECT y.year, (${REPORTED('y.year')}) AS yes FROM years y)
    SELECT s.idx, v.m, coalesce(v.num, 0) AS num, coalesce(v.den, 0) AS den, r.yes AS reported
      FROM scopes s JOIN reported r ON r.year = s.year ${populations.map((p) => `LEFT JOIN p_${p} ON p_${p}.idx = s.idx`).join(' ')}
     CROSS JOIN LATERAL (VALUES ${values.join(', ')}) AS v(m, num, den)`;
}

/** What each evidence record shows: no personal field, only what places it in the measure. */
const EVIDENCE: Record<Population, { from: string; ctes: string; select: string; scope: [string, string] }> = {
  staff: {
    ctes: staffFactsCtes(),
    from: 'staff_facts x LEFT JOIN rank r ON r.code = x.rank_code',
    select: `x.id::text AS id, 'STAFF' AS kind, concat_ws(' · ', x.category, r.name, x.qualification) AS label, ${yearEnd('x.year')} AS day`,
    scope: ['x.agency_id', 'x.unit_code'],
  },
  agency: {
    ctes: AGENCY_ROWS_CTE,
    from: 'agency_rows x',
    select: `x.id::text AS id, 'AGENCY' AS kind,
      concat_ws(' · ', x.kind, 'unit ' || x.unit_code, CASE WHEN x.has_scheme THEN 'scheme approved ' || x.scheme_on ELSE 'no approved scheme' END,
                x.placed || ' of ' || x.staff || ' staff in approved positions') AS label, ${yearEnd('x.year')} AS day`,
    scope: ['x.id', 'x.unit_code'],
  },
  appointment: {
    ctes: APPOINTMENT_ROWS_CTE,
    from: 'appointment_rows x',
    select: `x.id::text AS id, 'APPOINTMENT' AS kind, concat_ws(' · ', x.kind, x.title, x.category) AS label, x.day`,
    scope: ['x.agency_id', 'x.unit_code'],
  },
};

function evidenceSql(measure: WorkforceMeasure): string {
  const m = definitionOf(measure);
  const e = EVIDENCE[m.population];
  const t = recordTerms(m);
  return `WITH RECURSIVE scopes AS (SELECT 1 AS idx, $1::int AS year, $2::uuid AS agency_id, $3::text AS unit_code),
      years AS (SELECT $1::int AS year),
      ${SCOPE_TREES},
      ${e.ctes}
    SELECT ${e.select}, ((${t.num}) IS TRUE)::int AS numerator, 1 AS denominator
      FROM scopes s, ${e.from}
     WHERE x.year = s.year AND (${t.den}) AND ${inScope(...e.scope)}`;
}

/** The workforce measure kinds, measured for every measure and scope of a request in one statement. */
export const workforceMeasures: IndicatorMeasures<WorkforceMeasure> = {
  read: WORKFORCE_KINDS.read,

  async measureMany(em, keys) {
    const measures = [...new Map(keys.map((k) => [measureId(k.measure), k.measure])).values()];
    if (!measures.length) return keys.map(() => null);
    const index = new Map(measures.map((m, i) => [measureId(m), i]));
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    const rows = await sqlRows<{ idx: number; m: number; num: number; den: number; reported: boolean }>(em, measurementSql(measures.map(definitionOf)), [
      scopes.map((s) => s.year),
      scopes.map((s) => s.agencyId),
      scopes.map((s) => s.unitCode),
    ]);
    const found = new Map(rows.map((r) => [`${r.m}|${scopeKey(scopes[r.idx - 1])}`, r]));
    return keys.map((k) => {
      const r = found.get(`${index.get(measureId(k.measure))}|${scopeKey(k.scope)}`);
      // No data for the year, or nobody to measure: no measurement rather than a misleading zero.
      return r && r.reported && r.den > 0 ? { numerator: r.num, denominator: r.den } : null;
    });
  },

  evidenceSql,
};
