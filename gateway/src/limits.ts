import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { GatewayEnv } from './config';
import { costPlugin } from './security/cost';
import { loadListSizes } from './security/list-sizes';

/**
 * Operation limits (DESIGN §7): depth, aliases and directives via graphql-armor, with field
 * suggestions hidden so a hostile caller cannot map the schema by typos. Cost is ours
 * (security/cost.ts): armor's cost rule cannot see variables, so it cannot multiply by `first`.
 */
export function armorFor(env: GatewayEnv): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<any>[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    maxDepth: { n: env.MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: env.MAX_ALIASES },
    maxDirectives: { n: env.MAX_DIRECTIVES },
    // graphql-js's own parser limit instead: armor's version answers a long document with a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    parseOptions: { maxTokens: env.MAX_TOKENS },
    validationRules: (protection.validationRules ?? []) as ValidationRule[],
    plugins: [
      ...((protection.plugins ?? []) as ApolloServerPlugin<any>[]),
      costPlugin({
        maxCost: env.MAX_COST,
        maxCostAnonymous: env.MAX_COST_ANONYMOUS,
        maxPageSize: env.MAX_PAGE_SIZE,
        defaultPageSize: env.DEFAULT_PAGE_SIZE,
        listFactor: env.LIST_COST_FACTOR,
        listSizes: loadListSizes(env.COST_LIST_SIZES),
      }),
    ],
  };
}
