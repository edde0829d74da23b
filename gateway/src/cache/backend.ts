import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { FAIL_FAST_REDIS, generationKey, writeAnnouncer, type Logger, type RedisTarget, type WriteAnnouncer } from '@par/platform';

/** A kept answer and the write generation of every subgraph it was read from, when it was read. */
export interface CacheEntry {
  generations: Record<string, string>;
  /** The GraphQL result (`data`, `extensions`) as JSON. */
  body: string;
}

/**
 * Where answers and write generations live: this process's memory, or Redis shared by every
 * gateway (and bumped by subgraphs, imports and seeds directly).
 */
export interface CacheBackend {
  readonly kind: 'memory' | 'redis';
  /** The entry under `key` (if any) and the current generation of every subgraph, in one round trip. */
  read(key: string): Promise<{ entry?: CacheEntry; generations: Record<string, string> }>;
  write(key: string, entry: CacheEntry, ttlSeconds: number): Promise<void>;
  /** A write in `subgraph` has committed: every answer read from it before is out of date. */
  bump(subgraph: string, what: string[]): Promise<void>;
  close(): Promise<void>;
}

export function memoryBackend(subgraphs: readonly string[], maxEntries: number, maxBytes = 64 * 1024 * 1024): CacheBackend {
  // Bounded by count and by size: a few large answers must not grow the gateway's heap without limit.
  const entries = new LRUCache<string, CacheEntry>({ max: maxEntries, maxSize: maxBytes, sizeCalculation: (e) => Math.max(1, 2 * e.body.length) });
  // Random, not 0: a token is never reused, so no old entry can match a new generation.
  const generations = new Map(subgraphs.map((s) => [s, randomUUID()]));
  return {
    kind: 'memory',
    async read(key) {
      return { entry: entries.get(key), generations: Object.fromEntries(generations) };
    },
    async write(key, entry, ttlSeconds) {
      entries.set(key, entry, { ttl: ttlSeconds * 1000 });
    },
    async bump(subgraph) {
      generations.set(subgraph, randomUUID());
    },
    async close() {
      entries.clear();
    },
  };
}

export const entryKey = (t: RedisTarget, key: string) => `par:${t.namespace}:cache:response:${key}`;

export function redisBackend(target: RedisTarget, subgraphs: readonly string[], log: Logger): CacheBackend {
  // Fail fast: with Redis away, requests go to the subgraphs uncached rather than wait.
  const redis = new Redis(target.url, { ...FAIL_FAST_REDIS, lazyConnect: false, commandTimeout: 500 });
  redis.on('error', (err) => log.warn({ err: err.message }, 'redis (response cache)'));
  const announcer: WriteAnnouncer = writeAnnouncer(target, log);
  const keys = subgraphs.map((s) => generationKey(target, s));

  async function currentGenerations(): Promise<string[]> {
    let values = await redis.mget(...keys);
    if (values.some((v) => v === null)) {
      // A subgraph never written (or its key lost): give it a generation so nothing kept so far can match.
      const missing = keys.filter((_k, i) => values[i] === null);
      const pipe = redis.pipeline();
      for (const k of missing) pipe.set(k, randomUUID(), 'NX');
      await pipe.exec();
      values = await redis.mget(...keys);
    }
    return values as string[];
  }

  return {
    kind: 'redis',
    async read(key) {
      const [[entryErr, raw], [genErr, values]] = (await redis.pipeline().get(entryKey(target, key)).mget(...keys).exec()) as [[Error | null, string | null], [Error | null, Array<string | null>]];
      if (entryErr || genErr) throw entryErr ?? genErr;
      const gens = values.some((v) => v === null) ? await currentGenerations() : (values as string[]);
      return { entry: raw ? (JSON.parse(raw) as CacheEntry) : undefined, generations: Object.fromEntries(subgraphs.map((s, i) => [s, gens[i]])) };
    },
    async write(key, entry, ttlSeconds) {
      await redis.set(entryKey(target, key), JSON.stringify(entry), 'EX', ttlSeconds);
    },
    async bump(subgraph, what) {
      await announcer.announce(subgraph, what);
    },
    async close() {
      await announcer.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
