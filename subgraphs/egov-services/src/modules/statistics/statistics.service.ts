import { assertGroupCount, badInput, MAX_STATISTICS_GROUPS, sqlRows, type HubContext } from '@par/platform';
import { assertUuid } from '../reference/reference.service';
import { DossierDimension, type DossierStatisticsFilter } from './statistics.inputs';
import type { DossierStatistic } from './statistics.type';

/** Dimension → column of the event stream; only these names ever reach the SQL text. */
const COLUMN: Record<DossierDimension, { column: string; alias: string }> = {
  [DossierDimension.YEAR]: { column: 'year', alias: 'year' },
  [DossierDimension.CHANNEL]: { column: 'channel', alias: 'channel' },
  [DossierDimension.AGENCY]: { column: 'agency_id', alias: 'agencyId' },
  [DossierDimension.PROCEDURE]: { column: 'procedure_code', alias: 'procedureCode' },
  [DossierDimension.SECTOR]: { column: 'sector', alias: 'sector' },
};

const FILTERS = `($3::uuid IS NULL OR r.agency_id = $3::uuid) AND ($4::text IS NULL OR r.procedure_code = $4)
  AND ($5::text IS NULL OR p.sector = $5)`;

/**
 * A dossier contributes two events: its receipt (in the year received) and its resolution (in the
 * year resolved); the yearly summary holds both, so every group's figures are additive and the
 * groups always sum to the ungrouped totals. Read from the yearly summary, not the dossiers: about
 * a tenth of the rows at province scale, and no more as dossiers grow.
 */
const EVENTS = `WITH ev AS (
  SELECT r.year, r.channel, r.agency_id, r.procedure_code, p.sector,
         r.received, CASE WHEN r.channel = 'ONLINE' THEN r.received ELSE 0 END AS online, r.resolved, r.resolved_on_time AS on_time
    FROM dossier_year_rollup r JOIN procedure_ref p ON p.code = r.procedure_code
   WHERE r.year BETWEEN $1 AND $2 AND ${FILTERS})`;

export class DossierStatisticsService {
  constructor(private readonly ctx: HubContext) {}

  async statistics(filter: DossierStatisticsFilter | null | undefined, groupBy: DossierDimension[]): Promise<DossierStatistic[]> {
    const from = filter?.yearFrom ?? 1900;
    const to = filter?.yearTo ?? 9999;
    if (from > to) throw badInput('filter.yearTo', `must not be before yearFrom (${from} > ${to})`);
    if (from < 1900 || to > 9999) throw badInput('filter.yearFrom', 'years must be between 1900 and 9999');
    const agencyId = filter?.agencyId ? assertUuid(filter.agencyId, 'filter.agencyId') : null;
    const dims = [...new Set(groupBy)].map((d) => COLUMN[d]);
    const select = Object.values(COLUMN)
      .map((c) => (dims.includes(c) ? `${c.column}::text AS "${c.alias}"` : `NULL AS "${c.alias}"`))
      .join(', ');
    const group = dims.length ? `GROUP BY ${dims.map((d) => d.column).join(', ')} ORDER BY ${dims.map((d) => d.column).join(', ')}` : '';
    const rows = await sqlRows<DossierStatistic>(
      this.ctx.em,
      `${EVENTS}
       SELECT ${select},
              coalesce(sum(received), 0)::int AS received, coalesce(sum(online), 0)::int AS "receivedOnline",
              coalesce(sum(resolved), 0)::int AS resolved, coalesce(sum(on_time), 0)::int AS "resolvedOnTime",
              round(100.0 * sum(on_time) / nullif(sum(resolved), 0), 2)::float8 AS "onTimeRate",
              round(100.0 * sum(online) / nullif(sum(received), 0), 2)::float8 AS "onlineRate"
         FROM ev ${group} LIMIT ${MAX_STATISTICS_GROUPS + 1}`,
      [from, to, agencyId, filter?.procedureCode ?? null, filter?.sector ?? null],
    );
    // The gateway's cost counts these groups as at most MAX_STATISTICS_GROUPS: keep that true.
    return assertGroupCount(rows).map((r) => ({ ...r, year: r.year === null ? null : Number(r.year) }));
  }
}
