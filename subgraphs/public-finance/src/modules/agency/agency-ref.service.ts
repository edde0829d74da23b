import { assertMayWriteFor, assertUuidArg, badInput, queryRows, type HubContext } from '@par/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AGENCY_REF_BY_ID } from './agency-ref.queries';

/**
 * The agency of a write, from the reference copy (an unknown id is the caller's mistake in `field`), once
 * the platform's write-scope policy allows the caller to write for it.
 */
export async function assertWritableAgency(ctx: HubContext, tx: EntityManager, rawId: string, field: string): Promise<{ id: string; kind: string }> {
  const id = assertUuidArg(rawId, field);
  const [row] = await queryRows(tx, AGENCY_REF_BY_ID, [id]);
  if (!row) throw badInput(field, `no agency has the id ${JSON.stringify(id)}`);
  await assertMayWriteFor(ctx, [row.id], { em: tx });
  return row;
}
