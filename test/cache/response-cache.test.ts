import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { print } from 'graphql';
import { Client } from 'pg';
import { AgencyProfileDocument } from '@par/operations';
import { REPO_ROOT } from '@par/platform';
import { tokenFor } from '@par/platform/testing';
import type { RunningGateway } from '@par/gateway';
import { databaseUrl } from '../contract/support';
import { startTestHub, type TestHub } from '../support/hub';
import { ask, delta, extraGateway, REDIS_URL, redisClient, subgraphRequests, type Answer } from './support';

/**
 * The gateway's response cache and in-flight deduplication, against real subgraphs, PostgreSQL
 * and Redis. One hub announces writes to Redis; in front of it: the hub's gateway and a second
 * instance sharing Redis, one with the in-memory cache, one with the cache off.
 */
let hub: TestHub;
let second: RunningGateway;
let memory: RunningGateway;
let uncached: RunningGateway;
const db = new Map<string, Client>();

async function sql<T = any>(subgraph: string, text: string, params: unknown[] = []): Promise<T[]> {
  let c = db.get(subgraph);
  if (!c) {
    c = new Client({ connectionString: databaseUrl(subgraph as never, hub.prefix) });
    await c.connect();
    db.set(subgraph, c);
  }
  return (await c.query(text, params)).rows;
}

beforeAll(async () => {
  hub = await startTestHub({ scale: 0.01, env: { REDIS_URL } });
  second = await extraGateway(hub, {});
  memory = await extraGateway(hub, { REDIS_URL: '' });
  uncached = await extraGateway(hub, { REDIS_URL: '', GATEWAY_CACHE: 'off' });
}, 180_000);
afterAll(async () => {
  await Promise.all([second, memory, uncached].map((g) => g?.close()));
  await Promise.all([...db.values()].map((c) => c.end()));
  await hub?.stop();
});

const PROCEDURES = `query Procedures($first: Int!) { administrativeProcedures(first: $first) { totalCount edges { node { code name processingDays } } } }`;
const PROCEDURE = `query Procedure($code: ID!) { administrativeProcedure(code: $code) { code name processingDays } }`;

test('a second identical read is answered from the cache, without asking any subgraph', async () => {
  for (const url of [memory.url, hub.gatewayUrl]) {
    const token = await tokenFor({ roles: ['analyst'] });
    const first = await ask(url, PROCEDURES, { first: 4 }, token);
    expect(first.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    const before = await subgraphRequests(hub);
    const again = await ask(url, PROCEDURES, { first: 4 }, token);
    expect(again).toEqual({ ...first, cache: 'hit' });
    expect(delta(before, await subgraphRequests(hub))).toEqual({});
    // Other variables are another answer.
    const other = await ask(url, PROCEDURES, { first: 5 }, token);
    expect(other.cache).toBe('miss');
  }
});

test('callers with the same claims share an entry; other claims get their own', async () => {
  const [leaderA, leaderB, analyst, agencyEditor] = await Promise.all([
    tokenFor({ roles: ['leadership'], sub: 'leader-a' }),
    tokenFor({ roles: ['leadership'], sub: 'leader-b' }),
    tokenFor({ roles: ['analyst'], sub: 'leader-a' }),
    tokenFor({ roles: ['editor'], subgraph: 'institutions', sub: 'leader-a' }),
  ]);
  const vars = { first: 6 };
  expect((await ask(memory.url, PROCEDURES, vars, leaderA)).cache).toBe('miss');
  expect((await ask(memory.url, PROCEDURES, vars, leaderB)).cache).toBe('hit');
  expect((await ask(memory.url, PROCEDURES, vars, analyst)).cache).toBe('miss');
  expect((await ask(memory.url, PROCEDURES, vars, agencyEditor)).cache).toBe('miss');
  expect((await ask(memory.url, PROCEDURES, vars)).cache).toBe('miss');
  expect((await ask(memory.url, PROCEDURES, vars, analyst)).cache).toBe('hit');
});

test('personal data is never cached: every read reaches the subgraph and is audited', async () => {
  const [person] = await sql('civil-servants', 'SELECT id FROM civil_servant ORDER BY id LIMIT 1');
  const token = await tokenFor({ roles: ['leadership'], scope: 'pii:read' });
  const query = `query Person($id: ID!) { civilServant(id: $id) { id fullName dateOfBirth nationalIdNumber } }`;
  const audits = async () => Number((await sql('civil-servants', `SELECT count(*) AS n FROM audit_log WHERE action = 'PII_READ' AND $1 = ANY(object_ids)`, [person.id]))[0].n);
  for (const url of [memory.url, hub.gatewayUrl]) {
    const start = await audits();
    const first = await ask(url, query, { id: person.id }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data.civilServant.dateOfBirth).toBeTruthy();
    const once = (await audits()) - start;
    expect(once).toBeGreaterThan(0);
    const second = await ask(url, query, { id: person.id }, token);
    expect(second.cache).toBe('miss');
    expect((await audits()) - start).toBe(2 * once);
  }
  // The same person without personal fields is an ordinary, cacheable read.
  const plain = `query Plain($id: ID!) { civilServant(id: $id) { id fullName } }`;
  await ask(memory.url, plain, { id: person.id }, token);
  expect((await ask(memory.url, plain, { id: person.id }, token)).cache).toBe('hit');
});

test('mutations are never cached, and clients are told no-store', async () => {
  const res = await fetch(memory.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PROCEDURES, variables: { first: 2 } }) });
  expect(res.headers.get('cache-control')).toBe('no-store');
  const token = await tokenFor({ roles: ['analyst'] });
  const write = await ask(memory.url, `mutation { recordParAssessment(input: { agencyId: "00000000-0000-4000-8000-000000000000", year: 2021, selfScore: 1, appraisedScore: 1 }) { year } }`, {}, token);
  expect(write.errors?.length).toBeGreaterThan(0);
  expect(write.cache).toBe('bypass');
});

test('Redis keys hold neither the token nor anything of it', async () => {
  const token = await tokenFor({ roles: ['leadership'], sub: 'someone-to-find' });
  await ask(hub.gatewayUrl, PROCEDURES, { first: 3 }, token);
  expect((await ask(second.url, PROCEDURES, { first: 3 }, token)).cache).toBe('hit');
  const redis = redisClient();
  try {
    const keys = await redis.keys(`par:${hub.prefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    const signature = token.split('.')[2];
    for (const key of keys) {
      expect(key).not.toContain(signature);
      expect(key).not.toContain('someone-to-find');
      expect(key).toMatch(new RegExp(`^par:${hub.prefix}:(cache:response:[0-9a-f]{64}|writes:generation:[a-z-]+|ratelimit:[a-z]+:(sub|ip):[0-9a-f]{32})$`));
      if (key.includes(':cache:response:')) {
        const value = (await redis.get(key)) ?? '';
        expect(value).not.toContain(signature);
        expect(value).not.toContain('someone-to-find');
      }
    }
  } finally {
    redis.disconnect();
  }
});

test('a write through one gateway instance is seen at once through the other (Redis)', async () => {
  const [p] = await sql('institutions', 'SELECT code, version FROM administrative_procedure ORDER BY code LIMIT 1');
  const reader = await tokenFor({ roles: ['analyst'] });
  const editor = await tokenFor({ roles: ['editor'], subgraph: 'institutions' });
  const before = await ask(second.url, PROCEDURE, { code: p.code }, reader);
  expect((await ask(second.url, PROCEDURE, { code: p.code }, reader)).cache).toBe('hit');
  expect((await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader)).cache).toBe('hit');
  const name = `${before.data.administrativeProcedure.name} (sửa đổi ${Date.now()})`;
  const write = await ask(
    hub.gatewayUrl,
    `mutation Rename($code: ID!, $version: Int!, $name: String!) { updateAdministrativeProcedure(code: $code, version: $version, input: { name: $name }) { name } }`,
    { code: p.code, version: p.version, name },
    editor,
  );
  expect(write.errors).toBeUndefined();
  const after = await ask(second.url, PROCEDURE, { code: p.code }, reader);
  expect(after.cache).toBe('miss');
  expect(after.data.administrativeProcedure.name).toBe(name);
  // The in-memory gateway saw nothing of it, but the subgraph's own announcement reached Redis only;
  // it is the gateway the write went through (or Redis) that must be fresh.
  expect((await ask(second.url, PROCEDURE, { code: p.code }, reader)).cache).toBe('hit');
});

test('a write sent to a subgraph directly (not through any gateway) is announced by the subgraph', async () => {
  const [p] = await sql('institutions', 'SELECT code, version FROM administrative_procedure ORDER BY code OFFSET 1 LIMIT 1');
  const reader = await tokenFor({ roles: ['analyst'] });
  const editor = await tokenFor({ roles: ['editor'], subgraph: 'institutions' });
  await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader);
  expect((await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader)).cache).toBe('hit');
  const name = `Thủ tục đổi tên trực tiếp ${Date.now()}`;
  const write = await ask(hub.subgraphUrls.institutions, `mutation($code: ID!, $version: Int!, $name: String!) { updateAdministrativeProcedure(code: $code, version: $version, input: { name: $name }) { name } }`, { code: p.code, version: p.version, name }, editor);
  expect(write.errors).toBeUndefined();
  const after = await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader);
  expect(after.data.administrativeProcedure.name).toBe(name);
});

test('an import through the command (`npm run import`) makes cached answers fresh', async () => {
  const [p] = await sql('institutions', `SELECT code, name, sector_code AS sector, level, processing_days, to_char(issued_on, 'YYYY-MM-DD') AS issued_on
    FROM administrative_procedure ORDER BY code OFFSET 2 LIMIT 1`);
  const reader = await tokenFor({ roles: ['analyst'] });
  await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader);
  expect((await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader)).cache).toBe('hit');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-cache-import-'));
  const file = path.join(dir, 'procedures.csv');
  const days = p.processing_days === 365 ? 364 : p.processing_days + 1;
  fs.writeFileSync(file, `code,name,sector_code,level,processing_days,issued_on\n${p.code},"${p.name}",${p.sector},${p.level},${days},${p.issued_on}\n`);
  try {
    const { stdout } = await promisify(execFile)('node', [path.join(REPO_ROOT, 'scripts/run.js'), path.join(REPO_ROOT, 'scripts/import.ts'), 'institutions', 'procedures', file, '--json'], { env: hub.env, cwd: REPO_ROOT });
    expect(JSON.parse(stdout)).toMatchObject({ committed: true, updated: 1, errors: [] });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const after = await ask(hub.gatewayUrl, PROCEDURE, { code: p.code }, reader);
  expect(after.cache).toBe('miss');
  expect(after.data.administrativeProcedure.processingDays).toBe(days);
}, 60_000);

describe('in-flight deduplication', () => {
  /** Holds the subgraph's table locked so every fetch that reaches it waits, in flight, until released. */
  async function whileLocked<T>(table: string, fire: () => Promise<T>): Promise<T> {
    const lock = new Client({ connectionString: databaseUrl('institutions', hub.prefix) });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      const pending = fire();
      // Wait until one fetch is blocked in PostgreSQL, then give the others time to line up behind it.
      for (let i = 0; i < 200; i++) {
        const [{ n }] = await sql('institutions', `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
        if (n > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await new Promise((r) => setTimeout(r, 500));
      await lock.query('COMMIT');
      return await pending;
    } finally {
      await lock.end();
    }
  }

  test('N concurrent identical reads with the same claims, with no write between them, cost one subgraph fetch', async () => {
    const tokens = await Promise.all(Array.from({ length: 8 }, (_, i) => tokenFor({ roles: ['leadership'], sub: `leader-${i}` })));
    const before = await subgraphRequests(hub);
    // On a caching gateway each read knows the write generation it saw: however late it arrives
    // while the first fetch is in flight, it may share it. (With the cache off, only reads that
    // began before the fetch was sent may: see the next test.)
    const answers = await whileLocked('administrative_procedure', () => Promise.all(tokens.map((t) => ask(memory.url, PROCEDURES, { first: 7 }, t))));
    for (const a of answers) expect(a).toEqual({ ...answers[0] });
    expect(answers[0].errors).toBeUndefined();
    expect(delta(before, await subgraphRequests(hub))).toEqual({ institutions: 1 });
  });

  test('a read that starts after a write never shares a fetch sent before it', async () => {
    const [p] = await sql('institutions', 'SELECT code, version, name FROM administrative_procedure ORDER BY code OFFSET 3 LIMIT 1');
    const [reader, editor] = await Promise.all([tokenFor({ roles: ['analyst'] }), tokenFor({ roles: ['editor'], subgraph: 'institutions' })]);
    // One institutions fetch: the procedure is read at once, the legal documents wait for the lock.
    const race = `query Race($code: ID!) { administrativeProcedure(code: $code) { code name } legalDocuments(first: 1) { totalCount } }`;
    const name = `Thủ tục đổi tên giữa hai lần đọc ${Date.now()}`;
    // Cache off; in-memory cache; Redis, the write through another gateway.
    const routes = [[uncached.url, uncached.url], [memory.url, memory.url], [second.url, hub.gatewayUrl]];
    for (const [i, [url, writeUrl]] of routes.entries()) {
      const renamed = `${name} (${i})`;
      let early: Promise<Answer> | undefined;
      let late: Promise<Answer> | undefined;
      await whileLocked('legal_document', async () => {
        early = ask(url, race, { code: p.code }, reader);
        // The first read is in flight (blocked on the lock) with the old name in hand; the write commits.
        await new Promise((r) => setTimeout(r, 300));
        const [{ version }] = await sql('institutions', 'SELECT version FROM administrative_procedure WHERE code = $1', [p.code]);
        const write = await ask(writeUrl, `mutation($code: ID!, $version: Int!, $name: String!) { updateAdministrativeProcedure(code: $code, version: $version, input: { name: $name }) { name } }`, { code: p.code, version, name: renamed }, editor);
        expect(write.errors).toBeUndefined();
        late = ask(url, race, { code: p.code }, reader);
        await new Promise((r) => setTimeout(r, 300));
      });
      const [first, second] = await Promise.all([early!, late!]);
      expect(first.errors).toBeUndefined();
      expect(first.data.administrativeProcedure.name).not.toBe(renamed);
      expect(second.errors).toBeUndefined();
      expect(second.data.administrativeProcedure.name).toBe(renamed);
      expect((await ask(url, race, { code: p.code }, reader)).data.administrativeProcedure.name).toBe(renamed);
    }
  });

  test('different claims are not shared', async () => {
    const [a, b] = await Promise.all([tokenFor({ roles: ['leadership'] }), tokenFor({ roles: ['analyst'] })]);
    const before = await subgraphRequests(hub);
    await whileLocked('administrative_procedure', () => Promise.all([ask(uncached.url, PROCEDURES, { first: 8 }, a), ask(uncached.url, PROCEDURES, { first: 8 }, b)]));
    expect(delta(before, await subgraphRequests(hub))).toEqual({ institutions: 2 });
  });
});

describe('answers with errors are neither kept nor served', () => {
  test('an answer carrying a field error is not kept: every repeat asks the subgraphs again', async () => {
    const token = await tokenFor({ roles: ['analyst'] });
    // institutions refuses a malformed procedure code; egov-services' figures stand (a partial answer).
    const query = `query HalfWrong($code: ID!) { administrativeProcedure(code: $code) { code } dossierStatistics(filter: { yearFrom: 2020, yearTo: 2020 }, groupBy: [YEAR]) { year received } }`;
    for (const url of [memory.url, hub.gatewayUrl, second.url]) {
      for (let i = 0; i < 2; i++) {
        const before = await subgraphRequests(hub);
        const res = await ask(url, query, { code: 'not a code!' }, token);
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(res.data.administrativeProcedure).toBeNull();
        expect(res.data.dossierStatistics).toEqual([{ year: 2020, received: expect.any(Number) }]);
        expect(res.cache).toBe('miss');
        expect(delta(before, await subgraphRequests(hub))).toEqual({ institutions: 1, 'egov-services': 1 });
      }
    }
  });

  test('while a subgraph is down its partial answer is not kept; once it is back the whole answer is', async () => {
    const [a] = await sql('institutions', `SELECT id FROM agency WHERE kind = 'DEPARTMENT' ORDER BY code OFFSET 1 LIMIT 1`);
    const token = await tokenFor({ roles: ['leadership'] });
    const profile = print(AgencyProfileDocument);
    const vars = { id: a.id, year: 2019 };
    await hub.stopSubgraph('public-finance');
    try {
      for (const url of [memory.url, second.url]) {
        for (let i = 0; i < 2; i++) {
          const res = await ask(url, profile, vars, token);
          expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toContainEqual(['SERVICE_UNAVAILABLE', 'public-finance']);
          expect(res.data.agency).toMatchObject({ id: a.id, budget: null, autonomy: null });
          expect(res.cache).toBe('miss');
        }
      }
    } finally {
      await hub.startSubgraph('public-finance');
    }
    const whole = await ask(uncached.url, profile, vars, token);
    expect(whole.errors).toBeUndefined();
    expect(whole.data.agency.budget).not.toBeNull();
    for (const url of [memory.url, second.url]) {
      const res = await ask(url, profile, vars, token);
      expect(res.errors).toBeUndefined();
      expect(res).toMatchObject({ cache: 'miss', data: whole.data });
      expect(await ask(url, profile, vars, token)).toMatchObject({ cache: 'hit', data: whole.data });
    }
  }, 60_000);
});
