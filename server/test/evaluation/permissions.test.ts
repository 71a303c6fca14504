import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, FEEDBACK, ORG_PERF, RATE, REOPEN, SELF, type EvalFixture } from './fixture';

/**
 * Who may do what with staff1's evaluation (appraiser kasi, kabid two levels up), as data.
 * Outcomes: 'yes'/'no' for reads (visible or null/empty), 'ok' or the refusal code for
 * writes (userError code, or the top-level code when shield refuses the role).
 */
let api: TestApi;
let f: EvalFixture;
let evId: number;
const g = (type: string, id: number) => api.gid(type, id);

const WHO = ['staff1', 'kasi', 'kabid', 'staff2', 'admin', 'operator', 'adminB'] as const;
type Who = (typeof WHO)[number];

//                            own     appraiser   2 up     peer        admin   operator     other agency
const MATRIX: Record<string, string[]> = {
  readEvaluation: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no'],
  listEvaluations: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no'],
  readCreditPoints: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no'],
  readScoreOfPlan: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no'],
  monitorUnit: ['no', 'yes', 'yes', 'no', 'yes', 'yes', 'no'],
  selfAssessment: ['ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'],
  feedback: ['FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
  rate: ['FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
  confirm: ['FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
  reopen: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
  orgPerformanceSet: ['FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
  scoringStrategySet: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
  allowanceRulesSet: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
  attendanceUpsert: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND'],
};

/** The outcome of a mutation: 'ok', the first userError code, or the top-level error code. */
function outcome(r: { data?: any; errors?: { extensions?: { code?: string } }[] }, field: string): string {
  if (r.errors?.length) return r.errors[0].extensions?.code ?? 'ERROR';
  const errs = r.data[field].userErrors as { code: string }[];
  return errs.length ? errs[0].code : 'ok';
}

const RULES = {
  name: 'Perkada TPP', performanceWeight: 60, disciplineWeight: 40,
  ratingPercents: ['VERY_GOOD', 'GOOD', 'NEEDS_IMPROVEMENT', 'POOR', 'VERY_POOR'].map((rating) => ({ rating, percent: 100 })),
  lateBands: [{ fromMinutes: 1, toMinutes: null, percent: 1 }], earlyLeaveBands: [{ fromMinutes: 1, toMinutes: null, percent: 1 }],
  missingCheckInPercent: 1, missingCheckOutPercent: 1, absencePercentPerDay: 3, deductionBase: 'DISCIPLINE_PART', monthlyCapPercent: 100,
  neutralisingDocuments: [], baseAmounts: [],
};

const ACTIONS: Record<string, (t: string) => Promise<string>> = {
  readEvaluation: async (t) => ((await api.gql(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: g('Evaluation', evId) }, t)).data?.evaluation ? 'yes' : 'no'),
  listEvaluations: async (t) => {
    const r = await api.gql(`query($id: ID!) { employee(id: $id) { evaluations(year: ${f.year}) { id } } }`, { id: g('Employee', api.fx.employees.staff1.id) }, t);
    return (r.data?.employee?.evaluations.length ?? 0) > 0 ? 'yes' : 'no';
  },
  readCreditPoints: async (t) => {
    const r = await api.gql(`query($id: ID!) { employee(id: $id) { creditPoints(year: ${f.year}) { total } } }`, { id: g('Employee', api.fx.employees.staff1.id) }, t);
    return r.data?.employee?.creditPoints ? 'yes' : 'no';
  },
  readScoreOfPlan: async (t) => {
    const r = await api.gql(`query($id: ID!) { node(id: $id) { ... on PerformancePlan { evaluations { score { strategy } } } } }`, { id: g('PerformancePlan', f.plans.staff1) }, t);
    return (r.data?.node?.evaluations?.length ?? 0) > 0 ? 'yes' : 'no';
  },
  monitorUnit: async (t) => {
    const r = await api.gql(`query($u: ID!, $ep: ID!) { distributionCheck(unit: $u, evaluationPeriod: $ep) { total } }`, { u: g('OrgUnit', api.fx.units.seksi.id), ep: g('EvaluationPeriod', f.ep.q1) }, t);
    return r.data?.distributionCheck ? 'yes' : 'no';
  },
  selfAssessment: async (t) => {
    await api.db.query(`update evaluation set result_rating = null, result_rating_source = null, behavior_rating = null, performance_rating = null where id = $1`, [evId]);
    const r = await api.gql(SELF, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), goal: g('Goal', f.goals.staff1[0]), note: 'Catatan diri.' } }, t);
    await api.db.query(`update evaluation set result_rating = 'MEETS_EXPECTATIONS', result_rating_source = 'APPRAISER', behavior_rating = 'MEETS_EXPECTATIONS', performance_rating = 'GOOD' where id = $1`, [evId]);
    return outcome(r, 'selfAssessmentSet');
  },
  feedback: async (t) => outcome(await api.gql(FEEDBACK, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), coreValue: 'COMPETENT', note: 'Terus belajar.' } }, t), 'feedbackSet'),
  rate: async (t) => outcome(await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, t), 'evaluationRate'),
  confirm: async (t) => {
    await api.db.query(`update evaluation set status = 'DRAFT', confirmed_at = null where id = $1`, [evId]);
    return outcome(await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', evId), distributionOverrideReason: 'Uji matriks izin.' } }, t), 'evaluationConfirm');
  },
  reopen: async (t) => {
    await api.db.query(`update evaluation set status = 'CONFIRMED', confirmed_at = now() where id = $1`, [evId]);
    return outcome(await api.gql(REOPEN, { i: { evaluation: g('Evaluation', evId), reason: 'Uji matriks izin.' } }, t), 'evaluationReopen');
  },
  orgPerformanceSet: async (t) => outcome(await api.gql(ORG_PERF, { i: { unit: g('OrgUnit', api.fx.units.seksi.id), evaluationPeriod: g('EvaluationPeriod', f.ep.jan), rating: 'GOOD' } }, t), 'orgPerformanceSet'),
  scoringStrategySet: async (t) => outcome(await api.gql(`mutation($i: AgencyScoringStrategySetInput!) { agencyScoringStrategySet(input: $i) { agency { id } userErrors { code } } }`,
    { i: { agency: g('Agency', api.fx.agencyA), strategy: 'PERMENPANRB_6_2022' } }, t), 'agencyScoringStrategySet'),
  allowanceRulesSet: async (t) => outcome(await api.gql(`mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) { allowanceRuleTable { id } userErrors { code } } }`,
    { i: { agency: g('Agency', api.fx.agencyA), year: f.year, rules: RULES } }, t), 'allowanceRulesSet'),
  attendanceUpsert: async (t) => outcome(await api.gql(`mutation($i: AttendanceRecordUpsertInput!) { attendanceRecordUpsert(input: $i) { attendanceRecord { id } userErrors { code } } }`,
    { i: { record: { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-05`, lateMinutes: 12 } } }, t), 'attendanceRecordUpsert'),
};

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
  const r = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
  evId = Number(Buffer.from(r.data.evaluationRate.evaluation.id, 'base64url').toString().split(':')[1]);
});
afterAll(() => api?.stop());

describe('permission matrix of the evaluation module', () => {
  const cases = Object.entries(MATRIX).flatMap(([action, row]) => WHO.map((who, i) => [action, who, row[i]] as [string, Who, string]));
  it.each(cases)('%s by %s → %s', async (action, who, expected) => {
    expect(await ACTIONS[action](await api.as(who))).toBe(expected);
  });
});

describe('integration tokens', () => {
  it('read results with READ_EVALUATIONS only', async () => {
    const create = `mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret } }`;
    const reader = (await api.gql(create, { i: { name: 'Mesin TPP', scopes: ['READ_EVALUATIONS'] } }, await api.as('admin'))).data.apiTokenCreate.secret;
    const other = (await api.gql(create, { i: { name: 'Dasbor org', scopes: ['READ_ORG'] } }, await api.as('admin'))).data.apiTokenCreate.secret;
    const q = `query($id: ID!, $u: ID!, $ep: ID!) { evaluation(id: $id) { performanceRating } unitMonitoring(unit: $u, evaluationPeriod: $ep) { evaluationProgress { rated } } }`;
    const vars = { id: g('Evaluation', evId), u: g('OrgUnit', api.fx.units.seksi.id), ep: g('EvaluationPeriod', f.ep.q1) };
    const ok = await api.gql(q, vars, reader);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.evaluation.performanceRating).toBe('GOOD');
    expect(ok.data.unitMonitoring.evaluationProgress.rated).toBeGreaterThan(0);
    const denied = await api.gql(q, vars, other);
    expect(denied.errors?.[0].extensions?.code).toBe('TOKEN_SCOPE');
    const write = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, reader);
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
