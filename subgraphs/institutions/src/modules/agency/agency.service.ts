import { badInput, byKeys, sqlRows, type HubContext } from '@par/platform';
import type { Agency } from './agency.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function assertAgencyId(id: string, arg = 'id'): string {
  if (!UUID.test(id)) throw badInput(arg, 'is not an agency id (a UUID)');
  return id.toLowerCase();
}

const COLUMNS = `id, code, name, short_name AS "shortName", kind, parent_id AS "parentId", unit_code AS "unitCode",
  to_char(established_on, 'YYYY-MM-DD') AS "establishedOn", to_char(dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn"`;

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

  /** The People's Committee of each unit code, batched. */
  peoplesCommitteeOf(unitCode: string): Promise<Agency | null> {
    return this.ctx.loaders
      .get<string, Agency | null>('agency.peoplesCommitteeOf', async (codes) => {
        const rows = await sqlRows<Agency>(
          this.ctx.em,
          `SELECT ${COLUMNS} FROM agency WHERE unit_code = ANY($1::text[]) AND dissolved_on IS NULL
             AND kind IN ('PROVINCIAL_PEOPLES_COMMITTEE','DISTRICT_PEOPLES_COMMITTEE','COMMUNE_PEOPLES_COMMITTEE')`,
          [codes],
        );
        return byKeys(codes, rows, (r) => r.unitCode);
      })
      .load(unitCode);
  }
}
