import { Client } from 'pg';
import { SUBGRAPHS, subgraphUrlEnv } from '@par/platform';
import { postGraphQL, startTestSubgraph, testEnv, testPort, tokenFor, uniquePrefix, type TestSubgraph } from '@par/platform/testing';
import { startGateway, type RunningGateway } from '@par/gateway';
import publicFinance from '../../subgraphs/public-finance/src/subgraph';

/**
 * A write slower than the gateway waits, on a real subgraph and its real database: the caller is
 * told OUTCOME_UNKNOWN (never that fields are missing), the write commits afterwards, and a retry
 * with the same Idempotency-Key learns it — the one row and its answer, nothing written twice.
 * And a key record left without an answer (a reservation from before keys were written in the
 * write's own transaction) does not block its key forever: the next request with it is served.
 */
let sg: TestSubgraph;
let gateway: RunningGateway;
let db: Client;
let admin: string;
const AGENCY = '00000000-0000-4000-8000-000000000001';
const FUNDING = `mutation($i: ParFundingInput!) { recordParFunding(input: $i) { id task planned version } }`;
const funding = (task: string) => ({
  i: { agencyId: AGENCY, year: 2030, area: 1, task, source: 'STATE_BUDGET', planned: '900', allocated: '800', spent: '100' },
});
const keyed = (variables: Record<string, unknown>, key: string) => postGraphQL(gateway.url, FUNDING, variables, admin, { 'idempotency-key': key });
const rowsOf = async (task: string) => (await db.query(`SELECT id::text, version FROM par_funding WHERE task = $1`, [task])).rows;
const auditsOf = async (id: string) =>
  (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'recordParFunding' AND $1 = ANY(object_ids)`, [id])).rows[0].n;

beforeAll(async () => {
  // The subgraph bounds its statements by 30 s; this gateway waits 2 s for a write: a write can outlast the wait, as one
  // of many statements, or on a stalled network, can.
  sg = await startTestSubgraph(publicFinance, { env: { DATABASE_STATEMENT_TIMEOUT_MS: '30000' } });
  db = new Client({ connectionString: sg.databaseUrl });
  await db.connect();
  await db.query(`INSERT INTO agency_ref (id, code, kind, unit_code) VALUES ($1, 'H35', 'PROVINCIAL_PEOPLES_COMMITTEE', '35')`, [AGENCY]);
  const closed = `http://127.0.0.1:${await testPort()}/graphql`;
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), s === 'public-finance' ? sg.url : closed]));
  gateway = await startGateway({
    env: { ...testEnv(uniquePrefix()), ...urls, GATEWAY_CACHE: 'off', DATABASE_STATEMENT_TIMEOUT_MS: '1000', MUTATION_TIMEOUT_MS: '2000' },
    port: await testPort(),
  });
  admin = await tokenFor({ roles: ['admin'], sub: 'outcome-unknown-admin' });
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await db?.end();
  await sg?.stop();
});

test('a write that commits after the gateway gave up: OUTCOME_UNKNOWN, then the retry with the same key returns it, one row', async () => {
  const variables = funding('Ghi sau khi cổng đã thôi chờ');
  const key = 'outcome-unknown-0001';
  // Another session holds the audit table, so the write waits after its key and its row, before its audit row and commit.
  const blocker = new Client({ connectionString: sg.databaseUrl });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
  const lockWaits = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO audit_log%'`)).rows[0]
      .n as number;
  let first: Awaited<ReturnType<typeof keyed>>;
  try {
    const answer = keyed(variables, key);
    const deadline = Date.now() + 30_000;
    while ((await lockWaits()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    first = await answer;
    // The gateway has given up; the write is still there, waiting at the database.
    expect(await lockWaits()).toBe(1);
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
  }
  expect(first.data?.recordParFunding ?? null).toBeNull();
  expect(first.errors).toHaveLength(1);
  expect(first.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', serviceName: 'public-finance', reason: 'TIMEOUT' });
  expect(first.errors![0].message).toMatch(/may or may not have been applied.*same Idempotency-Key/);
  expect(first.errors![0].message).not.toMatch(/missing/);

  // The write goes on and commits; the retry waits for it on the key, then answers with it.
  const retry = await keyed(variables, key);
  expect(retry.errors).toBeUndefined();
  const rows = await rowsOf(variables.i.task);
  expect(rows).toEqual([{ id: retry.data.recordParFunding.id, version: 1 }]);
  expect(retry.data.recordParFunding).toMatchObject({ task: variables.i.task, planned: '900', version: 1 });
  expect(await keyed(variables, key)).toEqual(retry);
  expect(await rowsOf(variables.i.task)).toEqual(rows);
  expect(await auditsOf(rows[0].id)).toBe(1);
}, 60_000);

test('a key record left without an answer is taken over by the next request with that key: served once, not "still being processed"', async () => {
  const variables = funding('Khoá bị bỏ dở');
  const key = 'left-behind-0001';
  // What a reservation made outside the write's transaction left after a crash: the key, no answer, no lock.
  await db.query(
    `INSERT INTO idempotency_key (caller, operation, key, request_hash, created_at) VALUES ('outcome-unknown-admin', 'recordParFunding', $1, $2, now() - interval '1 day')`,
    [key, '0'.repeat(64)],
  );
  const r = await keyed(variables, key);
  expect(r.errors).toBeUndefined();
  const rows = await rowsOf(variables.i.task);
  expect(rows).toEqual([{ id: r.data.recordParFunding.id, version: 1 }]);
  const [record] = (await db.query(`SELECT response->>'id' AS id, completed_at IS NOT NULL AS completed FROM idempotency_key WHERE key = $1`, [key])).rows;
  expect(record).toEqual({ id: r.data.recordParFunding.id, completed: true });
  expect(await keyed(variables, key)).toEqual(r);
  expect(await rowsOf(variables.i.task)).toEqual(rows);
}, 60_000);
