import { Supergraph } from '@apollo/federation-internals';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';

/**
 * The schema clients see: the supergraph without federation's join/link machinery and without
 * `@inaccessible` elements (such as an indicator's targetValue), exactly as the gateway serves it.
 * Sorted, so that comparisons and generated code do not depend on composition order.
 */
export function apiSchemaFromSupergraph(supergraphSdl: string): GraphQLSchema {
  return lexicographicSortSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}
