import { assertGroupCount, assertUnitCode, assertUuidArg, assertYearRange, badInput, compareYears, groupPage, isIsoDate, MAX_STATISTICS_GROUPS, orderByClause, sqlRows, toGroupConnection, type ConnectionShape, type HubContext, type YearRange } from '@par/platform';
import { DossierDimension, type DossierStatisticsField, type DossierStatisticsArgs, type DossierStatisticsPageArgs } from './statistics.inputs';
import { groupsSql, type EventSource } from './statistics.sql';
import type { DossierFigureChange, DossierFigures, DossierStatistic } from './statistics.type';

/** Dimension → column of the event stream and alias of the answer; only these names reach the SQL text. */
const DIMENSION: Record<DossierDimension, { column: string; alias: string }> = {
  [DossierDimension.YEAR]: { column: 'year', alias: 'year' },
  [DossierDimension.CHANNEL]: { column: 'channel', alias: 'channel' },
  [DossierDimension.AGENCY]: { column: 'agency_id', alias: 'agencyId' },
  [DossierDimension.AGENCY_KIND]: { column: 'agency_kind', alias: 'agencyKind' },
  [DossierDimension.PROCEDURE]: { column: 'procedure_code', alias: 'procedureCode' },
  [DossierDimension.SECTOR]: { column: 'sector', alias: 'sector' },
  [DossierDimension.DISTRICT]: { column: 'district', alias: 'districtCode' },
  [DossierDimension.COMMUNE]: { column: 'commune', alias: 'communeCode' },
};

const MEASURE: Partial<Record<DossierStatisticsField, string>> = {
  RECEIVED: 'received',
  RECEIVED_ONLINE: 'online',
  RESOLVED: 'resolved',
  RESOLVED_ON_TIME: 'on_time',
  ON_TIME_RATE: 'on_time_rate',
  ONLINE_RATE: 'online_rate',
};
const CHANGE: Partial<Record<DossierStatisticsField, string>> = {
  RECEIVED_CHANGE: 'd_received',
  ON_TIME_RATE_CHANGE: 'd_on_time_rate',
  ONLINE_RATE_CHANGE: 'd_online_rate',
};

type Row = Record<string, string | number | null>;
/** An unfiltered statistic spans every year the dossiers can have; a filter may not reach outside it. */
const OPEN_YEARS = { min: 1900, max: 9999 } as const satisfies YearRange;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function figures(r: Row, p: string): DossierFigures {
  return {
    received: Number(r[`${p}received`]),
    receivedOnline: Number(r[`${p}online`]),
    resolved: Number(r[`${p}resolved`]),
    resolvedOnTime: Number(r[`${p}on_time`]),
    onTimeRate: num(r[`${p}on_time_rate`]),
    onlineRate: num(r[`${p}online_rate`]),
  };
}
function change(r: Row, p: 'd_' | 'r_'): DossierFigureChange {
  return {
    received: num(r[`${p}received`]),
    receivedOnline: num(r[`${p}online`]),
    resolved: num(r[`${p}resolved`]),
    resolvedOnTime: num(r[`${p}on_time`]),
    onTimeRate: num(r[`${p}on_time_rate`]),
    onlineRate: num(r[`${p}online_rate`]),
  };
}

export class DossierStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  /** Every group (at most MAX_STATISTICS_GROUPS, else refused), sorted. */
  async statistics(args: DossierStatisticsArgs): Promise<DossierStatistic[]> {
    const { rows } = await this.query(args, MAX_STATISTICS_GROUPS + 1, 0);
    // The gateway's cost counts these groups as at most MAX_STATISTICS_GROUPS: keep that true.
    return assertGroupCount(rows);
  }

  /** One page of the sorted groups, with how many there are in all. */
  async page(args: DossierStatisticsPageArgs): Promise<ConnectionShape<DossierStatistic>> {
    const page = groupPage(args.first, args.after);
    let { rows, total } = await this.query(args, page.limit, page.offset);
    if (!rows.length && page.offset > 0) total = (await this.query(args, 1, 0)).total;
    return toGroupConnection(rows, page, total);
  }

  private async query(args: DossierStatisticsArgs, limit: number, offset: number): Promise<{ rows: DossierStatistic[]; total: number }> {
    const { filter } = args;
    const [from, to] = assertYearRange(filter?.yearFrom ?? OPEN_YEARS.min, filter?.yearTo ?? OPEN_YEARS.max, {
      range: OPEN_YEARS,
      fields: { from: 'filter.yearFrom', to: 'filter.yearTo' },
    });
    const agencyId = filter?.agencyId ? assertUuidArg(filter.agencyId, 'filter.agencyId') : null;
    const unitCode = filter?.unitCode == null ? null : assertUnitCode(filter.unitCode, 'filter.unitCode');
    const compared = compareYears(args.compareTo);
    const groupBy = [...new Set(args.groupBy)];
    if (compared && groupBy.includes(DossierDimension.YEAR)) throw badInput('compareTo', 'compares years within each group: do not also group by YEAR');
    if (args.asOf != null && !isIsoDate(args.asOf)) throw badInput('asOf', 'must be a date YYYY-MM-DD');
    const asOf = args.asOf ?? (filter?.yearTo ? `${to}-12-31` : compared ? `${compared[1]}-12-31` : new Date().toISOString().slice(0, 10));
    const kinds = filter?.agencyKinds?.length ? filter.agencyKinds : null;
    if (kinds?.some((k) => !/^[A-Z_]{1,40}$/.test(k))) throw badInput('filter.agencyKinds', 'names AgencyKind values such as DEPARTMENT');

    const dims = groupBy.map((d) => DIMENSION[d]);
    const select = Object.values(DIMENSION)
      .map((c) => (dims.includes(c) ? `${c.column}::text AS "${c.alias}"` : `NULL::text AS "${c.alias}"`))
      .join(', ');
    const columns: Partial<Record<DossierStatisticsField, string>> = { ...MEASURE };
    for (const d of groupBy) columns[d as unknown as DossierStatisticsField] = `"${DIMENSION[d].alias}"`;
    for (const [f, c] of Object.entries(CHANGE)) if (compared) columns[f as DossierStatisticsField] = c;
    (args.orderBy ?? []).forEach((o, i) => {
      if (!(o.field in columns)) {
        const why = o.field in CHANGE ? 'needs compareTo' : 'is a dimension not in groupBy';
        throw badInput(`orderBy[${i}].field`, `${o.field} ${why}`);
      }
    });
    const order = orderByClause(args.orderBy, columns as Record<DossierStatisticsField, string>, dims.map((d) => `"${d.alias}"`));
    const source: EventSource =
      groupBy.includes(DossierDimension.DISTRICT) || groupBy.includes(DossierDimension.COMMUNE) || unitCode
        ? 'place'
        : groupBy.includes(DossierDimension.PROCEDURE) || groupBy.includes(DossierDimension.SECTOR) || filter?.procedureCode || filter?.sector
          ? 'procedure'
          : 'agency';

    const raw = await sqlRows<Row>(this.ctx.em, groupsSql(source, select, dims.map((d) => d.column), order), [
      from, to, agencyId, filter?.procedureCode ?? null, filter?.sector ?? null, asOf, unitCode, kinds,
      filter?.channel ?? null, compared?.[0] ?? null, compared?.[1] ?? null, limit, offset,
    ]);
    const rows = raw.map((r): DossierStatistic => ({
      year: num(r.year),
      channel: r.channel as DossierStatistic['channel'],
      agencyId: r.agencyId as string | null,
      agencyKind: r.agencyKind as string | null,
      procedureCode: r.procedureCode as string | null,
      sector: r.sector as string | null,
      districtCode: r.districtCode as string | null,
      communeCode: r.communeCode as string | null,
      ...figures(r, ''),
      change: compared
        ? { yearFrom: compared[0], yearTo: compared[1], from: figures(r, 'f_'), to: figures(r, 't_'), difference: change(r, 'd_'), ratio: change(r, 'r_') }
        : null,
    }));
    return { rows, total: Number(raw[0]?.total_count ?? 0) };
  }
}
