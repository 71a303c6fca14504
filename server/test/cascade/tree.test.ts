import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { seedSyntheticPlans } from '../../src/seed/plans';
import { seedSynthetic } from '../../src/seed/synthetic';
import { startTestApi, type TestApi } from '../support/api';
import { buildCascade, gqlOk, type CascadeData } from './data';

/**
 * Nested cascade reads: tree shape, and a constant number of SQL statements whatever
 * the size of the tree (the fixture's 8 goals vs a synthetic agency's thousands).
 */
let api: TestApi;
let d: CascadeData;
let big: { token: string; planId: number; employeeId: number; goalId: number; goals: number };

const NEST = (depth: number): string => (depth === 0 ? 'id' : `id description cascadeType children { ${NEST(depth - 1)} }`);
const PLAN_TREE = `query($id: ID!) { performancePlan(id: $id) { cascade { ${NEST(5)} } } }`;
const EMPLOYEE_TREE = `query($id: ID!) { employee(id: $id) { goalCascade { ${NEST(5)} } } }`;
const GOAL_TREE = `query($id: ID!) { node(id: $id) { ... on Goal { ${NEST(6)} } } }`;

interface Node { id: string; children?: Node[] }
const count = (nodes: Node[]): number => nodes.reduce((s, n) => s + 1 + count(n.children ?? []), 0);

beforeAll(async () => {
  api = await startTestApi();
  d = await buildCascade(api);
  const em = api.k.orm.em.fork();
  const syn = await em.transactional(async (tx) => {
    const s = await seedSynthetic(tx, { employees: 1500, seed: 7, agencyCode: `SYN-CASCADE-${Date.now() % 100000}` });
    await seedSyntheticPlans(tx, { agencyId: s.agencyId, year: d.year, goalsPerPlan: 3 });
    return s;
  });
  const [root] = await sql<{ nip: string; planId: number; goalId: number; goals: number }>(
    api.k.orm.em.fork(),
    `select e.nip, pp.id as "planId", min(g.id) as "goalId",
       (select count(*) from goal x where x.agency_id = e.agency_id) as goals
     from employee e join performance_plan pp on pp.employee_id = e.id join goal g on g.plan_id = pp.id
     where e.id = $1 group by e.nip, pp.id, e.agency_id`,
    [syn.rootEmployeeId],
  );
  big = { token: await api.login(root.nip, DEMO_PASSWORD), planId: root.planId, employeeId: syn.rootEmployeeId, goalId: root.goalId, goals: root.goals };
});
afterAll(() => api?.stop());

describe('nested cascade tree', () => {
  it('nests children to any depth from a plan, in cascade order', async () => {
    const data = await gqlOk(api, 'sekda', PLAN_TREE, { id: api.gid('PerformancePlan', d.plans.sekda!) });
    const [root] = data.performancePlan.cascade;
    expect(root.id).toBe(api.gid('Goal', d.goals.sekda!));
    const kadis = root.children[0];
    expect(kadis.description).toBe('Sasaran kadis');
    expect(kadis.cascadeType).toBe('INDIRECT');
    expect(kadis.children.map((c: Node & { description: string }) => c.description)).toEqual(['Sasaran kabid', 'Sasaran kabid2']);
    const kasi = kadis.children[0].children[0];
    expect(kasi.children.map((c: { description: string }) => c.description)).toEqual(['Sasaran staff1', 'Sasaran staff2']);
    expect(count(data.performancePlan.cascade)).toBe(8);
  });

  it('answers the same tree from an employee and from a goal', async () => {
    const byEmployee = await gqlOk(api, 'sekda', EMPLOYEE_TREE, { id: api.gid('Employee', api.fx.employees.sekda.id) });
    const byGoal = await gqlOk(api, 'sekda', GOAL_TREE, { id: api.gid('Goal', d.goals.sekda!) });
    expect(count(byEmployee.employee.goalCascade)).toBe(8);
    expect(count([byGoal.node])).toBe(8);
  });

  it('counts levels and goals below', async () => {
    const data = await gqlOk(api, 'sekda', `query($id: ID!) { node(id: $id) { ... on Goal { cascadeDepth descendantCount children { cascadeDepth descendantCount } } } }`, { id: api.gid('Goal', d.goals.sekda!) });
    expect(data.node).toEqual({ cascadeDepth: 4, descendantCount: 7, children: [{ cascadeDepth: 3, descendantCount: 6 }] });
  });

  it('reads further levels on demand when the look-ahead could not see them', async () => {
    const q = `query($id: ID!) { performancePlan(id: $id) { cascade { children { parentGoal { children { children { description } } } } } } }`;
    const data = await gqlOk(api, 'sekda', q, { id: api.gid('PerformancePlan', d.plans.sekda!) });
    const again = data.performancePlan.cascade[0].children[0].parentGoal.children[0].children;
    expect(again.map((c: { description: string }) => c.description)).toEqual(['Sasaran kabid', 'Sasaran kabid2']);
  });

  it('is not refused by the query limits for a deep tree with details on every level', async () => {
    const level = (n: number): string => `id description cascadeType owner { name } indicators { description targetValue unit }${n ? ` children { ${level(n - 1)} }` : ''}`;
    const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { cascade { ${level(8)} } } }`, { id: api.gid('PerformancePlan', d.plans.sekda!) }, await api.as('sekda'));
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(count(r.data.performancePlan.cascade)).toBe(8);
  });

  it('pages the descendants flat in tree order with a total', async () => {
    const q = `query($id: ID!, $after: String) { node(id: $id) { ... on Goal { descendants(first: 3, after: $after) { totalCount nodes { description } pageInfo { hasNextPage endCursor } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data = await gqlOk(api, 'sekda', q, { id: api.gid('Goal', d.goals.sekda!), after });
      const c = data.node.descendants;
      expect(c.totalCount).toBe(7);
      seen.push(...c.nodes.map((n: { description: string }) => n.description));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Sasaran kadis', 'Sasaran kabid', 'Sasaran kasi', 'Sasaran staff1', 'Sasaran staff2', 'Sasaran kabid2', 'Sasaran staff3']);
  });

  it('refuses a cursor from another tree and a page size over 100', async () => {
    const token = await api.as('sekda');
    const r = await api.gql(`query($id: ID!) { node(id: $id) { ... on Goal { descendants(first: 101) { totalCount } } } }`, { id: api.gid('Goal', d.goals.sekda!) }, token);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('statements per request do not grow with the tree', () => {
  const statements = (query: string, variables: Record<string, unknown>, token: string) =>
    api.countStatements(async () => {
      const r = await api.gql(query, variables, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    });

  it('is the same for the fixture cascade and a synthetic agency of 1,500 employees', async () => {
    expect(big.goals).toBeGreaterThan(4000);
    const small = await statements(PLAN_TREE, { id: api.gid('PerformancePlan', d.plans.sekda!) }, await api.as('sekda'));
    const large = await statements(PLAN_TREE, { id: api.gid('PerformancePlan', big.planId) }, big.token);
    const data = (await api.gql(PLAN_TREE, { id: api.gid('PerformancePlan', big.planId) }, big.token)).data;
    expect(count(data.performancePlan.cascade)).toBeGreaterThan(1000);
    expect(large).toBe(small);
    // session lookup + plan + plan visibility + the whole tree
    expect(small).toBeLessThanOrEqual(4);
  });

  it('is the same from an employee and from a goal, small or large', async () => {
    const s1 = await statements(EMPLOYEE_TREE, { id: api.gid('Employee', api.fx.employees.sekda.id) }, await api.as('sekda'));
    const l1 = await statements(EMPLOYEE_TREE, { id: api.gid('Employee', big.employeeId) }, big.token);
    expect(l1).toBe(s1);
    const s2 = await statements(GOAL_TREE, { id: api.gid('Goal', d.goals.sekda!) }, await api.as('sekda'));
    const l2 = await statements(GOAL_TREE, { id: api.gid('Goal', big.goalId) }, big.token);
    expect(l2).toBe(s2);
  });

  it('batches owners and indicators: one statement per kind, not per node or level', async () => {
    const q = `query($id: ID!) { performancePlan(id: $id) { cascade { id owner { name } indicators { targetValue }
      children { id owner { name } indicators { targetValue } children { id owner { name } indicators { targetValue } children { id owner { name } } } } } } }`;
    const small = await statements(q, { id: api.gid('PerformancePlan', d.plans.sekda!) }, await api.as('sekda'));
    const large = await statements(q, { id: api.gid('PerformancePlan', big.planId) }, big.token);
    expect(large).toBe(small);
  });
});
