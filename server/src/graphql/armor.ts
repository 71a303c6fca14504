import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { Context } from './context';

/**
 * Query limits from day one (graphql-armor): a hostile query is refused during
 * validation with a clear error instead of reaching the resolvers.
 * Depth 16 leaves room for a 6-level cascade tree written out in nested form;
 * Limits are stated in the errors so a client knows what to change.
 * `ignoreIntrospection: false` closes the `__schema` naming bypass (GHSA-hmfr-rx46-4jx2).
 * The token limit is graphql-js' own parser limit (`parseOptions.maxTokens`): armor's
 * max-tokens plugin throws from Apollo's `parsingDidStart` hook, which Apollo answers
 * with HTTP 500 (a client error reported as a server fault, retried by proxies).
 */
export const LIMITS = {
  maxDepth: 16,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3000,
  maxCost: 100_000,
};

export function armorProtection(): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true, allowList: ['__typename'] },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: false, flattenFragments: true },
    blockFieldSuggestion: { enabled: true },
  });
  const p = armor.protect();
  // The armor types resolve Apollo's CJS declarations; the runtime objects are fine (STACK.md trap 7).
  return {
    plugins: p.plugins as unknown as ApolloServerPlugin<Context>[],
    validationRules: p.validationRules as unknown as ValidationRule[],
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}
