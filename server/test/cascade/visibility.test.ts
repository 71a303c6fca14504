import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql';
import { planVisibility } from '../../src/modules/cascade/visibility';
import { visiblePlanLoader } from '../../src/modules/planning/scope';
import { startTestApi, type TestApi } from '../support/api';
import { buildCascade, gqlOk, insertPlan, type CascadeData, type Who } from './data';

/**
 * Who sees which part of a cascade: a node is readable with its plan (owner, everyone
 * above in the reporting line, the recorded appraiser, admins of the agency); peers,
 * other units' subordinates and other agencies never.
 */
let api: TestApi;
let d: CascadeData;

const TREE = `query($id: ID!) { node(id: $id) { ... on Goal { description children { description children { description children { description } } } } } }`;
interface Node { description: string; children?: Node[] }
const names = (n: Node | null): string[] => (n ? [n.description, ...(n.children ?? []).flatMap(names)] : []);

async function tree(who: Who, goal: number): Promise<Node | null> {
  return (await gqlOk(api, who, TREE, { id: api.gid('Goal', goal) })).node;
}

beforeAll(async () => {
  api = await startTestApi();
  d = await buildCascade(api);
});
afterAll(() => api?.stop());

describe('cascade visibility', () => {
  it('shows a staff member their own branch below their superior\'s goal, never a peer\'s', async () => {
    expect(names(await tree('staff1', d.goals.kasi!))).toEqual(['Sasaran kasi', 'Sasaran staff1']);
    expect(names(await tree('staff2', d.goals.kasi!))).toEqual(['Sasaran kasi', 'Sasaran staff2']);
  });

  it('shows a manager two levels up the whole tree below', async () => {
    expect(names(await tree('kadis', d.goals.kabid!))).toEqual(['Sasaran kabid', 'Sasaran kasi', 'Sasaran staff1', 'Sasaran staff2']);
    expect(names(await tree('kadis', d.goals.kadis!))).toContain('Sasaran staff3');
  });

  it('hides another unit\'s subordinates from a manager beside them', async () => {
    // kabid2 reads kadis' goal (the parent of their own) but only their own branch below it.
    expect(names(await tree('kabid2', d.goals.kadis!))).toEqual(['Sasaran kadis', 'Sasaran kabid2', 'Sasaran staff3']);
  });

  it('shows an admin their whole agency and nothing to another agency', async () => {
    expect(names(await tree('admin', d.goals.kadis!))).toHaveLength(7);
    expect(await tree('adminB', d.goals.sekda!)).toBeNull();
    expect(await tree('empB', d.goals.kasi!)).toBeNull();
    const other = await gqlOk(api, 'adminB', `query($id: ID!) { performancePlan(id: $id) { cascade { id } } }`, { id: api.gid('PerformancePlan', d.plans.sekda!) });
    expect(other.performancePlan).toBeNull();
    const emp = await gqlOk(api, 'adminB', `query($id: ID!) { employee(id: $id) { goalCascade { id } } }`, { id: api.gid('Employee', api.fx.employees.sekda.id) });
    expect(emp.employee?.goalCascade ?? []).toEqual([]);
  });

  it('gives an employee\'s cascade only to those who may read their plans', async () => {
    const q = `query($id: ID!) { employee(id: $id) { goalCascade { description children { description } } } }`;
    const mine = await gqlOk(api, 'kasi', q, { id: api.gid('Employee', api.fx.employees.kasi.id) });
    expect(mine.employee.goalCascade[0].children).toHaveLength(2);
    const peer = await gqlOk(api, 'staff2', q, { id: api.gid('Employee', api.fx.employees.staff1.id) });
    expect(peer.employee?.goalCascade ?? []).toEqual([]);
    const up = await gqlOk(api, 'kasi', q, { id: api.gid('Employee', api.fx.employees.kabid.id) });
    expect(up.employee?.goalCascade ?? []).toEqual([]);
  });

  it('filters the flat descendants the same way', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Goal { descendants(first: 50) { totalCount nodes { description } } } } }`;
    const staff = await gqlOk(api, 'staff1', q, { id: api.gid('Goal', d.goals.kasi!) });
    expect(staff.node.descendants).toEqual({ totalCount: 1, nodes: [{ description: 'Sasaran staff1' }] });
    const boss = await gqlOk(api, 'kabid', q, { id: api.gid('Goal', d.goals.kasi!) });
    expect(boss.node.descendants.totalCount).toBe(2);
  });
});

describe('the SQL visibility predicate', () => {
  it('agrees with planning\'s plan visibility for every fixture viewer and plan', async () => {
    const extra = await insertPlan(api, 'empB', await otherAgencyPeriod());
    const plans = [...Object.values(d.plans), extra] as number[];
    const viewers = Object.keys(api.fx.employees) as Who[];
    for (const who of viewers) {
      const ctx = await api.k.app.context(`Bearer ${await api.as(who)}`);
      const theirs = await visiblePlanLoader(ctx).loadMany(plans);
      const ours = new Map<number, boolean>();
      for (const agencyId of [api.fx.agencyA, api.fx.agencyB]) {
        const vis = planVisibility(ctx, agencyId, 3);
        const rows = await sql<{ id: number; visible: boolean }>(
          ctx.em,
          `with ${vis.ctes} select pp.id, ${vis.expr('pp')} as visible from performance_plan pp where pp.agency_id = $1 and pp.id = any($2::int[])`,
          [agencyId, plans, ...vis.params],
        );
        for (const r of rows) ours.set(r.id, r.visible);
      }
      expect(plans.map((p) => ours.get(p)), who).toEqual(theirs);
    }
  });
});

async function otherAgencyPeriod(): Promise<number> {
  const em = api.k.orm.em.fork();
  const [row] = await sql<{ id: number }>(em, `insert into period (agency_id, year, name, start_date, end_date) values ($1, $2, 'SKP B', $3, $4) returning id`,
    [api.fx.agencyB, d.year, `${d.year}-01-01`, `${d.year}-12-31`]);
  return row.id;
}
