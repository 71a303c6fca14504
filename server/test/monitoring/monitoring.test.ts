import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, ORG_PERF, RATE, SELF, type EvalFixture } from '../evaluation/fixture';

/**
 * Monitoring of a unit subtree (the dashboards agencies build by hand): plans per status,
 * logbook activity of a month, evaluations done, rating distribution against the pattern,
 * allowance totals; who may see it; and each widget's statement count staying the same
 * whatever the subtree's size.
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);

const REPORT = `query($u: ID!, $ep: ID!, $m: String) { unitMonitoring(unit: $u, evaluationPeriod: $ep) {
  unit { id } evaluationPeriod { id }
  planStatusCounts { status count } employeesWithoutPlan
  logbookActivity(month: $m) { month employeeCount activeCount share }
  evaluationProgress { approvedPlans selfAssessed rated confirmed confirmedShare }
  ratingDistribution { total orgPerformance { rating } }
  unitDistributions { totalCount nodes { unit { id } check { total confirmed violations { code } counts { rating count } } } }
  allowanceTotals(month: $m) { month ruleTable { year } employeeCount computedCount pendingCount withoutBaseAmountCount
    baseAmountTotal performanceAmountTotal disciplineAmountTotal deductionAmountTotal total } } }`;

const RULES = {
  name: 'Perkada TPP', performanceWeight: 60, disciplineWeight: 40,
  ratingPercents: [['VERY_GOOD', 100], ['GOOD', 100], ['NEEDS_IMPROVEMENT', 75], ['POOR', 50], ['VERY_POOR', 25]].map(([rating, percent]) => ({ rating, percent })),
  lateBands: [{ code: 'TL1', fromMinutes: 1, toMinutes: 30, percent: 0.5 }, { code: 'TL2', fromMinutes: 31, toMinutes: null, percent: 1 }],
  earlyLeaveBands: [{ code: 'PSW1', fromMinutes: 1, toMinutes: null, percent: 0.5 }],
  missingCheckInPercent: 1.5, missingCheckOutPercent: 1.5, absencePercentPerDay: 3, deductionBase: 'DISCIPLINE_PART', monthlyCapPercent: 100,
  neutralisingDocuments: [{ kind: 'LEAVE', scope: 'DAY' }],
  baseAmounts: [{ level: 'PELAKSANA', amount: 5_000_000 }, { level: 'AHLI_PERTAMA', amount: 6_000_000 }],
};

const vars = (unit: 'seksi' | 'bidang' | 'dinas' | 'root') => ({ u: g('OrgUnit', api.fx.units[unit].id), ep: g('EvaluationPeriod', f.ep.q1), m: `${f.year}-01` });
const plan = (k: keyof EvalFixture['plans']) => g('PerformancePlan', f.plans[k]);

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
  const a = api.fx.agencyA;
  for (const who of ['staff1', 'staff2'] as const) {
    await api.db.query(`insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity) values ($1, $2, $3, '08:00', '10:00', 'Menyusun laporan')`,
      [a, api.fx.employees[who].id, `${f.year}-01-10`]);
  }
  await api.gql(SELF, { i: { performancePlan: plan('staff2'), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), goal: g('Goal', f.goals.staff2[0]), note: 'Selesai sebagian.' } }, await api.as('staff2'));
  await api.gql(ORG_PERF, { i: { unit: g('OrgUnit', api.fx.units.seksi.id), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), rating: 'GOOD' } }, await api.as('kabid'));
  for (const k of ['staff1', 'staff2'] as const) {
    await api.gql(RATE, { i: { performancePlan: plan(k), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
  }
  const ev = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans.staff1, f.ep.q1])).rows[0].id;
  await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', ev), distributionOverrideReason: 'Unit kecil.' } }, await api.as('kasi'));
  await api.gql(`mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) { userErrors { code } } }`, { i: { year: f.year, rules: RULES } }, await api.as('admin'));
  await api.gql(`mutation($i: AttendanceRecordsUpsertInput!) { attendanceRecordsUpsert(input: $i) { userErrors { code } } }`, { i: { records: [
    { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-05`, lateMinutes: 12 },
    { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-06` },
  ] } }, await api.as('admin'));
});
afterAll(() => api?.stop());

describe('unit monitoring', () => {
  it('reports every widget for a subtree', async () => {
    const r = await api.gql(REPORT, vars('dinas'), await api.as('kadis'));
    expect(r.errors).toBeUndefined();
    const m = r.data.unitMonitoring;
    expect(m.planStatusCounts).toEqual([{ status: 'APPROVED', count: 4 }, { status: 'SUBMITTED', count: 1 }]);
    expect(m.employeesWithoutPlan).toBe(2);
    expect(m.logbookActivity).toEqual({ month: `${f.year}-01`, employeeCount: 7, activeCount: 2, share: 2 / 7 });
    expect(m.evaluationProgress).toEqual({ approvedPlans: 4, selfAssessed: 1, rated: 2, confirmed: 1, confirmedShare: 0.25 });
    expect(m.ratingDistribution).toEqual({ total: 0, orgPerformance: null });
    expect(m.unitDistributions.totalCount).toBe(1);
    expect(m.unitDistributions.nodes).toEqual([{
      unit: { id: g('OrgUnit', api.fx.units.seksi.id) },
      check: { total: 2, confirmed: 1, violations: [{ code: 'MAX_SHARE_EXCEEDED' }, { code: 'REQUIRED_RATING_MISSING' }], counts: expect.any(Array) },
    }]);
    // staff1 computed (Q1 Baik, 0.5 % late of 2,000,000 = 10,000); staff2, staff3 pending; four levels without a base amount.
    expect(m.allowanceTotals).toEqual({
      month: `${f.year}-01`, ruleTable: { year: f.year }, employeeCount: 7, computedCount: 1, pendingCount: 2, withoutBaseAmountCount: 4,
      baseAmountTotal: 5000000, performanceAmountTotal: 3000000, disciplineAmountTotal: 1990000, deductionAmountTotal: 10000, total: 4990000,
    });
  });

  it.each([
    ['staff1', 'seksi', false], ['staff2', 'seksi', false], ['kasi', 'seksi', true], ['kasi', 'bidang', false],
    ['kabid', 'seksi', true], ['kadis', 'dinas', true], ['kadis', 'root', false], ['sekda', 'root', true],
    ['operator', 'bidang', true], ['operator', 'dinas', false], ['admin', 'root', true], ['adminB', 'seksi', false],
  ] as const)('%s monitoring %s → %s', async (who, unit, visible) => {
    const r = await api.gql(`query($u: ID!, $ep: ID!) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { employeesWithoutPlan } }`, vars(unit), await api.as(who));
    expect(r.errors).toBeUndefined();
    expect(r.data.unitMonitoring !== null).toBe(visible);
  });

  it('keeps the allowance totals in step with attendance, evaluations and rules (maintained rollup)', async () => {
    const totals = async () => (await api.gql(`query($u: ID!, $ep: ID!, $m: String) { unitMonitoring(unit: $u, evaluationPeriod: $ep) {
      allowanceTotals(month: $m) { computedCount pendingCount deductionAmountTotal total } } }`, vars('seksi'), await api.as('admin'))).data.unitMonitoring.allowanceTotals;
    expect(await totals()).toEqual({ computedCount: 1, pendingCount: 1, deductionAmountTotal: 10000, total: 4990000 });
    // staff1 absent without reason on the 8th: 3 % of 2,000,000 more.
    await api.gql(`mutation($i: AttendanceRecordUpsertInput!) { attendanceRecordUpsert(input: $i) { userErrors { code } } }`,
      { i: { record: { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-08`, absent: true } } }, await api.as('admin'));
    expect(await totals()).toEqual({ computedCount: 1, pendingCount: 1, deductionAmountTotal: 70000, total: 4930000 });
    // staff2's Q1 evaluation confirmed: computed too (6,000,000, no deductions).
    const ev = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans.staff2, f.ep.q1])).rows[0].id;
    await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', ev), distributionOverrideReason: 'Unit kecil.' } }, await api.as('kasi'));
    expect(await totals()).toEqual({ computedCount: 2, pendingCount: 0, deductionAmountTotal: 70000, total: 10930000 });
    // New rules: absence costs 5 % per day.
    await api.gql(`mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) { userErrors { code } } }`, { i: { year: f.year, rules: { ...RULES, absencePercentPerDay: 5 } } }, await api.as('admin'));
    expect(await totals()).toEqual({ computedCount: 2, pendingCount: 0, deductionAmountTotal: 110000, total: 10890000 });
    const single = await api.gql(`query($id: ID!, $m: String!) { employee(id: $id) { allowance(month: $m) { total } } }`, { id: g('Employee', api.fx.employees.staff1.id), m: `${f.year}-01` }, await api.as('admin'));
    expect(single.data.employee.allowance.total).toBe(4890000);
  });

  it('refuses a malformed month', async () => {
    const r = await api.gql(REPORT, { ...vars('seksi'), m: '2026-1' }, await api.as('admin'));
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** Adds `n` employees in a new unit under SEKSI, each with an approved plan, a rated evaluation, attendance and a logbook entry. */
async function grow(n: number): Promise<void> {
  const a = api.fx.agencyA;
  const q = (text: string, params: unknown[]) => api.db.query(text, params);
  const unit = (await q(`with n as (select nextval(pg_get_serial_sequence('org_unit', 'id')) as id)
    insert into org_unit (id, agency_id, parent_id, code, name, depth, path)
    select n.id, $1, $2, 'TIM-' || n.id, 'Tim Tambahan', 4, $3 || lpad(n.id::text, 10, '0') || '.' from n returning id`, [a, api.fx.units.seksi.id, api.fx.units.seksi.path])).rows[0].id;
  for (let i = 0; i < n; i += 1) {
    const pos = (await q(`with n as (select nextval(pg_get_serial_sequence('position', 'id')) as id)
      insert into position (id, agency_id, unit_id, superior_id, name, type, level, depth, path)
      select n.id, $1, $2, $3, 'Pelaksana ' || n.id, 'JA', 'PELAKSANA', 4, $4 || lpad(n.id::text, 10, '0') || '.' from n returning id`,
      [a, unit, api.fx.positions.kasi.id, api.fx.positions.kasi.path])).rows[0].id;
    const nip = `19850101201001${i % 2 ? 1 : 2}${String(500 + i).padStart(3, '0')}`;
    const emp = (await q(`insert into employee (agency_id, nip, name, employment_type, gender, birth_date, password_hash) values ($1, $2, $3, 'PNS', $4, '1985-01-01', 'x') returning id`,
      [a, nip, `Pegawai Tambahan ${i}`, i % 2 ? 'MALE' : 'FEMALE'])).rows[0].id;
    await q(`insert into assignment (agency_id, employee_id, position_id, kind, start_date) values ($1, $2, $3, 'DEFINITIVE', '2024-01-01')`, [a, emp, pos]);
    const planId = (await q(`insert into performance_plan (agency_id, employee_id, period_id, position_id, unit_id, approach, appraiser_id, status, start_date)
      values ($1, $2, $3, $4, $5, 'QUANTITATIVE', $6, 'APPROVED', $7) returning id`, [a, emp, f.periodId, pos, unit, api.fx.employees.kasi.id, `${f.year}-01-01`])).rows[0].id;
    await q(`insert into evaluation (agency_id, plan_id, evaluation_period_id, employee_id, appraiser_id, unit_id, status, result_rating, result_rating_source, behavior_rating, performance_rating, confirmed_at)
      values ($1, $2, $3, $4, $5, $6, 'CONFIRMED', 'MEETS_EXPECTATIONS', 'APPRAISER', 'MEETS_EXPECTATIONS', 'GOOD', now())`, [a, planId, f.ep.q1, emp, api.fx.employees.kasi.id, unit]);
    await q(`insert into attendance_record (agency_id, employee_id, work_date, late_minutes, early_leave_minutes) values ($1, $2, $3, 40, 0)`, [a, emp, `${f.year}-01-07`]);
    await q(`insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity) values ($1, $2, $3, '08:00', '09:00', 'Entri data')`, [a, emp, `${f.year}-01-08`]);
  }
  await q(`insert into org_performance (agency_id, unit_id, evaluation_period_id, rating) values ($1, $2, $3, 'OUTSTANDING')`, [a, unit, f.ep.q1]);
}

describe('statements per widget do not grow with the subtree', () => {
  const WIDGETS: Record<string, string> = {
    planStatusCounts: 'planStatusCounts { status count }',
    employeesWithoutPlan: 'employeesWithoutPlan',
    logbookActivity: `logbookActivity(month: "${new Date().getUTCFullYear()}-01") { share }`,
    evaluationProgress: 'evaluationProgress { confirmed }',
    ratingDistribution: 'ratingDistribution { total violations { code } }',
    unitDistributions: 'unitDistributions(first: 100) { totalCount nodes { unit { id } check { total } } }',
    allowanceTotals: `allowanceTotals(month: "${new Date().getUTCFullYear()}-01") { total computedCount }`,
  };
  const count = async (widget: string) => {
    const token = await api.as('admin');
    const q = `query($u: ID!, $ep: ID!) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { ${WIDGETS[widget]} } }`;
    return api.countStatements(async () => {
      const r = await api.gql(q, { u: vars('root').u, ep: vars('root').ep }, token);
      expect(r.errors).toBeUndefined();
    });
  };
  const before: Record<string, number> = {};

  beforeAll(async () => {
    for (const w of Object.keys(WIDGETS)) await count(w); // warm-up: session and first-use statements
    for (const w of Object.keys(WIDGETS)) before[w] = await count(w);
    await grow(30);
  });

  it.each(Object.keys(WIDGETS))('%s', async (widget) => {
    await count(widget); // the first read after the growth refreshes the allowance rollup
    const after = await count(widget);
    expect(after).toBe(before[widget]);
    expect(after).toBeLessThanOrEqual(10);
  });

  it('sees the added employees', async () => {
    const r = await api.gql(REPORT, vars('root'), await api.as('admin'));
    expect(r.data.unitMonitoring.evaluationProgress.confirmed).toBe(32);
    expect(r.data.unitMonitoring.allowanceTotals.computedCount).toBe(32);
    expect(r.data.unitMonitoring.unitDistributions.totalCount).toBe(2);
    const page = await api.gql(`query($u: ID!, $ep: ID!) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { unitDistributions(first: 1) { pageInfo { hasNextPage endCursor } nodes { unit { id } } } } }`, { u: vars('root').u, ep: vars('root').ep }, await api.as('admin'));
    const next = await api.gql(`query($u: ID!, $ep: ID!, $a: String) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { unitDistributions(first: 1, after: $a) { pageInfo { hasNextPage } nodes { unit { id } } } } }`, { u: vars('root').u, ep: vars('root').ep, a: page.data.unitMonitoring.unitDistributions.pageInfo.endCursor }, await api.as('admin'));
    expect(page.data.unitMonitoring.unitDistributions.pageInfo.hasNextPage).toBe(true);
    expect(next.data.unitMonitoring.unitDistributions.pageInfo.hasNextPage).toBe(false);
    expect(next.data.unitMonitoring.unitDistributions.nodes[0].unit.id).not.toBe(page.data.unitMonitoring.unitDistributions.nodes[0].unit.id);
  });
});
