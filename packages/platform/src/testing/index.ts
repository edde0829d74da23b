import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { devSigningKey, DEV_KEY_ALG } from '../auth/keys';
import type { Role } from '../auth/caller';
import { dropDatabase } from '../db/databases';
import { databaseNameOf } from '../env';
import { createLogger } from '../logger';
import { dataDir } from '../paths';
import { runSeed } from '../seed';
import { startSubgraph, subgraphDatabaseUrl, type RunningSubgraph, type SubgraphDefinition } from '../subgraph';
import { parseEnv, baseEnvSchema } from '../env';

export { testPort } from './ports';

/**
 * Test helpers: real PostgreSQL (the jest global setup's embedded server, or TEST_DATABASE_URL),
 * real HTTP, a fresh database per test file so files never see each other's rows.
 */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.PAR_TEST_SERVER_URL;
  if (!url) throw new Error('no test PostgreSQL: run tests through jest (its global setup starts one) or set TEST_DATABASE_URL');
  return url;
}

/** A database-name prefix unique to this test file's run. */
export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}_`;
}

export function testEnv(prefix: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: testServerUrl(),
    DATABASE_NAME_PREFIX: prefix,
    SEED_WHEN_EMPTY: 'false',
    ...extra,
  };
}

export interface TestSubgraph extends RunningSubgraph {
  prefix: string;
  env: NodeJS.ProcessEnv;
  databaseUrl: string;
  /** POSTs an operation to this subgraph. */
  request<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
}

export interface GraphQLResponse<T = any> {
  status: number;
  data: T | null | undefined;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export async function postGraphQL<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

/**
 * Starts one subgraph in this process on a free port with its own database, migrated and
 * optionally seeded with the sample catalogue at `seed.scale`.
 */
export async function startTestSubgraph(def: SubgraphDefinition, opts: { seed?: { scale: number; seed?: number } | false; env?: NodeJS.ProcessEnv; onQuery?: (sql: string) => void } = {}): Promise<TestSubgraph> {
  const prefix = uniquePrefix();
  const env = testEnv(prefix, opts.env);
  const parsed = parseEnv(baseEnvSchema, env);
  const running = await startSubgraph(def, { env, port: 0, log: createLogger(def.name, parsed.LOG_LEVEL), onQuery: opts.onQuery });
  const url = subgraphDatabaseUrl(def.name, parsed);
  if (opts.seed && def.seed) {
    await runSeed(def.seed, { url: running.access.ownerUrl, scale: opts.seed.scale, seed: opts.seed.seed ?? 851, log: createLogger(`${def.name}-seed`, 'silent') });
  }
  return {
    ...running,
    prefix,
    env,
    databaseUrl: url,
    request: (query, variables, token) => postGraphQL(running.url, query, variables, token),
    async stop() {
      await running.stop();
      await dropDatabase(testServerUrl(), databaseNameOf(def.name, prefix));
    },
  };
}

export interface TokenClaims {
  roles?: Role[];
  scope?: string;
  agency?: string;
  subgraph?: string;
  sub?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  notBefore?: number;
  audience?: string;
  issuer?: string;
}

/** Signs a token with the development key, as `npm run token` does. */
export async function tokenFor(claims: TokenClaims = {}): Promise<string> {
  const { key, kid } = await devSigningKey(dataDir(process.env.HUB_DATA_DIR));
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({
    roles: claims.roles ?? ['analyst'],
    ...(claims.scope ? { scope: claims.scope } : {}),
    ...(claims.agency ? { agency: claims.agency } : {}),
    ...(claims.subgraph ? { subgraph: claims.subgraph } : {}),
  })
    .setProtectedHeader({ alg: DEV_KEY_ALG, kid })
    .setSubject(claims.sub ?? 'test-user')
    .setIssuer(claims.issuer ?? process.env.JWT_ISSUER ?? 'par-data-hub')
    .setAudience(claims.audience ?? process.env.JWT_AUDIENCE ?? 'par-data-hub')
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresIn ?? 3600));
  if (claims.notBefore !== undefined) jwt.setNotBefore(now + claims.notBefore);
  return jwt.sign(key);
}
