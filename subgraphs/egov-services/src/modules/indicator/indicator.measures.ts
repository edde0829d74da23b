/**
 * How each e-government target of plan 851 is measured (the `measure` lines of the plan's target
 * list). Each entry is a SELECT of (numerator, denominator) with `$1` the year; `AGENCY(col)`,
 * `AGENCY_ONLY(col)` and `DOSSIER_UNIT(col)` mark the optional scope (`$2` an agency and its subordinates, `$3` a unit and its
 * sub-units), expanded by the service.
 */
const YEAR_MONTHS = `month >= make_date($1, 1, 1) AND month < make_date($1 + 1, 1, 1)`;

const survey = (kinds: string) => `SELECT sum(v.satisfied), sum(v.responses) FROM satisfaction_survey v
  WHERE v.year = $1 AND v.kind IN (${kinds}) AND AGENCY(v.agency_id)`;

const sector = (indicator: string) => `SELECT sum(s.numerator), sum(s.denominator) FROM sector_statistic s
  WHERE s.indicator = '${indicator}' AND s.year = $1 AND AGENCY(s.reporting_agency_id)`;

const grantedOnline = (kind: string) => `SELECT count(*) FILTER (WHERE d.channel = 'ONLINE'), count(*)
  FROM dossier d JOIN procedure_ref p ON p.code = d.procedure_code
  WHERE p.kind = '${kind}' AND d.resolved_year = $1 AND AGENCY_ONLY(d.agency_id) AND DOSSIER_UNIT(d.unit_code)`;

const documents = (direction: string, nonConfidentialOnly: boolean) => `SELECT sum(x.electronic), sum(x.electronic + x.paper)
  FROM document_exchange x WHERE x.direction = '${direction}' ${nonConfidentialOnly ? 'AND NOT x.confidential' : ''}
  AND ${YEAR_MONTHS.replace(/month/g, 'x.month')} AND AGENCY(x.agency_id)`;

export const MEASURES: Record<string, string> = {
  // satisfied survey responses / all survey responses on procedure handling, in the year
  TTHC_SATISFACTION: survey(`'PROCEDURE'`),
  // satisfied responses / responses, surveys of education and health public service units, in the year
  PUBLIC_SERVICE_SATISFACTION: survey(`'EDUCATION', 'HEALTH'`),
  // online public services at level 3 or 4 on 31 Dec / online public services on 31 Dec (a future year has no data yet)
  ONLINE_SERVICES_LEVEL_3_4: `SELECT count(*) FILTER (WHERE lv.level >= 3), count(*)
    FROM online_service o JOIN procedure_ref p ON p.code = o.procedure_code
    CROSS JOIN LATERAL (SELECT l.level FROM online_service_level l WHERE l.procedure_code = o.procedure_code
                          AND l.since <= make_date($1, 12, 31) ORDER BY l.since DESC LIMIT 1) lv
    WHERE o.launched_on <= make_date($1, 12, 31) AND make_date($1, 1, 1) <= current_date AND AGENCY(p.agency_id)`,
  TAX_DECLARATIONS_ONLINE: sector('TAX_DECLARATIONS_ONLINE'),
  TAX_PAID_ONLINE: sector('TAX_PAID_ONLINE'),
  SOCIAL_INSURANCE_ONLINE: sector('SOCIAL_INSURANCE_ONLINE'),
  // dossiers of the kind received online and resolved in the year / all of the kind resolved in the year
  BUSINESS_REGISTRATION_ONLINE: grantedOnline('BUSINESS_REGISTRATION'),
  INVESTMENT_CERTIFICATE_ONLINE: grantedOnline('INVESTMENT_CERTIFICATE'),
  // electronic non-confidential documents submitted to the PPC / non-confidential documents submitted to the PPC
  DOCS_TO_PPC_ELECTRONIC: documents('TO_PPC', true),
  // electronic documents exchanged between agencies / documents exchanged between agencies
  DOCS_INTERAGENCY_ELECTRONIC: documents('INTERAGENCY', false),
};

/** Scope CTEs shared by every measure of one statement. */
export const SCOPE_CTES = `WITH RECURSIVE scope_agency(id) AS (
    SELECT id FROM agency_ref WHERE id = $2::uuid
    UNION SELECT a.id FROM agency_ref a JOIN scope_agency s ON a.parent_id = s.id),
  scope_unit(code) AS (
    SELECT code FROM unit_ref WHERE code = $3::text
    UNION SELECT u.code FROM unit_ref u JOIN scope_unit s ON u.parent_code = s.code),
  unit_agency(id) AS (SELECT a.id FROM agency_ref a WHERE a.unit_code IN (SELECT code FROM scope_unit))`;

/** Expands the scope markers: data held by agencies is in a unit when its agency is located there; dossiers carry their own unit. */
export function expandScope(sql: string): string {
  const inAgency = (col: string) => `($2::uuid IS NULL OR ${col} IN (SELECT id FROM scope_agency))`;
  return sql
    .replace(/DOSSIER_UNIT\(([^)]+)\)/g, (_m, col: string) => `($3::text IS NULL OR ${col} IN (SELECT code FROM scope_unit))`)
    .replace(/AGENCY_ONLY\(([^)]+)\)/g, (_m, col: string) => inAgency(col))
    .replace(/AGENCY\(([^)]+)\)/g, (_m, col: string) => `${inAgency(col)} AND ($3::text IS NULL OR ${col} IN (SELECT id FROM unit_agency))`);
}
