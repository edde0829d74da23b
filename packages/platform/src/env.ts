import { z } from 'zod';
import { SERVICE_REGISTRY, subgraphEntryOf } from './registry';

export * from './registry';

/** Subgraph names, in the order the hub starts them (services.json's order). */
export const SUBGRAPHS: readonly string[] = SERVICE_REGISTRY.subgraphs.map((s) => s.name);
/** A name from services.json; the registry, not a type, says which exist. */
export type SubgraphName = string;

/** The port each service takes unless `<PREFIX>_PORT` says otherwise. */
export const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  gateway: SERVICE_REGISTRY.gateway.port,
  ...Object.fromEntries(SERVICE_REGISTRY.subgraphs.map((s) => [s.name, s.port])),
};

/** The variable that overrides a subgraph's URL for the gateway. */
export const subgraphUrlEnv = (name: string): string => subgraphEntryOf(name).urlEnv;

/** `civil-servants` → `CIVIL_SERVANTS`: the prefix of a service's own variables. */
export function envPrefix(service: string): string {
  return service.toUpperCase().replace(/-/g, '_');
}

/**
 * The subgraph's database, as services.json names it, after `prefix` (DATABASE_NAME_PREFIX); a subgraph
 * the registry does not list (a test's fixture) gets its name with `_` for `-`.
 */
export function databaseNameOf(service: string, prefix = ''): string {
  const entry = SERVICE_REGISTRY.subgraphs.find((s) => s.name === service);
  return `${prefix}${entry?.database ?? service.replace(/-/g, '_')}`;
}

const port = z.coerce.number().int().min(0).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const postgresUrl = z
  .string()
  .url()
  .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must be a postgres:// or postgresql:// URL');

/** Variables every service reads. Parsed once at start; a bad value stops the process with its name. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HUB_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_NAME_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, 'only lower-case letters, digits and _')
    .default(''),
  /**
   * Streaming replicas of DATABASE_URL's server, comma-separated, written like it: reads of requests
   * that have not written go there (the subgraph's database, as its service role: physical replicas carry both).
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((s) => s.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(postgresUrl))
    .optional(),
  /** Seconds a replica that stopped answering is left out (its reads go to the primary) before it is tried again. */
  DATABASE_REPLICA_RETRY_S: z.coerce.number().min(0.1).max(3600).default(10),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Bounds every statement of a mutation; the gateway's MUTATION_TIMEOUT_MS must not be shorter. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  JWT_ISSUER: z.string().min(1).default('par-data-hub'),
  JWT_AUDIENCE: z.string().min(1).default('par-data-hub'),
  JWT_PUBLIC_KEY: z.string().min(1).optional(),
  JWT_JWKS_URL: z.string().url().optional(),
  JWT_ALGORITHMS: z
    .string()
    .default('ES256,RS256')
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['ES256', 'RS256', 'HS256'])).min(1)),
  JWT_HS256_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Tokens living longer than this (exp - iat, or exp - now without iat) are refused: a leaked long-lived token is a standing key. */
  JWT_MAX_TOKEN_TTL_S: z.coerce.number().int().min(60).max(31 * 86_400).default(86_400),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Production: every service's /metrics answers only `Authorization: Bearer <METRICS_TOKEN>` (the gateway also offers METRICS_PORT). */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  SEED_WHEN_EMPTY: bool.optional(),
  SAMPLE_SCALE: z.coerce.number().positive().max(10).default(0.02),
  SEED: z.coerce.number().int().min(0).default(851),
  /** Redis for the shared response cache and write announcements (gateway, subgraphs, import, seed). */
  REDIS_URL: z.string().url().refine((u) => /^rediss?:\/\//.test(u), 'must be a redis:// or rediss:// URL').optional(),
  /** Seconds a subgraph lets the gateway keep a non-personal answer (its Cache-Control max-age); 0 keeps none. */
  CACHE_HINT_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(300),
});
export type BaseEnv = z.infer<typeof baseEnvSchema>;

export { port as portSchema, bool as boolSchema, postgresUrl as postgresUrlSchema };

export class ConfigError extends Error {}

/**
 * Parses the environment against a schema. Every problem is reported by variable name,
 * because "invalid config" alone sends an operator hunting.
 */
export function parseEnv<S extends z.ZodTypeAny>(schema: S, source: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // Empty strings in a .env file mean "not set", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i: z.core.$ZodIssue) => {
      const name = i.path.join('.') || '(environment)';
      const value = cleaned[String(i.path[0])];
      return `  ${name}: ${i.message}${value !== undefined ? ` (got ${JSON.stringify(redactValue(String(i.path[0]), value))})` : ''}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

function redactValue(name: string, value: unknown): unknown {
  return /SECRET|KEY|PASSWORD/.test(name) ? '[redacted]' : value;
}

/** The port a service listens on: `<PREFIX>_PORT`, or the hub's default for it. */
export function servicePort(service: string, source: NodeJS.ProcessEnv = process.env): number {
  const name = `${envPrefix(service)}_PORT`;
  const parsed = parseEnv(z.object({ [name]: port.default(DEFAULT_PORTS[service] ?? 0) }), source);
  return parsed[name] as number;
}
