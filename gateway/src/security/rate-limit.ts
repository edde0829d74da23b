import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import { FAIL_FAST_REDIS, isAnonymous, redisTarget, type Caller, type Logger } from '@par/platform';
import type { GatewayEnv } from '../config';

/**
 * Per-caller budgets kept in this process's memory, or in Redis when REDIS_URL is set so that
 * every gateway of a deployment counts the same caller once. A caller is its token's subject,
 * or its address when it has no token (see callerAddress behind proxies). With Redis away the counts fall back to memory: limits
 * loosen per gateway rather than every request failing.
 */
export interface CallerLimits {
  /** One request (or one batch) of this caller; throws RATE_LIMITED past the window's budget. */
  request(caller: Caller, req: IncomingMessage): Promise<void>;
  /** Export budget: what is left (rows and milliseconds), refusing when nothing is. */
  exportBudget(caller: Caller, req: IncomingMessage): Promise<ExportAllowance>;
  close(): Promise<void>;
}

export interface ExportAllowance {
  rows: number;
  ms: number;
  /** Charges what an export used; the next export of this caller gets the rest. */
  spend(rows: number, ms: number): Promise<void>;
}

export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterS: number) {
    super(message, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter: retryAfterS,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterS)]]) },
      },
    });
  }
}

// Hashed: a shared Redis should not hold who called (a subject or an address), only that one caller did.
const digest = (v: string) => createHash('sha256').update(v).digest('hex').slice(0, 32);

/**
 * The address of a caller without a token. Behind `trustedHops` reverse proxies (the province's
 * TLS terminator, an ingress) the socket's peer is the nearest proxy, so every anonymous caller
 * would share one budget: the address is then the one the outermost trusted proxy saw, read from
 * the right of X-Forwarded-For (each proxy appends its peer), so entries a client writes itself are
 * never taken. With no trusted proxy the header is ignored.
 */
export function callerAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

const callerKey = (caller: Caller, req: IncomingMessage, trustedHops: number): string =>
  !isAnonymous(caller) && caller.subject ? `sub:${digest(caller.subject)}` : `ip:${digest(callerAddress(req, trustedHops))}`;

const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

export async function createCallerLimits(env: GatewayEnv, log: Logger): Promise<CallerLimits> {
  const target = redisTarget(env);
  const redis = target ? new Redis(target.url, { ...FAIL_FAST_REDIS, enableOfflineQueue: false, lazyConnect: false }) : undefined;
  redis?.on('error', (err) => log.warn({ err: err.message }, 'rate limits: Redis unavailable, counting in memory'));
  // Counted in memory until Redis is ready; wait briefly at start so the first requests count there.
  if (redis) await Promise.race([new Promise((resolve) => redis.once('ready', resolve)), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix: name, points, duration });
    if (!redis || !target) return memory;
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `par:${target.namespace}:ratelimit:${name}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const window = env.RATE_LIMIT_WINDOW_S;
  const authenticated = limiter('requests', env.RATE_LIMIT_REQUESTS, window);
  const anonymous = limiter('anonymous', env.RATE_LIMIT_ANONYMOUS_REQUESTS, window);
  const exportRows = limiter('export-rows', env.EXPORT_CALLER_MAX_ROWS, env.EXPORT_CALLER_WINDOW_S);
  const exportMs = limiter('export-ms', env.EXPORT_CALLER_MAX_MS, env.EXPORT_CALLER_WINDOW_S);

  return {
    async request(caller, req) {
      const anon = isAnonymous(caller);
      try {
        await (anon ? anonymous : authenticated).consume(callerKey(caller, req, env.TRUSTED_PROXY_HOPS), 1);
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        const limit = anon ? env.RATE_LIMIT_ANONYMOUS_REQUESTS : env.RATE_LIMIT_REQUESTS;
        throw new RateLimitedError(`More than ${limit} requests in ${window} s${anon ? ' from this address without a token' : ' for this caller'}; retry after ${retryAfter(res)} s`, retryAfter(res));
      }
    },
    async exportBudget(caller, req) {
      const key = callerKey(caller, req, env.TRUSTED_PROXY_HOPS);
      const [rows, ms] = await Promise.all([exportRows.get(key), exportMs.get(key)]);
      const rowsLeft = env.EXPORT_CALLER_MAX_ROWS - (rows?.consumedPoints ?? 0);
      const msLeft = env.EXPORT_CALLER_MAX_MS - (ms?.consumedPoints ?? 0);
      if (rowsLeft <= 0 || msLeft <= 0) {
        const wait = Math.max(rows && rowsLeft <= 0 ? retryAfter(rows) : 1, ms && msLeft <= 0 ? retryAfter(ms) : 1);
        throw new RateLimitedError(`This caller's exports used their budget of ${env.EXPORT_CALLER_MAX_ROWS} rows and ${env.EXPORT_CALLER_MAX_MS} ms per ${env.EXPORT_CALLER_WINDOW_S} s; retry after ${wait} s`, wait);
      }
      return {
        rows: rowsLeft,
        ms: msLeft,
        async spend(usedRows, usedMs) {
          // Penalty mode: going past the budget is recorded, never refused mid-file.
          await Promise.all([
            usedRows > 0 ? exportRows.penalty(key, usedRows) : undefined,
            usedMs > 0 ? exportMs.penalty(key, Math.ceil(usedMs)) : undefined,
          ]).catch((err) => log.warn({ err: (err as Error).message }, 'export budget not recorded'));
        },
      };
    },
    async close() {
      redis?.disconnect();
    },
  };
}
