import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, importPKCS8, SignJWT, type JWTPayload } from 'jose';
import {
  ANONYMOUS, authorizedReference, ConfigError, createTokenVerifier, ensureDevKeyPair, resolveVerificationKey, satisfies, type Caller,
  type HubContext, type KeyConfig, type TokenVerifier,
} from '../src';

const ISS = 'par-data-hub';
const AUD = 'par-data-hub';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'par-auth-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function pair(kind: 'ec' | 'rsa', bits = 2048) {
  const { privateKey, publicKey } =
    kind === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: bits });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    publicKey,
  };
}
const ec = pair('ec');
const rsa = pair('rsa');
const other = pair('ec');

const cfg = (over: Partial<KeyConfig>): KeyConfig => ({ NODE_ENV: 'test', JWT_ALGORITHMS: ['ES256', 'RS256'], ...over });

async function verifierFor(over: Partial<KeyConfig>): Promise<TokenVerifier> {
  return createTokenVerifier({ key: await resolveVerificationKey(cfg(over), dir), issuer: ISS, audience: AUD });
}

interface SignOpts {
  alg?: 'ES256' | 'RS256' | 'HS256';
  pem?: string;
  secret?: Uint8Array;
  claims?: JWTPayload & Record<string, unknown>;
  iss?: string | null;
  aud?: string | null;
  exp?: number | null;
  nbf?: number;
  sub?: string | null;
  kid?: string;
}
async function sign(o: SignOpts = {}): Promise<string> {
  const alg = o.alg ?? 'ES256';
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ roles: ['analyst'], ...o.claims }).setProtectedHeader({ alg, ...(o.kid ? { kid: o.kid } : {}) }).setIssuedAt(now);
  if (o.iss !== null) jwt.setIssuer(o.iss ?? ISS);
  if (o.aud !== null) jwt.setAudience(o.aud ?? AUD);
  if (o.exp !== null) jwt.setExpirationTime(now + (o.exp ?? 600));
  if (o.sub !== null) jwt.setSubject(o.sub ?? 'user-1');
  if (o.nbf !== undefined) jwt.setNotBefore(now + o.nbf);
  const key = o.secret ?? (await importPKCS8(o.pem ?? (alg === 'RS256' ? rsa.privatePem : ec.privatePem), alg));
  return jwt.sign(key);
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const bearer = (t: string) => `Bearer ${t}`;

async function rejection(verify: TokenVerifier, header: string | undefined): Promise<{ code: unknown; message: string }> {
  try {
    await verify(header);
  } catch (err) {
    const e = err as { extensions?: { code?: unknown }; message: string };
    return { code: e.extensions?.code, message: e.message };
  }
  throw new Error('the token was accepted');
}

describe('token verification', () => {
  let es: TokenVerifier;
  let rs: TokenVerifier;
  beforeAll(async () => {
    es = await verifierFor({ JWT_PUBLIC_KEY: ec.publicPem });
    rs = await verifierFor({ JWT_PUBLIC_KEY: rsa.publicPem });
  });

  it('no header is the anonymous public caller', async () => {
    const c = await es(undefined);
    expect([...c.roles]).toEqual(['public']);
    expect(c.subject).toBeNull();
  });

  it('accepts a valid ES256 token and reads its claims', async () => {
    const agency = '0f6e7c1a-1b2c-4d5e-8f90-123456789abc';
    const c = await es(bearer(await sign({ claims: { roles: ['editor'], subgraph: 'civil-servants', agency: agency.toUpperCase(), scope: 'pii:read other' } })));
    expect(c.subject).toBe('user-1');
    expect([...c.roles]).toEqual(['editor']);
    expect(c.editorOf).toBe('civil-servants');
    expect(c.agencyId).toBe(agency);
    expect([...c.scopes]).toEqual(['pii:read', 'other']);
  });

  it('accepts a valid RS256 token when the key is RSA', async () => {
    expect((await rs(bearer(await sign({ alg: 'RS256' })))).subject).toBe('user-1');
  });

  it('accepts a PEM given with literal \\n, as environment files carry it', async () => {
    const v = await verifierFor({ JWT_PUBLIC_KEY: ec.publicPem.replace(/\n/g, '\\n') });
    expect((await v(bearer(await sign()))).subject).toBe('user-1');
  });

  it.each([
    ['expired', { exp: -60 }, /expired/],
    ['not yet valid (nbf in the future)', { nbf: 120 }, /nbf/],
    ['wrong issuer', { iss: 'someone-else' }, /iss/],
    ['wrong audience', { aud: 'another-api' }, /aud/],
    ['without issuer', { iss: null }, /iss/],
    ['without audience', { aud: null }, /aud/],
    ['without expiry', { exp: null }, /exp/],
    ['without subject', { sub: null }, /sub/],
  ] as Array<[string, SignOpts, RegExp]>)('refuses a token %s', async (_name, opts, message) => {
    const r = await rejection(es, bearer(await sign(opts)));
    expect(r.code).toBe('UNAUTHENTICATED');
    expect(r.message).toMatch(message);
  });

  it('tolerates a few seconds of clock skew but no more', async () => {
    expect((await es(bearer(await sign({ exp: -2 })))).subject).toBe('user-1');
    expect((await rejection(es, bearer(await sign({ exp: -30 })))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key (forged)', async () => {
    expect((await rejection(es, bearer(await sign({ pem: other.privatePem }))))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [h, , s] = (await sign()).split('.');
    const forged = [h, b64({ sub: 'user-1', roles: ['admin'], iss: ISS, aud: AUD, exp: Math.floor(Date.now() / 1000) + 600 }), s].join('.');
    expect((await rejection(es, bearer(forged))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses alg: none, with or without a signature part', async () => {
    const payload = b64({ sub: 'root', roles: ['admin'], iss: ISS, aud: AUD, exp: Math.floor(Date.now() / 1000) + 600 });
    for (const alg of ['none', 'None', 'NONE']) {
      const head = b64({ alg, typ: 'JWT' });
      expect((await rejection(es, bearer(`${head}.${payload}.`))).code).toBe('UNAUTHENTICATED');
      expect((await rejection(es, bearer(`${head}.${payload}.c2ln`))).code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses algorithm confusion: HS256 signed with the RS256 public key as the secret', async () => {
    for (const secret of [rsa.publicPem, rsa.publicPem.trim(), Buffer.from(rsa.publicKey.export({ type: 'spki', format: 'der' })).toString('binary')]) {
      const t = await sign({ alg: 'HS256', secret: new TextEncoder().encode(secret), claims: { roles: ['admin'] } });
      expect((await rejection(rs, bearer(t))).code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a token of the other asymmetric algorithm than the configured key', async () => {
    expect((await rejection(es, bearer(await sign({ alg: 'RS256' })))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(rs, bearer(await sign({ alg: 'ES256' })))).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an unknown role', { roles: ['superuser'] }],
    ['roles that are not a list of names', { roles: 'admin' }],
    ['an agency that is not an id', { roles: ['editor'], subgraph: 'institutions', agency: "x' OR 1=1 --" }],
    ['an editor without a subgraph', { roles: ['editor'] }],
    ['an editor of an unknown subgraph', { roles: ['editor'], subgraph: 'payroll' }],
    ['a scope that is not a string', { scope: ['pii:read'] }],
  ])('refuses a validly signed token with %s', async (_n, claims) => {
    expect((await rejection(es, bearer(await sign({ claims: claims as JWTPayload }))))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses malformed headers rather than treating the caller as public', async () => {
    const t = await sign();
    for (const h of [t, `Basic ${t}`, 'Bearer', 'Bearer abc', `Bearer ${t} extra`, `Bearer ${'a'.repeat(9000)}.b.c`]) {
      expect((await rejection(es, h)).code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('HS256 shared secret', () => {
  const secret = 'a-shared-secret-of-at-least-32-characters!';
  it('is used only when JWT_ALGORITHMS lists HS256', async () => {
    await expect(resolveVerificationKey(cfg({ JWT_HS256_SECRET: secret }), dir)).rejects.toThrow(/JWT_ALGORITHMS=HS256/);
    const v = await verifierFor({ JWT_HS256_SECRET: secret, JWT_ALGORITHMS: ['HS256'] });
    expect((await v(bearer(await sign({ alg: 'HS256', secret: new TextEncoder().encode(secret) })))).subject).toBe('user-1');
    // An asymmetric token cannot be slipped past an HS256 configuration either.
    expect((await rejection(v, bearer(await sign()))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(v, bearer(await sign({ alg: 'HS256', secret: new TextEncoder().encode(`${secret}x`) })))).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a public key configured as the HMAC secret', async () => {
    await expect(resolveVerificationKey(cfg({ JWT_HS256_SECRET: rsa.publicPem, JWT_ALGORITHMS: ['HS256'] }), dir)).rejects.toThrow(/public key/);
  });

  it('a public key source pins its algorithm even when HS256 is listed', async () => {
    const v = await verifierFor({ JWT_PUBLIC_KEY: rsa.publicPem, JWT_ALGORITHMS: ['RS256', 'HS256'] });
    const t = await sign({ alg: 'HS256', secret: new TextEncoder().encode(rsa.publicPem) });
    expect((await rejection(v, bearer(t))).code).toBe('UNAUTHENTICATED');
  });
});

describe('key configuration', () => {
  const reject = (over: Partial<KeyConfig>, message: RegExp) =>
    expect(resolveVerificationKey(cfg(over), dir)).rejects.toThrow(expect.objectContaining({ message: expect.stringMatching(message) }));

  it('production refuses to start without a key', async () => {
    await expect(resolveVerificationKey(cfg({ NODE_ENV: 'production' }), dir)).rejects.toBeInstanceOf(ConfigError);
  });

  it('production refuses the development key pair, however its PEM is wrapped', async () => {
    const dev = ensureDevKeyPair(dir);
    await reject({ NODE_ENV: 'production', JWT_PUBLIC_KEY: dev.publicPem }, /development key/);
    await reject({ NODE_ENV: 'production', JWT_PUBLIC_KEY: dev.publicPem.replace(/\n/g, '\\n') }, /development key/);
    // Outside production the development key is what the hub runs with.
    expect((await resolveVerificationKey(cfg({ NODE_ENV: 'development' }), dir)).source).toBe('development');
    expect((await resolveVerificationKey(cfg({ NODE_ENV: 'production', JWT_PUBLIC_KEY: ec.publicPem }), dir)).source).toBe('public-key');
  });

  it('refuses a private key, a short RSA key, an unsupported curve and garbage', async () => {
    await reject({ JWT_PUBLIC_KEY: ec.privatePem }, /private key/);
    await reject({ JWT_PUBLIC_KEY: pair('rsa', 1024).publicPem }, /2048/);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    await reject({ JWT_PUBLIC_KEY: p384 }, /only P-256/);
    await reject({ JWT_PUBLIC_KEY: 'not a key' }, /not a PEM public key/);
  });

  it('refuses a key whose algorithm JWT_ALGORITHMS does not allow', async () => {
    await reject({ JWT_PUBLIC_KEY: ec.publicPem, JWT_ALGORITHMS: ['RS256'] }, /does not list ES256/);
  });

  it('refuses two key sources at once', async () => {
    await reject({ JWT_PUBLIC_KEY: ec.publicPem, JWT_HS256_SECRET: 'a-shared-secret-of-at-least-32-characters!' }, /exactly one/);
  });

  it('production fetches a JWKS only over https', async () => {
    await reject({ NODE_ENV: 'production', JWT_JWKS_URL: 'http://idp.example/jwks.json' }, /https/);
    await reject({ JWT_JWKS_URL: 'https://idp.example/jwks.json', JWT_ALGORITHMS: ['HS256'] }, /ES256 or RS256/);
  });
});

describe('JWKS', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    const jwk = { ...(await exportJWK(ec.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('verifies with the key named by kid and refuses keys not in the set', async () => {
    const v = await verifierFor({ JWT_JWKS_URL: url });
    expect((await v(bearer(await sign({ kid: 'k1' })))).subject).toBe('user-1');
    expect((await rejection(v, bearer(await sign({ kid: 'k1', pem: other.privatePem })))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(v, bearer(await sign({ kid: 'k2', pem: other.privatePem })))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(v, bearer(await sign({ kid: 'k1', alg: 'HS256', secret: new TextEncoder().encode(ec.publicPem) })))).code).toBe('UNAUTHENTICATED');
  });

  it('an unreachable key set is SERVICE_UNAVAILABLE, not a verdict on the caller', async () => {
    const v = await verifierFor({ JWT_JWKS_URL: 'http://127.0.0.1:9/jwks.json' });
    expect((await rejection(v, bearer(await sign({ kid: 'k1' })))).code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('roles and scopes (DESIGN §7)', () => {
  const caller = (roles: string[], o: Partial<Caller> = {}): Caller => ({
    subject: roles.length ? 'u' : null,
    roles: new Set(roles.length ? roles : ['public']) as Caller['roles'],
    scopes: new Set<string>(),
    agencyId: null,
    editorOf: null,
    ...o,
  });
  const pii = new Set(['pii:read']);
  const S = 'civil-servants';

  it.each([
    ['public', caller([]), { analyst: false, leadership: false, editor: false, admin: false, 'pii:read': false }],
    ['public with a pii scope', caller([], { scopes: pii }), { analyst: false, 'pii:read': false }],
    ['analyst', caller(['analyst']), { analyst: true, leadership: false, editor: false, admin: false, 'pii:read': false }],
    ['analyst with pii:read', caller(['analyst'], { scopes: pii }), { analyst: true, 'pii:read': false }],
    ['leadership', caller(['leadership']), { analyst: true, leadership: true, editor: false, 'pii:read': false }],
    ['leadership with pii:read', caller(['leadership'], { scopes: pii }), { 'pii:read': true }],
    ['editor of this subgraph', caller(['editor'], { editorOf: S }), { analyst: true, editor: true, admin: false, 'pii:read': false }],
    ['editor of this subgraph with pii:read', caller(['editor'], { editorOf: S, scopes: pii }), { 'pii:read': true }],
    ['editor of another subgraph', caller(['editor'], { editorOf: 'institutions', scopes: pii }), { analyst: true, editor: false, 'pii:read': false }],
    ['admin', caller(['admin']), { analyst: true, leadership: true, editor: true, admin: true, 'pii:read': false }],
    ['admin with pii:read', caller(['admin'], { scopes: pii }), { 'pii:read': true }],
  ] as Array<[string, Caller, Record<string, boolean>]>)('%s', (_n, c, expected) => {
    for (const [req, ok] of Object.entries(expected)) expect([req, satisfies(c, req as never, S)]).toEqual([req, ok]);
  });
});

describe('reference resolvers (the _entities root)', () => {
  const resolve = authorizedReference('analyst', (ref) => ({ id: ref.id, fullName: 'Nguyễn Văn A' }));
  const ctx = (caller: Caller) => ({ caller, service: 'civil-servants' }) as unknown as HubContext;
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as { extensions?: { code?: string } }).extensions?.code;
    }
    return 'resolved';
  };

  it('refuses anonymous callers and callers without the role, and resolves for the role', () => {
    expect(code(() => resolve({ id: 'x' }, ctx(ANONYMOUS)))).toBe('UNAUTHENTICATED');
    const publicWithSubject: Caller = { ...ANONYMOUS, subject: 'u' };
    expect(code(() => resolve({ id: 'x' }, ctx(publicWithSubject)))).toBe('FORBIDDEN');
    const analyst: Caller = { ...ANONYMOUS, subject: 'u', roles: new Set(['analyst']) };
    expect(resolve({ id: 'x' }, ctx(analyst))).toEqual({ id: 'x', fullName: 'Nguyễn Văn A' });
  });
});
