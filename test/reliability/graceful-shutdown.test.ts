import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { databaseNameOf, databaseUrl, dropDatabase, envPrefix, REPO_ROOT, serviceDir } from '@par/platform';
import { postGraphQL, testEnv, testServerUrl, tokenFor, uniquePrefix } from '@par/platform/testing';
import { launch } from '@par/tooling/launcher';

/**
 * SIGTERM while a write is in flight: the subgraph stops accepting, lets the write finish and
 * commit (with its audit row), closes its pool and exits 0. A process killed outright mid-write
 * leaves nothing: PostgreSQL rolls the open transaction back. Never half a write.
 */
const prefix = uniquePrefix();
const env = testEnv(prefix);
const dbUrl = databaseUrl(testServerUrl(), databaseNameOf('public-finance', prefix));
const AGENCY = '00000000-0000-4000-8000-000000000001';
let db: Client;
let editor: string;

async function startProcess(): Promise<{ child: ChildProcess; url: string }> {
  const p = launch({
    name: 'public-finance',
    runner: path.join(REPO_ROOT, 'scripts/run.js'),
    args: [path.join(serviceDir('public-finance'), 'src/main.ts')],
    env: { ...env, [`${envPrefix('public-finance')}_PORT`]: '0' },
    ipc: true,
  });
  return { child: p.child, url: `http://127.0.0.1:${(await p.ready).port}/graphql` };
}
const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));

const ESTIMATE = `mutation($input: BudgetEstimateInput!) { recordBudgetEstimate(input: $input) { id amount version } }`;
const estimate = (url: string, amount: string, year: number) =>
  postGraphQL(url, ESTIMATE, { input: { agencyId: AGENCY, year, category: 'PAR', amount } }, editor);

async function state(year: number) {
  const line = await db.query(`SELECT amount::text, version FROM budget_line WHERE agency_id = $1 AND fiscal_year = $2 AND category = 'PAR'`, [AGENCY, year]);
  const audits = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'recordBudgetEstimate' AND after->>'year' = $1`, [String(year)]);
  return { line: line.rows[0], audits: audits.rows[0].n };
}

/** Holds the estimate's row lock in another session, so the mutation waits inside its transaction. */
async function holdRowLock(year: number): Promise<Client> {
  const c = new Client({ connectionString: dbUrl });
  c.on('error', () => undefined);
  await c.connect();
  await c.query('BEGIN');
  await c.query(`SELECT 1 FROM budget_line WHERE agency_id = $1 AND fiscal_year = $2 FOR UPDATE`, [AGENCY, year]);
  return c;
}
async function waitUntilBlocked(): Promise<void> {
  for (;;) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (rows[0].n > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  editor = await tokenFor({ roles: ['editor'], subgraph: 'public-finance' });
  const { child, url } = await startProcess(); // migrates the fresh database
  db = new Client({ connectionString: dbUrl });
  await db.connect();
  await db.query(`INSERT INTO agency_ref (id, code, kind, unit_code) VALUES ($1, 'H35', 'PROVINCIAL_PEOPLES_COMMITTEE', '35')`, [AGENCY]);
  for (const year of [2021, 2022]) expect((await estimate(url, '1000', year)).errors).toBeUndefined();
  child.kill('SIGTERM');
  await exited(child);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await dropDatabase(testServerUrl(), databaseNameOf('public-finance', prefix));
});

test('SIGTERM finishes the write in flight, commits it whole, refuses new connections and exits 0', async () => {
  const { child, url } = await startProcess();
  const exit = exited(child);
  const lock = await holdRowLock(2021);
  const inFlight = estimate(url, '2000', 2021);
  await waitUntilBlocked();

  child.kill('SIGTERM');
  // Once it stops listening, a new request cannot even connect.
  let refused = false;
  for (let i = 0; i < 100 && !refused; i++) {
    refused = await fetch(url.replace(/graphql$/, 'healthz')).then(() => false, () => true);
    if (!refused) await new Promise((r) => setTimeout(r, 20));
  }
  expect(refused).toBe(true);

  await lock.query('COMMIT');
  await lock.end();
  const answer = await inFlight;
  expect(answer.errors).toBeUndefined();
  expect(answer.data.recordBudgetEstimate).toMatchObject({ amount: '2000', version: 2 });
  expect(await exit).toEqual({ code: 0, signal: null });
  expect(await state(2021)).toEqual({ line: { amount: '2000', version: 2 }, audits: 2 });
}, 60_000);

test('a process killed outright mid-write leaves the record as it was, audit included', async () => {
  const { child, url } = await startProcess();
  const exit = exited(child);
  const lock = await holdRowLock(2022);
  const inFlight = estimate(url, '3000', 2022).catch((err: Error) => err);
  await waitUntilBlocked();
  child.kill('SIGKILL');
  expect(await exit).toEqual({ code: null, signal: 'SIGKILL' });
  expect(String(await inFlight)).toMatch(/fetch failed/);
  await lock.query('COMMIT');
  await lock.end();
  // The killed session's transaction is rolled back by PostgreSQL once its connection is gone.
  for (let i = 0; i < 100; i++) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
    if (rows[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await state(2022)).toEqual({ line: { amount: '1000', version: 1 }, audits: 1 });
}, 60_000);
