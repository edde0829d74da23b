import {
  assertUnitCode, assertUuidArg, badInput, byKeys, isUuid, groupByKeys, decodeCursor, pageSize, sqlRows, toConnection, type ConnectionShape, type HubContext,
} from '@par/platform';
import { searchPattern } from '../shared/args';
import type { Agency, AgencyName } from './agency.type';
import { AgencyOrder, type AgencyFilter } from './agency.inputs';

const COLUMNS = `id, code, name, short_name AS "shortName", kind, parent_id AS "parentId", unit_code AS "unitCode",
  to_char(established_on, 'YYYY-MM-DD') AS "establishedOn", to_char(dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn"`;

const SORT_COLUMN: Record<AgencyOrder, string> = { [AgencyOrder.NAME]: 'name', [AgencyOrder.CODE]: 'code' };

/** Reads agencies; every by-id read goes through one per-request batch. */
export class AgencyService {
  constructor(private readonly ctx: HubContext) {}

  byId(id: string): Promise<Agency | null> {
    return this.ctx.loaders
      .get<string, Agency | null>('agency.byId', async (ids) => {
        const rows = await sqlRows<Agency>(this.ctx.em, `SELECT ${COLUMNS} FROM agency WHERE id = ANY($1::uuid[])`, [ids]);
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
    const where = `($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR unit_code = $2)
      AND ($3::uuid IS NULL OR parent_id = $3) AND ($4::text IS NULL OR search_key LIKE $4)
      AND ($5::date IS NULL OR ((established_on IS NULL OR established_on <= $5) AND (dissolved_on IS NULL OR dissolved_on >= $5)))`;
    const sort = SORT_COLUMN[order];
    const [{ total }] = await sqlRows<{ total: number }>(this.ctx.em, `SELECT count(*)::int AS total FROM agency WHERE ${where}`, params);
    if (cursor && (typeof cursor[0] !== 'string' || !isUuid(cursor[1]))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const rows = await sqlRows<Agency>(
      this.ctx.em,
      `SELECT ${COLUMNS} FROM agency WHERE ${where} AND ($6::text IS NULL OR (${sort}, id) > ($6::text, $7::uuid))
       ORDER BY ${sort}, id LIMIT $8`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
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
        const rows = await sqlRows<Agency & { key: string }>(
          this.ctx.em,
          `SELECT k.key, a.* FROM unnest($1::text[], $2::text[], $3::date[], $4::date[]) AS k(key, ucode, vfrom, vto)
           CROSS JOIN LATERAL (
             SELECT ${COLUMNS} FROM agency
             WHERE unit_code = k.ucode AND kind IN ('PROVINCIAL_PEOPLES_COMMITTEE','DISTRICT_PEOPLES_COMMITTEE','COMMUNE_PEOPLES_COMMITTEE')
               AND (established_on IS NULL OR k.vto IS NULL OR established_on <= k.vto)
               AND (dissolved_on IS NULL OR k.vfrom IS NULL OR dissolved_on >= k.vfrom)
             ORDER BY dissolved_on DESC NULLS FIRST LIMIT 1) a`,
          [keys, parts.map((p) => p[0]), parts.map((p) => p[1] || null), parts.map((p) => p[2] || null)],
        );
        return byKeys(keys, rows, (r) => r.key);
      })
      .load(`${unit.code}|${unit.validFrom ?? ''}|${unit.validTo ?? ''}`);
  }

  /** Every name of each agency, oldest first, batched. */
  names(id: string): Promise<AgencyName[]> {
    return this.ctx.loaders
      .get<string, Array<AgencyName & { agencyId: string }>>('agency.names', async (ids) => {
        const rows = await sqlRows<AgencyName & { agencyId: string }>(
          this.ctx.em,
          `SELECT agency_id AS "agencyId", name, short_name AS "shortName", to_char(valid_from, 'YYYY-MM-DD') AS "validFrom",
                  to_char(valid_to, 'YYYY-MM-DD') AS "validTo", confirmed, note
           FROM agency_name WHERE agency_id = ANY($1::uuid[]) ORDER BY agency_id, valid_from NULLS FIRST`,
          [ids],
        );
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
