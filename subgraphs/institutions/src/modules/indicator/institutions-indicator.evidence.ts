import { IMPACT_ASSESSED_BEFORE_ISSUE } from '../procedure/impact-assessment.sql';
import type { InstitutionsMeasure } from './institutions-indicator.kinds';
import { PROCEDURE_SCOPE, TREES, unitBaseline, UNIT_SCOPE } from './institutions-indicator.scope';

/**
 * The records behind each institutions-owned figure (`IndicatorMeasures.evidenceSql`), by measure
 * kind: one row per record of the denominator, `numerator` 1 when the record meets the condition.
 */
export const EVIDENCE: { [K in InstitutionsMeasure['kind']]: (params: Extract<InstitutionsMeasure, { kind: K }>['params']) => string } = {
  // Procedures first issued in the year; counted when assessed before they were issued.
  new_procedures_impact_assessed: () => `${TREES}
    SELECT p.code AS id, 'PROCEDURE' AS kind, p.code || ' ' || p.name AS label, p.issued_on AS day,
           (${IMPACT_ASSESSED_BEFORE_ISSUE})::int AS numerator, 1 AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on >= make_date($1, 1, 1) AND p.issued_on <= make_date($1, 12, 31) AND ${PROCEDURE_SCOPE}`,
  // Procedures in force on 31 Dec; counted when disclosed by then.
  procedures_disclosed: () => `${TREES}
    SELECT p.code AS id, 'PROCEDURE' AS kind, p.code || ' ' || p.name AS label, make_date($1, 12, 31) AS day,
           (p.disclosed_on IS NOT NULL AND p.disclosed_on <= make_date($1, 12, 31))::int AS numerator, 1 AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on <= make_date($1, 12, 31) AND (p.abolished_on IS NULL OR p.abolished_on > make_date($1, 12, 31)) AND ${PROCEDURE_SCOPE}`,
  // Units in force on the baseline (denominator) or on 31 Dec (numerator): one row per unit code, so a
  // unit merged away shows 0/1 and a unit created since shows 1/0.
  admin_units_vs_baseline: ({ baseline }) => `${UNIT_SCOPE}, bounds AS (
      SELECT ${unitBaseline(baseline)} AS baseline, make_date($1, 12, 31) AS year_end
      FROM unit_list l
    ), in_force AS (
      SELECT v.code, v.full_name, d.day, d.day = b.year_end AS at_end FROM bounds b
      CROSS JOIN LATERAL (SELECT b.year_end AS day UNION SELECT b.baseline) d
      JOIN unit_version v ON (v.valid_from IS NULL OR v.valid_from <= d.day) AND (v.valid_to IS NULL OR v.valid_to >= d.day)
      WHERE (SELECT code FROM scope) IS NULL OR v.code IN (SELECT code FROM unit_tree)
    )
    SELECT code AS id, 'ADMINISTRATIVE_UNIT' AS kind,
           (array_agg(full_name ORDER BY at_end DESC))[1] || ' (' || code || ')' AS label,
           max(day) AS day,
           bool_or(at_end)::int AS numerator,
           bool_or(NOT at_end)::int AS denominator
    FROM in_force GROUP BY code`,
};
