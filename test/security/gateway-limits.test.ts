import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { postGraphQL, tokenFor } from '@par/platform/testing';
import type { RunningGateway } from '@par/gateway';
import { manifestFromDocument, sha256 } from '../../gateway/src/security/persisted';
import { startFixtureHub, type FixtureHub } from './fixture-subgraph';

/** The gateway's own limits, measured exactly on a fixture subgraph with nested connections. */
let hub: FixtureHub;
let gw: RunningGateway;
let analyst: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'par-limits-'));

beforeAll(async () => {
  hub = await startFixtureHub();
  gw = await hub.startGateway({ MAX_COST: '5000' });
  analyst = await tokenFor({ roles: ['analyst'] });
});
afterAll(async () => {
  await hub?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}, url = gw.url) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as any,
  }));

describe('cost counts list sizes', () => {
  const flat = (first: number) => `{ fixtureItems(first: ${first}) { totalCount edges { cursor node { id name } } } }`;

  it('runs an operation within budget', async () => {
    const r = await postGraphQL(gw.url, flat(100), {}, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data.fixtureItems.edges).toHaveLength(100);
  });

  it('multiplies nested connections by their first, and refuses above MAX_COST', async () => {
    const nested = `query($a: Int!, $b: Int!) { fixtureItems(first: $a) { edges { node { id related(first: $b) { edges { node { id name tags } } } } } } }`;
    const within = await postGraphQL(gw.url, nested, { a: 10, b: 10 }, analyst);
    expect(within.errors).toBeUndefined();
    const over = await postGraphQL(gw.url, nested, { a: 100, b: 100 }, analyst);
    expect(over.status).toBe(400);
    // fixtureItems 1 + edges 1 + 100 × (node 1 + id 1 + related 1 + edges 1 + 100 × (node 1 + id + name + tags (a scalar list: 1)))
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 1 + 1 + 100 * (1 + 1 + 1 + 1 + 100 * (1 + 1 + 1 + 1)), maxCost: 5000 });
    expect(over.data).toBeUndefined();
  });

  it('counts the default page when first is omitted, and fragments like inline fields', async () => {
    const q = `{ fixtureItems { edges { node { ...F } } } } fragment F on FixtureItem { id related { edges { node { id name } } } }`;
    const r = await postGraphQL(gw.url, q, {}, analyst);
    expect(r.errors).toBeUndefined();
    const big = await postGraphQL(gw.url, q.replace('related {', 'related(first: 100) {'), {}, analyst);
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 1 + 1 + 20 * (1 + 1 + 1 + 1 + 100 * (1 + 1 + 1)) });
  });

  it('refuses a page above the maximum at the gateway, naming the argument', async () => {
    for (const first of [101, 100000, 0, -1]) {
      const r = await postGraphQL(gw.url, 'query($n: Int!) { fixtureItems(first: $n) { totalCount } }', { n: first }, analyst);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(r.data).toBeUndefined();
    }
  });
});

describe('execution timeout', () => {
  let quick: RunningGateway;
  beforeAll(async () => {
    quick = await hub.startGateway({ EXECUTION_TIMEOUT_MS: '500' });
  });

  it('stops an operation that runs past EXECUTION_TIMEOUT_MS, with no data', async () => {
    const started = Date.now();
    const r = await postGraphQL(quick.url, '{ fixtureSlow(ms: 4000) }', {}, analyst);
    expect(r.status).toBe(504);
    expect(r.errors?.[0].extensions?.code).toBe('EXECUTION_TIMEOUT');
    expect(r.data ?? null).toBeNull();
    // Answered well before the subgraph's 4 s would have ended.
    expect(Date.now() - started).toBeLessThan(3500);
  });

  it('lets a quick one through', async () => {
    expect((await postGraphQL(quick.url, '{ fixtureSlow(ms: 10) }', {}, analyst)).data).toEqual({ fixtureSlow: 'done' });
  });
});

describe('persisted operations', () => {
  const doc = `query Items($first: Int!) { fixtureItems(first: $first) { totalCount } }\nquery Count { fixtureCount }`;
  const ops = () => manifestFromDocument(parse(doc));
  let required: RunningGateway;
  let manifestFile: string;
  beforeAll(async () => {
    manifestFile = path.join(tmp, 'manifest.json');
    fs.writeFileSync(manifestFile, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: ops() }));
    required = await hub.startGateway({ PERSISTED_OPERATIONS: 'required', PERSISTED_OPERATIONS_MANIFEST: manifestFile });
  });

  it('runs a registered operation by its APQ hash alone', async () => {
    const op = ops().find((o) => o.name === 'Items')!;
    const r = await post({ variables: { first: 5 }, extensions: { persistedQuery: { version: 1, sha256Hash: op.id } } }, {}, required.url);
    expect(r.body.data).toEqual({ fixtureItems: { totalCount: 300 } });
  });

  it('runs a registered operation sent as text, however it is formatted', async () => {
    const r = await post({ query: 'query Items($first:Int!){fixtureItems(first:$first){totalCount}}', variables: { first: 1 } }, {}, required.url);
    expect(r.body.data).toEqual({ fixtureItems: { totalCount: 300 } });
  });

  it('matches registered text regardless of fragment order', async () => {
    const withFragments = `query Frag { fixtureItems(first: 1) { ...A ...B } }\nfragment B on FixtureItemConnection { totalCount }\nfragment A on FixtureItemConnection { pageInfo { hasNextPage } }`;
    fs.writeFileSync(manifestFile, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [...ops(), ...manifestFromDocument(parse(withFragments))] }));
    const g = await hub.startGateway({ PERSISTED_OPERATIONS: 'required', PERSISTED_OPERATIONS_MANIFEST: manifestFile });
    const reordered = `fragment A on FixtureItemConnection { pageInfo { hasNextPage } }\nquery Frag { fixtureItems(first: 1) { ...A ...B } }\nfragment B on FixtureItemConnection { totalCount }`;
    const r = await post({ query: reordered }, {}, g.url);
    expect(r.body.data).toEqual({ fixtureItems: { pageInfo: { hasNextPage: true }, totalCount: 300 } });
    const changed = await post({ query: reordered.replace('totalCount }', 'totalCount edges { cursor } }') }, {}, g.url);
    expect(changed.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses an unregistered hash and any unregistered text, without running them', async () => {
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('query X { fixtureCount }') } } }, {}, required.url);
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.body.data).toBeUndefined();
    const text = await post({ query: '{ fixtureItems(first: 3) { totalCount edges { node { id } } } }' }, {}, required.url);
    expect(text.status).toBe(400);
    expect(text.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Registering by sending text with its hash (Apollo's APQ) does not work here either.
    const q = 'query Y { fixtureItems(first: 1) { totalCount } }';
    const reg = await post({ query: q, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(q) } } }, {}, required.url);
    expect(reg.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const again = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(q) } } }, {}, required.url);
    expect(again.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a hash that does not match the text sent with it', async () => {
    const op = ops().find((o) => o.name === 'Count')!;
    const r = await post({ query: '{ fixtureItems(first: 100) { totalCount } }', extensions: { persistedQuery: { version: 1, sha256Hash: op.id } } }, {}, required.url);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(r.body.data).toBeUndefined();
  });

  it('in optional mode, serves manifest hashes and free text alike', async () => {
    const optional = await hub.startGateway({ PERSISTED_OPERATIONS: 'optional', PERSISTED_OPERATIONS_MANIFEST: manifestFile });
    const op = ops().find((o) => o.name === 'Count')!;
    expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: op.id } } }, { authorization: `Bearer ${analyst}` }, optional.url)).body.data).toEqual({ fixtureCount: 300 });
    expect((await post({ query: '{ fixtureItems(first: 2) { totalCount } }' }, {}, optional.url)).body.data).toEqual({ fixtureItems: { totalCount: 300 } });
  });

  it('a gateway in required mode does not start without a valid manifest', async () => {
    await expect(hub.startGateway({ PERSISTED_OPERATIONS: 'required', PERSISTED_OPERATIONS_MANIFEST: path.join(tmp, 'missing.json') })).rejects.toThrow(/does not exist/);
    const forged = path.join(tmp, 'forged.json');
    fs.writeFileSync(forged, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ ...ops()[0], body: '{ fixtureCount }' }] }));
    await expect(hub.startGateway({ PERSISTED_OPERATIONS: 'required', PERSISTED_OPERATIONS_MANIFEST: forged })).rejects.toThrow(/not the sha256/);
  });
});

describe('production switches', () => {
  const publicPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;

  it('production refuses to start without keys', async () => {
    await expect(hub.startGateway({ NODE_ENV: 'production' })).rejects.toThrow(/JWT_JWKS_URL or JWT_PUBLIC_KEY/);
  });

  it('introspection is off in production unless enabled', async () => {
    const prod = await hub.startGateway({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem });
    const r = await post({ query: '{ __schema { types { name } } }' }, {}, prod.url);
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.data).toBeUndefined();
    const enabled = await hub.startGateway({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem, ENABLE_INTROSPECTION: 'true' });
    expect((await post({ query: '{ __schema { queryType { name } } }' }, {}, enabled.url)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
