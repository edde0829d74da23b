import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { announceWrite, type RedisTarget } from './cache/write-events';
import { sqlRows } from './db/query';

/** A connection inside the caller's transaction; rollups run parameterised SQL (`$1`, …) on it. */
export interface RollupDb {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/**
 * A subgraph's summary tables (issue 17): kept by its own write paths in the same transaction as
 * the facts, and rebuilt from the facts by `npm run rollup:rebuild -- <subgraph>` (after a restore,
 * a bulk load outside the API, or a change of a summary's definition).
 */
export interface SubgraphRollups {
  /** Recomputes every summary table from the facts on `db`; returns the rows written per table. */
  rebuild(db: RollupDb): Promise<Record<string, number>>;
}

export const rollupDb = (client: Client): RollupDb => ({
  query: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[],
});

/** The same, over a mutation's transaction, so its summaries commit with its facts. */
export const entityManagerRollupDb = (em: EntityManager): RollupDb => ({
  query: <R>(sql: string, params?: unknown[]) => sqlRows<R>(em, sql, params ?? []),
});

/**
 * Rebuilds a subgraph's summaries in one transaction: readers see the old summaries until the new
 * ones commit, and a failure leaves the old ones in place.
 */
export async function rebuildRollups(rollups: SubgraphRollups, opts: { url: string; announce?: { subgraph: string; redis?: RedisTarget } }): Promise<Record<string, number>> {
  const client = new Client({ connectionString: opts.url });
  await client.connect();
  let written: Record<string, number>;
  try {
    await client.query('BEGIN');
    written = await rollups.rebuild(rollupDb(client));
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
  if (opts.announce) await announceWrite(opts.announce.redis, opts.announce.subgraph, ['rollup:rebuild']);
  return written;
}
