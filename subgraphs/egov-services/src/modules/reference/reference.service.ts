import { queryRows, sqlRows, type HubContext, type RowOf } from '@par/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_REF_BY_ID } from './reference.queries';

export type AgencyRef = RowOf<typeof AGENCY_REF_BY_ID>;

export class ReferenceService {
  constructor(private readonly ctx: HubContext, private readonly em: EntityManager = ctx.em) {}

  async agency(id: string): Promise<AgencyRef | null> {
    const [row] = await queryRows(this.em, AGENCY_REF_BY_ID, [id]);
    return row ?? null;
  }

  async unitExists(code: string): Promise<boolean> {
    return (await sqlRows(this.em, 'SELECT 1 FROM unit_ref WHERE code = $1', [code])).length > 0;
  }

  /** Whether `code` is `root` or one of its sub-units (a commune of a district). */
  async unitWithin(code: string, root: string): Promise<boolean> {
    const rows = await sqlRows(
      this.em,
      `WITH RECURSIVE up(code, parent_code) AS (
         SELECT code, parent_code FROM unit_ref WHERE code = $1
         UNION SELECT u.code, u.parent_code FROM unit_ref u JOIN up ON u.code = up.parent_code)
       SELECT 1 FROM up WHERE code = $2`,
      [code, root],
    );
    return rows.length > 0;
  }
}
