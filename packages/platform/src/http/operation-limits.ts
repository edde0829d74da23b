import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';

/**
 * Limits a subgraph applies on its own. The gateway bounds client operations more tightly
 * (gateway/src/limits.ts), but the network to a subgraph is not trusted, so a caller who reaches
 * one directly must not get unbounded depth, aliases or document size. The bounds leave room for
 * the gateway's query plans (`_entities` plus type conditions add two levels).
 */
const SUBGRAPH_LIMITS = { maxDepth: 24, maxAliases: 60, maxDirectives: 40, maxTokens: 20_000 } as const;

export function subgraphOperationLimits(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin<any>[]; parseOptions: ParseOptions } {
  const protection = new ApolloArmor({
    maxDepth: { n: SUBGRAPH_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: SUBGRAPH_LIMITS.maxAliases },
    maxDirectives: { n: SUBGRAPH_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    validationRules: (protection.validationRules ?? []) as ValidationRule[],
    plugins: (protection.plugins ?? []) as ApolloServerPlugin<any>[],
    parseOptions: { maxTokens: SUBGRAPH_LIMITS.maxTokens },
  };
}
