import path from 'node:path';
import { z } from 'zod';
import { cacheEnvShape } from './cache/config';
import { baseEnvSchema, boolSchema, parseEnv, portSchema, REPO_ROOT, SUBGRAPHS, subgraphUrlEnv } from '@par/platform';

const urlOverrides = Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlEnv(s), z.string().url().optional()]));

/** Gateway variables, on top of those every service reads. */
export const gatewayEnvSchema = baseEnvSchema.extend({
  GATEWAY_PORT: portSchema.default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(path.join(REPO_ROOT, 'supergraph.graphql')),
  ...urlOverrides,
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /**
   * How long a mutation may take, at a subgraph and in all: longer than any query, because giving up
   * on a write leaves its outcome unknown. Refused below DATABASE_STATEMENT_TIMEOUT_MS.
   */
  MUTATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
  MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).max(200).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).max(200).default(20),
  MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(4000),
  MAX_COST: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  /** Cost budget of a caller without a token (at most MAX_COST). */
  MAX_COST_ANONYMOUS: z.coerce.number().int().min(100).max(10_000_000).default(20_000),
  /** Bounds of unpaged lists and statistics groups for the cost model. */
  COST_LIST_SIZES: z.string().min(1).optional(),
  /** Requests per RATE_LIMIT_WINDOW_S per token subject, and per address for callers without a token. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_ANONYMOUS_REQUESTS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Reverse proxies in front of the gateway whose X-Forwarded-For is trusted for a caller's address (0: the socket's). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Longest one CSV export may run, and what one caller's exports may take in EXPORT_CALLER_WINDOW_S. */
  EXPORT_MAX_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  EXPORT_CALLER_MAX_MS: z.coerce.number().int().min(100).max(86_400_000).default(600_000),
  EXPORT_CALLER_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000_000).default(2_000_000),
  EXPORT_CALLER_WINDOW_S: z.coerce.number().int().min(1).max(604_800).default(3600),
  /** Production: /metrics only on METRICS_PORT (METRICS_TOKEN, shared with the subgraphs, is in the base variables). */
  METRICS_PORT: portSchema.optional(),
  MAX_BATCH: z.coerce.number().int().min(1).max(100).default(10),
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  /** Entity fetches of operations running at once merged into one subgraph call (see batch/entity-batch.ts). */
  GATEWAY_BATCH: z.enum(['on', 'off']).default('on'),
  GATEWAY_BATCH_IN_FLIGHT: z.coerce.number().int().min(1).max(64).default(2),
  GATEWAY_BATCH_MAX_REPRESENTATIONS: z.coerce.number().int().min(1).max(10_000).default(500),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  DEFAULT_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  LIST_COST_FACTOR: z.coerce.number().int().min(1).max(1000).default(10),
  PERSISTED_OPERATIONS: z.enum(['off', 'optional', 'required']).default('optional'),
  PERSISTED_OPERATIONS_MANIFEST: z.string().min(1).default(path.join(REPO_ROOT, 'gateway', 'persisted-operations.json')),
  ENABLE_INTROSPECTION: boolSchema.optional(),
  ENABLE_GRAPHIQL: boolSchema.optional(),
  /** Most rows one CSV export (/export.csv) streams; past it the file ends. */
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).max(100_000_000).default(1_000_000),
  ...cacheEnvShape,
});
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

/** A gateway that gave up on a write before its subgraph's database would have would report unknown outcomes for nothing. */
const refinedGatewayEnvSchema = gatewayEnvSchema.refine((e) => e.MUTATION_TIMEOUT_MS > e.DATABASE_STATEMENT_TIMEOUT_MS, {
  path: ['MUTATION_TIMEOUT_MS'],
  message: 'must be longer than DATABASE_STATEMENT_TIMEOUT_MS (the subgraphs bound a write by it; the gateway must wait at least as long)',
});

export function loadGatewayEnv(source: NodeJS.ProcessEnv = process.env): GatewayEnv {
  return parseEnv(refinedGatewayEnvSchema, source);
}

/** The URL the gateway uses for a subgraph: its URL variable (services.json's urlEnv), else the supergraph's. */
export function subgraphUrl(env: GatewayEnv, name: string, fromSupergraph: string | undefined): string {
  const override = (env as Record<string, unknown>)[subgraphUrlEnv(name)] as string | undefined;
  const url = override ?? fromSupergraph;
  if (!url) throw new Error(`no URL for subgraph ${name}: set ${subgraphUrlEnv(name)}`);
  return url;
}
