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

const WHO = ['staff1', 'kasi', 'kabid', 'staff2', 'admin', 'operator', 'adminB', 'superadmin'] as const;
type Who = (typeof WHO)[number];

// DOMAIN.md roles: feedback and ratings (and so confirmation, and a unit's rating) are the
// derived appraiser's: "appraiser (derived, not granted) | … | feedback, ratings"; the admin's
// row grants periods, unlocks, overrides, rule tables (and the reopen); the superadmin's only
// "manage agencies; read everything".
//                            own     appraiser   2 up     peer        admin        operator     other agency  superadmin
const MATRIX: Record<string, string[]> = {
  readEvaluation: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no', 'yes'],
  listEvaluations: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no', 'yes'],
  readCreditPoints: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no', 'yes'],
  readScoreOfPlan: ['yes', 'yes', 'yes', 'no', 'yes', 'no', 'no', 'yes'],
  monitorUnit: ['no', 'yes', 'yes', 'no', 'yes', 'yes', 'no', 'yes'],
  selfAssessment: ['ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  feedback: ['FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  rate: ['FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  confirm: ['FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN'],
  reopen: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'],
  orgPerformanceSet: ['FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'],
  scoringStrategySet: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'],
  allowanceRulesSet: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'],
  attendanceUpsert: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'NOT_FOUND', 'FORBIDDEN'],
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

describe('admins and the superadmin are not appraisers', () => {
  /** Everything an evaluation write could touch, to show a refusal wrote nothing. */
  const state = async () => (await api.db.query(`select
      (select count(*) from evaluation_feedback) as feedback, (select count(*) from evaluation) as evaluations,
      (select count(*) from org_performance) as org, (select count(*) from audit_log) as audits,
      (select count(*) from agency_evaluation_setting) as settings, (select count(*) from allowance_rule_table) as rules,
      (select count(*) from attendance_record) as attendance,
      (select row(status, result_rating, behavior_rating, performance_rating, version)::text from evaluation where id = $1) as ev`, [evId])).rows[0];
  const q1 = () => ({ performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1) });

  it.each(['admin', 'superadmin'] as const)('%s: no feedback, rating, confirmation or unit rating, and nothing written', async (who) => {
    await api.db.query(`update evaluation set status = 'DRAFT', confirmed_at = null where id = $1`, [evId]);
    const t = await api.as(who);
    const before = await state();
    const tries = [
      outcome(await api.gql(FEEDBACK, { i: { ...q1(), goal: g('Goal', f.goals.staff1[0]), note: 'Umpan balik admin.' } }, t), 'feedbackSet'),
      outcome(await api.gql(RATE, { i: { ...q1(), resultRating: 'ABOVE_EXPECTATIONS', behaviorRating: 'ABOVE_EXPECTATIONS' } }, t), 'evaluationRate'),
      outcome(await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', evId), distributionOverrideReason: 'Penetapan oleh admin.' } }, t), 'evaluationConfirm'),
      outcome(await api.gql(ORG_PERF, { i: { unit: g('OrgUnit', api.fx.units.seksi.id), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), rating: 'OUTSTANDING' } }, t), 'orgPerformanceSet'),
    ];
    expect(tries).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await state()).toEqual(before);
    // The evaluation is still theirs to read.
    const read = await api.gql(`query($id: ID!) { evaluation(id: $id) { performanceRating viewerCanRate viewerCanReopen } }`, { id: g('Evaluation', evId) }, t);
    expect(read.data.evaluation).toEqual({ performanceRating: 'GOOD', viewerCanRate: false, viewerCanReopen: false });
  });

  it('the superadmin reopens nothing and sets no agency\'s strategy, rules or attendance; the admin of the agency does', async () => {
    await api.db.query(`update evaluation set status = 'CONFIRMED', confirmed_at = now() where id = $1`, [evId]);
    const asSuper = await api.as('superadmin');
    const before = await state();
    const agency = g('Agency', api.fx.agencyA);
    const tries = [
      (await api.gql(REOPEN, { i: { evaluation: g('Evaluation', evId), reason: 'Dibuka superadmin.' } }, asSuper)).errors?.[0].extensions?.code,
      (await api.gql(`mutation($i: AgencyScoringStrategySetInput!) { agencyScoringStrategySet(input: $i) { userErrors { code } } }`, { i: { agency, strategy: 'PP_46_2011' } }, asSuper)).errors?.[0].extensions?.code,
      (await api.gql(`mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) { userErrors { code } } }`, { i: { agency, year: f.year + 1, rules: RULES } }, asSuper)).errors?.[0].extensions?.code,
      (await api.gql(`mutation($i: AttendanceRecordUpsertInput!) { attendanceRecordUpsert(input: $i) { userErrors { code } } }`, { i: { record: { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-06`, lateMinutes: 40 } } }, asSuper)).errors?.[0].extensions?.code,
    ];
    expect(tries).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await state()).toEqual(before);
    const reopen = await api.gql(REOPEN, { i: { evaluation: g('Evaluation', evId), reason: 'Koreksi oleh admin instansi.' } }, await api.as('admin'));
    expect(reopen.data.evaluationReopen).toMatchObject({ evaluation: { status: 'DRAFT' }, userErrors: [] });
    const confirmed = await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', evId), distributionOverrideReason: 'Penetapan ulang.' } }, await api.as('kasi'));
    expect(confirmed.data.evaluationConfirm.userErrors).toEqual([]);
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
