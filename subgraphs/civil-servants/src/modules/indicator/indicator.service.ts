import { scopeKey, sqlRows, type IndicatorMeasures } from '@par/platform';
import { inScope, SCOPE_TREES } from '../reference/reference.service';
import { yearEnd } from '../workforce/workforce.sql';
import { MEASURES, POPULATION_SQL, SCOPE_COLUMNS, type Population } from './indicator.measures';

/**
 * A year "has data" when anything was reported for it: a staffing quota, an evaluation or a training
 * completion. Without that, staff on the books would make a future year look measured. One-off
 * courses (professional-title standard, management before appointment) are personnel history that
 * can date from any earlier year: alone they would show zeros for years nobody reported.
 */
const REPORTED = `EXISTS (SELECT 1 FROM staffing_quota q WHERE q.year = s.year)
  OR EXISTS (SELECT 1 FROM evaluation e WHERE e.year = s.year)
  OR EXISTS (SELECT 1 FROM training_completion c JOIN training_course co ON co.id = c.course_id
              WHERE c.completed_on >= make_date(s.year, 1, 1) AND c.completed_on <= ${yearEnd('s.year')}
                AND co.kind NOT IN ('PROFESSIONAL_TITLE_STANDARD', 'MANAGEMENT_BEFORE_APPOINTMENT'))`;

/** Builds one statement measuring `codes` for every scope: one aggregate per population, unpivoted to rows. */
function measurementSql(codes: string[]): string {
  const populations = [...new Set(codes.map((c) => MEASURES[c].population))] as Population[];
  const ctes = populations.map((p) => {
    const cols = codes
      .map((c, i) => ({ c, i, m: MEASURES[c] }))
      .filter(({ m }) => m.population === p)
      .map(({ i, m }) => `count(*) FILTER (WHERE (${m.den}))::int AS d${i}, count(*) FILTER (WHERE (${m.den}) AND (${m.num}))::int AS n${i}`);
    const [agencyCol, unitCol] = SCOPE_COLUMNS[p];
    return `p_${p} AS (SELECT s.idx, ${cols.join(', ')} FROM ${POPULATION_SQL[p]} WHERE ${inScope(agencyCol, unitCol)} GROUP BY s.idx)`;
  });
  const values = codes.map((c, i) => `('${c}', p_${MEASURES[c].population}.n${i}, p_${MEASURES[c].population}.d${i})`);
  return `WITH RECURSIVE scopes AS (
      SELECT year, agency_id, unit_code, idx::int FROM unnest($1::int[], $2::uuid[], $3::text[]) WITH ORDINALITY AS u(year, agency_id, unit_code, idx)),
    ${SCOPE_TREES},
    ${ctes.join(',\n    ')}
    SELECT s.idx, v.code, coalesce(v.num, 0) AS num, coalesce(v.den, 0) AS den, (${REPORTED}) AS reported
      FROM scopes s ${populations.map((p) => `LEFT JOIN p_${p} ON p_${p}.idx = s.idx`).join(' ')}
     CROSS JOIN LATERAL (VALUES ${values.join(', ')}) AS v(code, num, den)`;
}

/** The civil-service targets, measured for every code and scope of a request in one statement. */
export const workforceMeasures: IndicatorMeasures = {
  measures: (code) => code in MEASURES,

  async measureMany(em, keys) {
    const codes = [...new Set(keys.map((k) => k.code))].filter((c) => c in MEASURES);
    if (!codes.length) return keys.map(() => null);
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    const rows = await sqlRows<{ idx: number; code: string; num: number; den: number; reported: boolean }>(em, measurementSql(codes), [
      scopes.map((s) => s.year),
      scopes.map((s) => s.agencyId),
      scopes.map((s) => s.unitCode),
    ]);
    const found = new Map(rows.map((r) => [`${r.code}|${scopeKey(scopes[r.idx - 1])}`, r]));
    return keys.map((k) => {
      const r = found.get(`${k.code}|${scopeKey(k.scope)}`);
      // No data for the year, or nobody to measure: no measurement rather than a misleading zero.
      return r && r.reported && r.den > 0 ? { numerator: r.num, denominator: r.den } : null;
    });
  },

  evidenceSql: () => null,
};
