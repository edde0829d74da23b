import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions, type NonEmptyArray } from 'type-graphql';
import { hubAuthChecker } from '../auth/authorize';
import type { HubContext } from '../context';
import { idempotentMutations } from '../db/idempotency';

/** Federation 2.7 is the newest spec @apollo/composition 2.14 composes with @apollo/gateway 2.14. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override", "@tag", "@interfaceObject"])`;

/** `__resolveReference` per entity type; batch them with `ctx.loaders` so N entities cost one query. */
export type ReferenceResolvers = Record<string, (reference: Record<string, unknown>, context: HubContext) => unknown>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
}

/**
 * The one path from type-graphql classes to a subgraph schema: build with type-graphql (which
 * keeps `@Directive`s on the AST), print the SDL with those directives, and hand SDL plus
 * type-graphql's resolvers to `buildSubgraphSchema`, which adds `_entities` and `_service`.
 */
export async function buildFederatedSchema(opts: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes,
    authChecker: hubAuthChecker,
    authMode: 'error',
    validate: false,
    // After the auth check (type-graphql runs that first): exactly-once writes for every mutation.
    globalMiddlewares: [idempotentMutations],
  } as BuildSchemaOptions);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolveReference] of Object.entries(opts.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({
    typeDefs: gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
}

/** The subgraph SDL that composition reads (and that each subgraph commits as schema.graphql). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
