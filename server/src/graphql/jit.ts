import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Context } from './context';
import { Lru } from './lru';
import { nestedOptionalVariables } from './jit-variables';

// The schema is built by @graphql-tools with the CommonJS graphql (as Apollo executes it);
// ESM imports of 'graphql' may load the other build, whose type checks refuse it.
const require = createRequire(import.meta.url);
const { GraphQLError, defaultFieldResolver, execute, getVariableValues, isObjectType } = require('graphql') as typeof import('graphql');
const { compileQuery, isCompiledQuery } = require('graphql-jit') as typeof import('graphql-jit');

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Operations kept compiled; each is a few closures, bounded in size by the armor limits. */
export const JIT_CACHE_SIZE = 1000;

interface Compiled {
  /** false: graphql-jit could not compile the operation, graphql-js runs it. */
  query: CompiledQuery | false;
  /** Variables graphql-jit reads wrongly when a request omits them (jit-variables.ts). */
  nestedOptional: string[];
}

function compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined, warn: (m: string) => void): Compiled {
  const result = compileQuery(schema, document, operationName);
  if (isCompiledQuery(result)) return { query: result, nestedOptional: nestedOptionalVariables(document, operation) };
  warn(`graphql-jit could not compile operation ${operationName ?? '(anonymous)'} (${result.errors?.map((e) => e.message).join('; ')}); graphql-js executes it.`);
  return { query: false, nestedOptional: [] };
}

/**
 * graphql-jit's errors are frozen look-alikes of graphql-js' (read-only `message`): plugins
 * that reword errors, such as armor's field-suggestion masking, threw on them, and the
 * whole response became an internal error. graphql-js errors with the same message,
 * locations, path, original error and extensions take their place.
 */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const err = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
    (err as { locations?: unknown }).locations = e.locations;
    return err;
  });
  return { ...result, errors };
}

/**
 * Fields the default resolver must keep serving: connections carry `totalCount` (and the
 * sync feeds `edges`) as functions, so a count runs only when asked for, and only
 * graphql-js' default resolver calls a function-valued property.
 */
export const isLazyField = (type: string, field: string) => type.endsWith('Connection') && (field === 'totalCount' || field === 'edges');

/**
 * Lets graphql-jit read plain properties inline: the schema gives every field without a
 * resolver of its own graphql-js' default resolver, which graphql-jit would call as a
 * resolver per field and row (its main gain lost). graphql-js falls back to that same
 * resolver for a field without one, so the js path (and the fallback below) is unchanged.
 */
export function inlineDefaultResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isLazyField(type.name, field.name)) field.resolve ??= defaultFieldResolver;
      else if (field.resolve === defaultFieldResolver) field.resolve = undefined;
    }
  }
}

/**
 * Executes operations with graphql-jit: each document is compiled once into plain
 * functions (no per-field interpretation), cached by Apollo's query hash and operation name.
 *
 * Everything before execution stays Apollo's (parsing, armor validation, plugins such as
 * inputGuardPlugin, formatError). Apollo 5 has no executor option; its `gateway` option is
 * the supported way to bring one (research/performance.md §4).
 *
 * Identical to graphql-js for clients, because graphql-js still does what graphql-jit does
 * differently:
 * - variables are coerced by graphql-js first, so refusals keep its messages and Apollo
 *   answers them as BAD_USER_INPUT with HTTP 400 (graphql-jit words them its own way and
 *   without the variable's node, so Apollo would call them internal errors);
 * - no operation, an operation graphql-jit cannot compile, or a request that omits a
 *   variable used inside an input object or list: graphql-js executes it.
 */
export function jitGateway(schema: GraphQLSchema, size = JIT_CACHE_SIZE): Gateway {
  inlineDefaultResolvers(schema);
  const cache = new Lru<Compiled>(size);
  const executor: Executor = async (rc) => {
    const operationName = rc.request.operationName ?? undefined;
    const variables = rc.request.variables ?? {};
    const js = () => execute({ schema, document: rc.document, operationName, variableValues: variables, contextValue: rc.context });
    if (!rc.operation) return js();
    const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${rc.queryHash}\u0000${operationName ?? ''}`;
    let c = cache.get(key);
    if (!c) cache.set(key, (c = compile(schema, rc.document, rc.operation, operationName, (m) => rc.logger.warn(m))));
    if (!c.query || c.nestedOptional.some((name) => variables[name] === undefined)) return js();
    return asGraphQLErrors(await c.query.query(undefined, rc.context, variables));
  };
  return {
    async load() {
      return { executor };
    },
    // Apollo takes the schema from this callback; start() fails if it is never called.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/** The ApolloServer options that choose the executor (config GRAPHQL_EXECUTOR). */
export function executorOptions(schema: GraphQLSchema, executor: 'jit' | 'js'): { schema: GraphQLSchema } | { gateway: Gateway } {
  return executor === 'jit' ? { gateway: jitGateway(schema) } : { schema };
}
