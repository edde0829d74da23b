import { measureId, queryRows, scopeKey, type IndicatorMeasures } from '@par/platform';
import { IMPACT_ASSESSED_BEFORE_ISSUE } from '../procedure/impact-assessment.sql';
import { EVIDENCE } from './institutions-indicator.evidence';
import { institutionsMeasurement } from './institutions-indicator.queries';
import { INSTITUTIONS_KINDS, type InstitutionsMeasure } from './institutions-indicator.kinds';
import { PROCEDURE_SCOPE, TREES, unitBaseline, UNIT_SCOPE } from './institutions-indicator.scope';

/** The SQL of each institutions measure kind: returns numerator and denominator. */
const MEASURES: { [K in InstitutionsMeasure['kind']]: (params: Extract<InstitutionsMeasure, { kind: K }>['params']) => string } = {
  // Procedures first issued in the year with an impact assessment dated on or before their issue / procedures first issued in the year.
  new_procedures_impact_assessed: () => `${TREES}
    SELECT count(*) FILTER (WHERE ${IMPACT_ASSESSED_BEFORE_ISSUE})::int AS numerator, count(*)::int AS denominator
    FROM administrative_procedure p WHERE p.issued_on >= make_date($1, 1, 1) AND p.issued_on <= make_date($1, 12, 31) AND ${PROCEDURE_SCOPE}`,
  // Procedures in force on 31 Dec that are disclosed by then / procedures in force on 31 Dec.
  procedures_disclosed: () => `${TREES}
    SELECT count(*) FILTER (WHERE p.disclosed_on <= make_date($1, 12, 31))::int AS numerator, count(*)::int AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on <= make_date($1, 12, 31) AND (p.abolished_on IS NULL OR p.abolished_on > make_date($1, 12, 31)) AND ${PROCEDURE_SCOPE}`,
  // Units in force on 31 Dec / units in force on the baseline: the plan's date, or the earliest unit list held when that
  // is later. Years before the earliest list have no data (denominator 0).
  admin_units_vs_baseline: ({ baseline }) => `${UNIT_SCOPE}, bounds AS (
      SELECT min(l.in_force_from) AS first_list, ${unitBaseline(baseline)} AS baseline
      FROM unit_list l
    ), in_force AS (
      SELECT DISTINCT v.code, d.day FROM unit_version v
      CROSS JOIN LATERAL (SELECT make_date($1, 12, 31) AS day UNION ALL SELECT baseline FROM bounds) d
      WHERE (v.valid_from IS NULL OR v.valid_from <= d.day) AND (v.valid_to IS NULL OR v.valid_to >= d.day)
        AND ((SELECT code FROM scope) IS NULL OR v.code IN (SELECT code FROM unit_tree))
    )
    SELECT count(*) FILTER (WHERE i.day = make_date($1, 12, 31))::int AS numerator,
           CASE WHEN make_date($1, 12, 31) < b.first_list OR b.first_list IS NULL THEN 0
                WHEN $2::uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agency WHERE id = $2::uuid) THEN 0
                ELSE count(*) FILTER (WHERE i.day = b.baseline)::int END AS denominator
    FROM bounds b LEFT JOIN in_force i ON true GROUP BY b.first_list, b.baseline`,
};
/** A measure's SQL with its validated parameters. */
const sqlOf = (m: InstitutionsMeasure): string => (MEASURES[m.kind] as (p: InstitutionsMeasure['params']) => string)(m.params);
const evidenceOf = (m: InstitutionsMeasure): string => (EVIDENCE[m.kind] as (p: InstitutionsMeasure['params']) => string)(m.params);

/** Institutions' own measure kinds (DESIGN §6), one statement for every scope: each measure a subquery of one UNION ALL. */
export const institutionsMeasures: IndicatorMeasures<InstitutionsMeasure> = {
  read: INSTITUTIONS_KINDS.read,

  async measureMany(em, keys) {
    const measures = [...new Map(keys.map((k) => [measureId(k.measure), k.measure])).values()];
    const position = new Map(measures.map((m, i) => [measureId(m), i]));
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    if (!measures.length) return keys.map(() => null);
    // Every measure and scope in one statement: each measure runs once per scope as a lateral subquery,
    // its `$1`–`$3` bound to the scope's year, agency and unit. No units or procedures to measure
    // against, or a year not yet begun, is no data — which is not zero.
    const bound = (sql: string) => sql.replace(/\$([123])(?!\d)/g, (_m, n: string) => ['s.year', 's.agency_id', 's.unit_code'][Number(n) - 1]);
    const rows = await queryRows(em, institutionsMeasurement(measures.map((x) => bound(sqlOf(x)))), [
      scopes.map((s) => s.year),
      scopes.map((s) => s.agencyId),
      scopes.map((s) => s.unitCode),
    ]);
    const found = new Map(rows.map((r) => [`${r.m}|${scopeKey(scopes[r.idx - 1])}`, { numerator: r.numerator, denominator: r.denominator }]));
    return keys.map((k) => found.get(`${position.get(measureId(k.measure))}|${scopeKey(k.scope)}`) ?? null);
  },

  evidenceSql: evidenceOf,
};
