import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type FragmentDefinitionNode } from 'graphql';
import { assertOneMutationFieldPerKey } from '@par/platform';
import type { GatewayContext } from './gateway';

/**
 * The platform's rule for `Idempotency-Key` (one key, one mutation field), applied to the whole
 * operation before anything runs: the subgraphs each see only their own fields, so a mutation whose
 * fields go to two subgraphs would pass both of them.
 */
export const oneMutationFieldPerKey: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart({ contextValue }) {
    if (!contextValue.idempotencyKey) return;
    return {
      async didResolveOperation({ operation, document }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
        );
        try {
          assertOneMutationFieldPerKey(operation, fragments);
        } catch (err) {
          // The request as a whole is refused before anything runs: a 400, as the other refusals at this point.
          const e = err as GraphQLError;
          throw new GraphQLError(e.message, { extensions: { ...e.extensions, http: { status: 400 } } });
        }
      },
    };
  },
};
