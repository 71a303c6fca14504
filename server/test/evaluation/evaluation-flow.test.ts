import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, FEEDBACK, RATE, REOPEN, SELF, type EvalFixture } from './fixture';

/**
 * Periodic and annual evaluation end to end: self-assessment before rating, feedback per
 * goal and per core value from the reference list plus free text, ratings following the
 * PermenPANRB 6/2022 matrix, confirmation locks, admin reopen with a reason (audited).
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
});
afterAll(() => api?.stop());

async function optionId(code: string): Promise<string> {
  const r = await api.gql(`{ feedbackOptions { id code target coreValue tone text } }`, {}, await api.as('kasi'));
  const o = r.data.feedbackOptions.find((x: { code: string }) => x.code === code);
  if (!o) throw new Error(`no option ${code}`);
  return o.id;
}

describe('evaluation flow', () => {
  it('lists the seeded feedback options, filtered by target and core value', async () => {
    const t = await api.as('kasi');
    const all = await api.gql(`{ feedbackOptions { code target coreValue } }`, {}, t);
    expect(all.data.feedbackOptions.length).toBeGreaterThanOrEqual(20);
    const loyal = await api.gql(`{ feedbackOptions(coreValue: LOYAL) { code target coreValue } }`, {}, t);
    expect(loyal.data.feedbackOptions.every((o: any) => o.target === 'CORE_VALUE' && (o.coreValue === null || o.coreValue === 'LOYAL'))).toBe(true);
    expect(loyal.data.feedbackOptions.map((o: any) => o.code)).toContain('LOYAL_COMMITTED');
  });

  it('lets the employee write a self-assessment per goal before the rating', async () => {
    const r = await api.gql(SELF, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), goal: g('Goal', f.goals.staff1[0]), note: 'Laporan triwulan selesai 3 dari 10.' } }, await api.as('staff1'));
    expect(r.data.selfAssessmentSet.userErrors).toEqual([]);
    expect(r.data.selfAssessmentSet.selfAssessment.note).toBe('Laporan triwulan selesai 3 dari 10.');
    expect(r.data.selfAssessmentSet.evaluation.status).toBe('DRAFT');
    const again = await api.gql(SELF, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), goal: g('Goal', f.goals.staff1[0]), note: 'Diperbarui.' } }, await api.as('staff1'));
    expect(again.data.selfAssessmentSet.selfAssessment.id).toBe(r.data.selfAssessmentSet.selfAssessment.id);
  });

  it('records feedback per goal and per core value with options and free text', async () => {
    const t = await api.as('kasi');
    const onGoal = await api.gql(FEEDBACK, { i: {
      performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), goal: g('Goal', f.goals.staff1[0]),
      options: [await optionId('GOAL_ON_TIME'), await optionId('GOAL_EVIDENCE_MISSING')], note: 'Lengkapi tautan bukti dukung.',
    } }, t);
    expect(onGoal.data.feedbackSet.userErrors).toEqual([]);
    expect(onGoal.data.feedbackSet.feedback.options.map((o: any) => o.code)).toEqual(['GOAL_ON_TIME', 'GOAL_EVIDENCE_MISSING']);
    const onValue = await api.gql(FEEDBACK, { i: {
      performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), coreValue: 'LOYAL',
      options: [await optionId('LOYAL_COMMITTED')],
    } }, t);
    expect(onValue.data.feedbackSet.userErrors).toEqual([]);
    expect(onValue.data.feedbackSet.feedback.coreValue).toBe('LOYAL');
    expect(onValue.data.feedbackSet.feedback.author.id).toBe(g('Employee', api.fx.employees.kasi.id));
  });

  it('rates, derives the predikat from the matrix and closes the self-assessment', async () => {
    const r = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'ABOVE_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
    expect(r.data.evaluationRate.userErrors).toEqual([]);
    expect(r.data.evaluationRate.evaluation).toMatchObject({ status: 'DRAFT', resultRating: 'ABOVE_EXPECTATIONS', resultRatingSource: 'APPRAISER', performanceRating: 'GOOD', isUnitHead: false });
    const late = await api.gql(SELF, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), goal: g('Goal', f.goals.staff1[1]), note: 'Terlambat.' } }, await api.as('staff1'));
    expect(late.data.selfAssessmentSet.userErrors[0].code).toBe('EVALUATION_ALREADY_RATED');
  });

  it('shows the employee their evaluation with feedback, self-assessment and the marked matrix', async () => {
    const r = await api.gql(`query($id: ID!) { employee(id: $id) { evaluations(year: ${f.year}) {
      id isAnnual status performanceRating period { kind }
      feedback { goal { id } coreValue note options { code } }
      selfAssessments { note goal { id } }
      ratingMatrix { marked rows { resultRating cells { behaviorRating rating marked } } }
    } } }`, { id: g('Employee', api.fx.employees.staff1.id) }, await api.as('staff1'));
    const [ev] = r.data.employee.evaluations;
    expect(ev).toMatchObject({ isAnnual: false, status: 'DRAFT', performanceRating: 'GOOD', period: { kind: 'QUARTERLY' } });
    expect(ev.feedback.map((x: any) => x.coreValue ?? 'goal')).toEqual(['goal', 'LOYAL']);
    expect(ev.selfAssessments).toEqual([{ note: 'Diperbarui.', goal: { id: g('Goal', f.goals.staff1[0]) } }]);
    expect(ev.ratingMatrix.marked).toBe('GOOD');
    const markedCells = ev.ratingMatrix.rows.flatMap((row: any) => row.cells.filter((c: any) => c.marked).map((c: any) => [row.resultRating, c.behaviorRating]));
    expect(markedCells).toEqual([['ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS']]);
  });

  it('follows the matrix for all nine pairs of ratings', async () => {
    const cases: [string, string, string][] = [
      ['ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'VERY_GOOD'], ['ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'GOOD'], ['ABOVE_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
      ['MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'GOOD'], ['MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'GOOD'], ['MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
      ['BELOW_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'NEEDS_IMPROVEMENT'], ['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'NEEDS_IMPROVEMENT'], ['BELOW_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'VERY_POOR'],
    ];
    const t = await api.as('kasi');
    for (const [result, behavior, expected] of cases) {
      const r = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff2), evaluationPeriod: g('EvaluationPeriod', f.ep.jan), resultRating: result, behaviorRating: behavior } }, t);
      expect([result, behavior, r.data.evaluationRate.evaluation.performanceRating]).toEqual([result, behavior, expected]);
    }
  });

  it('confirms, locks, and lets only an admin reopen with a reason (audited)', async () => {
    const evId = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans.staff1, f.ep.q1])).rows[0].id;
    const id = g('Evaluation', evId);
    const c = await api.gql(CONFIRM, { i: { evaluation: id } }, await api.as('kasi'));
    expect(c.data.evaluationConfirm.userErrors).toEqual([]);
    expect(c.data.evaluationConfirm.evaluation.status).toBe('CONFIRMED');

    const rerate = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'BELOW_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
    expect(rerate.data.evaluationRate.userErrors[0].code).toBe('EVALUATION_CONFIRMED');
    const fb = await api.gql(FEEDBACK, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), coreValue: 'ADAPTIVE', note: 'Catatan.' } }, await api.as('kasi'));
    expect(fb.data.feedbackSet.userErrors[0].code).toBe('EVALUATION_CONFIRMED');
    const twice = await api.gql(CONFIRM, { i: { evaluation: id } }, await api.as('kasi'));
    expect(twice.data.evaluationConfirm.userErrors[0].code).toBe('EVALUATION_CONFIRMED');

    const byAppraiser = await api.gql(REOPEN, { i: { evaluation: id, reason: 'Salah input rating.' } }, await api.as('kasi'));
    expect(byAppraiser.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await api.gql(REOPEN, { i: { evaluation: id, reason: ' ' } }, await api.as('admin'));
    expect(noReason.data.evaluationReopen.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'reason'] });
    const reopened = await api.gql(REOPEN, { i: { evaluation: id, reason: 'Salah input rating hasil kerja.' } }, await api.as('admin'));
    expect(reopened.data.evaluationReopen.evaluation).toMatchObject({ status: 'DRAFT', reopenReason: 'Salah input rating hasil kerja.' });

    const audit = await api.db.query(`select action, from_state, to_state, reason from audit_log where entity_type = 'Evaluation' and entity_id = $1 order by id`, [evId]);
    expect(audit.rows.map((r) => r.action)).toEqual(['EVALUATION_RATE', 'EVALUATION_CONFIRM', 'EVALUATION_REOPEN']);
    expect(audit.rows[2]).toMatchObject({ from_state: 'CONFIRMED', to_state: 'DRAFT', reason: 'Salah input rating hasil kerja.' });
  });

  it('lets exactly one of two simultaneous confirmations win', async () => {
    const r = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff2), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
    const id = r.data.evaluationRate.evaluation.id;
    // Two sessions of the appraiser (only the appraiser confirms).
    const other = await api.login(api.fx.employees.kasi.nip);
    const [a, b] = await Promise.all([
      api.gql(CONFIRM, { i: { evaluation: id } }, await api.as('kasi')),
      api.gql(CONFIRM, { i: { evaluation: id } }, other),
    ]);
    const codes = [a, b].map((x) => x.data.evaluationConfirm.userErrors[0]?.code ?? 'ok').sort();
    expect(codes).toEqual(['EVALUATION_CONFIRMED', 'ok']);
    const audits = await api.db.query(`select count(*)::int as n from audit_log where action = 'EVALUATION_CONFIRM' and entity_id = $1`, [Number(Buffer.from(id, 'base64url').toString().split(':')[1])]);
    expect(audits.rows[0].n).toBe(1);
  });

  it('creates one evaluation when the first two writes of a period race', async () => {
    const input = (coreValue: string) => ({ i: { performancePlan: g('PerformancePlan', f.plans.staff2), evaluationPeriod: g('EvaluationPeriod', f.ep.final), coreValue, note: 'Catatan.' } });
    const results = await Promise.all([api.gql(FEEDBACK, input('LOYAL'), await api.as('kasi')), api.gql(FEEDBACK, input('ADAPTIVE'), await api.as('kasi'))]);
    expect(results.map((x) => x.data.feedbackSet.userErrors)).toEqual([[], []]);
    expect(results[0].data.feedbackSet.evaluation.id).toBe(results[1].data.feedbackSet.evaluation.id);
  });

  it('treats the FINAL period as the annual evaluation', async () => {
    const r = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.final), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
    const q = await api.gql(`query($id: ID!) { evaluation(id: $id) { isAnnual period { kind } performanceRating } }`, { id: r.data.evaluationRate.evaluation.id }, await api.as('staff1'));
    expect(q.data.evaluation).toEqual({ isAnnual: true, period: { kind: 'FINAL' }, performanceRating: 'GOOD' });
  });

  it('lists a plan\'s evaluations in period order and finds one by period', async () => {
    const r = await api.gql(`query($id: ID!, $ep: ID!) { node(id: $id) { ... on PerformancePlan { evaluations { period { kind } } evaluation(evaluationPeriod: $ep) { performanceRating } } } }`,
      { id: g('PerformancePlan', f.plans.staff1), ep: g('EvaluationPeriod', f.ep.final) }, await api.as('kasi'));
    expect(r.data.node.evaluations.map((e: any) => e.period.kind)).toEqual(['QUARTERLY', 'FINAL']);
    expect(r.data.node.evaluation.performanceRating).toBe('GOOD');
  });
});
