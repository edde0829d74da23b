import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { possibleTypes, typePolicies } from '@par/operations/apollo';

/**
 * One Apollo Client for the page. Every page asks with `errorPolicy: 'all'`: when a
 * department's subgraph is down the gateway still answers the rest, and the page shows both.
 */
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
