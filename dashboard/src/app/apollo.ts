import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { possibleTypes, typePolicies } from '@par/operations/apollo';

/**
 * One Apollo Client for the page. Every page asks with `errorPolicy: 'all'`: when a
 * department's subgraph is down the gateway still answers the rest, and the page shows both.
 *
 * The plan's verdicts are non-null, so an outage answers `reformPlan` or `planTarget` as null;
 * written to the cache, that null would stand for the plan in every year and scope (the field's
 * key is the plan's code), and for the other queries reading it, until the page is reloaded. The
 * queries that ask verdicts therefore bypass the cache (`NO_CACHE`); the gateway caches answers.
 */
export const NO_CACHE = { fetchPolicy: 'no-cache' } as const;
export function createClient(endpoint: string, token: () => string): ApolloClient {
  const auth = new SetContextLink(({ headers }) => {
    const t = token().trim().replace(/^Bearer\s+/i, '');
    return { headers: { ...headers, ...(t ? { authorization: `Bearer ${t}` } : {}) } };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: endpoint, credentials: 'same-origin' })]),
    cache: new InMemoryCache({ typePolicies, possibleTypes }),
  });
}
