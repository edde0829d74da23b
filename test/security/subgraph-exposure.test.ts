import { Writable } from 'node:stream';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { Client } from 'pg';
import pino from 'pino';
import { databaseNameOf, databaseUrl, dropDatabase, startSubgraph, type RunningSubgraph } from '@par/platform';
import { testEnv, testServerUrl, uniquePrefix } from '@par/platform/testing';
import egovServices from '../../subgraphs/egov-services/src/subgraph';

/**
 * A subgraph reached directly, as anyone on its network can (issue 16), in production mode:
 * `/metrics` needs METRICS_TOKEN, and a caller-chosen `x-request-id` never becomes the id in the
 * audit log; the subgraph names the request itself and logs the incoming one as gatewayRequestId.
 */
const METRICS_TOKEN = 'm'.repeat(40);
const prefix = uniquePrefix();
const lines: string[] = [];
let sg: RunningSubgraph;
let editor: string;

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const now = Math.floor(Date.now() / 1000);
  editor = await new SignJWT({ roles: ['editor'], subgraph: 'egov-services' })
    .setProtectedHeader({ alg: 'ES256' }).setSubject('so-tttt').setIssuer('par-data-hub').setAudience('par-data-hub').setIssuedAt(now).setExpirationTime(now + 600)
    .sign(privateKey);
  const log = pino({ level: 'info' }, new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }));
  sg = await startSubgraph(egovServices, {
    env: testEnv(prefix, { NODE_ENV: 'production', JWT_PUBLIC_KEY: await exportSPKI(publicKey), METRICS_TOKEN }),
    port: 0,
    log,
  });
}, 120_000);
afterAll(async () => {
  await sg?.stop();
  await dropDatabase(testServerUrl(), databaseNameOf('egov-services', prefix));
});

it('/metrics of a subgraph in production answers only the metrics token', async () => {
  const metrics = (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${sg.port}/metrics`, { headers }).then((r) => r.status);
  expect(await metrics()).toBe(401);
  expect(await metrics({ authorization: `Bearer ${'x'.repeat(40)}` })).toBe(401);
  expect(await metrics({ authorization: `Bearer ${METRICS_TOKEN}` })).toBe(200);
});

it('a caller-chosen x-request-id never lands in the audit log; the subgraph\'s own id does, the incoming one is logged apart', async () => {
  const res = await fetch(sg.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}`, 'x-request-id': 'forged-audit-id' },
    body: JSON.stringify({ query: `mutation { setCalendarDay(input: { day: "2031-06-16", kind: DAY_OFF, reason: "Kiểm thử" }) { day } }` }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  const own = res.headers.get('x-request-id');
  expect(own).toMatch(/^[0-9a-f-]{36}$/);
  const db = new Client({ connectionString: databaseUrl(testServerUrl(), databaseNameOf('egov-services', prefix)) });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT request_id FROM audit_log WHERE operation = 'setCalendarDay'`);
    expect(rows).toEqual([{ request_id: own }]);
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE request_id = 'forged-audit-id'`)).rows[0].n).toBe(0);
  } finally {
    await db.end();
  }
  const logged = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'graphql' && l.requestId === own);
  expect(logged).toMatchObject({ requestId: own, gatewayRequestId: 'forged-audit-id' });
});

it('persistedQuery extensions sent straight to a subgraph are refused with a clear code, never an internal error', async () => {
  // The subgraph takes no persisted queries at all (the gateway never sends them): no one can fill a cache there.
  for (const persistedQuery of ['abc', 5, [], { version: 1 }, { version: 2, sha256Hash: 'x' }, { version: 1, sha256Hash: 'a'.repeat(64) }]) {
    const res = await fetch(sg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery } }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect({ persistedQuery, server: res.status >= 500, code: body.errors?.[0]?.extensions?.code, data: body.data ?? null }).toEqual({
      persistedQuery, server: false, code: 'PERSISTED_QUERY_NOT_SUPPORTED', data: null,
    });
  }
});
