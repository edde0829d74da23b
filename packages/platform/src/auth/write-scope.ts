import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../context';
import { sqlRows } from '../db/query';
import { forbidden } from '../errors';
import { hasRole, type Caller } from './caller';

/**
 * The one write-scope rule of the hub: an editor whose token names an agency writes only for that agency
 * and the agencies below it; an admin, or an editor whose token names no agency, writes for any. Every
 * subgraph's mutations go through `assertMayWriteFor`, whichever copy of the hierarchy it holds.
 */

/** Tables with the agency hierarchy (`id uuid`, `parent_id uuid`): the owner's, or a subgraph's reference copy. */
export type AgencyHierarchyTable = 'agency' | 'agency_ref';

const WRITE_SCOPE_DENIED = 'This editor may only write records of its own agency and its subordinates';

/** The agency a caller's writes are confined to, or null when they are not confined. */
function writeScopeOf(caller: Caller): string | null {
  return hasRole(caller, 'admin') ? null : (caller.agencyId ?? null);
}

/**
 * Refuses (FORBIDDEN) unless every target agency is within the caller's write scope. A record with no
 * agency, or an agency missing from the hierarchy, is outside any scope. The walk up the parent links
 * has no depth cap (a deep hierarchy is legitimate) and uses UNION, so a cycle in the data ends it too.
 */
export async function assertMayWriteFor(
  ctx: HubContext,
  agencyIds: ReadonlyArray<string | null | undefined>,
  options: { em?: EntityManager; table?: AgencyHierarchyTable } = {},
): Promise<void> {
  const scope = writeScopeOf(ctx.caller);
  if (scope === null) return;
  if (agencyIds.some((id) => !id)) throw forbidden(WRITE_SCOPE_DENIED);
  const table = options.table ?? 'agency_ref';
  const rows = await sqlRows<{ ok: boolean }>(
    options.em ?? ctx.em,
    `SELECT coalesce(bool_and(EXISTS (
       WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM ${table} WHERE id = t.id
         UNION SELECT a.id, a.parent_id FROM ${table} a JOIN up ON a.id = up.parent_id)
       SELECT 1 FROM up WHERE up.id = $2::uuid)), true) AS ok
     FROM unnest($1::uuid[]) AS t(id)`,
    [agencyIds.map((id) => id!.toLowerCase()), scope],
  );
  if (!rows[0]?.ok) throw forbidden(WRITE_SCOPE_DENIED);
}
