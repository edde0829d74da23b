import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { GatewayEnv } from './config';

/**
 * Operation limits (DESIGN §7): depth, aliases, directives, tokens and cost via graphql-armor,
 * with field suggestions hidden so a hostile caller cannot map the schema by typos.
 */
export function armorFor(env: GatewayEnv): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<any>[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: env.MAX_DEPTH, ignoreIntrospection: true },
    maxAliases: { n: env.MAX_ALIASES },
    maxDirectives: { n: env.MAX_DIRECTIVES },
    maxTokens: { n: env.MAX_TOKENS },
    costLimit: { maxCost: env.MAX_COST, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  return {
    validationRules: (protection.validationRules ?? []) as ValidationRule[],
    plugins: (protection.plugins ?? []) as ApolloServerPlugin<any>[],
  };
}

