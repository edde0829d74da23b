import { badInput, forbidden, hasRole, sqlRows, type HubContext, UUID_PATTERN as UUID } from '@par/platform';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Ids from `_entities` representations as the batch queries use them: lower case, and only
 * well-formed ones, because one malformed id must not fail the whole batch's `uuid[]` cast.
 */
export function wellFormedIds(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
}

/** Validates the shape of an agency id; `field` names the input field at fault. */
export function assertAgencyId(id: string, field: string): string {
  if (!UUID.test(id)) throw badInput(field, 'is not an agency id (a UUID)');
  return id.toLowerCase();
}

/**
 * Checks, in one statement, that the agency exists in the reference copy and that the caller may
 * write for it: an editor whose token names an agency writes only for it and its subordinates.
 */
export async function assertWritableAgency(ctx: HubContext, tx: EntityManager, rawId: string, field: string): Promise<{ id: string; kind: string }> {
  const id = assertAgencyId(rawId, field);
  const scope = hasRole(ctx.caller, 'admin') ? null : ctx.caller.agencyId;
  const [row] = await sqlRows<{ id: string; kind: string; inScope: boolean }>(
    tx,
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, 0 AS depth FROM agency_ref WHERE id = $1::uuid
       UNION ALL
       SELECT a.id, a.parent_id, up.depth + 1 FROM agency_ref a JOIN up ON a.id = up.parent_id WHERE up.depth < 20
     )
     SELECT r.id, r.kind, ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM up WHERE up.id = $2::uuid)) AS "inScope"
       FROM agency_ref r WHERE r.id = $1::uuid`,
    [id, scope],
  );
  if (!row) throw badInput(field, `no agency has the id ${JSON.stringify(id)}`);
  if (!row.inScope) throw forbidden('This editor may write only for their own agency and its subordinates');
  return { id: row.id, kind: row.kind };
}
