import { Writable } from 'node:stream';
import { Client } from 'pg';
import pino from 'pino';
import { databaseNameOf, databaseUrl, dropDatabase, ensureDatabase, initOrm, migrate, rebuildRollups, startSubgraph, subgraphRoleNames, type RunningSubgraph } from '@par/platform';
import { startTestSubgraph, testEnv, testServerUrl, tokenFor, uniquePrefix, type TestSubgraph } from '@par/platform/testing';
import civilServants from '../../subgraphs/civil-servants/src/subgraph';
import publicFinance from '../../subgraphs/public-finance/src/subgraph';

/**
 * Least-privilege databases (issue 16): each subgraph's service connects as a role that reads and
 * writes its own rows and nothing else. The database refuses, whatever the code tries: changing
 * or erasing the audit trail, DDL, and connecting to another subgraph's database.
 */
let cs: TestSubgraph;
let pf: TestSubgraph;
let service: Client;

const sqlState = (p: Promise<unknown>) => p.then(() => 'succeeded', (e: { code?: string }) => e.code);

beforeAll(async () => {
  [cs, pf] = await Promise.all([startTestSubgraph(civilServants, { seed: { scale: 0.005 } }), startTestSubgraph(publicFinance)]);
  service = new Client({ connectionString: cs.access.serviceUrl });
  await service.connect();
}, 180_000);
afterAll(async () => {
  await service?.end();
  await Promise.all([cs?.stop(), pf?.stop()]);
});

it('the service connects as its own least role, not as the administrator, and owns nothing', async () => {
  expect(cs.access.enforced).toBe(true);
  const { rows: [me] } = await service.query(`SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
  expect(me).toEqual({ name: subgraphRoleNames(databaseNameOf('civil-servants', cs.prefix)).service, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
  // The running service's pool is that role too.
  const [{ who }] = await cs.orm.em.fork().getConnection().execute<{ who: string }[]>('SELECT current_user AS who');
  expect(who).toBe(me.name);
  const owned = await service.query(`SELECT c.relname FROM pg_class c WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`);
  expect(owned.rows).toEqual([]);
  const { rows: [db] } = await service.query(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()`);
  expect(db.owner).toBe(subgraphRoleNames(databaseNameOf('civil-servants', cs.prefix)).owner);
});

it('audit_log is insert-only for the service role: UPDATE, DELETE and TRUNCATE are refused by privilege', async () => {
  await service.query(`INSERT INTO audit_log (subject, roles, action, operation, object_type, object_ids) VALUES ('t', ARRAY['editor'], 'WRITE', 'roles-test', 'X', ARRAY['1'])`);
  const { rows: [{ n }] } = await service.query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'roles-test'`);
  expect(n).toBe(1);
  // 42501 insufficient_privilege: the database refuses before the append-only trigger is reached.
  expect(await sqlState(service.query(`UPDATE audit_log SET subject = 'forged' WHERE operation = 'roles-test'`))).toBe('42501');
  expect(await sqlState(service.query(`DELETE FROM audit_log WHERE operation = 'roles-test'`))).toBe('42501');
  expect(await sqlState(service.query('TRUNCATE audit_log'))).toBe('42501');
  expect(await sqlState(service.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change'))).toBe('42501');
  expect(await sqlState(service.query('DROP TRIGGER audit_log_no_change ON audit_log'))).toBe('42501');
  const { rows: [after] } = await service.query(`SELECT count(*)::int AS n, min(subject) AS subject FROM audit_log WHERE operation = 'roles-test'`);
  expect(after).toEqual({ n: 1, subject: 't' });
});

it('the service role has no DDL: CREATE TABLE, ALTER, DROP and migrations bookkeeping are refused', async () => {
  expect(await sqlState(service.query('CREATE TABLE intruder (id int)'))).toBe('42501');
  expect(await sqlState(service.query('ALTER TABLE civil_servant ADD COLUMN intruder int'))).toBe('42501');
  expect(await sqlState(service.query('DROP TABLE staff_year_summary'))).toBe('42501');
  expect(await sqlState(service.query('CREATE FUNCTION intruder() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'))).toBe('42501');
  expect(await sqlState(service.query(`DELETE FROM schema_migrations`))).toBe('42501');
  // Rows of its own tables, the idempotency keys included, stay writable.
  await service.query('BEGIN');
  await service.query(`INSERT INTO idempotency_key (caller, operation, key, request_hash) VALUES ('roles-test', 'op', 'k', 'h')`);
  await service.query('UPDATE civil_servant SET version = version WHERE false');
  await service.query('DELETE FROM idempotency_key WHERE false');
  await service.query('ROLLBACK');
});

it('no subgraph role can connect to another subgraph\'s database', async () => {
  const other = databaseNameOf('public-finance', pf.prefix);
  for (const url of [cs.access.serviceUrl, cs.access.ownerUrl]) {
    const u = new URL(url);
    u.pathname = `/${other}`;
    const intruder = new Client({ connectionString: u.toString() });
    expect(await sqlState(intruder.connect())).toBe('42501');
    await intruder.end().catch(() => undefined);
  }
  // And the other way round.
  const u = new URL(pf.access.serviceUrl);
  u.pathname = `/${databaseNameOf('civil-servants', cs.prefix)}`;
  const back = new Client({ connectionString: u.toString() });
  expect(await sqlState(back.connect())).toBe('42501');
  await back.end().catch(() => undefined);
});

it('writes work end to end under the service role: a mutation, its audit row and its summaries', async () => {
  const admin = new Client({ connectionString: cs.databaseUrl });
  await admin.connect();
  try {
    const { rows: [p] } = await admin.query(`SELECT id, version FROM civil_servant WHERE left_on IS NULL ORDER BY id LIMIT 1`);
    const audits = async () => (await admin.query(`SELECT count(*)::int AS n FROM audit_log`)).rows[0].n;
    const before = await audits();
    const editor = await tokenFor({ roles: ['editor'], subgraph: 'civil-servants', sub: 'roles-test' });
    const r = await cs.request(`mutation($input: LeaveInput!) { recordLeave(input: $input) { id leftOn version } }`, { input: { id: p.id, version: p.version, leftOn: '2020-06-30', reason: 'RETIRED' } }, editor);
    expect(r.errors).toBeUndefined();
    expect(r.data.recordLeave).toMatchObject({ id: p.id, leftOn: '2020-06-30' });
    expect(await audits()).toBe(before + 1);
    // rollup:rebuild runs as the owner role (summaries are replaced whole) and still agrees.
    const summary = async () => (await admin.query(`SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM staff_year_summary t`)).rows[0].h;
    const kept = await summary();
    const written = await rebuildRollups(civilServants.rollups!, { url: cs.access.ownerUrl });
    expect(Object.keys(written).length).toBeGreaterThan(0);
    expect(await summary()).toBe(kept);
  } finally {
    await admin.end();
  }
});

it('a database migrated before the roles existed is adopted by the owner role at the next start', async () => {
  const prefix = uniquePrefix();
  const name = databaseNameOf('public-finance', prefix);
  const server = testServerUrl();
  let running: RunningSubgraph | undefined;
  try {
    await ensureDatabase(server, name);
    const orm = await initOrm({ url: databaseUrl(server, name), entities: publicFinance.entities, migrations: publicFinance.migrations });
    await migrate(orm);
    await orm.close(true);
    running = await startSubgraph(publicFinance, { env: testEnv(prefix), port: 0, log: pino({ level: 'silent' }) });
    const admin = new Client({ connectionString: databaseUrl(server, name) });
    await admin.connect();
    const { rows } = await admin.query(`SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'v', 'm')`);
    await admin.end();
    expect(rows).toEqual([{ owner: subgraphRoleNames(name).owner }]);
  } finally {
    await running?.stop();
    await dropDatabase(server, name);
  }
});

it('an external DATABASE_URL without CREATEROLE: the service says so and runs as the given user', async () => {
  const prefix = uniquePrefix();
  const user = `${prefix}plain`;
  const server = testServerUrl();
  const su = new Client({ connectionString: server });
  await su.connect();
  await su.query(`CREATE ROLE "${user}" LOGIN CREATEDB PASSWORD 'plain-password'`);
  const plainUrl = new URL(server);
  plainUrl.username = user;
  plainUrl.password = 'plain-password';
  const lines: string[] = [];
  const log = pino({ level: 'warn' }, new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
  let running: RunningSubgraph | undefined;
  try {
    running = await startSubgraph(publicFinance, { env: testEnv(prefix, { DATABASE_URL: plainUrl.toString() }), port: 0, log });
    expect(running.access.enforced).toBe(false);
    expect(new URL(running.access.serviceUrl).username).toBe(user);
    expect(lines.join('')).toContain('database roles could not be created');
    const r = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(r.status).toBe(200);
  } finally {
    await running?.stop();
    await dropDatabase(server, databaseNameOf('public-finance', prefix));
    await su.query(`DROP ROLE IF EXISTS "${user}"`);
    await su.end();
  }
});
