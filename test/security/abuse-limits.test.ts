import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Redis } from 'ioredis';
import { exportJWK, generateKeyPair, importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { createTokenVerifier, DEV_KEY_FINGERPRINT, ensureDevKeyPair, keyFingerprint, resolveVerificationKey } from '@par/platform';
import { postGraphQL, testPort, tokenFor } from '@par/platform/testing';
import type { RunningGateway } from '@par/gateway';
import { csvField } from '../../gateway/src/export/csv';
import { pagingDocument, planExport } from '../../gateway/src/export/rows';
import { fixtureSlowCalls, startFixtureHub, type FixtureHub } from './fixture-subgraph';

/**
 * Abuse costs the caller (issue 16), measured on the fixture subgraph behind real gateways: cost
 * as executed, batches, the anonymous budget, per-caller rate limits in memory and in Redis,
 * export budgets, request ids, malformed extensions, /metrics, CSV quoting, token limits.
 */
let hub: FixtureHub;
let gw: RunningGateway;
let analyst: string;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

beforeAll(async () => {
  hub = await startFixtureHub();
  gw = await hub.startGateway({ MAX_COST: '5000', MAX_COST_ANONYMOUS: '1000' });
  analyst = await tokenFor({ roles: ['analyst'] });
});
afterAll(async () => {
  await hub?.stop();
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }).then(async (r) => {
    const text = await r.text();
    let json: any = text;
    try {
      json = JSON.parse(text);
    } catch {
      /* csv or text */
    }
    return { status: r.status, headers: r.headers, body: json };
  });
const exportUrl = (g: RunningGateway) => g.url.replace(/\/graphql$/, '/export.csv');
const NESTED = 'fixtureItems(first: $a) { edges { node { id related(first: $b) { edges { node { id name tags } } } } } }';
/** fixtureItems 1 + edges 1 + a × (node 1 + id 1 + related 1 + edges 1 + b × (node 1 + id + name + tags)) */
const nestedCost = (a: number, b: number) => 2 + a * (4 + b * 4);

describe('cost as the operation executes', () => {
  it('counts page sizes that come from variable defaults, not the field default', async () => {
    const started = Date.now();
    const r = await postGraphQL(gw.url, `query($a: Int! = 100, $b: Int! = 100) { ${NESTED} }`, {}, analyst);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: nestedCost(100, 100), maxCost: 5000 });
    expect(r.data).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
    // The same defaults, small, run.
    expect((await postGraphQL(gw.url, `query($a: Int! = 5, $b: Int! = 5) { ${NESTED} }`, {}, analyst)).errors).toBeUndefined();
  });

  it('sums the cost of a batch: operations under the budget alone are refused together', async () => {
    const op = { query: `query($a: Int!, $b: Int!) { ${NESTED} }`, variables: { a: 10, b: 40 } };
    expect(3 * nestedCost(10, 40)).toBeLessThan(5000);
    const r = await post(gw.url, [op, op, op, op], { authorization: `Bearer ${analyst}` });
    const codes = (r.body as any[]).map((x) => x.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok').length).toBe(3);
    expect(codes.filter((c) => c === 'GRAPHQL_VALIDATION_FAILED').length).toBe(1);
  });

  it('gives callers without a token a smaller budget', async () => {
    const q = `query { fixtureItems(first: 50) { edges { node { id related(first: 10) { edges { node { id } } } } } } }`;
    expect((await postGraphQL(gw.url, q, {}, analyst)).errors).toBeUndefined();
    const anon = await postGraphQL(gw.url, q);
    expect(anon.status).toBe(400);
    expect(anon.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 1000 });
    expect(anon.errors?.[0].message).toMatch(/without a token/);
  });
});

describe('per-caller rate limits', () => {
  async function exhaust(g: RunningGateway, token?: string) {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await post(g.url, { query: '{ fixtureItems(first: 1) { totalCount } }' }, headers));
    return results;
  }

  for (const store of ['memory', 'redis'] as const) {
    it(`refuses past the budget with 429 and Retry-After, per subject and per address (${store})`, async () => {
      const env = { RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_ANONYMOUS_REQUESTS: '3', RATE_LIMIT_WINDOW_S: '30', ...(store === 'redis' ? { REDIS_URL, DATABASE_NAME_PREFIX: `rl${Date.now()}_` } : {}) };
      const g = await hub.startGateway(env);
      const alice = await tokenFor({ roles: ['analyst'], sub: `alice-${store}` });
      const bob = await tokenFor({ roles: ['analyst'], sub: `bob-${store}` });
      const a = await exhaust(g, alice);
      expect(a.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
      const started = Date.now();
      const refused = a[3];
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(30);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.body.data).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1000);
      // Another subject is counted apart; anonymous callers by address.
      expect((await exhaust(g, bob)).map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect((await exhaust(g)).map((r) => r.status)).toEqual([200, 200, 200, 429]);
      // A refused token still counts against the address.
      expect((await post(g.url, { query: '{ __typename }' }, { authorization: 'Bearer x.y.z' })).status).toBe(429);
      if (store === 'redis') {
        // The count lives in Redis: a second gateway of the deployment sees it.
        const twin = await hub.startGateway(env);
        expect((await post(twin.url, { query: '{ __typename }' }, { authorization: `Bearer ${alice}` })).status).toBe(429);
        const redis = new Redis(REDIS_URL);
        const keys = await redis.keys(`par:${env.DATABASE_NAME_PREFIX}:ratelimit:*`);
        await redis.quit();
        expect(keys.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('the address of a caller without a token', () => {
  const ask = (g: RunningGateway, forwardedFor?: string) =>
    post(g.url, { query: '{ __typename }' }, forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}).then((r) => r.status);

  it('ignores X-Forwarded-For unless proxies are trusted: a client cannot escape its budget by writing one', async () => {
    const g = await hub.startGateway({ RATE_LIMIT_ANONYMOUS_REQUESTS: '2', RATE_LIMIT_WINDOW_S: '60' });
    expect([await ask(g, '10.0.0.1'), await ask(g, '10.0.0.2'), await ask(g, '10.0.0.3')]).toEqual([200, 200, 429]);
  });

  it('behind TRUSTED_PROXY_HOPS proxies, counts the address the outermost one saw, not entries the client wrote', async () => {
    const g = await hub.startGateway({ RATE_LIMIT_ANONYMOUS_REQUESTS: '2', RATE_LIMIT_WINDOW_S: '60', TRUSTED_PROXY_HOPS: '1' });
    // One proxy appends its peer: the last entry is the caller, whatever the client put before it.
    expect([await ask(g, '10.0.0.1'), await ask(g, 'forged, 10.0.0.1'), await ask(g, '10.0.0.7, 10.0.0.1')]).toEqual([200, 200, 429]);
    // Another caller behind the same proxy has its own budget.
    expect(await ask(g, '10.0.0.2')).toBe(200);
  });
});

describe('exports with a budget', () => {
  const Q = 'query Items($after: String) { fixtureSlow(ms: 300) fixtureItems(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name } } } }';

  it('re-runs only the paged connection: the other root fields run once', async () => {
    const plan = planExport(Q, 'Items', { fixtureItems: { edges: [] } });
    expect(pagingDocument(plan)).toBe('query Items($after: String) {\n  fixtureItems(first: 20, after: $after) {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}');
    const before = fixtureSlowCalls();
    const r = await post(exportUrl(gw), { query: Q, operationName: 'Items' }, { authorization: `Bearer ${analyst}` });
    expect(r.status).toBe(200);
    expect(String(r.body).trim().split('\r\n')).toHaveLength(301);
    // 15 pages, and the other root field ran for the first page only (counted, not timed).
    expect(fixtureSlowCalls() - before).toBe(1);
  });

  it('requires a JSON body (a form post is refused, nothing runs)', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const r = await fetch(exportUrl(gw), { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${analyst}` }, body: JSON.stringify({ query: Q }) });
      expect(r.status).toBe(415);
      expect(((await r.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('stops one export at EXPORT_MAX_MS, cutting the connection', async () => {
    const g = await hub.startGateway({ EXPORT_MAX_MS: '200' });
    const started = Date.now();
    const r = fetch(exportUrl(g), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` }, body: JSON.stringify({ query: '{ fixtureItems(first: 1) { edges { node { id } } } }' }) }).then((res) => res.text());
    await expect(r).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops a caller\'s exports at its row budget, then refuses with 429 and Retry-After', async () => {
    const g = await hub.startGateway({ EXPORT_CALLER_MAX_ROWS: '50', EXPORT_CALLER_WINDOW_S: '600' });
    const token = await tokenFor({ roles: ['analyst'], sub: 'exporter' });
    const body = JSON.stringify({ query: '{ fixtureItems(first: 20) { edges { node { id } } } }' });
    const first = fetch(exportUrl(g), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body }).then((res) => res.text());
    await expect(first).rejects.toThrow();
    const again = await post(exportUrl(g), body, { authorization: `Bearer ${token}` });
    expect(again.status).toBe(429);
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(again.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // Another caller still has its own budget.
    const other = await fetch(exportUrl(g), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` }, body });
    expect(other.status).toBe(200);
    await expect(other.text()).rejects.toThrow();
  });
});

describe('smaller holes', () => {
  it('the gateway names every request itself; the client\'s id is only clientRequestId', async () => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'forged-audit-id' }, body: JSON.stringify({ query: '{ fixtureItems(first: 1) { totalCount } }' }) });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-client-request-id')).toBe('forged-audit-id');
  });

  it('malformed persistedQuery extensions are 400 BAD_REQUEST, not 500', async () => {
    for (const persistedQuery of [null, 'abc', 5, [], { version: 1 }]) {
      const r = await post(gw.url, { query: '{ fixtureItems(first: 1) { totalCount } }', extensions: { persistedQuery } });
      expect([r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
      expect(r.body.data).toBeUndefined();
    }
    // Extensions that are not an object at all, in a single request and in a batch.
    for (const extensions of ['abc', 5, [], true]) {
      const r = await post(gw.url, { query: '{ fixtureItems(first: 1) { totalCount } }', extensions });
      expect([extensions, r.status, r.body.errors?.[0]?.extensions?.code]).toEqual([extensions, 400, 'BAD_REQUEST']);
      const batch = await post(gw.url, [{ query: '{ fixtureCount }' }, { query: '{ fixtureCount }', extensions: { persistedQuery: extensions } }]);
      expect([extensions, batch.status < 500, JSON.stringify(batch.body)]).toEqual([extensions, true, expect.stringContaining('BAD_REQUEST')]);
      expect(JSON.stringify(batch.body)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('/metrics is not public in production: token, or its own port', async () => {
    const publicPem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const metrics = (g: RunningGateway, headers: Record<string, string> = {}, port = g.port) => fetch(`http://127.0.0.1:${port}/metrics`, { headers }).then((r) => r.status);
    const open = await hub.startGateway({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem });
    expect(await metrics(open)).toBe(404);
    const token = 'm'.repeat(40);
    const guarded = await hub.startGateway({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem, METRICS_TOKEN: token });
    expect(await metrics(guarded)).toBe(401);
    expect(await metrics(guarded, { authorization: `Bearer ${'x'.repeat(40)}` })).toBe(401);
    expect(await metrics(guarded, { authorization: `Bearer ${token}` })).toBe(200);
    const apart = await hub.startGateway({ NODE_ENV: 'production', JWT_PUBLIC_KEY: publicPem, METRICS_PORT: '0' });
    expect(await metrics(apart)).toBe(404);
    expect(await metrics(apart, {}, apart.metricsPort)).toBe(200);
  });

  it('CSV quotes semicolons and defuses formulas after leading whitespace', () => {
    expect(csvField('x;=1+1')).toBe('"x;=1+1"');
    expect(csvField(' =1+1')).toBe("' =1+1");
    expect(csvField('\n\t@SUM(A1)')).toBe(`"'\n\t@SUM(A1)"`);
    expect(csvField('  -2+3;x')).toBe(`"'  -2+3;x"`);
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('Sở Nội vụ')).toBe('Sở Nội vụ');
  });
});

describe('tokens', () => {
  const base = { iss: process.env.JWT_ISSUER ?? 'par-data-hub', aud: process.env.JWT_AUDIENCE ?? 'par-data-hub' };
  const dev = () => ensureDevKeyPair(process.env.HUB_DATA_DIR ?? '.data');
  const sign = async (claims: Record<string, unknown>, header: Record<string, unknown> = {}, ttl = 600) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ sub: 'mallory', ...base, ...claims }).setProtectedHeader({ alg: 'ES256', ...header }).setIssuedAt(now).setExpirationTime(now + ttl).sign(await importPKCS8(dev().privatePem, 'ES256'));
  };
  const refused = async (token: string) => {
    const started = Date.now();
    const r = await postGraphQL(gw.url, '{ fixtureCount }', {}, token);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    return r.errors![0].message;
  };

  it('a well-formed token works (control)', async () => {
    expect((await postGraphQL(gw.url, '{ fixtureCount }', {}, await sign({ roles: ['analyst'] }))).data).toEqual({ fixtureCount: 300 });
  });

  it('refuses tokens carrying jwk, jku, x5u or x5c headers, and a kid that is not a short string', async () => {
    const { publicKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    expect(await refused(await sign({ roles: ['analyst'] }, { jwk }))).toMatch(/names its own key/);
    expect(await refused(await sign({ roles: ['analyst'] }, { jku: 'https://evil.example/jwks.json' }))).toMatch(/names its own key/);
    expect(await refused(await sign({ roles: ['analyst'] }, { x5u: 'https://evil.example/cert.pem' }))).toMatch(/names its own key/);
    await refused(await sign({ roles: ['analyst'] }, { kid: { $ne: 1 } }));
    await refused(await sign({ roles: ['analyst'] }, { kid: 'k'.repeat(300) }));
  });

  it('refuses roles given as a string and scope given as a list', async () => {
    expect(await refused(await sign({ roles: 'admin' }))).toMatch(/roles must be a list/);
    expect(await refused(await sign({ roles: ['leadership'], scope: ['pii:read'] }))).toMatch(/scope must be a string/);
  });

  it('refuses oversized tokens before verifying them', async () => {
    expect(await refused(await sign({ roles: ['analyst'], pad: 'x'.repeat(9000) }))).toMatch(/too long/);
  });

  it('refuses tokens living longer than JWT_MAX_TOKEN_TTL_S', async () => {
    expect(await refused(await sign({ roles: ['analyst'] }, {}, 30 * 86_400))).toMatch(/longer than/);
  });

  it('production refuses the development key by its fingerprint, with no key file on disk', async () => {
    const noFiles = '/nonexistent-par-data-dir';
    const cfg = { NODE_ENV: 'production' as const, JWT_ALGORITHMS: ['ES256' as const, 'RS256' as const] };
    const derived = (await import('node:crypto')).createPublicKey(dev().privatePem).export({ type: 'spki', format: 'pem' }) as string;
    // The derived, well-known development key: recognised without any file.
    const wellKnown = ensureDevKeyPair(`${require('node:os').tmpdir()}/par-devkey-${process.pid}`).publicPem;
    expect(keyFingerprint(wellKnown)).toBe(DEV_KEY_FINGERPRINT);
    await expect(resolveVerificationKey({ ...cfg, JWT_PUBLIC_KEY: wellKnown }, noFiles)).rejects.toThrow(/development key/);
    await expect(resolveVerificationKey({ ...cfg, JWT_PUBLIC_KEY: wellKnown.replace(/\n/g, '\\n') }, noFiles)).rejects.toThrow(/development key/);
    expect(derived).toContain('PUBLIC KEY');
  });

  it('production refuses a development-signed token when the issuer\'s JWKS serves the development key, and accepts its real key', async () => {
    // A real HTTP server plays the issuer; production insists on https, so its URL is reached through fetch.
    const real = await generateKeyPair('ES256', { extractable: true });
    const devPublic = (await import('node:crypto')).createPublicKey(dev().privatePem);
    const keys = [{ ...(await exportJWK(real.publicKey)), kid: 'real', alg: 'ES256', use: 'sig' }, { ...devPublic.export({ format: 'jwk' }), kid: 'par-hub-dev', alg: 'ES256', use: 'sig' }];
    const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })));
    const port = await testPort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const issuer = 'https://issuer.example/jwks.json';
    const local = `http://127.0.0.1:${port}/jwks.json`;
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => realFetch(String(input instanceof Request ? input.url : input) === issuer ? local : input, init)) as typeof fetch;
    try {
      const key = await resolveVerificationKey({ NODE_ENV: 'production', JWT_JWKS_URL: issuer, JWT_ALGORITHMS: ['ES256'] }, '/nonexistent-par-data-dir');
      const verify = createTokenVerifier({ key, issuer: base.iss, audience: base.aud });
      const now = Math.floor(Date.now() / 1000);
      const signed = (signer: CryptoKey, kid: string) =>
        new SignJWT({ sub: 'mallory', ...base, roles: ['admin'] }).setProtectedHeader({ alg: 'ES256', kid }).setIssuedAt(now).setExpirationTime(now + 600).sign(signer);
      await expect(verify(`Bearer ${await signed(await importPKCS8(dev().privatePem, 'ES256'), 'par-hub-dev')}`)).rejects.toMatchObject({
        message: expect.stringMatching(/development key/),
        extensions: { code: 'UNAUTHENTICATED' },
      });
      // Control: the issuer's own key in the same set is accepted.
      expect((await verify(`Bearer ${await signed(real.privateKey, 'real')}`)).subject).toBe('mallory');
    } finally {
      globalThis.fetch = realFetch;
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
