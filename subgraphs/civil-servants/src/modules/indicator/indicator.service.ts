import { measureId, queryRows, scopeKey, type IndicatorMeasures } from '@par/platform';
import { APPOINTMENT_ROWS_CTE } from '../appointment/appointment-standards.sql';
import { AGENCY_ROWS_CTE } from '../job-position/job-position-scheme.sql';
import { inScope, SCOPE_TREES } from '../reference/reference.service';
import { staffFactsCtes } from '../workforce/workforce-rollup.sql';
import { yearEnd } from '../workforce/workforce.sql';
import { definitionOf, recordTerms, WORKFORCE_KINDS, type Population, type WorkforceMeasure } from './indicator.measures';
import { workforceMeasurement } from './indicator.queries';

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
    const rows = await queryRows(em, workforceMeasurement(measures.map(definitionOf)), [
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
