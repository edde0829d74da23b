import { createHash } from 'node:crypto';
import type { HubContext } from '../context';
import { badInput, conflict } from '../errors';
import { sqlRows } from './query';

/**
 * The table every subgraph with creating mutations adds in a migration. A key belongs to one caller
 * and one operation, so two callers (or two operations) can never see each other's answers.
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

/** Values JSON cannot carry as-is (bigint money) are stored as strings, which the scalars accept back. */
const toJson = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));

interface KeyRow {
  requestHash: string;
  response: unknown;
  completed: boolean;
}

/**
 * Runs a creating mutation at most once per `Idempotency-Key` (HTTP header, forwarded by the
 * gateway): a retry with the same key and the same arguments gets the first answer back and
 * writes nothing; the same key with other arguments is a CONFLICT. Without a key, `run` just runs.
 *
 * The key is reserved before the write and completed after it. A failed write frees the key so a
 * retry can try again; a process dying between the write's commit and the completion leaves the
 * key reserved, and retries get CONFLICT rather than a second record (never twice, at worst never).
 */
export async function idempotent<T>(ctx: HubContext, operation: string, args: unknown, run: () => Promise<T>): Promise<T> {
  const key = ctx.idempotencyKey;
  if (key === undefined) return run();
  if (!KEY.test(key)) throw badInput('Idempotency-Key', 'must be 8 to 200 characters of A-Z a-z 0-9 . _ : -');
  const caller = ctx.caller.subject ?? 'anonymous';
  const requestHash = createHash('sha256').update(toJson(args)).digest('hex');
  const em = ctx.em.fork();
  const reserved = await sqlRows(
    em,
    `INSERT INTO idempotency_key (caller, operation, key, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [caller, operation, key, requestHash],
  );
  if (!reserved.length) {
    const [row] = await sqlRows<KeyRow>(
      em,
      `SELECT request_hash AS "requestHash", response, completed_at IS NOT NULL AS completed
         FROM idempotency_key WHERE caller = $1 AND operation = $2 AND key = $3`,
      [caller, operation, key],
    );
    if (!row) return idempotent(ctx, operation, args, run); // freed by a failed attempt meanwhile
    if (row.requestHash !== requestHash) {
      throw conflict(`Idempotency-Key ${JSON.stringify(key)} was already used for ${operation} with other arguments`, { field: 'Idempotency-Key' });
    }
    if (!row.completed) throw conflict(`A request with Idempotency-Key ${JSON.stringify(key)} is still being processed; retry shortly`, { field: 'Idempotency-Key' });
    ctx.log.info({ operation }, 'idempotent replay');
    return row.response as T;
  }
  let result: T;
  try {
    result = await run();
  } catch (err) {
    await sqlRows(em, 'DELETE FROM idempotency_key WHERE caller = $1 AND operation = $2 AND key = $3', [caller, operation, key]).catch(() => undefined);
    throw err;
  }
  await sqlRows(em, `UPDATE idempotency_key SET response = $4::jsonb, completed_at = now() WHERE caller = $1 AND operation = $2 AND key = $3`, [
    caller, operation, key, toJson(result),
  ]);
  return result;
}
