import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { getNamedType, isNonNullType, isObjectType, Kind, type DocumentNode, type GraphQLSchema, type StringValueNode } from 'graphql';
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
  const keys = entityKeys(typeDefs, schema);
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

/** A scalar field of an entity's key: the JSON type its value has on the wire, and whether it may be null. */
interface KeyField {
  name: string;
  json: 'string' | 'number' | 'boolean';
  nullable: boolean;
}

const JSON_TYPE_OF_SCALAR: Record<string, KeyField['json']> = { ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean' };

/** The scalar fields of each entity type's first `@key` (nested selections are left to the resolver). */
function entityKeys(doc: DocumentNode, schema: GraphQLSchema): Map<string, KeyField[]> {
  const out = new Map<string, KeyField[]>();
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const fields = (d.directives?.find((x) => x.name.value === 'key')?.arguments?.find((a) => a.name.value === 'fields')?.value as StringValueNode | undefined)?.value;
    const type = schema.getType(d.name.value);
    if (!fields || fields.includes('{') || !isObjectType(type)) continue;
    out.set(
      d.name.value,
      fields
        .split(/\s+/)
        .filter(Boolean)
        .map((name) => {
          const fieldType = type.getFields()[name].type;
          return { name, json: JSON_TYPE_OF_SCALAR[getNamedType(fieldType).name] ?? 'string', nullable: !isNonNullType(fieldType) };
        }),
    );
  }
  return out;
}

/**
 * `_entities` takes any JSON as a representation, from anyone who reaches the subgraph: a missing
 * key or one of the wrong type is the caller's mistake (BAD_USER_INPUT), not an internal error in a
 * resolver. Most keys are an ID (a string on the wire); an owned indicator's key also carries its
 * target's terms, numbers and flags that may be null or absent (DESIGN §6).
 */
function withWellFormedKeys(typeName: string, keys: KeyField[], resolve: ReferenceResolvers[string]): ReferenceResolvers[string] {
  return (reference, context) => {
    for (const k of keys) {
      const v = reference[k.name];
      // A nullable part of a key may be left out, as a representation made by hand from the code alone is.
      if (typeof v === k.json || (k.nullable && (v === null || v === undefined))) continue;
      throw badInput(`representations.${k.name}`, `a ${typeName} representation needs ${k.name} as a ${k.json}${k.nullable ? ' or null' : ''}`);
    }
    return resolve(reference, context);
  };
}

/** The subgraph SDL that composition reads (and that each subgraph commits as schema.graphql). */
export function subgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
