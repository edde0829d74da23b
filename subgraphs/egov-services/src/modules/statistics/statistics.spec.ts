import { badInput, placeCtes, TIME_DIMENSIONS, type StatisticsFacts, type StatisticsSpec } from '@par/platform';

/**
 * What dossier statistics count. A dossier contributes two events: its receipt (when received)
 * and its resolution (when resolved); the summaries hold both, so every group's figures are
 * additive and the groups always sum to the ungrouped totals. Read from a summary, never from the
 * dossiers.
 */
export const DOSSIER_SPEC: StatisticsSpec = {
  dimensions: [
    TIME_DIMENSIONS.YEAR,
    TIME_DIMENSIONS.QUARTER,
    TIME_DIMENSIONS.MONTH,
    { name: 'CHANNEL', column: 'channel', alias: 'channel' },
    { name: 'AGENCY', column: 'agency_id', alias: 'agencyId' },
    { name: 'AGENCY_KIND', column: 'agency_kind', alias: 'agencyKind' },
    { name: 'PROCEDURE', column: 'procedure_code', alias: 'procedureCode' },
    { name: 'SECTOR', column: 'sector', alias: 'sector' },
    { name: 'DISTRICT', column: 'district', alias: 'districtCode' },
    { name: 'COMMUNE', column: 'commune', alias: 'communeCode' },
  ],
  measures: [
    { name: 'received', kind: 'count', sum: 'received', description: 'Dossiers received (tiếp nhận).' },
    { name: 'receivedOnline', kind: 'count', sum: 'online', description: 'Dossiers received online (tiếp nhận trực tuyến).' },
    { name: 'resolved', kind: 'count', sum: 'resolved', description: 'Dossiers resolved (đã giải quyết).' },
    { name: 'resolvedOnTime', kind: 'count', sum: 'on_time', description: 'Dossiers resolved on or before the promised date (đúng hạn).' },
    {
      name: 'onTimeRate', kind: 'percent', of: { numerator: 'resolvedOnTime', denominator: 'resolved' },
      description: 'Percent (0–100) of resolved dossiers resolved on time; null when none was resolved.',
    },
    {
      name: 'onlineRate', kind: 'percent', of: { numerator: 'receivedOnline', denominator: 'received' },
      description: 'Percent (0–100) of received dossiers received online; null when none was received.',
    },
  ],
};

/**
 * The summary that answers, the smallest holding every dimension and filter asked for: per month
 * (agency × unit × channel) for quarters and months; per year and procedure (agency × unit ×
 * procedure × channel) for procedures and sectors, and for places with agencies; per year and unit
 * (× channel) for places alone; else per year and agency (× channel): a few thousand rows however
 * many dossiers and procedures there are.
 */
export type EventSource = 'month' | 'procedure' | 'unit' | 'agency';

export interface DossierFilterValues {
  agencyId: string | null;
  agencyKinds: string[] | null;
  channel: string | null;
  procedureCode: string | null;
  sector: string | null;
  unitCode: string | null;
  asOf: string;
}

const has = (groupBy: readonly string[], ...dims: string[]) => dims.some((d) => groupBy.includes(d));
/** Placing in units walks the unit history, the dearest part: only when a place is asked for. */
const placed = (groupBy: readonly string[], f: DossierFilterValues) => has(groupBy, 'DISTRICT', 'COMMUNE') || !!f.unitCode;

function eventSource(groupBy: readonly string[], f: DossierFilterValues): EventSource {
  const byProcedure = has(groupBy, 'PROCEDURE', 'SECTOR') || !!f.procedureCode || !!f.sector;
  if (has(groupBy, 'QUARTER', 'MONTH')) {
    // The monthly summary leaves the procedure out to stay small: say so rather than count wrong.
    if (byProcedure) throw badInput('groupBy', 'QUARTER and MONTH cannot be combined with PROCEDURE, SECTOR or a procedure or sector filter');
    return 'month';
  }
  if (byProcedure) return 'procedure';
  const byAgency = has(groupBy, 'AGENCY', 'AGENCY_KIND') || !!f.agencyId || !!f.agencyKinds;
  return placed(groupBy, f) ? (byAgency ? 'procedure' : 'unit') : 'agency';
}

const NO_PROCEDURE = 'NULL::text AS procedure_code, NULL::text AS sector';
const WITH_AGENCY = { cols: 'r.agency_id, a.kind AS agency_kind', join: 'JOIN agency_ref a ON a.id = r.agency_id', where: '($1::uuid IS NULL OR r.agency_id = $1) AND ($2::text[] IS NULL OR a.kind = ANY($2))' };
const ROWS: Record<EventSource, { rows: string; year: string; day: string; procedure: string; agency: typeof WITH_AGENCY }> = {
  month: { rows: 'dossier_month_rollup r', year: 'extract(year FROM r.month)::int', day: 'r.month', procedure: NO_PROCEDURE, agency: WITH_AGENCY },
  procedure: { rows: 'dossier_year_rollup r JOIN procedure_ref p ON p.code = r.procedure_code', year: 'r.year::int', day: 'NULL::date', procedure: 'r.procedure_code, p.sector', agency: WITH_AGENCY },
  unit: {
    rows: 'dossier_unit_year_rollup r', year: 'r.year::int', day: 'NULL::date', procedure: NO_PROCEDURE,
    agency: { cols: 'NULL::uuid AS agency_id, NULL::text AS agency_kind', join: '', where: '$1::uuid IS NULL AND $2::text[] IS NULL' },
  },
  agency: { rows: 'dossier_agency_year_rollup r', year: 'r.year::int', day: 'NULL::date', procedure: NO_PROCEDURE, agency: WITH_AGENCY },
};

/** Parameters: $1 agency, $2 agency kinds, $3 channel, $4 procedure, $5 sector, $6 the day units are placed as of, $7 unit. */
export function dossierFacts(groupBy: readonly string[], f: DossierFilterValues): StatisticsFacts {
  const source = eventSource(groupBy, f);
  const r = ROWS[source];
  const place = placed(groupBy, f)
    ? { ctes: `${placeCtes('$6::date')},`, cols: 'pl.district, pl.commune', join: 'LEFT JOIN place pl ON pl.code = r.unit_code', where: '($7::text IS NULL OR $7 = ANY(pl.within))' }
    : { ctes: '', cols: 'NULL::text AS district, NULL::text AS commune', join: '', where: '$6::date IS NOT NULL AND $7::text IS NULL' };
  const procedure = source === 'procedure' ? '($4::text IS NULL OR r.procedure_code = $4) AND ($5::text IS NULL OR p.sector = $5)' : '$4::text IS NULL AND $5::text IS NULL';
  return {
    recursive: placed(groupBy, f),
    params: [f.agencyId, f.agencyKinds, f.channel, f.procedureCode, f.sector, f.asOf, f.unitCode],
    ctes: (inYears) => `${place.ctes}
  ev AS (
    SELECT ${r.year} AS year, ${r.day} AS day, r.channel, ${r.agency.cols}, ${r.procedure}, ${place.cols},
           r.received, CASE WHEN r.channel = 'ONLINE' THEN r.received ELSE 0 END AS online, r.resolved, r.resolved_on_time AS on_time
      FROM ${r.rows} ${r.agency.join} ${place.join}
     WHERE ${inYears(r.year)} AND ${r.agency.where} AND ($3::text IS NULL OR r.channel = $3)
       AND ${procedure} AND ${place.where})`,
  };
}
