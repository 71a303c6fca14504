import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createAgreement, createGoal, createPeriod, createPlan, indicator, mutate, ok, snapshot, type Who } from './helpers';

/**
 * Every refusal of the planning operations: the code (and field) returned, and that
 * nothing was written (row counts, versions, statuses, goal rows and audit unchanged).
 */
let api: TestApi;
let P: string;
let P25: string;
let final25: string;
let kadisPlan: string;
let kabidPlan: string;
let kasiPlan: string;
let staff1Plan: string;
let staff2Plan: string;
let KB1: string;
let KB2: string;
let K1: string;
let S1: string;
let OLD: string;
let dinas: { agreement: string; objective: string; keyIndicator: string };
let root: { agreement: string; objective: string; keyIndicator: string };

async function refused(who: Who, name: string, type: string, input: Record<string, unknown>, code: string, field?: string[]) {
  const before = await snapshot(api);
  const p = await mutate(api, who, name, type, input, '__typename');
  expect(p.userErrors.map((e: any) => e.code), JSON.stringify(p.userErrors)).toContain(code);
  if (field) expect(p.userErrors.find((e: any) => e.code === code).field).toEqual(field);
  expect(await snapshot(api)).toEqual(before);
}

beforeAll(async () => {
  api = await startTestApi();
  P = await createPeriod(api, 2026);
  P25 = await createPeriod(api, 2025);
  const r = await api.gql(`{ period(year: 2025) { isLocked evaluationPeriods { id kind } } }`, {}, await api.as('admin'));
  expect(r.data.period.isLocked).toBe(true);
  final25 = r.data.period.evaluationPeriods.find((e: any) => e.kind === 'FINAL').id;
  dinas = await createAgreement(api, 'dinas', P);
  root = await createAgreement(api, 'root', P);
  kadisPlan = (await createPlan(api, 'kadis', P)).id;
  kabidPlan = (await createPlan(api, 'kabid', P)).id;
  KB1 = await createGoal(api, 'kabid', kabidPlan);
  KB2 = await createGoal(api, 'kabid2', (await createPlan(api, 'kabid2', P)).id);
  kasiPlan = (await createPlan(api, 'kasi', P)).id;
  K1 = await createGoal(api, 'kasi', kasiPlan, { parentGoal: KB1, cascadeType: 'DIRECT' });
  staff1Plan = (await createPlan(api, 'staff1', P)).id;
  S1 = await createGoal(api, 'staff1', staff1Plan, { parentGoal: K1, cascadeType: 'INDIRECT' });
  staff2Plan = (await createPlan(api, 'staff2', P, 'QUALITATIVE')).id;
  // kabid's plan of 2025 (locked): an admin creates it, an unlock lets kabid add a goal.
  const old = await createPlan(api, 'admin', P25, 'QUANTITATIVE', 'kabid');
  await ok(api, 'admin', 'evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', { evaluationPeriod: final25, until: new Date(Date.now() + 3_600_000).toISOString(), reason: 'Pengisian susulan' }, 'evaluationPeriod { isLocked }');
  OLD = await createGoal(api, 'kabid', old.id);
  await ok(api, 'admin', 'evaluationPeriodLock', 'EvaluationPeriodLockInput', { evaluationPeriod: final25 }, 'evaluationPeriod { isLocked }');
});
afterAll(() => api?.stop());

describe('parent goals and the cascade', () => {
  it('refuses a parent goal from the own plan', () =>
    refused('kasi', 'goalCreate', 'GoalCreateInput', { plan: kasiPlan, kind: 'MAIN', description: 'Tersusunnya modul', parentGoal: K1, cascadeType: 'DIRECT' }, 'INVALID_PARENT_GOAL', ['input', 'parentGoal']));
  it('refuses a parent goal of someone who is not the recorded appraiser (a peer of the appraiser)', () =>
    refused('kasi', 'goalUpdate', 'GoalUpdateInput', { goal: K1, parentGoal: KB2, cascadeType: 'DIRECT' }, 'INVALID_PARENT_GOAL', ['input', 'parentGoal']));
  it('refuses a parent goal two levels up (not the appraiser)', () =>
    refused('staff1', 'goalCreate', 'GoalCreateInput', { plan: staff1Plan, kind: 'MAIN', description: 'Tersusunnya data', parentGoal: KB1, cascadeType: 'INDIRECT' }, 'INVALID_PARENT_GOAL'));
  it('refuses a parent goal of the appraiser from another period', () =>
    refused('kasi', 'goalCreate', 'GoalCreateInput', { plan: kasiPlan, kind: 'MAIN', description: 'Tersusunnya modul', parentGoal: OLD, cascadeType: 'DIRECT' }, 'INVALID_PARENT_GOAL'));
  it('refuses a goal as its own parent (cycle)', () =>
    refused('kasi', 'goalUpdate', 'GoalUpdateInput', { goal: K1, parentGoal: K1, cascadeType: 'DIRECT' }, 'CASCADE_CYCLE', ['input', 'parentGoal']));
  it('refuses a parent below the goal (cycle through a subordinate)', () =>
    refused('kasi', 'goalUpdate', 'GoalUpdateInput', { goal: K1, parentGoal: S1, cascadeType: 'DIRECT' }, 'CASCADE_CYCLE'));
  it('refuses a parent without a cascade type, and a cascade type without a parent', async () => {
    await refused('kasi', 'goalCreate', 'GoalCreateInput', { plan: kasiPlan, kind: 'MAIN', description: 'Tersusunnya modul', parentGoal: KB1 }, 'INVALID_INPUT', ['input', 'cascadeType']);
    await refused('kasi', 'goalCreate', 'GoalCreateInput', { plan: kasiPlan, kind: 'MAIN', description: 'Tersusunnya modul', cascadeType: 'DIRECT' }, 'INVALID_INPUT', ['input', 'cascadeType']);
  });
  it('refuses deleting a goal others cascade from', () =>
    refused('kasi', 'goalDelete', 'GoalDeleteInput', { goal: K1 }, 'CONFLICT'));
});

describe('locked goals', () => {
  it('refuses editing or deleting a goal pushed down by the superior', async () => {
    await api.db.query(`update goal set lock_source = 'SUPERIOR' where id = (select id from goal where description = 'Tersusunnya staff1 kurikulum')`);
    await refused('staff1', 'goalUpdate', 'GoalUpdateInput', { goal: S1, description: 'Teks lain sama sekali' }, 'GOAL_LOCKED', ['input', 'goal']);
    await refused('staff1', 'goalUpdate', 'GoalUpdateInput', { goal: S1, parentGoal: null }, 'GOAL_LOCKED');
    await refused('staff1', 'goalDelete', 'GoalDeleteInput', { goal: S1 }, 'GOAL_LOCKED');
    await api.db.query(`update goal set lock_source = null where description = 'Tersusunnya staff1 kurikulum'`);
  });
  it('refuses editing a JPT goal bound to the agreement, and its locked target', async () => {
    const g = await ok(api, 'kadis', 'goalCreate', 'GoalCreateInput', { plan: kadisPlan, kind: 'MAIN', keyIndicator: dinas.keyIndicator }, 'goal { id isLocked lockSource description indicators { id isLocked targetValue unit } }');
    expect(g.goal).toMatchObject({ isLocked: true, lockSource: 'AGREEMENT', description: 'Indeks kepuasan layanan dinas' });
    expect(g.goal.indicators[0]).toMatchObject({ isLocked: true, targetValue: 85, unit: 'indeks' });
    await refused('kadis', 'goalUpdate', 'GoalUpdateInput', { goal: g.goal.id, description: 'Teks lain sama sekali' }, 'GOAL_LOCKED');
    await refused('kadis', 'indicatorUpdate', 'IndicatorUpdateInput', { indicator: g.goal.indicators[0].id, targetValue: 99 }, 'GOAL_LOCKED');
    await refused('kadis', 'indicatorDelete', 'IndicatorDeleteInput', { indicator: g.goal.indicators[0].id }, 'GOAL_LOCKED');
  });
  it('refuses binding to another unit\'s agreement, and binding a non-JPT goal', async () => {
    await refused('kadis', 'goalCreate', 'GoalCreateInput', { plan: kadisPlan, kind: 'MAIN', strategicObjective: root.objective }, 'NOT_FOUND', ['input', 'strategicObjective']);
    await refused('kabid', 'goalCreate', 'GoalCreateInput', { plan: kabidPlan, kind: 'MAIN', strategicObjective: dinas.objective }, 'INVALID_INPUT', ['input', 'strategicObjective']);
  });
});

describe('submission', () => {
  it('refuses submitting a plan without goals', () =>
    refused('staff2', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: staff2Plan }, 'PLAN_INCOMPLETE'));
  it('refuses submitting a JA/JF plan whose MAIN goal lacks its parent', async () => {
    await createGoal(api, 'staff2', staff2Plan, { indicators: [{ description: 'Kajian kurikulum tersusun' }] });
    await refused('staff2', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: staff2Plan }, 'PARENT_GOAL_REQUIRED');
  });
  it('refuses submitting a plan with a goal that has no indicator', async () => {
    await createGoal(api, 'kasi', kasiPlan, { kind: 'ADDITIONAL', assignedBy: 'Kepala Bidang', indicators: [] });
    await refused('kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: kasiPlan }, 'PLAN_INCOMPLETE');
  });
  it('refuses submitting a JPT plan whose MAIN goal is not bound to the agreement', async () => {
    await createGoal(api, 'kadis', kadisPlan, {});
    await refused('kadis', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: kadisPlan }, 'PLAN_INCOMPLETE');
  });
  it('refuses approving a plan that is not submitted', () =>
    refused('kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan: kasiPlan }, 'INVALID_STATE_TRANSITION', ['input', 'plan']));
  it('refuses returning without a real reason', async () => {
    await ok(api, 'staff1', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: staff1Plan }, '__typename');
    await refused('kasi', 'performancePlanReturn', 'PerformancePlanReasonInput', { plan: staff1Plan, reason: ' ok ' }, 'INVALID_INPUT', ['input', 'reason']);
  });
  it('refuses editing a submitted plan', () =>
    refused('staff1', 'goalCreate', 'GoalCreateInput', { plan: staff1Plan, kind: 'ADDITIONAL', description: 'Tugas tambahan', indicators: [indicator()] }, 'INVALID_STATE_TRANSITION'));
});

describe('indicators', () => {
  it('refuses an indicator without aspect in the quantitative approach', async () => {
    await refused('kabid', 'goalCreate', 'GoalCreateInput', { plan: kabidPlan, kind: 'MAIN', description: 'Terlaksananya supervisi', indicators: [{ description: 'Jumlah sekolah disupervisi', targetValue: 10, unit: 'sekolah' }] }, 'INVALID_INPUT', ['input', 'indicators', '0', 'aspect']);
    await refused('kabid', 'indicatorCreate', 'IndicatorCreateInput', { goal: KB1, indicator: { description: 'Jumlah sekolah', targetValue: 3, unit: 'sekolah' } }, 'INVALID_INPUT', ['input', 'indicator', 'aspect']);
  });
  it('refuses switching to the quantitative approach while an indicator lacks an aspect', () =>
    refused('staff2', 'performancePlanUpdate', 'PerformancePlanUpdateInput', { plan: staff2Plan, approach: 'QUANTITATIVE' }, 'INVALID_INPUT', ['input', 'approach']));
  it('refuses a perspective on a non-JPT plan (and accepts it on a JPT plan)', async () => {
    await refused('kabid', 'indicatorCreate', 'IndicatorCreateInput', { goal: KB1, indicator: indicator('Jumlah sekolah', { perspective: 'BUSINESS_PROCESS' }) }, 'INVALID_INPUT', ['input', 'indicator', 'perspective']);
    const g = await ok(api, 'kadis', 'goalCreate', 'GoalCreateInput', { plan: kadisPlan, kind: 'MAIN', strategicObjective: dinas.objective, indicators: [indicator('Persentase sekolah terakreditasi', { perspective: 'SERVICE_RECIPIENTS', unit: '%' })] }, 'goal { indicators { perspective } }');
    expect(g.goal.indicators[0].perspective).toBe('SERVICE_RECIPIENTS');
  });
  it('refuses a target without unit, a negative target and an inverted range, all at once', async () => {
    const before = await snapshot(api);
    const p = await mutate(api, 'kabid', 'indicatorCreate', 'IndicatorCreateInput', { goal: KB1, indicator: { description: 'Rentang', aspect: 'TIME', targetValue: -1, targetMin: 5, targetMax: 2 } }, '__typename');
    expect(p.userErrors.map((e: any) => e.field.at(-1)).sort()).toEqual(['targetMin', 'targetValue', 'unit']);
    expect(await snapshot(api)).toEqual(before);
  });
  it('refuses "assigned by" on a MAIN goal', () =>
    refused('kabid', 'goalCreate', 'GoalCreateInput', { plan: kabidPlan, kind: 'MAIN', assignedBy: 'Kadis', description: 'Terlaksananya supervisi', indicators: [indicator()] }, 'INVALID_INPUT', ['input', 'assignedBy']));
});

describe('plans and periods', () => {
  it('refuses a second plan for the same employee and period', () =>
    refused('kasi', 'performancePlanCreate', 'PerformancePlanCreateInput', { period: P, approach: 'QUANTITATIVE' }, 'CONFLICT', ['input', 'period']));
  it('refuses an employee creating a plan in a locked period', () =>
    refused('kasi', 'performancePlanCreate', 'PerformancePlanCreateInput', { period: P25, approach: 'QUANTITATIVE' }, 'PERIOD_LOCKED'));
  it('refuses writes to a plan in a locked period until an admin unlocks it', async () => {
    const old = (await api.gql(`query($e: ID!) { employee(id: $e) { performancePlans { nodes { id period { year } } } } }`, { e: api.gid('Employee', api.fx.employees.kabid.id) }, await api.as('kabid')))
      .data.employee.performancePlans.nodes.find((n: any) => n.period.year === 2025).id;
    await refused('kabid', 'goalCreate', 'GoalCreateInput', { plan: old, kind: 'ADDITIONAL', description: 'Tugas tambahan', indicators: [indicator()] }, 'PERIOD_LOCKED');
    await refused('kabid', 'goalUpdate', 'GoalUpdateInput', { goal: OLD, description: 'Teks baru yang lain' }, 'PERIOD_LOCKED');
    await refused('kabid', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: old }, 'PERIOD_LOCKED');
  });
  it('refuses a plan for someone else unless admin', () =>
    refused('kasi', 'performancePlanCreate', 'PerformancePlanCreateInput', { period: P, approach: 'QUANTITATIVE', employee: api.gid('Employee', api.fx.employees.staff3.id) }, 'FORBIDDEN'));
  it('refuses a duplicate period year, an evaluation period outside the year, an unlock in the past', async () => {
    await refused('admin', 'periodCreate', 'PeriodCreateInput', { year: 2026 }, 'CONFLICT', ['input', 'year']);
    await refused('admin', 'evaluationPeriodCreate', 'EvaluationPeriodCreateInput', { period: P, evaluationPeriod: { kind: 'MONTHLY', name: 'Januari 2027', startDate: '2027-01-01', endDate: '2027-01-31', deadline: '2027-02-10T00:00:00Z' } }, 'INVALID_INPUT');
    await refused('admin', 'evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', { evaluationPeriod: final25, until: '2020-01-01T00:00:00Z', reason: 'Pengisian susulan' }, 'INVALID_INPUT', ['input', 'until']);
    await refused('admin', 'evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', { evaluationPeriod: final25, until: new Date(Date.now() + 60_000).toISOString(), reason: 'x' }, 'INVALID_INPUT', ['input', 'reason']);
  });
  it('refuses a malformed or wrong-type id as a field error', () =>
    refused('kasi', 'goalCreate', 'GoalCreateInput', { plan: K1, kind: 'MAIN', description: 'Teks' }, 'INVALID_INPUT', ['input', 'plan']));
  it('refuses an agreement duplicate and deleting an objective goals are bound to', async () => {
    await refused('admin', 'performanceAgreementCreate', 'PerformanceAgreementCreateInput', { unit: api.gid('OrgUnit', api.fx.units.dinas.id), period: P }, 'CONFLICT', ['input', 'unit']);
    await refused('admin', 'strategicObjectiveDelete', 'StrategicObjectiveDeleteInput', { objective: dinas.objective }, 'CONFLICT');
  });
});
