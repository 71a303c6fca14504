import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import { mergePermissions, mergeResolvers, type KinerjaModule } from '../modules/registry';
import { isAuthenticated } from '../auth/rules';
import { parseGlobalId } from '../lib/ids';
import { badInput } from '../lib/errors';
import { DateScalar, DateTimeScalar } from './scalars';
import type { Context } from './context';

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

/** All SDL files of `schema/<module>/*.graphql`, base first. */
export function loadTypeDefs(): string[] {
  const files: string[] = [];
  for (const dir of readdirSync(schemaDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort((a, b) => (a === 'base' ? -1 : b === 'base' ? 1 : a.localeCompare(b)))) {
    for (const f of readdirSync(path.join(schemaDir, dir)).filter((f) => f.endsWith('.graphql')).sort()) {
      files.push(readFileSync(path.join(schemaDir, dir, f), 'utf8'));
    }
  }
  return files;
}

/**
 * Integration tokens read through `node(id:)` only what their scopes cover (the same
 * scopes the root queries demand); types not listed here are refused to tokens.
 */
const NODE_SCOPES: Record<string, string> = {
  Agency: 'READ_ORG', OrgUnit: 'READ_ORG', Position: 'READ_ORG', Employee: 'READ_ORG', Assignment: 'READ_ORG', AppraiserOverride: 'READ_ORG',
  Period: 'READ_PLANS', EvaluationPeriod: 'READ_PLANS', PerformanceAgreement: 'READ_PLANS', StrategicObjective: 'READ_PLANS', KeyIndicator: 'READ_PLANS',
  PerformancePlan: 'READ_PLANS', Goal: 'READ_PLANS', Indicator: 'READ_PLANS',
  LogbookEntry: 'READ_LOGBOOK', ActionPlan: 'READ_LOGBOOK', Realization: 'READ_LOGBOOK',
  Evaluation: 'READ_EVALUATIONS', OrgPerformance: 'READ_EVALUATIONS', Feedback: 'READ_EVALUATIONS', SelfAssessment: 'READ_EVALUATIONS',
  FeedbackOption: 'READ_EVALUATIONS', AllowanceRuleTable: 'READ_EVALUATIONS', AttendanceRecord: 'READ_EVALUATIONS',
};
const tokenMayFetch = (scopes: string[], type: string) => !!NODE_SCOPES[type] && scopes.includes(NODE_SCOPES[type]);

/** `node`/`nodes`, the Node interface and scalars: served from the modules' fetchers. */
function coreModule(modules: KinerjaModule[]): KinerjaModule {
  const fetchers = Object.assign({}, ...modules.map((m) => m.nodes ?? {})) as NonNullable<KinerjaModule['nodes']>;
  const fetchNode = async (ctx: Context, globalId: string) => {
    const decoded = parseGlobalId(globalId);
    if (!decoded) throw badInput('Invalid id.');
    const fetch = fetchers[decoded.type];
    if (!fetch) throw badInput('Invalid id.');
    if (ctx.viewer?.kind === 'TOKEN' && !tokenMayFetch(ctx.viewer.scopes ?? [], decoded.type)) return null;
    const obj = await fetch(ctx, decoded.id);
    return obj ? Object.assign(obj, { __typename: decoded.type }) : null;
  };
  return {
    name: 'core',
    resolvers: {
      Date: DateScalar,
      DateTime: DateTimeScalar,
      Node: { __resolveType: (obj: any) => obj.__typename },
      Query: {
        node: (_p: unknown, { id }: { id: string }, ctx: Context) => fetchNode(ctx, id),
        nodes: (_p: unknown, { ids }: { ids: string[] }, ctx: Context) => {
          if (ids.length > 100) throw badInput('At most 100 ids.');
          return Promise.all(ids.map((id) => fetchNode(ctx, id)));
        },
      },
    } as any,
    permissions: { Query: { node: isAuthenticated, nodes: isAuthenticated } },
  };
}

export function buildSchema(modules: KinerjaModule[], extraTypeDefs: string[] = []): { schema: GraphQLSchema; rules: IRules } {
  const all = [coreModule(modules), ...modules];
  const schema = makeExecutableSchema({
    typeDefs: [...loadTypeDefs(), ...extraTypeDefs],
    resolvers: mergeResolvers(all),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error', requireResolversForResolveType: 'error' },
  });
  const rules = mergePermissions(all);
  const permissions = shield(rules, {
    fallbackRule: deny,
    allowExternalErrors: true,
    debug: false,
    fallbackError: () => new GraphQLError('You may not do this.', { extensions: { code: 'FORBIDDEN' } }),
  });
  // Only fields with declared resolvers are wrapped (research/reliability.md §4.4: wrapping
  // every default resolver cost 69 % throughput). Every root field has a resolver, so the
  // deny fallback still covers any root field without a rule.
  const guarded = applyMiddlewareToDeclaredResolvers(schema, permissions);
  restoreUnguarded(schema, guarded, all.flatMap((m) => m.unguarded ?? []));
  return { schema: guarded, rules };
}

/**
 * Puts the original resolvers back on a short list of hot fields (cascade tree nodes):
 * the async shield wrapper around each of thousands of nodes cost half the tree's time
 * (bench: cascade-overhead). Root fields can never be listed.
 */
function restoreUnguarded(original: GraphQLSchema, guarded: GraphQLSchema, fields: string[]): void {
  for (const name of fields) {
    const [type, field] = name.split('.');
    if (type === 'Query' || type === 'Mutation') throw new Error(`Root field ${name} cannot be unguarded.`);
    const from = (original.getType(type) as any)?.getFields?.()[field];
    const to = (guarded.getType(type) as any)?.getFields?.()[field];
    if (!from || !to) throw new Error(`Unguarded field ${name} does not exist.`);
    to.resolve = from.resolve;
  }
}
