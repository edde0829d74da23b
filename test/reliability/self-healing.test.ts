import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive, sleep, startNpmHub, type NpmStartHub } from './support/npm-start';

/**
 * Faults dealt to `npm start` the way the world deals them, with no person acting afterwards: a
 * subgraph killed with SIGKILL, PostgreSQL killed with SIGKILL, a subgraph killed in the middle of
 * a keyed write, and finally SIGTERM to the npm process itself.
 */
let hub: NpmStartHub;
let admin: string;
let analyst: string;
let agencyId: string;

const PROFILE = `query($id: ID!) { agency(id: $id) { id name workforce(year: 2020) { headcount } budget(year: 2020) { estimate } } }`;
const HIRE = `mutation($input: HireCivilServantInput!) { hireCivilServant(input: $input) { id fullName } }`;
let idSeq = 0;
const hireInput = (tag: number) => ({
  fullName: 'Nguyễn Văn Phục Hồi', gender: 'MALE', dateOfBirth: '1990-05-01', nationalIdNumber: `0990${String(tag).padStart(8, '0')}`,
  category: 'CIVIL_SERVANT', agencyId, qualification: 'BACHELOR', hiredOn: '2021-03-01',
});

beforeAll(async () => {
  // A cached answer would hide the outage these tests are about; the cache has tests of its own.
  hub = await startNpmHub({ GATEWAY_CACHE: 'off' });
  admin = await hub.token(['admin']);
  analyst = await hub.token(['analyst']);
  [{ agency_id: agencyId }] = await hub.sql('civil_servants', `SELECT agency_id FROM civil_servant WHERE category = 'CIVIL_SERVANT' AND left_on IS NULL ORDER BY id LIMIT 1`);
}, 240_000);

afterAll(() => hub?.cleanup());

test('a subgraph killed with SIGKILL is restarted: partial answers meanwhile, whole again within 10 s', async () => {
  const whole = await hub.request(PROFILE, { id: agencyId }, analyst);
  expect(whole.errors).toBeUndefined();
  const pid = hub.servicePid('public-finance')!;
  expect(pid).toBeGreaterThan(0);
  process.kill(pid, 'SIGKILL');
  const killedAt = Date.now();
  let partial = 0;
  let answer = await hub.request(PROFILE, { id: agencyId }, analyst);
  // Waits past the 10 s it is held to, so that a miss is measured, not only reported.
  while (answer.errors && Date.now() - killedAt < 60_000) {
    // The rest of the graph keeps answering; only public-finance's field is missing, and said so.
    expect(answer.data.agency.workforce).not.toBeNull();
    expect(answer.data.agency.budget).toBeNull();
    expect(answer.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'public-finance' });
    partial++;
    await sleep(100);
    answer = await hub.request(PROFILE, { id: agencyId }, analyst);
  }
  const wholeAfterMs = Date.now() - killedAt;
  console.log(`public-finance answered whole again ${wholeAfterMs} ms after SIGKILL (${partial} partial answers meanwhile; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual(whole.data);
  expect(partial).toBeGreaterThan(0);
  expect(wholeAfterMs).toBeLessThan(10_000);
  expect(hub.output()).toMatch(/public-finance killed by SIGKILL; restarting/);
  expect(hub.servicePid('public-finance')).not.toBe(pid);
}, 90_000);

test('PostgreSQL killed with SIGKILL: writes succeed again within 15 s, every acknowledged write is there, none half-written', async () => {
  const acknowledged = new Map<string, string>(); // national id → civil servant id
  const unanswered: number[] = [];
  const errorCodes = new Set<string>();
  let stop = false;
  let firstAfterKill: number | undefined;
  let killedAt: number | undefined;
  let killedPid: number | undefined;
  const writer = async () => {
    while (!stop) {
      const tag = 500_000 + ++idSeq;
      const input = hireInput(tag);
      const sentAt = Date.now();
      const r = await hub.request(HIRE, { input }, admin, { 'idempotency-key': `heal-pg-${tag}` }).catch(() => null);
      if (r && !r.errors) {
        acknowledged.set(input.nationalIdNumber, r.data.hireCivilServant.id);
        // Recovered means a write sent after the kill and served by the restarted server, not one that raced the kill.
        const restarted = killedPid !== undefined && hub.postmasterPid() !== undefined && hub.postmasterPid() !== killedPid;
        if (killedAt && sentAt > killedAt && restarted && !firstAfterKill) firstAfterKill = Date.now();
      } else {
        unanswered.push(tag);
        for (const e of r?.errors ?? []) errorCodes.add(String(e.extensions?.code));
        await sleep(100);
      }
      if (firstAfterKill && acknowledged.size >= 3 && Date.now() - firstAfterKill > 500) stop = true;
      if (killedAt && Date.now() - killedAt > 20_000) stop = true;
    }
  };
  // The services ride out the database's restart in place: they reconnect on their own, nobody restarts them.
  const servicePids = ['civil-servants', 'gateway'].map((name) => hub.servicePid(name));
  // Meanwhile a subgraph says its database is gone where an orchestrator looks: /readyz.
  const readiness = new Set<number>();
  const readyz = `http://127.0.0.1:${hub.ports.CIVIL_SERVANTS_PORT}/readyz`;
  const prober = async () => {
    while (!stop) {
      if (killedAt) readiness.add(await fetch(readyz, { signal: AbortSignal.timeout(3000) }).then((r) => r.status, () => 0));
      await sleep(50);
    }
  };
  const writers = [writer(), writer(), prober()];
  await sleep(1000);
  const postmaster = hub.postmasterPid()!;
  killedPid = postmaster;
  process.kill(postmaster, 'SIGKILL');
  killedAt = Date.now();
  await Promise.all(writers);
  expect(firstAfterKill).toBeDefined();
  console.log(`writes succeeded again ${firstAfterKill! - killedAt} ms after SIGKILL of PostgreSQL; errors meanwhile: ${[...errorCodes].join(', ')}`);
  expect(firstAfterKill! - killedAt).toBeLessThan(15_000);
  expect(hub.postmasterPid()).not.toBe(postmaster);
  expect(['civil-servants', 'gateway'].map((name) => hub.servicePid(name))).toEqual(servicePids);
  expect(readiness).toContain(503);
  expect((await fetch(readyz)).status).toBe(200);
  // The outage was reported as such, never as an internal error.
  expect([...errorCodes].filter((c) => !['SERVICE_UNAVAILABLE', 'OUTCOME_UNKNOWN'].includes(c))).toEqual([]);

  // A write whose answer was lost is settled by retrying it with its key: exactly once either way.
  for (const tag of unanswered) {
    const input = hireInput(tag);
    const r = await hub.request(HIRE, { input }, admin, { 'idempotency-key': `heal-pg-${tag}` });
    expect(r.errors).toBeUndefined();
    acknowledged.set(input.nationalIdNumber, r.data.hireCivilServant.id);
  }
  const rows = await hub.sql<{ id: string; national_id_number: string; audits: number; keys: number }>(
    'civil_servants',
    `SELECT cs.id, cs.national_id_number,
            (SELECT count(*)::int FROM audit_log a WHERE a.operation = 'hireCivilServant' AND cs.id::text = ANY(a.object_ids)) AS audits,
            (SELECT count(*)::int FROM idempotency_key k WHERE k.operation = 'hireCivilServant' AND k.completed_at IS NOT NULL AND k.response->>'id' = cs.id::text) AS keys
       FROM civil_servant cs WHERE cs.national_id_number LIKE '0990%'`,
  );
  const byNationalId = new Map(rows.map((r) => [r.national_id_number, r]));
  for (const [nationalId, id] of acknowledged) expect(byNationalId.get(nationalId)?.id).toBe(id);
  // Nothing beyond what was acknowledged, and every record whole: its audit row and its key with it.
  expect(rows.length).toBe(acknowledged.size);
  for (const r of rows) expect({ audits: r.audits, keys: r.keys }).toEqual({ audits: 1, keys: 1 });
}, 60_000);

test('a subgraph killed between reserving a key and committing: the retry with the same key writes once', async () => {
  const input = hireInput(900_001);
  const key = 'heal-crash-900001';
  // The test holds the audit table, so the hire stops after its key and its record, before commit.
  const { Client } = await import('pg');
  const blocker = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${hub.ports.EMBEDDED_PG_PORT}/civil_servants` });
  await blocker.connect();
  await blocker.query('BEGIN');
  await blocker.query('LOCK TABLE audit_log IN EXCLUSIVE MODE');
  const pending = hub.request(HIRE, { input }, admin, { 'idempotency-key': key }).catch((e) => e);
  const deadline = Date.now() + 10_000;
  while (!(await hub.sql('civil_servants', `SELECT 1 FROM pg_stat_activity WHERE datname = 'civil_servants' AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO audit_log%'`)).length) {
    expect(Date.now()).toBeLessThan(deadline);
    await sleep(50);
  }
  const pid = hub.servicePid('civil-servants')!;
  process.kill(pid, 'SIGKILL');
  const lost = await pending;
  expect(lost.data?.hireCivilServant ?? null).toBeNull();
  await blocker.query('ROLLBACK');
  await blocker.end();

  // The supervisor brings civil-servants back; the client retries with the same key. How soon it is
  // back is the first test's subject: here only that the retry writes once, so a starved machine may take longer.
  let retry = await hub.request(HIRE, { input }, admin, { 'idempotency-key': key });
  const until = Date.now() + 60_000;
  while (retry.errors && Date.now() < until) {
    await sleep(200);
    retry = await hub.request(HIRE, { input }, admin, { 'idempotency-key': key });
  }
  expect(retry.errors).toBeUndefined();
  const again = await hub.request(HIRE, { input }, admin, { 'idempotency-key': key });
  expect(again).toEqual(retry);
  const rows = await hub.sql('civil_servants', 'SELECT id FROM civil_servant WHERE national_id_number = $1', [input.nationalIdNumber]);
  expect(rows).toEqual([{ id: retry.data.hireCivilServant.id }]);
}, 120_000);

test('SIGTERM to the npm start process stops everything, PostgreSQL included', async () => {
  const tree = hub.tree();
  // npm's shell is replaced by node (exec): the supervisor, five services, the postmaster and its children.
  expect(tree.length).toBeGreaterThanOrEqual(7);
  hub.npm.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => (hub.npm.exitCode !== null ? r(hub.npm.exitCode) : hub.npm.once('exit', r)));
  expect(code).toBe(0);
  const until = Date.now() + 3000;
  while (tree.some(alive) && Date.now() < until) await sleep(100);
  expect(tree.filter(alive)).toEqual([]);
  expect(fs.existsSync(path.join(hub.dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  for (const port of Object.values(hub.ports)) {
    const open = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => 'open', () => 'closed');
    expect(`${port} ${open}`).toBe(`${port} closed`);
  }
}, 60_000);
