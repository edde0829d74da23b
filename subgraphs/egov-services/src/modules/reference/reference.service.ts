import { queryRows, type HubContext, type RowOf } from '@par/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_REF_BY_ID, UNIT_EXISTS, UNIT_WITHIN } from './reference.queries';

export type AgencyRef = RowOf<typeof AGENCY_REF_BY_ID>;

export class ReferenceService {
  constructor(private readonly ctx: HubContext, private readonly em: EntityManager = ctx.em) {}

  async agency(id: string): Promise<AgencyRef | null> {
    const [row] = await queryRows(this.em, AGENCY_REF_BY_ID, [id]);
    return row ?? null;
  }

  async unitExists(code: string): Promise<boolean> {
    return (await queryRows(this.em, UNIT_EXISTS, [code])).length > 0;
  }

  /** Whether `code` is `root` or one of its sub-units (a commune of a district). */
  async unitWithin(code: string, root: string): Promise<boolean> {
    const rows = await queryRows(this.em, UNIT_WITHIN, [code, root]);
    return rows.length > 0;
  }
}
