import { toGlobalId } from '../../src/lib/ids';
import type { BenchScenario, Harness } from '../lib/harness';
import { int, ms, percentile, ratio } from '../lib/report';

/**
 * Issue 3's nested cascade tree through the real HTTP API: a top manager reads their
 * plan's cascade five levels deep (`cascade { children { children { children {
 * children } } } }`), at least 10,000 goals. Figures: SQL statements per request (and
 * the same for a small tree), requests/s and p50/p99 at 1 and 4 connections, and the
 * ratio of API time to the time of the SQL it runs (the same statements on a direct
 * `pg` connection). Reference (research/performance.md §2.2, same machine kind): a
 * generic GraphQL-to-SQL engine (PostGraphile 5) answers an 11,111-node, 5-level tree
 * at about 13.5 req/s at one connection (p50 67 ms, p99 169 ms).
 */
const LEVELS = 5;
const NODE = 'id description cascadeType';
const nest = (levels: number): string => (levels === 1 ? NODE : `${NODE} children { ${nest(levels - 1)} }`);
const QUERY = `query($id: ID!) { performancePlan(id: $id) { cascade { ${nest(LEVELS)} } } }`;
const REFERENCE_RPS = 13.5;

interface Node { children?: Node[] }
const count = (nodes: Node[] = []): number => nodes.reduce((s, n) => s + 1 + count(n.children), 0);

async function planOf(h: Harness, employeeId: number): Promise<number> {
  const [row] = await h.rows<{ id: number }>(`select id from performance_plan where employee_id = $1 and period_id = (select id from period where agency_id = (select agency_id from employee where id = $1) and year = $2)`, [employeeId, h.year]);
  return row.id;
}

async function run(h: Harness): Promise<void> {
  const employees = h.quick ? 2_500 : 12_000;
  const target = h.quick ? 2_000 : 10_000;
  const syn = await h.synthetic(employees);
  // Goals within five levels = employees at depth 0-4 of the reporting tree x goals per plan.
  const [{ n }] = await h.rows<{ n: number }>(`select count(*)::int as n from position where agency_id = $1 and depth < $2`, [syn.agencyId, LEVELS]);
  const goalsPerPlan = Math.min(20, Math.max(3, Math.ceil(target / n)));
  const plans = await h.plans(syn.agencyId, goalsPerPlan);
  const token = await h.token(syn.rootEmployeeId);
  const body = h.body(QUERY, { id: toGlobalId('PerformancePlan', await planOf(h, syn.rootEmployeeId)) });

  const first = await h.post(body, token);
  if (first.errors) throw new Error(JSON.stringify(first.errors));
  const nodes = count(first.data.performancePlan.cascade);
  h.report.note(`data: ${int(employees)} employees, ${int(plans.goals)} goals (${goalsPerPlan} per plan); tree read: ${int(nodes)} goals in ${LEVELS} levels, response ${int(Math.round(first.bytes / 1024))} KiB`);

  const session = await h.statements(h.body('{ __typename }'), token);
  const statements = await h.statements(body, token);
  const small = syn.samples.small ? await smallTree(h, syn.samples.small.employeeId) : null;
  h.report.note(`SQL statements per request: ${int(statements)} for ${int(nodes)} goals, ${int(small?.statements)} for a ${int(small?.nodes)}-goal tree (each incl. ${int(session)} for the session lookup)`);

  const sqlTexts = await h.captureSql(body, token);
  const reps = h.quick ? 5 : 15;
  const db = await h.sqlTimes(sqlTexts, reps);
  const api = await h.latencies(body, token, reps);
  // Long enough for every connection to complete several requests at the measured pace.
  const seconds = (c: number) => Math.min(30, Math.max(h.quick ? 3 : 8, Math.ceil((4 * c * percentile(api, 50)) / 1000)));
  const loads = [await h.load(body, token, 1, seconds(1)), await h.load(body, token, 4, seconds(4))];
  h.report.table(['run', 'req/s', 'p50', 'p99', 'errors', 'vs reference c=1'], [
    ...loads.map((l) => [`autocannon c=${l.connections}, ${l.seconds} s`, l.requestsPerSecond.toFixed(1), ms(l.p50), ms(l.p99), l.errors + l.non2xx, ratio(l.requestsPerSecond / REFERENCE_RPS)]),
  ]);
  h.report.table(['time per request (sequential)', 'p50', 'p99'], [
    [`API (${reps} requests)`, ms(percentile(api, 50)), ms(percentile(api, 99))],
    [`its ${sqlTexts.length} statements on a direct pg connection`, ms(percentile(db, 50)), ms(percentile(db, 99))],
    ['API / SQL', ratio(percentile(api, 50) / percentile(db, 50)), ''],
  ]);
  h.report.note(`reference: generic GraphQL-to-SQL engine ~${REFERENCE_RPS} req/s at c=1 for 11,111 nodes; aims: statements <= 3 whatever the size, API <= 3x its SQL.`);
}

async function smallTree(h: Harness, employeeId: number): Promise<{ statements: number | null; nodes: number }> {
  const token = await h.token(employeeId);
  const body = h.body(QUERY, { id: toGlobalId('PerformancePlan', await planOf(h, employeeId)) });
  const r = await h.post(body, token);
  return { statements: await h.statements(body, token), nodes: count(r.data?.performancePlan?.cascade) };
}

const scenario: BenchScenario = { name: 'cascade', title: 'nested cascade tree of 10,000+ goals, 5 levels (issue 3)', order: 20, run };
export default scenario;
