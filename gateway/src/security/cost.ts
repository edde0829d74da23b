import type { ApolloServerPlugin } from '@apollo/server';
import { badInput } from '@par/platform';
import {
  getNamedType, getNullableType, GraphQLError, isListType, isObjectType, isInterfaceType, Kind,
  type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { isAnonymous, type Caller } from '@par/platform';
import { listBound, type ListSizes } from './list-sizes';

export interface CostOptions {
  maxCost: number;
  /** Largest `first` accepted anywhere; the subgraphs enforce the same bound. */
  maxPageSize: number;
  /** What a connection costs when `first` is not given (the subgraphs' default page). */
  defaultPageSize: number;
  /** Assumed length of plain lists that `listSizes` does not bound. */
  listFactor: number;
  /** Bounds of unpaged lists and statistics (gateway/data/list-sizes.json). */
  listSizes?: ListSizes;
  /** Budget of a caller without a token; `maxCost` is the authenticated callers'. */
  maxCostAnonymous?: number;
}

/** What a batch has spent so far; shared by the operations of one HTTP request through their context. */
export interface CostBudget {
  spent: number;
}

/**
 * Cost of an operation in fields resolved, counting list sizes: a field costs 1 plus its
 * selection, and a list multiplies its selection by its size — `first` (or the default page) for
 * a connection's `edges`/`nodes`, the bound of gateway/data/list-sizes.json for plain lists and
 * statistics (else a fixed factor). Nested connections therefore multiply, which is what makes
 * `first: 100` inside `first: 100` expensive, as it is for the databases. Abstract types count
 * every fragment (an upper bound). Arguments are read as they will execute: variables coerced
 * with their defaults, literals, and the schema's argument defaults.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  opts: CostOptions,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  // Variables that fail coercion fail execution too; cost what was sent meanwhile.
  const values = coerced.coerced ?? variables;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  // Items a self-nested list (a tree) already spans on the current path, per coordinate.
  const trees = new Map<string, number>();
  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, listSize: number | null, spreads: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        if (type) total += selectionCost(sel.selectionSet, type, listSize, spreads);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments[sel.name.value];
        // A fragment spread twice on one path is counted once per spread, but never recursively.
        if (!frag || spreads.has(frag.name.value)) continue;
        const type = schema.getType(frag.typeCondition.name.value) as GraphQLCompositeType | undefined;
        if (type) total += selectionCost(frag.selectionSet, type, listSize, new Set([...spreads, frag.name.value]));
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue;
      const field = (isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined) as GraphQLField<unknown, unknown> | undefined;
      if (!field) continue;
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, sel, values);
      } catch {
        /* invalid arguments fail in execution; cost them with defaults */
      }
      const first = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : null;
      if (first !== null && (first < 1 || first > opts.maxPageSize)) {
        const err = badInput(typeof args.first === 'number' ? 'first' : 'last', `must be between 1 and ${opts.maxPageSize} (got ${first})`);
        (err.extensions as Record<string, unknown>).http = { status: 400 };
        throw err;
      }
      const named = getNamedType(field.type);
      const isConnection = isObjectType(named) && 'edges' in named.getFields() && 'pageInfo' in named.getFields();
      const isList = isListType(getNullableType(field.type));
      const childSize = isConnection ? (first ?? opts.defaultPageSize) : null;
      const coordinate = `${parent.name}.${name}`;
      let bound = isList && listSize === null && first === null && opts.listSizes ? listBound(opts.listSizes, coordinate, args) : null;
      const tree = bound !== null ? opts.listSizes?.fields[coordinate]?.tree : undefined;
      const spanned = trees.get(coordinate) ?? 1;
      if (tree !== undefined && bound !== null) bound = Math.max(1, Math.min(bound, Math.floor(tree / spanned)));
      const multiplier = isList ? (listSize ?? first ?? bound ?? opts.listFactor) : 1;
      if (tree !== undefined) trees.set(coordinate, spanned * multiplier);
      const inner = sel.selectionSet ? selectionCost(sel.selectionSet, named as GraphQLCompositeType, childSize, spreads) : 0;
      if (tree !== undefined) trees.set(coordinate, spanned);
      total += 1 + multiplier * inner;
    }
    return total;
  };
  return selectionCost(operation.selectionSet, root, null, new Set());
}

/**
 * Refuses operations above the caller's budget (lower for anonymous callers) or with a page above
 * the maximum, before any subgraph is called. The operations of one batched request share one
 * budget (`budget` in the context): ten cheap operations in an array cost what they cost together.
 */
export function costPlugin(opts: CostOptions): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = operationCost(schema, operation, fragments, request.variables ?? {}, opts);
          const ctx = contextValue as { caller?: Caller; budget?: CostBudget } | undefined;
          const anonymous = !ctx?.caller || isAnonymous(ctx.caller);
          const maxCost = anonymous ? Math.min(opts.maxCostAnonymous ?? opts.maxCost, opts.maxCost) : opts.maxCost;
          const spent = (ctx?.budget?.spent ?? 0) + cost;
          if (ctx?.budget) ctx.budget.spent = spent;
          if (spent > maxCost) {
            const batch = spent > cost ? ` (${spent} with the other operations of this batch)` : '';
            throw new GraphQLError(
              `The operation costs ${cost}${batch}, above the limit of ${maxCost}${anonymous ? ' for callers without a token' : ''}; ask for smaller pages, fewer nested lists or fewer groups`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost: spent, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
