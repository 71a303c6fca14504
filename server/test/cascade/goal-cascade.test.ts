import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql';
import { startTestApi, type TestApi } from '../support/api';
import { buildCascade, insertGoal, insertIndicator, snapshot, type CascadeData, type Who } from './data';

/**
 * `goalCascade`: a leader pushes a goal down to named direct reports. The happy path,
 * then every refusal with its code and proof that nothing was written.
 */
let api: TestApi;
let d: CascadeData;

const MUTATION = `mutation($i: GoalCascadeInput!) { goalCascade(input: $i) {
  goals { id description cascadeType lockSource isLocked depth parentGoal { id } owner { id } plan { id status }
    indicators { description targetValue unit isLocked parentIndicator { id } } }
  userErrors { code field message } } }`;

interface Target { employee: Who; cascadeType: 'DIRECT' | 'INDIRECT'; description?: string; targetShares?: { indicator: number; targetValue: number }[] }

function input(goal: number, targets: Target[]) {
  return {
    goal: api.gid('Goal', goal),
    targets: targets.map((t) => ({
      employee: api.gid('Employee', api.fx.employees[t.employee].id),
      cascadeType: t.cascadeType,
      description: t.description,
      targetShares: t.targetShares?.map((s) => ({ indicator: api.gid('Indicator', s.indicator), targetValue: s.targetValue })),
    })),
  };
}

async function cascade(who: Who, goal: number, targets: Target[]) {
  const r = await api.gql(MUTATION, { i: input(goal, targets) }, await api.as(who));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.goalCascade;
}

async function refused(who: Who, goal: number, targets: Target[], code: string, field?: string[]) {
  const before = await snapshot(api);
  const p = await cascade(who, goal, targets);
  expect(p.goals).toBeNull();
  expect(p.userErrors.map((e: { code: string }) => e.code), JSON.stringify(p.userErrors)).toContain(code);
  if (field) expect(p.userErrors.find((e: { code: string }) => e.code === code).field).toEqual(field);
  expect(await snapshot(api)).toEqual(before);
}

/** A fresh goal of kasi's (under kabid's) with one additive indicator. */
async function kasiGoal(text: string, target: number, unit = 'laporan') {
  const goal = await insertGoal(api, d.plans.kasi!, d.goals.kabid!, text);
  return { goal, indicator: await insertIndicator(api, goal, `Jumlah ${unit}`, target, unit) };
}

beforeAll(async () => {
  api = await startTestApi();
  d = await buildCascade(api, { withStaffGoals: false });
  // kasi's plan must be editable only for the leader's own edits; receiving plans are the staff's.
});
afterAll(() => api?.stop());

describe('goalCascade', () => {
  it('pushes a goal down: DIRECT with shares into an existing plan, INDIRECT into a new DRAFT plan', async () => {
    const before = await snapshot(api);
    const p = await cascade('kasi', d.goals.kasi!, [
      { employee: 'staff1', cascadeType: 'DIRECT', targetShares: [{ indicator: d.indicators.kasiDocs, targetValue: 60 }] },
      { employee: 'staff2', cascadeType: 'INDIRECT', description: 'Tersusunnya bahan ajar kurikulum' },
    ]);
    expect(p.userErrors).toEqual([]);
    const [direct, indirect] = p.goals;
    expect(direct).toMatchObject({
      description: 'Sasaran kasi', cascadeType: 'DIRECT', lockSource: 'SUPERIOR', isLocked: true, depth: 4,
      parentGoal: { id: api.gid('Goal', d.goals.kasi!) }, owner: { id: api.gid('Employee', api.fx.employees.staff1.id) },
      plan: { id: api.gid('PerformancePlan', d.plans.staff1!), status: 'DRAFT' },
    });
    expect(direct.indicators).toEqual([
      { description: 'Jumlah dokumen kurikulum', targetValue: 60, unit: 'dokumen', isLocked: true, parentIndicator: { id: api.gid('Indicator', d.indicators.kasiDocs) } },
      { description: 'Persentase sekolah terlayani', targetValue: 90, unit: '%', isLocked: true, parentIndicator: { id: api.gid('Indicator', d.indicators.kasiPercent) } },
    ]);
    expect(indirect).toMatchObject({ description: 'Tersusunnya bahan ajar kurikulum', cascadeType: 'INDIRECT', isLocked: true, indicators: [] });
    expect(indirect.plan.status).toBe('DRAFT');

    const [plan] = (await api.db.query(`select appraiser_id, status from performance_plan where employee_id = $1`, [api.fx.employees.staff2.id])).rows;
    expect(plan).toEqual({ appraiser_id: api.fx.employees.kasi.id, status: 'DRAFT' });
    const [kasi] = (await api.db.query(`select path from goal where id = $1`, [d.goals.kasi])).rows;
    const paths = (await api.db.query(`select path from goal where parent_goal_id = $1 order by id`, [d.goals.kasi])).rows.map((r) => r.path);
    expect(paths.every((x: string) => x.startsWith(kasi.path) && x.length === kasi.path.length + 11)).toBe(true);
    const audits = (await api.db.query(`select action from audit_log where id > 0 order by id desc limit 4`)).rows.map((r) => r.action);
    expect(audits).toEqual(expect.arrayContaining(['GOAL_CASCADE', 'GOAL_CASCADED_IN', 'PLAN_CREATE']));
    const after = await snapshot(api);
    expect(after.goals - before.goals).toBe(2);
    expect(after.plans - before.plans).toBe(1);

    const tree = await api.gql(`query($id: ID!) { node(id: $id) { ... on Goal { children { owner { name } } } } }`, { id: api.gid('Goal', d.goals.kasi!) }, await api.as('kabid'));
    expect(tree.data.node.children.map((c: { owner: { name: string } }) => c.owner.name)).toEqual(['Staf Satu', 'Staf Dua']);
  });

  it('refuses an employee who is not a current direct report (NOT_DIRECT_REPORT)', async () => {
    const k = await kasiGoal('Terlaksananya supervisi sekolah', 10);
    await refused('kasi', k.goal, [{ employee: 'staff3', cascadeType: 'INDIRECT' }], 'NOT_DIRECT_REPORT', ['input', 'targets', '0', 'employee']);
    await refused('kasi', k.goal, [{ employee: 'staff1', cascadeType: 'INDIRECT' }, { employee: 'kabid', cascadeType: 'INDIRECT' }], 'NOT_DIRECT_REPORT', ['input', 'targets', '1', 'employee']);
  });

  it('refuses DIRECT shares above the parent target, counting existing shares (TARGET_SHARE_EXCEEDED)', async () => {
    await refused('kasi', d.goals.kasi!, [{ employee: 'staff2', cascadeType: 'DIRECT', targetShares: [{ indicator: d.indicators.kasiDocs, targetValue: 41 }] }],
      'TARGET_SHARE_EXCEEDED', ['input', 'targets', '0', 'targetShares']);
    const k = await kasiGoal('Tersusunnya laporan supervisi', 10);
    await refused('kasi', k.goal, [
      { employee: 'staff1', cascadeType: 'DIRECT', targetShares: [{ indicator: k.indicator, targetValue: 6 }] },
      { employee: 'staff2', cascadeType: 'DIRECT', targetShares: [{ indicator: k.indicator, targetValue: 5 }] },
    ], 'TARGET_SHARE_EXCEEDED', ['input', 'targets', '1', 'targetShares']);
  });

  it('lets exactly one of two concurrent cascades take the last of a target', async () => {
    const k = await kasiGoal('Terselenggaranya bimbingan teknis', 10);
    const token = await api.as('kasi');
    const results = await Promise.all((['staff1', 'staff2'] as Who[]).map((who) =>
      api.gql(MUTATION, { i: input(k.goal, [{ employee: who, cascadeType: 'DIRECT', targetShares: [{ indicator: k.indicator, targetValue: 6 }] }]) }, token)));
    const codes = results.map((r) => r.data.goalCascade.userErrors.map((e: { code: string }) => e.code).join());
    expect(codes.sort()).toEqual(['', 'TARGET_SHARE_EXCEEDED']);
    const [{ total }] = (await api.db.query(`select sum(target_value)::int as total from indicator where parent_indicator_id = $1`, [k.indicator])).rows;
    expect(total).toBe(6);
  });

  it('refuses while the period is locked (PERIOD_LOCKED)', async () => {
    const k = await kasiGoal('Terlaksananya evaluasi kurikulum', 10);
    await api.db.query(`update evaluation_period set deadline = now() - interval '1 day' where period_id = $1 and kind = 'FINAL'`, [d.periodId]);
    try {
      await refused('kasi', k.goal, [{ employee: 'staff1', cascadeType: 'INDIRECT' }], 'PERIOD_LOCKED', ['input', 'goal']);
    } finally {
      await api.db.query(`update evaluation_period set deadline = now() + interval '300 days' where period_id = $1 and kind = 'FINAL'`, [d.periodId]);
    }
  });

  it('lets only the owner cascade a goal, and hides it from other agencies', async () => {
    await refused('kabid', d.goals.kasi!, [{ employee: 'staff1', cascadeType: 'INDIRECT' }], 'FORBIDDEN', ['input', 'goal']);
    await refused('admin', d.goals.kasi!, [{ employee: 'staff1', cascadeType: 'INDIRECT' }], 'FORBIDDEN', ['input', 'goal']);
    await refused('empB', d.goals.kasi!, [{ employee: 'staff1', cascadeType: 'INDIRECT' }], 'NOT_FOUND', ['input', 'goal']);
    await refused('staff1', d.goals.kasi!, [{ employee: 'staff2', cascadeType: 'INDIRECT' }], 'FORBIDDEN', ['input', 'goal']);
  });

  it('refuses a second cascade of the same goal to the same employee (CONFLICT)', async () => {
    await refused('kasi', d.goals.kasi!, [{ employee: 'staff1', cascadeType: 'INDIRECT' }], 'CONFLICT', ['input', 'targets', '0', 'employee']);
  });

  it('refuses a plan its owner may not edit (INVALID_STATE_TRANSITION)', async () => {
    // kasi's own plan is APPROVED: kabid cannot push into it without a revision.
    await refused('kabid', d.goals.kabid!, [{ employee: 'kasi', cascadeType: 'INDIRECT' }], 'INVALID_STATE_TRANSITION', ['input', 'targets', '0', 'employee']);
  });

  it.each([
    ['no targets', [], ['input', 'targets']],
    ['the same employee twice', [{ employee: 'staff1', cascadeType: 'INDIRECT' }, { employee: 'staff1', cascadeType: 'INDIRECT' }], ['input', 'targets', '1', 'employee']],
    ['shares on an INDIRECT cascade', [{ employee: 'staff1', cascadeType: 'INDIRECT', targetShares: [{ indicator: -1, targetValue: 1 }] }], ['input', 'targets', '0', 'targetShares']],
    ['a share of another goal\'s indicator', [{ employee: 'staff1', cascadeType: 'DIRECT', targetShares: [{ indicator: -2, targetValue: 1 }] }], ['input', 'targets', '0', 'targetShares', '0', 'indicator']],
    ['a negative share', [{ employee: 'staff1', cascadeType: 'DIRECT', targetShares: [{ indicator: -1, targetValue: -1 }] }], ['input', 'targets', '0', 'targetShares', '0', 'targetValue']],
    ['a too short text', [{ employee: 'staff1', cascadeType: 'INDIRECT', description: 'ab' }], ['input', 'targets', '0', 'description']],
  ] as [string, Target[], string[]][])('refuses %s (INVALID_INPUT)', async (_name, targets, field) => {
    const k = await kasiGoal('Terlaksananya pendampingan sekolah', 20);
    const own = targets.map((t) => ({ ...t, targetShares: t.targetShares?.map((s) => ({ ...s, indicator: s.indicator === -1 ? k.indicator : d.indicators.kasiDocs })) }));
    await refused('kasi', k.goal, own, 'INVALID_INPUT', field);
  });

  it('refuses an id of the wrong type with a field error', async () => {
    const before = await snapshot(api);
    const r = await api.gql(MUTATION, { i: { goal: api.gid('Employee', 1), targets: [] } }, await api.as('kasi'));
    expect(r.data.goalCascade.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'goal'] });
    expect(await snapshot(api)).toEqual(before);
  });

  it('leaves nothing behind when one target of several fails', async () => {
    const k = await kasiGoal('Tersusunnya peta mutu sekolah', 10);
    const rows = await sql(api.k.orm.em.fork(), `select 1 from goal where parent_goal_id = $1`, [k.goal]);
    expect(rows).toHaveLength(0);
    await refused('kasi', k.goal, [{ employee: 'staff1', cascadeType: 'INDIRECT' }, { employee: 'staff3', cascadeType: 'INDIRECT' }], 'NOT_DIRECT_REPORT');
  });
});
