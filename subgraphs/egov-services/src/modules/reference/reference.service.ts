import { queryRows, sqlRows, type HubContext, type RowOf } from '@par/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_REF_BY_ID } from './reference.queries';

/**
 * SQL fragments over the reference copies: an agency with all its subordinates, a unit with all
 * its sub-units. `$n` is the parameter holding the root(s).
 */
export const agencySubtreeSql = (param: string) => `WITH RECURSIVE scope_agency(id) AS (
    SELECT id FROM agency_ref WHERE id = ${param}::uuid
    UNION SELECT a.id FROM agency_ref a JOIN scope_agency s ON a.parent_id = s.id)`;
export const unitSubtreeSql = (param: string) => `WITH RECURSIVE scope_unit(code) AS (
    SELECT code FROM unit_ref WHERE code = ${param}::text
    UNION SELECT u.code FROM unit_ref u JOIN scope_unit s ON u.parent_code = s.code)`;

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
