import { scopeKey, sqlRows, type IndicatorMeasures, type Ratio } from '@par/platform';
import { IMPACT_ASSESSED_BEFORE_ISSUE } from '../procedure/impact-assessment.sql';
import { EVIDENCE } from './institutions-indicator.evidence';
import { PROCEDURE_SCOPE, TREES, UNIT_BASELINE, UNIT_SCOPE } from './institutions-indicator.scope';

/** The SQL of each institutions-owned target, from the `measure` lines of the plan: returns numerator and denominator. */
const MEASURES: Record<string, string> = {
  // Procedures first issued in the year with an impact assessment dated on or before their issue / procedures first issued in the year.
  TTHC_NEW_IMPACT_ASSESSED: `${TREES}
    SELECT count(*) FILTER (WHERE ${IMPACT_ASSESSED_BEFORE_ISSUE})::int AS numerator, count(*)::int AS denominator
    FROM administrative_procedure p WHERE p.issued_on >= make_date($1, 1, 1) AND p.issued_on <= make_date($1, 12, 31) AND ${PROCEDURE_SCOPE}`,
  // Procedures in force on 31 Dec that are disclosed by then / procedures in force on 31 Dec.
  TTHC_PUBLICLY_DISCLOSED: `${TREES}
    SELECT count(*) FILTER (WHERE p.disclosed_on <= make_date($1, 12, 31))::int AS numerator, count(*)::int AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on <= make_date($1, 12, 31) AND (p.abolished_on IS NULL OR p.abolished_on > make_date($1, 12, 31)) AND ${PROCEDURE_SCOPE}`,
  // Units in force on 31 Dec / units in force on the baseline: the plan's date, or the earliest unit list held when that
  // is later. Years before the earliest list have no data (denominator 0).
  ADMIN_UNITS_NOT_INCREASED: `${UNIT_SCOPE}, bounds AS (
      SELECT min(l.in_force_from) AS first_list, ${UNIT_BASELINE} AS baseline
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
/** Institutions' own targets (DESIGN §6), one statement per scope: each measure a subquery of one UNION ALL. */
export const institutionsMeasures: IndicatorMeasures = {
  measures: (code) => code in MEASURES,

  async measureMany(em, keys) {
    const codes = [...new Set(keys.map((k) => k.code))].filter((c) => c in MEASURES);
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    if (!codes.length) return keys.map(() => null);
    // Every code and scope in one statement: each measure runs once per scope as a lateral subquery,
    // its `$1`–`$3` bound to the scope's year, agency and unit. No units or procedures to measure
    // against, or a year not yet begun, is no data — which is not zero.
    const bound = (sql: string) => sql.replace(/\$([123])(?!\d)/g, (_m, n: string) => ['s.year', 's.agency_id', 's.unit_code'][Number(n) - 1]);
    const rows = await sqlRows<Ratio & { idx: number; code: string }>(
      em,
      `SELECT s.idx::int AS idx, m.code, m.numerator, m.denominator
       FROM unnest($1::int[], $2::uuid[], $3::text[]) WITH ORDINALITY AS s(year, agency_id, unit_code, idx)
       CROSS JOIN LATERAL (${codes.map((c) => `SELECT '${c}' AS code, numerator, denominator FROM (${bound(MEASURES[c])}) x`).join(' UNION ALL ')}) m
       WHERE m.denominator > 0 AND make_date(s.year, 1, 1) <= current_date`,
      [scopes.map((s) => s.year), scopes.map((s) => s.agencyId), scopes.map((s) => s.unitCode)],
    );
    const found = new Map(rows.map((r) => [`${r.code}|${scopeKey(scopes[r.idx - 1])}`, { numerator: r.numerator, denominator: r.denominator }]));
    return keys.map((k) => found.get(`${k.code}|${scopeKey(k.scope)}`) ?? null);
  },

  evidenceSql: (code) => EVIDENCE[code] ?? null,
};
