import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Where a subgraph's writes are announced, for response caches (the gateway's) to drop what they
 * could change. Each subgraph has a *write generation* in Redis: a random token replaced after
 * every committed write. A cache entry remembers the generations of the subgraphs it was read
 * from and is served only while they are unchanged. Replacing the token (rather than counting)
 * keeps an evicted or reset key from ever matching an old entry again.
 *
 * The token is also published on `writeChannel` for listeners that want to know as it happens;
 * correctness does not rest on it, because pub/sub delivery is asynchronous while the generation
 * is replaced before the writer is answered.
 */
/**
 * One hub's keys in a Redis that several hubs may share (tests, or two deployments on one server):
 * the namespace is the hub's DATABASE_NAME_PREFIX, which every service and command already knows.
 */
export interface RedisTarget {
  url: string;
  namespace: string;
}
export const redisTarget = (env: { REDIS_URL?: string; DATABASE_NAME_PREFIX: string }): RedisTarget | undefined =>
  env.REDIS_URL ? { url: env.REDIS_URL, namespace: env.DATABASE_NAME_PREFIX } : undefined;

const writeChannel = (t: RedisTarget) => `par:${t.namespace}:writes`;
export const generationKey = (t: RedisTarget, subgraph: string) => `par:${t.namespace}:writes:generation:${subgraph}`;

export interface WriteEvent {
  subgraph: string;
  /** What was written: GraphQL mutation fields, import entities, or `seed`. */
  what: string[];
  generation: string;
}

/** Options that keep a Redis outage from stalling a write's answer: fail fast, never queue. */
export const FAIL_FAST_REDIS = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 1000, connectTimeout: 2000 } as const;

export interface WriteAnnouncer {
  announce(subgraph: string, what: string[]): Promise<void>;
  close(): Promise<void>;
}

const NONE: WriteAnnouncer = { announce: async () => undefined, close: async () => undefined };

/**
 * An announcer for `REDIS_URL`, or one that does nothing without it (then only the gateway's own
 * view of the mutations it forwards invalidates its in-memory cache). A failed announcement is
 * logged, not thrown: the write has committed and its caller must hear so.
 */
export function writeAnnouncer(target: RedisTarget | undefined, log?: Logger): WriteAnnouncer {
  if (!target) return NONE;
  const redis = new Redis(target.url, { ...FAIL_FAST_REDIS, enableOfflineQueue: true });
  redis.on('error', (err) => log?.warn({ err: err.message }, 'redis (write announcements)'));
  return {
    async announce(subgraph, what) {
      const generation = randomUUID();
      const event: WriteEvent = { subgraph, what, generation };
      try {
        await redis.multi().set(generationKey(target, subgraph), generation).publish(writeChannel(target), JSON.stringify(event)).exec();
      } catch (err) {
        log?.error({ err, subgraph }, 'write committed but not announced; cached answers may be stale until they expire');
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** One announcement from a short-lived command (import, seed), then the connection closes. */
export async function announceWrite(target: RedisTarget | undefined, subgraph: string, what: string[], log?: Logger): Promise<void> {
  const announcer = writeAnnouncer(target, log);
  try {
    await announcer.announce(subgraph, what);
  } finally {
    await announcer.close();
  }
}
