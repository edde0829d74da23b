import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Kind, type DocumentNode, type GraphQLSchema, type StringValueNode } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions, type NonEmptyArray } from 'type-graphql';
import { hubAuthChecker } from '../auth/authorize';
import type { HubContext } from '../context';
import { idempotentMutations } from '../db/idempotency';
import { badInput } from '../errors';

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
    // Arguments are checked in code by validate.ts (zod for configuration): no class-validator decorators anywhere.
    validate: false,
    // After the auth check (type-graphql runs that first): exactly-once writes for every mutation.
    globalMiddlewares: [idempotentMutations],
  } as BuildSchemaOptions);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  const typeDefs = gql(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const keys = entityKeys(typeDefs);
  for (const [typeName, resolveReference] of Object.entries(opts.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: withWellFormedKeys(typeName, keys.get(typeName) ?? [], resolveReference) };
  }
  const built = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
  guardEntitiesField(built, new Set(keys.keys()));
  return built;
}

/** Representations that are not objects of an entity type of this subgraph are BAD_USER_INPUT, not an internal error. */
function guardEntitiesField(schema: GraphQLSchema, entityTypes: Set<string>): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const inner = field?.resolve;
  if (!field || !inner) return;
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const reps = args.representations;
    if (!Array.isArray(reps)) throw badInput('representations', 'must be a list');
    reps.forEach((r, i) => {
      const typename = r !== null && typeof r === 'object' && !Array.isArray(r) ? (r as { __typename?: unknown }).__typename : undefined;
      if (typeof typename !== 'string' || !entityTypes.has(typename)) {
        throw badInput(`representations.${i}`, `must be an object whose __typename is an entity type of this subgraph`);
      }
    });
    return inner(source, args, context, info);
  };
}

/** The scalar fields of each entity type's first `@key` (nested selections are left to the resolver). */
function entityKeys(doc: DocumentNode): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const fields = (d.directives?.find((x) => x.name.value === 'key')?.arguments?.find((a) => a.name.value === 'fields')?.value as StringValueNode | undefined)?.value;
    if (fields && !fields.includes('{')) out.set(d.name.value, fields.split(/\s+/).filter(Boolean));
  }
  return out;
}

/**
 * `_entities` takes any JSON as a representation, from anyone who reaches the subgraph: a missing
 * or non-string key is the caller's mistake (BAD_USER_INPUT), not an internal error in a resolver.
 */
function withWellFormedKeys(typeName: string, keys: string[], resolve: ReferenceResolvers[string]): ReferenceResolvers[string] {
  return (reference, context) => {
    for (const k of keys) {
      const v = reference[k];
      // Every key of the supergraph is an ID (a string on the wire).
      if (typeof v !== 'string') {
        throw badInput(`representations.${k}`, `a ${typeName} representation needs ${k} as a string`);
      }
    }
    return resolve(reference, context);
  };
}

/** The subgraph SDL that composition reads (and that each subgraph commits as schema.graphql). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
