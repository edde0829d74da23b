import {
  assertUnitCode, assertUuidArg, badInput, byKeys, isUuid, groupByKeys, decodeCursor, pageSize, queryRows, toConnection, type ConnectionShape, type HubContext,
} from '@par/platform';
import { searchPattern } from '../shared/args';
import type { Agency, AgencyName } from './agency.type';
import { AgencyOrder, type AgencyFilter } from './agency.inputs';
import { AGENCIES_BY_IDS, AGENCY_COUNT, AGENCY_NAMES, AGENCY_PAGE, PEOPLES_COMMITTEES_OF_VERSIONS } from './agency.queries';

/** Reads agencies; every by-id read goes through one per-request batch. */
export class AgencyService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Agency | null> {
    return this.ctx.loaders
      .get<string, Agency | null>('agency.byId', async (ids) => {
        const rows = await queryRows(this.ctx.em, AGENCIES_BY_IDS, [ids]);
        return byKeys(ids, rows, (r) => r.id);
      })
      .load(id.toLowerCase());
  }

  /** One keyset page of agencies matching `filter`, sorted by `order` then id. */
  async list(filter: AgencyFilter | null | undefined, order: AgencyOrder, first: number, after: string | null | undefined): Promise<ConnectionShape<Agency>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const params: unknown[] = [
      filter?.kind ?? null,
      filter?.unitCode == null ? null : assertUnitCode(filter.unitCode, 'filter.unitCode'),
      filter?.parentId == null ? null : assertUuidArg(filter.parentId, 'filter.parentId'),
      searchPattern(filter?.search),
      filter?.asOf ?? null,
    ];
    const [{ total }] = await queryRows(this.ctx.em, AGENCY_COUNT, params);
    if (cursor && (typeof cursor[0] !== 'string' || !isUuid(cursor[1]))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const rows = await queryRows(this.ctx.em, AGENCY_PAGE[order], [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1]);
    return toConnection(rows, limit, total, (r) => [order === AgencyOrder.NAME ? r.name : r.code, r.id], Boolean(cursor));
  }

  /**
   * The People's Committee of each unit version, batched: the committee of that code whose life overlaps
   * the version's (a renamed unit keeps its committee; a code reused for a new unit had none of its own).
   */
  peoplesCommitteeOf(unit: { code: string; validFrom: string | null; validTo: string | null }): Promise<Agency | null> {
    return this.ctx.loaders
      .get<string, Agency | null>('agency.peoplesCommitteeOf', async (keys) => {
        const parts = keys.map((k) => k.split('|'));
        const rows = await queryRows(this.ctx.em, PEOPLES_COMMITTEES_OF_VERSIONS, [keys, parts.map((p) => p[0]), parts.map((p) => p[1] || null), parts.map((p) => p[2] || null)]);
        return byKeys(keys, rows, (r) => r.key);
      })
      .load(`${unit.code}|${unit.validFrom ?? ''}|${unit.validTo ?? ''}`);
  }

  /** Every name of each agency, oldest first, batched. */
  names(id: string): Promise<AgencyName[]> {
    return this.ctx.loaders
      .get<string, Array<AgencyName & { agencyId: string }>>('agency.names', async (ids) => {
        const rows = await queryRows(this.ctx.em, AGENCY_NAMES, [ids]);
        return groupByKeys(ids, rows, (r) => r.agencyId);
      })
      .load(id);
  }

  /** The name an agency had on a day: the one in use then, else its first (before it existed) or its last (after). */
  async nameOn(agency: Agency, date: string): Promise<string> {
    const names = await this.names(agency.id);
    const inUse = names.find((n) => (!n.validFrom || n.validFrom <= date) && (!n.validTo || n.validTo >= date));
    if (inUse) return inUse.name;
    if (!names.length) return agency.name;
    return names[0].validFrom && date < names[0].validFrom ? names[0].name : names[names.length - 1].name;
  }
}
