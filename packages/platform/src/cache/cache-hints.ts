import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { GraphQLResolveInfo } from 'graphql';
import type { WriteAnnouncer } from './write-events';

/**
 * Cache hints every subgraph sends the gateway as `Cache-Control` (Apollo's cache-control plugin):
 * every read may be kept `maxAge` seconds, shared by callers with the same claims (`public`),
 * unless a field says otherwise. Personal data (see `markPersonal`) and mutations say `no-store`.
 * The gateway keeps an answer only as long as its strictest subgraph allows, and drops it at
 * once when a subgraph it was read from announces a write; `maxAge` only bounds the damage of a
 * write that was never announced.
 */
export function cacheHintPlugins<C extends BaseContext>(opts: { maxAge: number; service: string; announcer: WriteAnnouncer }): ApolloServerPlugin<C>[] {
  const writes: ApolloServerPlugin<C> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (operation?.operation === 'mutation') overallCachePolicy.restrict({ maxAge: 0 });
        },
        // Resolvers have returned, so their transactions have committed (or rolled back: a
        // spurious announcement costs a cache miss, a missing one a stale answer).
        async willSendResponse({ operation }) {
          if (operation?.operation !== 'mutation') return;
          const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
          await opts.announcer.announce(opts.service, fields);
        },
      };
    },
  };
  return [ApolloServerPluginCacheControl({ defaultMaxAge: opts.maxAge }), writes];
}

/**
 * A field whose answer belongs to one person or is audited per read (personal data, the audit
 * log): the whole response is `no-store`, so no cache keeps it and no two callers share it.
 */
export function markPersonal(info: GraphQLResolveInfo | undefined): void {
  (info as { cacheControl?: { setCacheHint(h: { maxAge: number; scope: 'PRIVATE' }): void } } | undefined)?.cacheControl?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
}
