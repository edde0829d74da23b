import { IMPACT_ASSESSED_BEFORE_ISSUE } from '../procedure/impact-assessment.sql';
import { PROCEDURE_SCOPE, TREES } from './institutions-indicator.scope';

/**
 * The records behind each institutions-owned figure (`IndicatorMeasures.evidenceSql`): one row per
 * record of the denominator, `numerator` 1 when the record meets the target's condition.
 */
export const EVIDENCE: Record<string, string> = {
  // Procedures first issued in the year; counted when assessed before they were issued.
  TTHC_NEW_IMPACT_ASSESSED: `${TREES}
    SELECT p.code AS id, 'PROCEDURE' AS kind, p.code || ' ' || p.name AS label, p.issued_on AS day,
           (${IMPACT_ASSESSED_BEFORE_ISSUE})::int AS numerator, 1 AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on >= make_date($1, 1, 1) AND p.issued_on <= make_date($1, 12, 31) AND ${PROCEDURE_SCOPE}`,
  // Procedures in force on 31 Dec; counted when disclosed by then.
  TTHC_PUBLICLY_DISCLOSED: `${TREES}
    SELECT p.code AS id, 'PROCEDURE' AS kind, p.code || ' ' || p.name AS label, make_date($1, 12, 31) AS day,
           (p.disclosed_on IS NOT NULL AND p.disclosed_on <= make_date($1, 12, 31))::int AS numerator, 1 AS denominator
    FROM administrative_procedure p
    WHERE p.issued_on <= make_date($1, 12, 31) AND (p.abolished_on IS NULL OR p.abolished_on > make_date($1, 12, 31)) AND ${PROCEDURE_SCOPE}`,
};
