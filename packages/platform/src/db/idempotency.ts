import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { HubContext } from '../context';
import { badInput, conflict } from '../errors';
import { sqlRows } from './query';

/**
 * The table every subgraph with mutations adds in a migration. A key belongs to one caller and one
 * operation, so two callers (or two operations) can never see each other's answers.
 */
export const CREATE_IDEMPOTENCY_KEY = [
  `CREATE TABLE idempotency_key (
    caller text NOT NULL,
    operation text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    response jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    completed_at timestamptz,
    PRIMARY KEY (caller, operation, key)
  )`,
  'CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)',
];

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * How long a retry waits for a first attempt still holding its key before it is told to retry
 * later; the first attempt is bounded by the statement timeout, not by this.
 */
const KEY_LOCK_WAIT = '5s';

/** Values JSON cannot carry as-is (bigint money) are stored as strings, which the scalars accept back. */
const toJson = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

/** The same arguments hash the same whatever order a client wrote their fields in. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  }
  return v;
}

interface KeyRow {
  requestHash: string;
  response: unknown;
}

/**
 * Runs a mutation exactly once per `Idempotency-Key` (HTTP header, forwarded by the gateway): a
 * retry with the same key and the same arguments gets the first answer back and writes nothing; the
 * same key with other arguments is a CONFLICT. With or without a key, the whole mutation is one
 * transaction, bounded by the subgraph's statement timeout.
 *
 * The key is recorded in the same transaction as the write (`run` sees `ctx.em` bound to it), so a
 * crash anywhere leaves both or neither: there is no reservation that could outlive its request. A
 * retry arriving while the first attempt is still open waits on the key's row lock and then gets its
 * answer, or is told to retry shortly if that takes longer than KEY_LOCK_WAIT. A reservation left
 * without an answer (by an earlier version of this table's use) is taken over.
 */
async function idempotent<T>(ctx: HubContext, operation: string, args: unknown, run: () => Promise<T>): Promise<T> {
  const key = ctx.idempotencyKey;
  if (key !== undefined && !KEY.test(key)) throw badInput('Idempotency-Key', 'must be 8 to 200 characters of A-Z a-z 0-9 . _ : -');
  const caller = ctx.caller.subject ?? 'anonymous';
  const requestHash = createHash('sha256').update(toJson(canonical(args))).digest('hex');
  const outer = ctx.em;
  try {
    return await outer.fork().transactional(async (tx: EntityManager) => {
      // The bound the gateway waits for (MUTATION_TIMEOUT_MS is refused below it): past it, no statement of the write runs on.
      if (ctx.statementTimeoutMs) await sqlRows(tx, `SET LOCAL statement_timeout = ${Math.trunc(ctx.statementTimeoutMs)}`);
      if (key !== undefined && !(await reserve(tx, [caller, operation, key, requestHash]))) return replay<T>(tx, ctx, [caller, operation, key], requestHash);
      ctx.em = sharingTransaction(tx, tx.getTransactionContext());
      const result = await run();
      if (key !== undefined) {
        await sqlRows(tx, `UPDATE idempotency_key SET response = $4::jsonb, completed_at = now() WHERE caller = $1 AND operation = $2 AND key = $3`, [
          caller, operation, key, toJson(result),
        ]);
      }
      return result;
    });
  } finally {
    // Fields below the mutation resolve after it committed, on the request's own EntityManager.
    ctx.em = outer;
  }
}

/**
 * A service may read its write back on a fork of `ctx.em` (a clean identity map); inside the
 * key's transaction that fork must use the same transaction, or it would not see the write.
 */
function sharingTransaction(em: EntityManager, trx: unknown): EntityManager {
  const fork = em.fork.bind(em);
  em.fork = ((options?: Parameters<EntityManager['fork']>[0]) => {
    const forked = fork(options);
    forked.setTransactionContext(trx);
    return sharingTransaction(forked, trx);
  }) as EntityManager['fork'];
  return em;
}

async function reserve(tx: EntityManager, params: string[]): Promise<boolean> {
  await sqlRows(tx, `SET LOCAL lock_timeout = '${KEY_LOCK_WAIT}'`);
  try {
    const rows = await sqlRows(
      tx,
      `INSERT INTO idempotency_key (caller, operation, key, request_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (caller, operation, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_key.completed_at IS NULL
       RETURNING 1`,
      params,
    );
    await sqlRows(tx, 'SET LOCAL lock_timeout TO DEFAULT');
    return rows.length > 0;
  } catch (err) {
    if ((err as { code?: string }).code === '55P03') {
      throw conflict(`A request with Idempotency-Key ${JSON.stringify(params[2])} is still being processed; retry shortly`, { field: 'Idempotency-Key' });
    }
    throw err;
  }
}

async function replay<T>(tx: EntityManager, ctx: HubContext, params: string[], requestHash: string): Promise<T> {
  const [row] = await sqlRows<KeyRow>(tx, `SELECT request_hash AS "requestHash", response FROM idempotency_key WHERE caller = $1 AND operation = $2 AND key = $3`, params);
  if (row.requestHash !== requestHash) {
    throw conflict(`Idempotency-Key ${JSON.stringify(params[2])} was already used for ${params[1]} with other arguments`, { field: 'Idempotency-Key' });
  }
  ctx.log.info({ operation: params[1] }, 'idempotent replay');
  return row.response as T;
}

/**
 * One key covers one mutation field: a request with several would replay the first answer for the
 * others (or, its fields split between subgraphs, be half replayed), so it is refused. Checked by
 * the gateway before anything runs and again by each subgraph.
 */
export function assertOneMutationFieldPerKey(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): void {
  if (operation.operation !== 'mutation') return;
  const keys = new Set<string>();
  const collect = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (s.name.value !== '__typename') keys.add(s.alias?.value ?? s.name.value);
      } else if (s.kind === 'InlineFragment') collect(s.selectionSet, seen);
      else if (fragments[s.name.value] && !seen.has(s.name.value)) collect(fragments[s.name.value].selectionSet, new Set([...seen, s.name.value]));
    }
  };
  collect(operation.selectionSet, new Set());
  if (keys.size > 1) throw badInput('Idempotency-Key', 'covers one mutation field per request; send the others separately, each with its own key');
}

/**
 * The one way a mutation runs: every mutation of every subgraph goes through `idempotent` (the platform
 * registers this as a global middleware of every schema), so no resolver wraps itself or can forget to
 * honour the key.
 */
export const idempotentMutations: MiddlewareFn<HubContext> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  if (context.idempotencyKey !== undefined) assertOneMutationFieldPerKey(info.operation, info.fragments);
  return idempotent(context, info.fieldName, args, next);
};
