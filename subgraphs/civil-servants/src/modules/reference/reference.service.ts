import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_REF_BY_ID } from './reference.queries';
import { badInput, forbidden, isAnonymous, satisfies, queryRows, unauthenticated, type HubContext, type RowOf, assertUuidArg } from '@par/platform';

/**
 * Scope fragments over the reference copies, for batches of scopes numbered `idx`: the agencies
 * of each scope (the agency and all its subordinates) and its units (the unit and all sub-units).
 * `scopes` must be a CTE with columns (idx, agency_id, unit_code).
 */
export const SCOPE_TREES = `scope_agency(idx, id) AS (
    SELECT s.idx, a.id FROM scopes s JOIN agency_ref a ON a.id = s.agency_id
    UNION SELECT sa.idx, a.id FROM agency_ref a JOIN scope_agency sa ON a.parent_id = sa.id),
  scope_unit(idx, code) AS (
    SELECT s.idx, u.code FROM scopes s JOIN unit_ref u ON u.code = s.unit_code
    UNION SELECT su.idx, u.code FROM unit_ref u JOIN scope_unit su ON u.parent_code = su.code)`;

/** Whether a row with `agencyCol` / `unitCol` lies in scope `s` (a row of `scopes`). */
export const inScope = (agencyCol: string, unitCol: string, s = 's') =>
  `(${s}.agency_id IS NULL OR EXISTS (SELECT 1 FROM scope_agency sa WHERE sa.idx = ${s}.idx AND sa.id = ${agencyCol}))
   AND (${s}.unit_code IS NULL OR EXISTS (SELECT 1 FROM scope_unit su WHERE su.idx = ${s}.idx AND su.code = ${unitCol}))`;

export type AgencyRefRow = RowOf<typeof AGENCY_REF_BY_ID>;

export class ReferenceService {
  constructor(private readonly ctx: HubContext, private readonly em: EntityManager = ctx.em) {}

  /** The agency from the reference copy; an unknown id is the caller's mistake in `field`. */
  async agency(id: string, field: string): Promise<AgencyRefRow> {
    const rows = await queryRows(this.em, AGENCY_REF_BY_ID, [assertUuidArg(id, field)]);
    if (!rows[0]) throw badInput(field, 'no agency has this id');
    return rows[0];
  }
}

/**
 * Entity references arrive through `_entities`, where no field-level `@Authorized` runs first:
 * personnel records need the analyst role there too, since no subgraph trusts the network.
 */
export function assertAnalyst(ctx: HubContext): void {
  if (satisfies(ctx.caller, 'analyst', ctx.service)) return;
  throw isAnonymous(ctx.caller) ? unauthenticated() : forbidden();
}
