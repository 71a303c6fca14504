import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, evaluationCount, FEEDBACK, RATE, SELF, type EvalFixture } from './fixture';

/**
 * Bad input and wrong state: each refusal comes back with a stable code (userError, or a
 * top-level validation error for values outside the enums) and writes nothing.
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
});
afterAll(() => api?.stop());

const auditCount = async () => Number((await api.db.query(`select count(*) as n from audit_log where entity_type = 'Evaluation'`)).rows[0].n);
const rateInput = (plan: number, ep: number, extra: Record<string, unknown> = {}) => ({
  i: { performancePlan: g('PerformancePlan', plan), evaluationPeriod: g('EvaluationPeriod', ep), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS', ...extra },
});

describe('refusals of evaluation writes', () => {
  it.each([
    ['a result rating outside the enum', { resultRating: 'EXCELLENT' }],
    ['a behaviour rating outside the enum', { behaviorRating: 'SUPERB' }],
    ['a predikat instead of a rating', { resultRating: 'VERY_GOOD' }],
  ])('refuses %s before anything runs', async (_name, extra) => {
    const before = await evaluationCount(api, f.plans.staff1);
    const r = await api.gql(RATE, rateInput(f.plans.staff1, f.ep.jan, extra), await api.as('kasi'));
    expect(r.data).toBeUndefined();
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(r.errors?.[0].extensions?.code);
    expect(await evaluationCount(api, f.plans.staff1)).toBe(before);
  });

  type Case = [string, keyof EvalFixture['plans'], keyof EvalFixture['ep'], Parameters<TestApi['as']>[0], Record<string, unknown>, string, string[]];
  const cases: Case[] = [
    ['a plan that is not approved', 'staff3', 'jan', 'kabid2', {}, 'PLAN_NOT_APPROVED', ['input', 'performancePlan']],
    ['an evaluation period of another year', 'staff1', 'nextFinal', 'kasi', {}, 'OUTSIDE_PLAN_PERIOD', ['input', 'evaluationPeriod']],
    ['an evaluation period that has not started', 'staff1Next', 'nextFinal', 'kasi', {}, 'PERIOD_NOT_STARTED', ['input', 'evaluationPeriod']],
    ['a period locked by its deadline', 'staff1', 's1', 'kasi', {}, 'PERIOD_LOCKED', ['input', 'evaluationPeriod']],
    ['a missing result rating', 'staff1', 'jan', 'kasi', { resultRating: null }, 'INVALID_INPUT', ['input', 'resultRating']],
    ['PP 46/2011 scores of the wrong length', 'staff1', 'jan', 'kasi', { legacyBehaviorScores: [80, 80, 80] }, 'INVALID_INPUT', ['input', 'legacyBehaviorScores']],
    ['PP 46/2011 scores above 100', 'staff1', 'jan', 'kasi', { legacyBehaviorScores: [80, 80, 80, 80, 101] }, 'INVALID_INPUT', ['input', 'legacyBehaviorScores']],
    ['a rating by someone who is not the appraiser', 'staff1', 'jan', 'kabid', {}, 'FORBIDDEN', ['input', 'performancePlan']],
    ['a rating by the employee themself', 'staff1', 'jan', 'staff1', {}, 'FORBIDDEN', ['input', 'performancePlan']],
    ['a rating by a peer (cannot even see the plan)', 'staff1', 'jan', 'staff2', {}, 'NOT_FOUND', ['input', 'performancePlan']],
    ['a rating from another agency', 'staff1', 'jan', 'adminB', {}, 'NOT_FOUND', ['input', 'performancePlan']],
    // DOMAIN.md roles: ratings are the appraiser's ("derived, not granted"); an admin is not granted them.
    ['a rating by the agency admin (not the appraiser)', 'staff1', 'jan', 'admin', {}, 'FORBIDDEN', ['input', 'performancePlan']],
    ['a rating by the agency admin in a period locked for employees', 'staff1', 's1', 'admin', {}, 'FORBIDDEN', ['input', 'performancePlan']],
    ['a rating by the national superadmin (reads everything, writes nothing)', 'staff1', 'jan', 'superadmin', {}, 'FORBIDDEN', ['input', 'performancePlan']],
  ];
  it.each(cases)('refuses %s', async (_name, plan, ep, who, extra, code, field) => {
    const [rows, audits] = [await evaluationCount(api, f.plans[plan]), await auditCount()];
    const r = await api.gql(RATE, rateInput(f.plans[plan], f.ep[ep], extra), await api.as(who));
    expect(r.data.evaluationRate.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(r.data.evaluationRate.evaluation).toBeNull();
    expect(await evaluationCount(api, f.plans[plan])).toBe(rows);
    expect(await auditCount()).toBe(audits);
  });

  it('lets an admin rate where they are the appraiser recorded on the plan (and only there)', async () => {
    const plan = f.plans.staff2;
    const original = (await api.db.query(`select appraiser_id from performance_plan where id = $1`, [plan])).rows[0].appraiser_id;
    await api.db.query(`update performance_plan set appraiser_id = $2 where id = $1`, [plan, api.fx.employees.admin.id]);
    try {
      const byAdmin = await api.gql(RATE, rateInput(plan, f.ep.jan), await api.as('admin'));
      expect(byAdmin.data.evaluationRate.userErrors).toEqual([]);
      const byKasi = await api.gql(RATE, rateInput(plan, f.ep.jan), await api.as('kasi'));
      expect(byKasi.data.evaluationRate.userErrors[0].code).toBe('FORBIDDEN');
    } finally {
      await api.db.query(`update performance_plan set appraiser_id = $2 where id = $1`, [plan, original]);
      await api.db.query(`update evaluation set appraiser_id = $2 where plan_id = $1`, [plan, original]);
    }
  });

  it('refuses malformed and wrong-type ids with the field', async () => {
    const bad = await api.gql(RATE, { i: { ...rateInput(f.plans.staff1, f.ep.jan).i, performancePlan: g('Goal', f.goals.staff1[0]) } }, await api.as('kasi'));
    expect(bad.data.evaluationRate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'performancePlan'] })]);
    const junk = await api.gql(RATE, { i: { ...rateInput(f.plans.staff1, f.ep.jan).i, evaluationPeriod: 'not-an-id' } }, await api.as('kasi'));
    expect(junk.data.evaluationRate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'evaluationPeriod'] })]);
  });

  it.each([
    ['both a goal and a core value', (o: string) => ({ goal: g('Goal', f.goals.staff2[0]), coreValue: 'LOYAL', options: [o] }), 'INVALID_INPUT', ['input', 'goal']],
    ['neither options nor a note', () => ({ coreValue: 'LOYAL' }), 'INVALID_INPUT', ['input', 'options']],
    ['a goal option on a core value', (o: string) => ({ coreValue: 'LOYAL', options: [o] }), 'INVALID_INPUT', ['input', 'options', '0']],
    ['a goal of another plan', (o: string) => ({ goal: g('Goal', f.goals.staff1[0]), options: [o] }), 'NOT_FOUND', ['input', 'goal']],
    ['a note over 2,000 characters', () => ({ coreValue: 'LOYAL', note: 'x'.repeat(2001) }), 'INVALID_INPUT', ['input', 'note']],
  ])('refuses feedback with %s', async (_name, make, code, field) => {
    const opts = await api.gql(`{ feedbackOptions(target: GOAL) { id } }`, {}, await api.as('kasi'));
    const before = Number((await api.db.query(`select count(*) as n from evaluation_feedback`)).rows[0].n);
    const r = await api.gql(FEEDBACK, { i: { performancePlan: g('PerformancePlan', f.plans.staff2), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), ...make(opts.data.feedbackOptions[0].id) } }, await api.as('kasi'));
    expect(r.data.feedbackSet.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(Number((await api.db.query(`select count(*) as n from evaluation_feedback`)).rows[0].n)).toBe(before);
  });

  it('refuses a self-assessment by anyone but the plan\'s owner and in a locked period', async () => {
    const input = (ep: number) => ({ i: { performancePlan: g('PerformancePlan', f.plans.staff2), evaluationPeriod: g('EvaluationPeriod', ep), goal: g('Goal', f.goals.staff2[0]), note: 'Catatan.' } });
    const byAppraiser = await api.gql(SELF, input(f.ep.q1), await api.as('kasi'));
    expect(byAppraiser.data.selfAssessmentSet.userErrors[0].code).toBe('FORBIDDEN');
    const locked = await api.gql(SELF, input(f.ep.s1), await api.as('staff2'));
    expect(locked.data.selfAssessmentSet.userErrors[0].code).toBe('PERIOD_LOCKED');
    expect(Number((await api.db.query(`select count(*) as n from evaluation_self_assessment`)).rows[0].n)).toBe(0);
  });

  it('refuses to confirm an unrated evaluation', async () => {
    const fb = await api.gql(FEEDBACK, { i: { performancePlan: g('PerformancePlan', f.plans.staff2), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), coreValue: 'ADAPTIVE', note: 'Baik.' } }, await api.as('kasi'));
    expect(fb.data.feedbackSet.userErrors).toEqual([]);
    const ev = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans.staff2, f.ep.q1])).rows[0];
    const r = await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', ev.id) } }, await api.as('kasi'));
    expect(r.data.evaluationConfirm.userErrors[0].code).toBe('EVALUATION_NOT_RATED');
    expect((await api.db.query(`select status from evaluation where id = $1`, [ev.id])).rows[0].status).toBe('DRAFT');
  });

  it('keeps the matrix in the database too: a predikat that does not follow it is refused', async () => {
    // Rated MEETS/MEETS (GOOD) above, by the admin as the plan's recorded appraiser.
    const ev = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2 and performance_rating = 'GOOD'`, [f.plans.staff2, f.ep.jan])).rows[0];
    await expect(api.db.query(`update evaluation set performance_rating = 'VERY_GOOD' where id = $1`, [ev.id])).rejects.toThrow(/check constraint/);
  });
});
