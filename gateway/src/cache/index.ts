import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { Counter, type Registry } from 'prom-client';
import { redisTarget, type Caller, type Logger } from '@par/platform';
import { memoryBackend, redisBackend, type CacheBackend } from './backend';
import { claimsOf } from './claims';
import { dedupingFetcher, operationClockPlugin, withinClaims } from './dedupe';
import { clientNoStorePlugin, generationSeen, noteFetch, responseCachePlugin } from './plugin';

export { cacheEnvShape } from './config';

export interface ResponseCacheEnv {
  GATEWAY_CACHE: 'on' | 'off';
  GATEWAY_DEDUPE: 'on' | 'off';
  GATEWAY_CACHE_MAX_ENTRIES: number;
  GATEWAY_CACHE_MAX_BYTES: number;
  GATEWAY_CACHE_MAX_AGE: number;
  GATEWAY_CACHE_MAX_ENTRY_BYTES: number;
  REDIS_URL?: string;
  DATABASE_NAME_PREFIX: string;
}

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** What the gateway wires in: its plugins, a wrapper for subgraph fetchers, one for data source calls. */
export interface GatewayCache {
  readonly backend: CacheBackend | null;
  plugins: ApolloServerPlugin<any>[];
  fetcher(subgraph: string, inner: Fetcher): Fetcher;
  /** Runs one subgraph call of an operation: notes the subgraph, and after a mutation drops what it could change. */
  around<T>(call: { context: object; caller?: Caller; subgraph: string; mutation: boolean; fields: string[] }, run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createGatewayCache(env: ResponseCacheEnv, subgraphs: readonly string[], log: Logger, registry: Registry): GatewayCache {
  const lookups = new Counter({ name: 'par_gateway_cache_total', help: 'Response cache lookups by outcome (hit, miss, bypass) and entries stored (store)', labelNames: ['outcome'], registers: [registry] });
  const shared = new Counter({ name: 'par_gateway_fetches_shared_total', help: 'Subgraph fetches answered by an identical fetch already in flight', labelNames: ['subgraph'], registers: [registry] });
  const redis = redisTarget(env);
  const backend = env.GATEWAY_CACHE === 'on' ? (redis ? redisBackend(redis, subgraphs, log) : memoryBackend(subgraphs, env.GATEWAY_CACHE_MAX_ENTRIES, env.GATEWAY_CACHE_MAX_BYTES)) : null;
  if (backend) log.info({ backend: backend.kind, maxAgeSeconds: env.GATEWAY_CACHE_MAX_AGE }, 'response cache on');
  const plugins: ApolloServerPlugin<any>[] = [
    // Subgraph hints restrict each operation's policy; the header clients see is ours (no-store).
    ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
    clientNoStorePlugin(),
    operationClockPlugin(),
    ...(backend
      ? [responseCachePlugin({ backend, maxAgeSeconds: env.GATEWAY_CACHE_MAX_AGE, maxEntryBytes: env.GATEWAY_CACHE_MAX_ENTRY_BYTES, log, count: (outcome) => lookups.inc({ outcome }) })]
      : []),
  ];
  return {
    backend,
    plugins,
    fetcher: (subgraph, inner) => (env.GATEWAY_DEDUPE === 'on' ? dedupingFetcher(inner, () => shared.inc({ subgraph })) : inner),
    async around({ context, caller, subgraph, mutation, fields }, run) {
      noteFetch(context, subgraph);
      try {
        return caller ? await withinClaims({ claims: claimsOf(caller), context, generation: generationSeen(context, subgraph) }, run) : await run();
      } finally {
        // Whether it answered, failed or timed out, the subgraph may have written.
        if (mutation && backend) await backend.bump(subgraph, fields).catch((err) => log.error({ err, subgraph }, 'could not drop cached answers after a write'));
      }
    },
    close: async () => backend?.close(),
  };
}
