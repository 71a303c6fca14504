import { expect } from 'vitest';
import type { Fixture } from '../support/fixture';
import type { TestApi } from '../support/api';

export type Who = keyof Fixture['employees'];

/** Runs a mutation and returns its payload (fails the test on top-level errors). */
export async function mutate(api: TestApi, who: Who, name: string, inputType: string, input: Record<string, unknown>, selection: string): Promise<any> {
  const r = await api.gql(`mutation($i: ${inputType}!) { ${name}(input: $i) { ${selection} userErrors { code field message } } }`, { i: input }, await api.as(who));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[name];
}

/** As `mutate`, but expects success and returns the payload. */
export async function ok(api: TestApi, who: Who, name: string, inputType: string, input: Record<string, unknown>, selection: string): Promise<any> {
  const p = await mutate(api, who, name, inputType, input, selection);
  expect(p.userErrors, JSON.stringify(p.userErrors)).toEqual([]);
  return p;
}

export async function createPeriod(api: TestApi, year: number, who: Who = 'admin'): Promise<string> {
  const p = await ok(api, who, 'periodCreate', 'PeriodCreateInput', { year }, 'period { id }');
  return p.period.id;
}

export async function createPlan(api: TestApi, who: Who, period: string, approach = 'QUANTITATIVE', employee?: Who): Promise<{ id: string; version: number }> {
  const input: Record<string, unknown> = { period, approach };
  if (employee) input.employee = api.gid('Employee', api.fx.employees[employee].id);
  const p = await ok(api, who, 'performancePlanCreate', 'PerformancePlanCreateInput', input, 'performancePlan { id version }');
  return p.performancePlan;
}

export const indicator = (description = 'Jumlah dokumen kurikulum', extra: Record<string, unknown> = {}) => ({
  description, aspect: 'QUANTITY', targetValue: 12, unit: 'dokumen', ...extra,
});

export async function createGoal(api: TestApi, who: Who, plan: string, extra: Record<string, unknown> = {}): Promise<string> {
  const p = await ok(api, who, 'goalCreate', 'GoalCreateInput', { plan, kind: 'MAIN', description: `Tersusunnya ${who} kurikulum`, indicators: [indicator()], ...extra }, 'goal { id }');
  return p.goal.id;
}

/** Creates a unit agreement with one objective and one key indicator; returns their ids. */
export async function createAgreement(api: TestApi, unit: 'root' | 'dinas', period: string) {
  const p = await ok(api, 'admin', 'performanceAgreementCreate', 'PerformanceAgreementCreateInput', {
    unit: api.gid('OrgUnit', api.fx.units[unit].id), period,
    objectives: [{ description: `Meningkatnya mutu layanan ${unit}`, keyIndicators: [{ description: `Indeks kepuasan layanan ${unit}`, targetValue: 85, unit: 'indeks' }] }],
  }, 'performanceAgreement { id objectives { id keyIndicators { id } } }');
  const a = p.performanceAgreement;
  return { agreement: a.id, objective: a.objectives[0].id, keyIndicator: a.objectives[0].keyIndicators[0].id };
}

export async function planRow(api: TestApi, gid: string) {
  const id = Number(Buffer.from(gid, 'base64url').toString().split(':')[1]);
  return (await api.db.query('select * from performance_plan where id = $1', [id])).rows[0];
}

export const dbId = (gid: string) => Number(Buffer.from(gid, 'base64url').toString().split(':')[1]);

/** Row counts of the planning tables, to show that a refused mutation wrote nothing. */
export async function snapshot(api: TestApi) {
  const r = await api.db.query(`select
    (select count(*) from performance_plan) as plans, (select coalesce(sum(version), 0) from performance_plan) as versions,
    (select count(*) from goal) as goals, (select count(*) from indicator) as indicators,
    (select string_agg(status, ',' order by id) from performance_plan) as statuses,
    (select string_agg(id || ':' || description || ':' || coalesce(parent_goal_id, 0) || ':' || path, ',' order by id) from goal) as goal_rows,
    (select count(*) from audit_log) as audits, (select count(*) from period) as periods,
    (select count(*) from behavior_expectation) as expectations`);
  return r.rows[0];
}
