/**
 * SQL of the e-government measure kinds, written once per kind of record; parameters reach here
 * only as values their kind's schema validated (indicator.measures.ts). Templates take `$1::int` for
 * the year and mark the optional scope with `AGENCY(col)` (data held by an agency: the agency and
 * its subordinates, and for a unit the agencies located in it or its sub-units), `AGENCY_ONLY(col)`
 * (the agency and its subordinates only) and `DOSSIER_UNIT(col)` (dossiers carry their own unit).
 *
 * `records` lists what lies behind a figure, one row per record: `id, kind, label, day, numerator,
 * denominator` (a single record adds 1 to the denominator and 1 or 0 to the numerator; a reported
 * batch adds its own counts). Labels carry no personal data.
 */
export interface TargetSql {
  /** The records behind the figure. */
  records: string;
  /** `SELECT numerator, denominator` when the figure is read from a summary rather than summed over `records`. */
  figure?: string;
}

const YEAR_MONTHS = (col: string) => `${col} >= make_date($1::int, 1, 1) AND ${col} < make_date($1::int + 1, 1, 1)`;

/** Survey batches of the given kinds: each adds its satisfied responses and its responses. */
export const surveys = (kinds: string[]): TargetSql => ({
  records: `SELECT v.id::text AS id, 'SURVEY_BATCH' AS kind, v.kind || ' survey ' || v.year || ', agency ' || v.agency_id AS label,
      make_date(v.year, 12, 31) AS day, v.satisfied AS numerator, v.responses AS denominator
    FROM satisfaction_survey v
   WHERE v.year = $1::int AND v.kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) AND AGENCY(v.agency_id)`,
});

/** A sector office's yearly figure, as reported. */
export const sectorStatistic = (indicator: string): TargetSql => ({
  records: `SELECT s.indicator || '/' || s.year || '/' || s.reporting_agency_id AS id, 'SECTOR_STATISTIC' AS kind,
      s.indicator || ' ' || s.year || ', reported by agency ' || s.reporting_agency_id AS label,
      make_date(s.year, 12, 31) AS day, s.numerator, s.denominator
    FROM sector_statistic s
   WHERE s.indicator = '${indicator}' AND s.year = $1::int AND AGENCY(s.reporting_agency_id)`,
});

/** An agency's documents of a month: the electronic ones of all sent. */
export const documentMonths = (direction: string, nonConfidentialOnly: boolean): TargetSql => ({
  records: `SELECT x.agency_id || '/' || to_char(x.month, 'YYYY-MM') || '/' || x.direction || CASE WHEN x.confidential THEN '/CONFIDENTIAL' ELSE '' END AS id,
      'DOCUMENT_MONTH' AS kind,
      x.direction || CASE WHEN x.confidential THEN ' confidential' ELSE '' END || ' documents of ' || to_char(x.month, 'YYYY-MM') || ', agency ' || x.agency_id AS label,
      x.month AS day, x.electronic AS numerator, x.electronic + x.paper AS denominator
    FROM document_exchange x
   WHERE x.direction = '${direction}' ${nonConfidentialOnly ? 'AND NOT x.confidential' : ''} AND ${YEAR_MONTHS('x.month')} AND AGENCY(x.agency_id)`,
});

/** Each online service launched by 31 December, counted when its level then was at least `minLevel`; a future year has no records yet. */
export const onlineServicesAtLevel = (minLevel: number): TargetSql => ({
  records: `SELECT o.procedure_code AS id, 'ONLINE_SERVICE' AS kind,
      'online service of procedure ' || o.procedure_code || ', level ' || lv.level || ' since ' || to_char(lv.since, 'YYYY-MM-DD') AS label,
      lv.since AS day, (lv.level >= ${minLevel})::int AS numerator, 1 AS denominator
    FROM online_service o JOIN procedure_ref p ON p.code = o.procedure_code
    CROSS JOIN LATERAL (SELECT l.level, l.since FROM online_service_level l WHERE l.procedure_code = o.procedure_code
                          AND l.since <= make_date($1::int, 12, 31) ORDER BY l.since DESC LIMIT 1) lv
   WHERE o.launched_on <= make_date($1::int, 12, 31) AND make_date($1::int, 1, 1) <= current_date AND AGENCY(p.agency_id)`,
});

/**
 * Dossiers of a procedure kind resolved in the year, counted when received online. The figure is
 * read from the yearly dossier summary; the records are the dossiers themselves.
 */
export const resolvedDossiersOnline = (procedureKind: string): TargetSql => ({
  records: `SELECT d.id::text AS id, 'DOSSIER' AS kind, 'dossier of procedure ' || d.procedure_code || ', received ' || d.channel || ', resolved ' || d.outcome AS label,
      d.resolved_on AS day, (d.channel = 'ONLINE')::int AS numerator, 1 AS denominator
    FROM dossier d JOIN procedure_ref p ON p.code = d.procedure_code
   WHERE p.kind = '${procedureKind}' AND d.resolved_year = $1::int AND AGENCY_ONLY(d.agency_id) AND DOSSIER_UNIT(d.unit_code)`,
  // Reached through the few procedures of the kind (OFFSET 0 keeps the planner from turning this
  // back into a scan of the whole year's summary): the cost follows the kind, not the province.
  figure: `SELECT coalesce(sum(r.resolved) FILTER (WHERE r.channel = 'ONLINE'), 0), sum(r.resolved)
    FROM procedure_ref p
    CROSS JOIN LATERAL (SELECT y.* FROM dossier_year_rollup y WHERE y.procedure_code = p.code AND y.year = $1::int OFFSET 0) r
   WHERE p.kind = '${procedureKind}' AND AGENCY_ONLY(r.agency_id) AND DOSSIER_UNIT(r.unit_code)`,
});

/** A target's figure as `SELECT numerator, denominator`: from its summary, or the sums over its records. */
export const figureSql = (t: TargetSql): string => t.figure ?? `SELECT sum(e.numerator), sum(e.denominator) FROM (${t.records}) e`;

/** Scope of one measurement: `$1` year, `$2` agency, `$3` unit (the evidence of a figure). */
const ONE_SCOPE_CTES = `WITH RECURSIVE scope_agency(id) AS (
    SELECT id FROM agency_ref WHERE id = $2::uuid
    UNION SELECT a.id FROM agency_ref a JOIN scope_agency s ON a.parent_id = s.id),
  scope_unit(code) AS (
    SELECT code FROM unit_ref WHERE code = $3::text
    UNION SELECT u.code FROM unit_ref u JOIN scope_unit s ON u.parent_code = s.code),
  unit_agency(id) AS (SELECT a.id FROM agency_ref a WHERE a.unit_code IN (SELECT code FROM scope_unit))`;

/**
 * Scopes of many measurements at once, `sc(i, year, agency_id, unit_code)` from the parallel arrays
 * `$1` years, `$2` agencies, `$3` units; the scope sets are keyed by `i`.
 */
const MANY_SCOPES_CTES = `WITH RECURSIVE sc(i, year, agency_id, unit_code) AS (
    SELECT x.i::int, x.year, x.agency_id, x.unit_code FROM unnest($1::int[], $2::uuid[], $3::text[]) WITH ORDINALITY AS x(year, agency_id, unit_code, i)),
  scope_agency(i, id) AS (
    SELECT sc.i, a.id FROM sc JOIN agency_ref a ON a.id = sc.agency_id
    UNION SELECT sa.i, a.id FROM agency_ref a JOIN scope_agency sa ON a.parent_id = sa.id),
  scope_unit(i, code) AS (
    SELECT sc.i, u.code FROM sc JOIN unit_ref u ON u.code = sc.unit_code
    UNION SELECT su.i, u.code FROM unit_ref u JOIN scope_unit su ON u.parent_code = su.code),
  unit_agency(i, id) AS (SELECT su.i, a.id FROM scope_unit su JOIN agency_ref a ON a.unit_code = su.code)`;

interface ScopeTerms {
  year: string;
  agency: string;
  unit: string;
  set: (name: string, column: string) => string;
}
const ONE: ScopeTerms = { year: '$1::int', agency: '$2::uuid', unit: '$3::text', set: (name, column) => `SELECT ${column} FROM ${name}` };
// `sc` is the scope row; the templates never use that alias.
const MANY: ScopeTerms = {
  year: 'sc.year',
  agency: 'sc.agency_id',
  unit: 'sc.unit_code',
  set: (name, column) => `SELECT x.${column} FROM ${name} x WHERE x.i = sc.i`,
};

function expand(sql: string, t: ScopeTerms): string {
  const inAgency = (col: string) => `(${t.agency} IS NULL OR ${col} IN (${t.set('scope_agency', 'id')}))`;
  return sql
    .replace(/\$1::int/g, t.year)
    .replace(/DOSSIER_UNIT\(([^)]+)\)/g, (_m, col: string) => `(${t.unit} IS NULL OR ${col} IN (${t.set('scope_unit', 'code')}))`)
    .replace(/AGENCY_ONLY\(([^)]+)\)/g, (_m, col: string) => inAgency(col))
    .replace(/AGENCY\(([^)]+)\)/g, (_m, col: string) => `${inAgency(col)} AND (${t.unit} IS NULL OR ${col} IN (${t.set('unit_agency', 'id')}))`);
}

/** The records behind one figure, in the platform's evidence form (`$1` year, `$2` agency, `$3` unit). */
export const evidenceStatement = (t: TargetSql): string => `${ONE_SCOPE_CTES}\n${expand(t.records, ONE)}`;

/**
 * Every figure asked in a request in one statement: for each scope `i` of the arrays `$1`–`$3`,
 * rows `(i, m, numerator, denominator)`, `m` the position of the measure in `measures`.
 */
export function figuresStatement(measures: readonly TargetSql[]): string {
  const union = measures
    .map((t, m) => `SELECT ${m}::int AS m, f.numerator, f.denominator FROM (${expand(figureSql(t), MANY)}) AS f(numerator, denominator)`)
    .join('\n    UNION ALL ');
  return `${MANY_SCOPES_CTES}\nSELECT sc.i, x.m, x.numerator::bigint AS numerator, x.denominator::bigint AS denominator\n  FROM sc CROSS JOIN LATERAL (${union}) x`;
}
