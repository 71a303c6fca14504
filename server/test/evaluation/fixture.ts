import type { TestApi } from '../support/api';

/**
 * Planning data for evaluation tests, written with SQL (the planning module owns the
 * workflow; here we only need approved plans with goals, indicators and realizations).
 *
 * Annual period of the current year Y with evaluation periods that all start on Y-01-01
 * (so they have started whatever today is): JAN (monthly), Q1 (quarterly), S1 (semester,
 * deadline passed: locked for employees), FINAL (the annual evaluation). Period Y+1 has a
 * FINAL evaluation period that has not started. Plans (approved unless noted):
 *   staff1 (JA pelaksana, appraiser kasi), staff2 (JF Ahli Pertama, appraiser kasi),
 *   kasi (head of SEKSI, appraiser kabid), kabid (head of BIDANG, appraiser kadis),
 *   staff3 (SUBMITTED, appraiser kabid2), staff1Next (year Y+1, appraiser kasi).
 * Each plan has two MAIN goals; goal 1 has a quantity indicator (target 10 reports) and a
 * time indicator (target 12 months, lower is better), goal 2 a quality indicator (target 100).
 */
export interface EvalFixture {
  year: number;
  periodId: number;
  nextPeriodId: number;
  ep: Record<'jan' | 'q1' | 's1' | 'final' | 'nextFinal', number>;
  plans: Record<'staff1' | 'staff2' | 'kasi' | 'kabid' | 'staff3' | 'staff1Next', number>;
  goals: Record<string, number[]>;
  indicators: Record<string, number[]>;
}

async function one<T = { id: number }>(api: TestApi, text: string, params: unknown[]): Promise<T> {
  return (await api.db.query(text, params)).rows[0] as T;
}

async function period(api: TestApi, agencyId: number, year: number) {
  return (await one(api, `insert into period (agency_id, year, name, start_date, end_date) values ($1, $2, $3, $4, $5) returning id`,
    [agencyId, year, `SKP ${year}`, `${year}-01-01`, `${year}-12-31`])).id;
}

async function evaluationPeriod(api: TestApi, agencyId: number, periodId: number, kind: string, name: string, start: string, end: string, deadline: string) {
  return (await one(api, `insert into evaluation_period (agency_id, period_id, kind, name, start_date, end_date, deadline) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [agencyId, periodId, kind, name, start, end, deadline])).id;
}

async function goal(api: TestApi, agencyId: number, planId: number, ownerId: number, periodId: number, description: string, ordinal: number) {
  return (await one(api,
    `with n as (select nextval(pg_get_serial_sequence('goal', 'id')) as id)
     insert into goal (id, agency_id, plan_id, owner_id, period_id, kind, description, ordinal, depth, path)
     select n.id, $1, $2, $3, $4, 'MAIN', $5, $6, 0, lpad(n.id::text, 10, '0') || '.' from n returning id`,
    [agencyId, planId, ownerId, periodId, description, ordinal])).id;
}

async function indicator(api: TestApi, agencyId: number, goalId: number, aspect: string, target: number, unit: string, lowerIsBetter: boolean, ordinal: number) {
  return (await one(api,
    `insert into indicator (agency_id, goal_id, description, aspect, target_value, unit, lower_is_better, ordinal) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [agencyId, goalId, `Indikator ${aspect.toLowerCase()}`, aspect, target, unit, lowerIsBetter, ordinal])).id;
}

export async function buildEvalFixture(api: TestApi): Promise<EvalFixture> {
  const { fx } = api;
  const a = fx.agencyA;
  const year = new Date().getUTCFullYear();
  const periodId = await period(api, a, year);
  const nextPeriodId = await period(api, a, year + 1);
  const far = `${year + 5}-12-31T23:59:59Z`;
  const ep = {
    jan: await evaluationPeriod(api, a, periodId, 'MONTHLY', `Januari ${year}`, `${year}-01-01`, `${year}-01-31`, far),
    q1: await evaluationPeriod(api, a, periodId, 'QUARTERLY', `Triwulan I ${year}`, `${year}-01-01`, `${year}-03-31`, far),
    s1: await evaluationPeriod(api, a, periodId, 'SEMESTER', `Semester I ${year}`, `${year}-01-01`, `${year}-06-30`, '2000-01-01T00:00:00Z'),
    final: await evaluationPeriod(api, a, periodId, 'FINAL', `Akhir ${year}`, `${year}-01-01`, `${year}-12-31`, far),
    nextFinal: await evaluationPeriod(api, a, nextPeriodId, 'FINAL', `Akhir ${year + 1}`, `${year + 1}-01-01`, `${year + 1}-12-31`, `${year + 6}-12-31T23:59:59Z`),
  };
  const e = fx.employees;
  const p = fx.positions;
  const u = fx.units;
  const specs: [keyof EvalFixture['plans'], number, number, number, number, number, string, number][] = [
    ['staff1', e.staff1.id, p.staff1.id, u.seksi.id, e.kasi.id, e.kabid.id, 'APPROVED', periodId],
    ['staff2', e.staff2.id, p.staff2.id, u.seksi.id, e.kasi.id, e.kabid.id, 'APPROVED', periodId],
    ['kasi', e.kasi.id, p.kasi.id, u.seksi.id, e.kabid.id, e.kadis.id, 'APPROVED', periodId],
    ['kabid', e.kabid.id, p.kabid.id, u.bidang.id, e.kadis.id, e.sekda.id, 'APPROVED', periodId],
    ['staff3', e.staff3.id, p.staff3.id, u.bidang2.id, e.kabid2.id, e.kadis.id, 'SUBMITTED', periodId],
    ['staff1Next', e.staff1.id, p.staff1.id, u.seksi.id, e.kasi.id, e.kabid.id, 'APPROVED', nextPeriodId],
  ];
  const plans = {} as EvalFixture['plans'];
  const goals: Record<string, number[]> = {};
  const indicators: Record<string, number[]> = {};
  for (const [key, emp, pos, unit, appraiser, sup, status, per] of specs) {
    const start = per === periodId ? `${year}-01-01` : `${year + 1}-01-01`;
    const planId = (await one(api,
      `insert into performance_plan (agency_id, employee_id, period_id, position_id, unit_id, approach, appraiser_id, appraiser_superior_id, status, start_date)
       values ($1, $2, $3, $4, $5, 'QUANTITATIVE', $6, $7, $8, $9) returning id`,
      [a, emp, per, pos, unit, appraiser, sup, status, start])).id;
    plans[key] = planId;
    const g1 = await goal(api, a, planId, emp, per, 'Tersusunnya laporan kurikulum', 1);
    const g2 = await goal(api, a, planId, emp, per, 'Terlaksananya layanan data', 2);
    goals[key] = [g1, g2];
    indicators[key] = [
      await indicator(api, a, g1, 'QUANTITY', 10, 'laporan', false, 1),
      await indicator(api, a, g1, 'TIME', 12, 'bulan', true, 2),
      await indicator(api, a, g2, 'QUALITY', 100, 'persen', false, 1),
    ];
  }
  return { year, periodId, nextPeriodId, ep, plans, goals, indicators };
}

/** Records a realization of an indicator in an evaluation period. */
export async function realize(api: TestApi, indicatorId: number, evaluationPeriodId: number, value: number): Promise<void> {
  await api.db.query(
    `insert into realization (agency_id, indicator_id, evaluation_period_id, value, source) values ($1, $2, $3, $4, 'MANUAL')
     on conflict (agency_id, indicator_id, evaluation_period_id) do update set value = excluded.value`,
    [api.fx.agencyA, indicatorId, evaluationPeriodId, value],
  );
}

export const RATE = `mutation($i: EvaluationRateInput!) { evaluationRate(input: $i) {
  evaluation { id status resultRating resultRatingSource behaviorRating performanceRating isUnitHead }
  distributionWarnings { code ratings min max actualShare message }
  userErrors { code field message } } }`;

export const CONFIRM = `mutation($i: EvaluationConfirmInput!) { evaluationConfirm(input: $i) {
  evaluation { id status confirmedAt distributionOverrideReason }
  distributionWarnings { code }
  userErrors { code field message } } }`;

export const REOPEN = `mutation($i: EvaluationReopenInput!) { evaluationReopen(input: $i) {
  evaluation { id status reopenReason } userErrors { code field message } } }`;

export const FEEDBACK = `mutation($i: FeedbackSetInput!) { feedbackSet(input: $i) {
  feedback { id coreValue note goal { id } options { code } author { id } }
  evaluation { id } userErrors { code field message } } }`;

export const SELF = `mutation($i: SelfAssessmentSetInput!) { selfAssessmentSet(input: $i) {
  selfAssessment { id note goal { id } } evaluation { id status } userErrors { code field message } } }`;

export const ORG_PERF = `mutation($i: OrgPerformanceSetInput!) { orgPerformanceSet(input: $i) {
  orgPerformance { id rating note unit { id } distributionPattern { dominant } } userErrors { code field message } } }`;

/** Number of evaluation rows of a plan (for "nothing written" checks). */
export async function evaluationCount(api: TestApi, planId: number): Promise<number> {
  return Number((await api.db.query(`select count(*) as n from evaluation where plan_id = $1`, [planId])).rows[0].n);
}
