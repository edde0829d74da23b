import { z } from 'zod';

/** The gateway's response cache variables (REDIS_URL is shared with the subgraphs and commands). */
export const cacheEnvShape = {
  /** on/off: the response cache. */
  GATEWAY_CACHE: z.enum(['on', 'off']).default('on'),
  /** on/off: identical subgraph fetches in flight at once (same claims) share one request. */
  GATEWAY_DEDUPE: z.enum(['on', 'off']).default('on'),
  /** In-memory cache (no REDIS_URL): most answers kept, least recently used dropped first. */
  GATEWAY_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  /** In-memory cache: most memory its answers may take (bytes, counted as UTF-16 text). */
  GATEWAY_CACHE_MAX_BYTES: z.coerce.number().int().min(65_536).max(16_000_000_000).default(64 * 1024 * 1024),
  /** Longest any answer is kept (seconds), whatever the subgraphs' hints allow. */
  GATEWAY_CACHE_MAX_AGE: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Answers larger than this (bytes of JSON) are not kept. */
  GATEWAY_CACHE_MAX_ENTRY_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(2_000_000),
};
