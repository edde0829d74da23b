import { assertMayWriteFor, badInput, sqlRows, type HubContext, UUID_PATTERN as UUID } from '@par/platform';
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
 * The agency of a write, from the reference copy (an unknown id is the caller's mistake in `field`), once
 * the platform's write-scope policy allows the caller to write for it.
 */
export async function assertWritableAgency(ctx: HubContext, tx: EntityManager, rawId: string, field: string): Promise<{ id: string; kind: string }> {
  const id = assertAgencyId(rawId, field);
  const [row] = await sqlRows<{ id: string; kind: string }>(tx, 'SELECT id, kind FROM agency_ref WHERE id = $1::uuid', [id]);
  if (!row) throw badInput(field, `no agency has the id ${JSON.stringify(id)}`);
  await assertMayWriteFor(ctx, [row.id], { em: tx });
  return row;
}
