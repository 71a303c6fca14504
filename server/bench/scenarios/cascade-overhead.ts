import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { toGlobalId } from '../../src/lib/ids';
import { buildSchema, loadTypeDefs } from '../../src/graphql/schema';
import { jitGateway } from '../../src/graphql/jit';
import { loadModules, mergeResolvers } from '../../src/modules/registry';
import type { BenchScenario, Harness } from '../lib/harness';
import { ms, percentile, ratio } from '../lib/report';

/**
 * Where the time of the cascade tree goes (diagnostic, no change to the server): the
 * same query executed in-process with graphql-js against (1) the served schema, where
 * graphql-shield wraps every declared resolver in an async middleware, (2) the same
 * schema with only `Goal.id` and `Goal.children` unwrapped (the two declared resolvers
 * a tree node runs), (3) no shield at all; and with graphql-jit (GRAPHQL_EXECUTOR=jit's
 * executor, called as Apollo calls it) on the served schema; next to the HTTP request
 * (executed by whichever GRAPHQL_EXECUTOR the run uses) and its SQL.
 * Rounds are interleaved so machine noise hits every variant alike.
 */
const LEVELS = 5;
const NODE = 'id description cascadeType';
const nest = (levels: number): string => (levels === 1 ? NODE : `${NODE} children { ${nest(levels - 1)} }`);
const QUERY = `query($id: ID!) { performancePlan(id: $id) { cascade { ${nest(LEVELS)} } } }`;

// graphql-tools builds schemas with the CommonJS graphql; execute with the same build.
const G = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { makeExecutableSchema } = createRequire(import.meta.url)('@graphql-tools/schema') as typeof import('@graphql-tools/schema');

async function schemas(): Promise<{ served: GraphQLSchema; unwrapped: GraphQLSchema; plain: GraphQLSchema; jit: GraphQLSchema }> {
  const modules = await loadModules();
  const served = buildSchema(modules).schema;
  const jit = buildSchema(modules).schema;
  const unwrapped = buildSchema(modules).schema;
  const plain = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: mergeResolvers(modules), resolverValidationOptions: { requireResolversForResolveType: 'ignore' } });
  const target = (unwrapped.getType('Goal') as import('graphql').GraphQLObjectType).getFields();
  const source = (plain.getType('Goal') as import('graphql').GraphQLObjectType).getFields();
  for (const f of ['id', 'children']) target[f].resolve = source[f].resolve;
  return { served, unwrapped, plain, jit };
}

async function run(h: Harness): Promise<void> {
  const syn = await h.synthetic(h.quick ? 2_500 : 12_000);
  const [{ n }] = await h.rows<{ n: number }>(`select count(*)::int as n from position where agency_id = $1 and depth < $2`, [syn.agencyId, LEVELS]);
  await h.plans(syn.agencyId, Math.min(20, Math.max(3, Math.ceil((h.quick ? 2_000 : 10_000) / n))));
  const token = await h.token(syn.rootEmployeeId);
  const [plan] = await h.rows<{ id: number }>(`select id from performance_plan where employee_id = $1 order by id desc limit 1`, [syn.rootEmployeeId]);
  const variables = { id: toGlobalId('PerformancePlan', plan.id) };
  const body = h.body(QUERY, variables);
  const { served, unwrapped, plain, jit } = await schemas();
  const document = G.parse(QUERY);
  const { executor } = await jitGateway(jit).load({ apollo: {} as never });
  const execJit = async () => {
    const context = await h.k.app.context(`Bearer ${token}`);
    const rc = { request: { query: QUERY, variables }, document, operation: G.getOperationAST(document), queryHash: 'cascade', context, logger: console };
    const r = await executor!(rc as never);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    JSON.stringify(r);
  };
  const exec = (schema: GraphQLSchema) => async () => {
    const r = await G.execute({ schema, document, contextValue: await h.k.app.context(`Bearer ${token}`), variableValues: variables });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    JSON.stringify(r);
  };
  const variants: [string, () => Promise<unknown>][] = [
    ['HTTP request (Apollo, armor, shield, JSON)', () => h.post(body, token)],
    ['graphql-js execute, schema as served (shield)', exec(served)],
    ['  same, Goal.id + Goal.children unwrapped', exec(unwrapped)],
    ['  same, no shield at all', exec(plain)],
    ['graphql-jit, schema as served (shield)', execJit],
  ];
  const times = variants.map(() => [] as number[]);
  // CPU time of this process (server and client): other work on a shared machine stretches
  // wall time, much less the CPU a request needs.
  const cpu = variants.map(() => [] as number[]);
  for (const [, f] of variants) await f();
  for (let round = 0; round < (h.quick ? 3 : 6); round++) {
    for (const [i, [, f]] of variants.entries()) {
      const t = performance.now();
      const c = process.cpuUsage();
      await f();
      const d = process.cpuUsage(c);
      times[i].push(performance.now() - t);
      cpu[i].push((d.user + d.system) / 1000);
    }
  }
  const sql = await h.sqlTimes(await h.captureSql(body, token), h.quick ? 3 : 6);
  const base = percentile(sql, 50);
  h.report.table(['variant (same tree, same data)', 'p50', 'vs its SQL', 'CPU p50'], [
    ...variants.map(([name], i) => [name, ms(percentile(times[i], 50)), ratio(percentile(times[i], 50) / base), ms(percentile(cpu[i], 50))]),
    ['its SQL on a direct pg connection', ms(base), ratio(1), ''],
  ]);
  h.report.note('Every declared resolver is wrapped by graphql-shield in an async middleware (several promises each); a tree node runs two (id, children).');
}

const scenario: BenchScenario = { name: 'cascade-overhead', title: 'where the time of the cascade tree goes', order: 21, run };
export default scenario;
