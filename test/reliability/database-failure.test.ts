import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger, startSubgraph, type RunningSubgraph } from '@par/platform';
import { postGraphQL, testEnv, tokenFor, uniquePrefix } from '@par/platform/testing';
import publicFinance from '../../subgraphs/public-finance/src/subgraph';
import { startPostgresProcess, type PostgresProcess } from './support/postgres-process';

/**
 * The subgraph's PostgreSQL restarts under it: meanwhile it answers SERVICE_UNAVAILABLE (not an
 * internal error, not a crash), and afterwards it serves again on the same process, its pool having
 * thrown away the connections the restart broke.
 */
let dir: string;
let pg: PostgresProcess;
let sg: RunningSubgraph;
let token: string;
let dbUrl: string;
const prefix = uniquePrefix();
const log = createLogger('reliability-pg', 'silent');
const AGENCY = '00000000-0000-4000-8000-000000000001';
const SUMMARY = `{ budgetSummary(yearFrom: 2020, yearTo: 2020) { year category estimate } }`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-reliability-pg-'));
  pg = await startPostgresProcess(path.join(dir, 'data'));
  sg = await startSubgraph(publicFinance, { env: { ...testEnv(prefix), DATABASE_URL: pg.url, DATABASE_POOL_MAX: '4' }, port: 0, log });
  dbUrl = pg.url.replace(/\/postgres$/, `/${prefix}public_finance`);
  const c = new Client({ connectionString: dbUrl });
  await c.connect();
  await c.query(`INSERT INTO agency_ref (id, code, kind, unit_code) VALUES ($1, 'H35', 'PROVINCIAL_PEOPLES_COMMITTEE', '35')`, [AGENCY]);
  await c.query(`INSERT INTO budget_line (id, agency_id, fiscal_year, category, stage, amount, version, recorded_at)
                 VALUES (gen_random_uuid(), $1, 2020, 'PAR', 'ESTIMATE', 1500000000, 1, now())`, [AGENCY]);
  await c.end();
  token = await tokenFor({ roles: ['analyst'] });
}, 120_000);

afterAll(async () => {
  await sg?.stop().catch(() => undefined);
  await pg?.stop().catch(() => undefined);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const ask = () => postGraphQL(sg.url, SUMMARY, {}, token);
const readyz = () => fetch(sg.url.replace(/\/graphql$/, '/readyz')).then((r) => r.status);

test('PostgreSQL stops and starts again under a running subgraph', async () => {
  // Warm the pool so that the restart breaks connections it holds.
  await Promise.all(Array.from({ length: 8 }, ask));
  const before = await ask();
  expect(before.errors).toBeUndefined();
  expect(before.data.budgetSummary).toEqual([{ year: 2020, category: 'PAR', estimate: '1500000000' }]);

  const port = pg.port;
  await pg.stop();
  for (let i = 0; i < 5; i++) {
    const down = await ask();
    expect(down.status).toBeLessThan(500);
    expect(down.data).toBeNull();
    expect(down.errors).toHaveLength(1);
    expect(down.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  }
  expect(await readyz()).toBe(503);
  // The process is still serving: health is about the process, readiness about its database.
  expect((await fetch(sg.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);

  pg = await startPostgresProcess(path.join(dir, 'data'), port);
  expect(pg.port).toBe(port);
  // Every answer after the restart is whole: no request may land on a connection the restart broke.
  const after = await Promise.all(Array.from({ length: 12 }, ask));
  for (const r of after) {
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual(before.data);
  }
  expect(await readyz()).toBe(200);
}, 90_000);
