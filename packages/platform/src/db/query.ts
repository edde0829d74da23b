import type { EntityManager } from '@mikro-orm/postgresql';
import { isReadOnlySql, readFromPrimaryFromNowOn, ReplicaConnection } from './replicas';

type SqlListener = (sql: string, params?: readonly unknown[]) => void;
const listeners = new Set<SqlListener>();

/** Tests subscribe to count the statements an operation issues (no N+1, DESIGN §5). */
export function onSql(listener: SqlListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function notifySql(sql: string, params?: readonly unknown[]): void {
  for (const l of listeners) l(sql, params);
}

interface PgConnection {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(c: PgConnection): Promise<void>;
}

/**
 * Runs parameterised SQL (`$1`, `$2`, … with native arrays such as `$1::uuid[]`) on the
 * request's EntityManager: inside its transaction when one is open, else on a pooled connection,
 * routed as the ORM routes (db/replicas.ts): a read to a replica while the request has not
 * written, anything else to the primary.
 * Aggregates and batched reads use this, because they are SQL's job, not the ORM's.
 */
export async function sqlRows<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  notifySql(text, params);
  // A knex transaction's client hands out the transaction's own connection, so writes and reads
  // inside em.transactional() see each other and roll back together.
  const trx = em.getTransactionContext() as { client: KnexClient } | undefined;
  if (trx) return run<T>(trx.client, text, params);
  if (isReadOnlySql(text)) {
    const replica = em.getConnection('read');
    if (replica instanceof ReplicaConnection) {
      try {
        return await run<T>(replica.getKnex().client as unknown as KnexClient, text, params);
      } catch (err) {
        if (!replica.lost(err)) throw err;
      }
    }
  } else {
    readFromPrimaryFromNowOn();
  }
  return run<T>((em.getKnex('write') as unknown as { client: KnexClient }).client, text, params);
}

async function run<T>(client: KnexClient, text: string, params: unknown[]): Promise<T[]> {
  const conn = await client.acquireConnection();
  try {
    return (await conn.query(text, params)).rows as T[];
  } finally {
    await client.releaseConnection(conn);
  }
}
