import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { isReadOnlySql, readFromPrimaryFromNowOn, ReplicaConnection } from './replicas';

type SqlListener = (sql: string, params?: readonly unknown[]) => void;
const listeners = new Set<SqlListener>();

/** Tests subscribe to count the statements an operation issues (no N+1, DESIGN §5). */
export function onSql(listener: SqlListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function notifySql(sql: string, params?: readonly unknown[]): void {
  for (const l of listeners) l(sql, params);
}

/**
 * `$1`-style SQL as knex's `?` bindings: each `$n` becomes a `?` bound to `params[n - 1]` (a `$n` used
 * twice is bound twice), and a literal `?` (a jsonb operator) is escaped. Values, arrays included, still
 * go to PostgreSQL as parameters, so `= ANY($1::uuid[])` works as written.
 */
export function toKnexBindings(text: string, params: readonly unknown[]): { sql: string; bindings: Knex.Value[] } {
  if (/\\\?/.test(text)) throw new Error('sqlRows: a backslash before ? cannot be passed through knex; write the SQL without it');
  const bindings: Knex.Value[] = [];
  const sql = text.replace(/\?|(?<![\w$])\$(\d+)/g, (match, n: string | undefined) => {
    if (match === '?') return '\\?';
    const index = Number(n) - 1;
    if (index >= params.length) throw new Error(`sqlRows: $${n} has no parameter (${params.length} given)`);
    bindings.push(params[index] === undefined ? null : (params[index] as Knex.Value));
    return '?';
  });
  return { sql, bindings };
}

/**
 * Runs parameterised SQL (`$1`, `$2`, … with native arrays such as `$1::uuid[]`) on the
 * request's EntityManager: inside its transaction when one is open, else on a pooled connection,
 * routed as the ORM routes (db/replicas.ts): a read to a replica while the request has not
 * written, anything else to the primary.
 * Aggregates and batched reads use this, because they are SQL's job, not the ORM's.
 *
 * Through public APIs only: MikroORM's `getKnex()` and knex's `raw()`. Not `Connection.execute()`:
 * MikroORM interpolates its parameters into the SQL text, which turns an array into a list and
 * breaks `ANY($1::uuid[])`.
 */
export async function sqlRows<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  notifySql(text, params);
  const { sql, bindings } = toKnexBindings(text, params);
  // Inside em.transactional() the statement runs in that transaction, so writes and reads see each
  // other and roll back together.
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (trx) return rowsOf<T>(trx.raw(sql, bindings));
  if (isReadOnlySql(text)) {
    const replica = em.getConnection('read');
    if (replica instanceof ReplicaConnection) {
      try {
        return await rowsOf<T>(replica.getKnex().raw(sql, bindings));
      } catch (err) {
        if (!replica.lost(err)) throw err;
      }
    }
  } else {
    readFromPrimaryFromNowOn();
  }
  return rowsOf<T>(em.getKnex('write').raw(sql, bindings));
}

async function rowsOf<T>(query: Knex.Raw): Promise<T[]> {
  return ((await query) as { rows: T[] }).rows;
}
