import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Caller, Logger } from '@par/platform';
import type { CacheBackend, CacheEntry } from './backend';
import { responseKey } from './claims';

/** The subgraphs each operation fetched from (noted by the data sources), so its entry is tied to their writes. */
const fetchedFrom = new WeakMap<object, Set<string>>();
export function noteFetch(context: object, subgraph: string): void {
  let set = fetchedFrom.get(context);
  if (!set) fetchedFrom.set(context, (set = new Set()));
  set.add(subgraph);
}

/**
 * The write generations each operation's lookup saw (a batch shares a context: the latest lookup).
 * Two operations that saw the same generation of a subgraph saw no write to it between them, so
 * in-flight deduplication may answer the later one with the earlier one's fetch.
 */
const generationsSeen = new WeakMap<object, Record<string, string>>();
export const generationSeen = (context: object, subgraph: string): string | undefined => generationsSeen.get(context)?.[subgraph];

export type CacheOutcome = 'hit' | 'miss' | 'bypass';

export interface ResponseCachePluginOptions {
  backend: CacheBackend;
  maxAgeSeconds: number;
  maxEntryBytes: number;
  log: Logger;
  count(outcome: CacheOutcome | 'store'): void;
}

const fresh = (entry: CacheEntry, now: Record<string, string>) => Object.entries(entry.generations).every(([s, g]) => now[s] === g);

/**
 * The gateway's response cache. A query's answer is kept when every subgraph it came from gave a
 * `public` hint with a positive max-age and there were no errors; it is keyed by the document
 * hash, operation name, variables and the caller's claims (never the token). It is served while
 * the write generation of each of those subgraphs is the one seen before the query was sent: a
 * write committed since (announced by the subgraph, an import, a seed, or seen by this gateway as
 * a mutation passing through) makes it a miss at once, so a read after a write is never stale.
 */
export function responseCachePlugin<C extends { caller: Caller; requestId?: string; exporting?: boolean }>(opts: ResponseCachePluginOptions): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let outcome: CacheOutcome = 'bypass';
      let pending: { key: string; generations: Record<string, string> } | undefined;
      return {
        async responseForOperation({ operation, queryHash, operationName, request, contextValue }) {
          // An export streams pages once: keeping them would only push dashboards' answers out.
          if (operation.operation !== 'query' || !queryHash || contextValue.exporting) return null;
          const key = responseKey(queryHash, operationName, request.variables, contextValue.caller);
          let found;
          try {
            found = await opts.backend.read(key);
          } catch (err) {
            opts.log.warn({ err: (err as Error).message, requestId: contextValue.requestId }, 'response cache unavailable; answering uncached');
            return null;
          }
          if (found.entry && fresh(found.entry, found.generations)) {
            outcome = 'hit';
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: JSON.parse(found.entry.body) } };
          }
          outcome = 'miss';
          pending = { key, generations: found.generations };
          generationsSeen.set(contextValue, found.generations);
          return null;
        },
        async willSendResponse({ response, overallCachePolicy, contextValue }) {
          opts.count(outcome);
          response.http.headers.set('x-cache', outcome);
          if (!pending || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const policy = overallCachePolicy.policyIfCacheable();
          const subgraphs = [...(fetchedFrom.get(contextValue) ?? [])];
          if (!policy || policy.scope !== 'PUBLIC' || !subgraphs.length || subgraphs.some((s) => !(s in pending!.generations))) return;
          const body = JSON.stringify(response.body.singleResult);
          if (Buffer.byteLength(body) > opts.maxEntryBytes) return;
          const generations = Object.fromEntries(subgraphs.map((s) => [s, pending!.generations[s]]));
          try {
            await opts.backend.write(pending.key, { generations, body }, Math.min(policy.maxAge, opts.maxAgeSeconds));
            opts.count('store');
          } catch (err) {
            opts.log.warn({ err: (err as Error).message, requestId: contextValue.requestId }, 'response cache write failed');
          }
        },
      };
    },
  };
}

/**
 * Clients are told `no-store` whatever the subgraphs hinted: the gateway's cache knows when an
 * answer goes stale, a browser's or a proxy's would not (and could share it across tokens).
 */
export function clientNoStorePlugin<C>(): ApolloServerPlugin<C & object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
