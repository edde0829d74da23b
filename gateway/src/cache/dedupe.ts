import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { sha256 } from './claims';

type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

interface Received {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  text: string;
}

/** The operation a subgraph fetch belongs to (set around each data source call). */
interface FetchScope {
  claims: string;
  /** When the operation began. */
  since: number;
  /** The subgraph's write generation the operation's cache lookup saw, if it looked. */
  generation?: string;
}
const fetchScope = new AsyncLocalStorage<FetchScope>();

/** When each operation began, by its context (a batch shares one context: the latest start, the stricter bound). */
const began = new WeakMap<object, number>();
export function operationClockPlugin(): ApolloServerPlugin<any> {
  return {
    async requestDidStart({ contextValue }) {
      began.set(contextValue as object, performance.now());
    },
  };
}

export const withinClaims = <T>(op: { claims: string; context: object; generation?: string }, run: () => T): T =>
  fetchScope.run({ claims: op.claims, since: began.get(op.context) ?? performance.now(), generation: op.generation }, run);

const isMutation = (body: string) => {
  try {
    return /^\s*mutation\b/.test(String((JSON.parse(body) as { query?: unknown }).query ?? ''));
  } catch {
    return true;
  }
};

/**
 * An answer may be handed to another caller only if its subgraph let it be shared: a `public`
 * cache hint with a positive max-age. Personal data comes back `no-store` (each read is audited
 * under its own caller), so whoever waited for it asks the subgraph itself.
 */
function shareable(r: Received): boolean {
  if (r.status !== 200) return false;
  const cc = r.headers.find(([k]) => k.toLowerCase() === 'cache-control')?.[1] ?? '';
  return /\bpublic\b/.test(cc) && Number(/\bmax-age=(\d+)/.exec(cc)?.[1] ?? 0) > 0;
}

const toResponse = (r: Received) => new Response(r.text, { status: r.status, statusText: r.statusText, headers: r.headers });

/**
 * In-flight deduplication: while a fetch is on its way to a subgraph, an identical one (same URL,
 * same body, i.e. document and variables, same claims) waits for it instead of sending its own.
 * Mutations are never shared; neither is an answer its subgraph marks personal (see `shareable`).
 * A fetch sent before the waiting operation began may have read the data before a write whose
 * answer the caller had already received (its answer would be stale for this caller, and kept by
 * the response cache under the new write generation): it is shared only when both operations saw
 * the same write generation of the subgraph, i.e. no write to it was announced between them.
 */
export function dedupingFetcher(inner: Fetcher, onShared: (url: string) => void): Fetcher {
  const inFlight = new Map<string, { sentAt: number; generation?: string; received: Promise<Received> }>();
  return async (url, init) => {
    const scope = fetchScope.getStore();
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (scope === undefined || body === undefined || isMutation(body)) return inner(url, init);
    const key = sha256(`${url}\n${scope.claims}\n${body}`);
    const leader = inFlight.get(key);
    if (leader && (leader.sentAt >= scope.since || (scope.generation !== undefined && leader.generation === scope.generation))) {
      const received = await leader.received.catch(() => undefined);
      if (received && shareable(received)) {
        onShared(url);
        return toResponse(received);
      }
      return inner(url, init);
    }
    // None in flight, or only one that may predate a write this operation must see: a fresh one, for later arrivals to share.
    const mine = {
      sentAt: performance.now(),
      generation: scope.generation,
      received: inner(url, init).then(async (res): Promise<Received> => ({ status: res.status, statusText: res.statusText, headers: [...res.headers], text: await res.text() })),
    };
    inFlight.set(key, mine);
    try {
      return toResponse(await mine.received);
    } finally {
      if (inFlight.get(key) === mine) inFlight.delete(key);
    }
  };
}
