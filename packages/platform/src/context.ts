import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Caller } from './auth/caller';

/** What every resolver gets: who is asking, a request-scoped EntityManager and loaders, a logger. */
export interface HubContext {
  service: string;
  /** This service's own id for the request: the one its audit rows carry. */
  requestId: string;
  /**
   * The `x-request-id` the request came with (the gateway's, if it came through the gateway),
   * well-formed but unverified: for correlating log lines only, never written to the audit log.
   */
  gatewayRequestId?: string;
  caller: Caller;
  log: Logger;
  em: EntityManager;
  loaders: LoaderRegistry;
  /** The request's `Idempotency-Key` header, when the client sent one (see `idempotent`). */
  idempotencyKey?: string;
  /** DATABASE_STATEMENT_TIMEOUT_MS: bounds each statement of a mutation (see `idempotent`). */
  statementTimeoutMs?: number;
}

/**
 * Per-request DataLoaders, created on first use and keyed by name, so that resolvers of one
 * request share batches and nothing is cached across callers.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>, cacheKeyFn?: (k: K) => string): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, { cacheKeyFn, maxBatchSize: 1000 }) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results by the requested keys; missing keys give `fallback` (null by default). */
export function byKeys<K, R, V = R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K, map: (r: R) => V = (r) => r as unknown as V, fallback: V | null = null): Array<V | null> {
  const index = new Map<unknown, V>();
  for (const r of rows) index.set(keyOf(r), map(r));
  return keys.map((k) => (index.has(k) ? (index.get(k) as V) : fallback));
}

/** Groups batch results by key, every requested key getting an array (possibly empty). */
export function groupByKeys<K, R>(keys: readonly K[], rows: R[], keyOf: (r: R) => K): R[][] {
  const index = new Map<unknown, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = index.get(k);
    if (list) list.push(r);
    else index.set(k, [r]);
  }
  return keys.map((k) => index.get(k) ?? []);
}
