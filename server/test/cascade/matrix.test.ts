import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildCascade, gqlOk, insertGoal, type CascadeData } from './data';

/**
 * Matriks Peran Hasil: the leader's goals against their current direct reports, with
 * the goals cascaded to each, for viewers who may read the leader's plan.
 */
let api: TestApi;
let d: CascadeData;
let second: number;

const Q = `query($id: ID!) { resultRoleMatrix(plan: $id) {
  plan { id }
  columns { employee { name } planStatus plan { id } }
  rows { goal { description } cells { employee { name } cascadeType planStatus goals { description } } } } }`;

beforeAll(async () => {
  api = await startTestApi();
  d = await buildCascade(api);
  second = await insertGoal(api, d.plans.kasi!, d.goals.kabid!, 'Sasaran kasi kedua');
  await insertGoal(api, d.plans.staff2!, second, 'Sasaran staff2 kedua', 'DIRECT');
});
afterAll(() => api?.stop());

describe('resultRoleMatrix', () => {
  it('lays out the leader\'s goals against their direct reports', async () => {
    const m = (await gqlOk(api, 'kasi', Q, { id: api.gid('PerformancePlan', d.plans.kasi!) })).resultRoleMatrix;
    expect(m.plan.id).toBe(api.gid('PerformancePlan', d.plans.kasi!));
    expect(m.columns).toEqual([
      { employee: { name: 'Staf Dua' }, planStatus: 'DRAFT', plan: { id: api.gid('PerformancePlan', d.plans.staff2!) } },
      { employee: { name: 'Staf Satu' }, planStatus: 'DRAFT', plan: { id: api.gid('PerformancePlan', d.plans.staff1!) } },
    ]);
    expect(m.rows).toEqual([
      { goal: { description: 'Sasaran kasi' }, cells: [
        { employee: { name: 'Staf Dua' }, cascadeType: 'INDIRECT', planStatus: 'DRAFT', goals: [{ description: 'Sasaran staff2' }] },
        { employee: { name: 'Staf Satu' }, cascadeType: 'INDIRECT', planStatus: 'DRAFT', goals: [{ description: 'Sasaran staff1' }] },
      ] },
      { goal: { description: 'Sasaran kasi kedua' }, cells: [
        { employee: { name: 'Staf Dua' }, cascadeType: 'DIRECT', planStatus: 'DRAFT', goals: [{ description: 'Sasaran staff2 kedua' }] },
        { employee: { name: 'Staf Satu' }, cascadeType: null, planStatus: 'DRAFT', goals: [] },
      ] },
    ]);
  });

  it('is the same on the plan and for a manager above; null for a peer or another agency', async () => {
    const above = await gqlOk(api, 'kabid', `query($id: ID!) { performancePlan(id: $id) { resultRoleMatrix { rows { cells { goals { description } } } } } }`, { id: api.gid('PerformancePlan', d.plans.kasi!) });
    expect(above.performancePlan.resultRoleMatrix.rows[0].cells).toHaveLength(2);
    expect((await gqlOk(api, 'staff1', Q, { id: api.gid('PerformancePlan', d.plans.kasi!) })).resultRoleMatrix).toBeNull();
    expect((await gqlOk(api, 'kabid2', Q, { id: api.gid('PerformancePlan', d.plans.kasi!) })).resultRoleMatrix).toBeNull();
    expect((await gqlOk(api, 'adminB', Q, { id: api.gid('PerformancePlan', d.plans.kasi!) })).resultRoleMatrix).toBeNull();
  });

  it('costs a bounded number of statements whatever the number of goals', async () => {
    const token = await api.as('kadis');
    const count = (id: number) => api.countStatements(() => api.gql(Q, { id: api.gid('PerformancePlan', id) }, token));
    const small = await count(d.plans.kabid2!);
    const large = await count(d.plans.kadis!);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });
});
