import {
  badInput, byKeys, forbidden, decodeCursor, pageSize, sqlRows, toConnection, type ConnectionShape, type HubContext,
} from '@par/platform';
import { assertUuid, isUuid, searchPattern } from '../shared/args';
import { assertUnitCode } from '../administrative-unit/administrative-unit.service';
import type { Agency } from './agency.type';
import { AgencyOrder, type AgencyFilter } from './agency.inputs';

export const assertAgencyId = (id: string, arg = 'id'): string => assertUuid(id, arg, 'an agency id');

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
      filter?.parentId == null ? null : assertAgencyId(filter.parentId, 'filter.parentId'),
      searchPattern(filter?.search),
    ];
    const where = `($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR unit_code = $2)
      AND ($3::uuid IS NULL OR parent_id = $3) AND ($4::text IS NULL OR search_key LIKE $4)`;
    const sort = SORT_COLUMN[order];
    const [{ total }] = await sqlRows<{ total: number }>(this.ctx.em, `SELECT count(*)::int AS total FROM agency WHERE ${where}`, params);
    if (cursor && (typeof cursor[0] !== 'string' || !isUuid(cursor[1]))) {
      throw badInput('after', 'is not a cursor returned by this connection');
    }
    const rows = await sqlRows<Agency>(
      this.ctx.em,
      `SELECT ${COLUMNS} FROM agency WHERE ${where} AND ($5::text IS NULL OR (${sort}, id) > ($5::text, $6::uuid))
       ORDER BY ${sort}, id LIMIT $7`,
      [...params, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1],
    );
    return toConnection(rows, limit, total, (r) => [order === AgencyOrder.NAME ? r.name : r.code, r.id], Boolean(cursor));
  }

  /** Whether `agencyId` is `ancestorId` or one of its subordinates, following parent links upwards. */
  async isWithin(agencyId: string, ancestorId: string): Promise<boolean> {
    const rows = await sqlRows<{ ok: boolean }>(
      this.ctx.em,
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM agency WHERE id = $1::uuid
         UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM agency a JOIN up ON a.id = up.parent_id WHERE up.depth < 20
       ) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2::uuid) AS ok`,
      [agencyId, ancestorId],
    );
    return rows[0]?.ok ?? false;
  }

  /** An editor whose token names an agency may only write that agency's records and its subordinates'. */
  async assertMayEdit(agencyId: string | null): Promise<void> {
    const own = this.ctx.caller.agencyId;
    if (!own) return;
    if (!agencyId || !(await this.isWithin(agencyId, own))) throw forbidden('This editor may only write records of its own agency and its subordinates');
  }

  /** The People's Committee of each unit code, batched. */
  peoplesCommitteeOf(unitCode: string): Promise<Agency | null> {
    return this.ctx.loaders
      .get<string, Agency | null>('agency.peoplesCommitteeOf', async (codes) => {
        const rows = await sqlRows<Agency>(
          this.ctx.em,
          // A unit keeps its code through renames, so its committee is the latest one for that code, even one
          // dissolved by a merge (a merged commune seen as of a date before the merge still had it).
          `SELECT DISTINCT ON (unit_code) ${COLUMNS} FROM agency WHERE unit_code = ANY($1::text[])
             AND kind IN ('PROVINCIAL_PEOPLES_COMMITTEE','DISTRICT_PEOPLES_COMMITTEE','COMMUNE_PEOPLES_COMMITTEE')
           ORDER BY unit_code, dissolved_on DESC NULLS FIRST`,
          [codes],
        );
        return byKeys(codes, rows, (r) => r.unitCode);
      })
      .load(unitCode);
  }
}
