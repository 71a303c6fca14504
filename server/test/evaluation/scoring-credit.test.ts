import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, RATE, realize, type EvalFixture } from './fixture';

/**
 * Numeric scoring selectable per agency (stored, PermenPANRB 6/2022 by default) computed
 * from the realizations of the period, and credit points of functional positions
 * (PermenPANRB 1/2023) per period and per year. Worked examples:
 * - 8/2021: quantity 10/10 → 100 % → 109; time 12/12 lower-is-better → 100 % → 109;
 *   quality 98/100 → 98 % → 70 + 19/19 × 18 = 88; nilai SKP = mean = 102 (Baik).
 * - PP 46/2011: kegiatan 1 = (quantity 100 + time 76) / 2 = 88, kegiatan 2 = quality 98;
 *   SKP = 93; behaviour 80; NPK = 0.6 × 93 + 0.4 × 80 = 87.8 (Baik).
 * - Credit points, Ahli Pertama (12.5): Q1 Baik = 100 % × 12.5 × 3/12 = 3.125; January Sangat
 *   Baik = 150 % × 12.5 × 1/12 = 1.5625 → 1.563; annual Baik = 12.5.
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);

const SCORE = `query($id: ID!) { node(id: $id) { ... on PerformancePlan { evaluations { period { kind } score {
  strategy score rating planValue behaviorValue missingRealizations unavailableReason
  indicators { indicator { id } target realization hasRealization achievement value } } } } } }`;
const STRATEGY = `mutation($i: AgencyScoringStrategySetInput!) { agencyScoringStrategySet(input: $i) { agency { id scoringStrategy } userErrors { code field } } }`;

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
  const [qty, time, quality] = f.indicators.staff1;
  await realize(api, qty, f.ep.q1, 10);
  await realize(api, time, f.ep.q1, 12);
  await realize(api, quality, f.ep.q1, 98);
  await realize(api, f.indicators.staff2[0], f.ep.q1, 10);
});
afterAll(() => api?.stop());

const rate = async (plan: keyof EvalFixture['plans'], ep: number, result: string, behavior: string, extra: Record<string, unknown> = {}) =>
  (await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans[plan]), evaluationPeriod: g('EvaluationPeriod', ep), resultRating: result, behaviorRating: behavior, ...extra } }, await api.as('kasi'))).data.evaluationRate;
const scoreOf = async (plan: keyof EvalFixture['plans']) =>
  (await api.gql(SCORE, { id: g('PerformancePlan', f.plans[plan]) }, await api.as('kasi'))).data.node.evaluations.find((e: any) => e.period.kind === 'QUARTERLY').score;

describe('scoring strategy per agency', () => {
  it('defaults to the 6/2022 matrix: a predikat, no number', async () => {
    expect((await rate('staff1', f.ep.q1, 'MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS')).userErrors).toEqual([]);
    expect(await scoreOf('staff1')).toMatchObject({ strategy: 'PERMENPANRB_6_2022', score: null, rating: 'GOOD', unavailableReason: null, indicators: [] });
    const list = await api.gql(`{ scoringStrategies { strategy isNumeric } }`, {}, await api.as('staff1'));
    expect(list.data.scoringStrategies).toEqual([
      { strategy: 'PERMENPANRB_6_2022', isNumeric: false }, { strategy: 'PERMENPANRB_8_2021', isNumeric: true }, { strategy: 'PP_46_2011', isNumeric: true },
    ]);
  });

  it('stores the agency\'s choice (audited) and scores with PermenPANRB 8/2021', async () => {
    const r = await api.gql(STRATEGY, { i: { strategy: 'PERMENPANRB_8_2021' } }, await api.as('admin'));
    expect(r.data.agencyScoringStrategySet).toEqual({ agency: { id: g('Agency', api.fx.agencyA), scoringStrategy: 'PERMENPANRB_8_2021' }, userErrors: [] });
    const audit = (await api.db.query(`select from_state, to_state from audit_log where action = 'SCORING_STRATEGY_SET'`)).rows;
    expect(audit).toEqual([{ from_state: 'PERMENPANRB_6_2022', to_state: 'PERMENPANRB_8_2021' }]);
    const s = await scoreOf('staff1');
    expect(s).toMatchObject({ strategy: 'PERMENPANRB_8_2021', score: 102, rating: 'GOOD', missingRealizations: 0 });
    expect(s.indicators.map((l: any) => [l.target, l.realization, l.achievement, l.value])).toEqual([[10, 10, 100, 109], [12, 12, 100, 109], [100, 98, 98, 88]]);
    expect(s.indicators[0].indicator.id).toBe(g('Indicator', f.indicators.staff1[0]));
  });

  it('counts an indicator without a realization as not achieved, lower-is-better included', async () => {
    await rate('staff2', f.ep.q1, 'MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS');
    const s = await scoreOf('staff2');
    expect(s.missingRealizations).toBe(2);
    expect(s.indicators.map((l: any) => [l.hasRealization, l.value])).toEqual([[true, 109], [false, 0], [false, 0]]);
    expect(s.score).toBe(36.33);
  });

  it('scores with PP 46/2011 once the behaviour scores are given', async () => {
    await api.gql(STRATEGY, { i: { strategy: 'PP_46_2011' } }, await api.as('admin'));
    expect((await scoreOf('staff1')).unavailableReason).toMatch(/behaviour scores/);
    await rate('staff1', f.ep.q1, 'MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS', { legacyBehaviorScores: [80, 80, 80, 80, 80] });
    expect(await scoreOf('staff1')).toMatchObject({ strategy: 'PP_46_2011', score: 87.8, rating: 'GOOD', planValue: 93, behaviorValue: 80 });
  });

  it('refuses the choice for another agency and from non-admins', async () => {
    const other = await api.gql(STRATEGY, { i: { agency: g('Agency', api.fx.agencyA), strategy: 'PP_46_2011' } }, await api.as('adminB'));
    expect(other.data.agencyScoringStrategySet.userErrors[0].code).toBe('NOT_FOUND');
    const emp = await api.gql(STRATEGY, { i: { strategy: 'PP_46_2011' } }, await api.as('kasi'));
    expect(emp.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(STRATEGY, { i: { strategy: 'PERMENPANRB_1_2099' } }, await api.as('admin'));
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(bad.errors?.[0].extensions?.code);
  });
});

describe('credit points of functional positions', () => {
  const CREDIT = `query($id: ID!) { employee(id: $id) { creditPoints(year: ${f?.year ?? new Date().getUTCFullYear()}) {
    year total isProvisional annual { creditPoints months rating } periods { evaluationPeriod { kind } level rating months percent coefficient creditPoints } } } }`;
  const confirm = async (plan: keyof EvalFixture['plans'], ep: number) => {
    const id = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans[plan], ep])).rows[0].id;
    return (await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', id) } }, await api.as('kasi'))).data.evaluationConfirm;
  };

  it('converts each confirmed period and sums the finest kind until the annual evaluation', async () => {
    expect((await confirm('staff2', f.ep.q1)).userErrors).toEqual([]);
    await rate('staff2', f.ep.jan, 'ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS');
    expect((await confirm('staff2', f.ep.jan)).userErrors).toEqual([]);
    const r = await api.gql(CREDIT, { id: g('Employee', api.fx.employees.staff2.id) }, await api.as('staff2'));
    const cp = r.data.employee.creditPoints;
    expect(cp.periods).toEqual([
      { evaluationPeriod: { kind: 'MONTHLY' }, level: 'AHLI_PERTAMA', rating: 'VERY_GOOD', months: 1, percent: 150, coefficient: 12.5, creditPoints: 1.563 },
      { evaluationPeriod: { kind: 'QUARTERLY' }, level: 'AHLI_PERTAMA', rating: 'GOOD', months: 3, percent: 100, coefficient: 12.5, creditPoints: 3.125 },
    ]);
    expect(cp).toMatchObject({ total: 1.563, isProvisional: true, annual: null });
  });

  it('takes the annual evaluation as the year\'s total once confirmed', async () => {
    await rate('staff2', f.ep.final, 'MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS');
    const ev = await api.gql(`query($id: ID!, $ep: ID!) { node(id: $id) { ... on PerformancePlan { evaluation(evaluationPeriod: $ep) { creditPoints { months creditPoints } } } } }`,
      { id: g('PerformancePlan', f.plans.staff2), ep: g('EvaluationPeriod', f.ep.final) }, await api.as('staff2'));
    expect(ev.data.node.evaluation.creditPoints).toEqual({ months: 12, creditPoints: 12.5 });
    expect((await confirm('staff2', f.ep.final)).userErrors).toEqual([]);
    const cp = (await api.gql(CREDIT, { id: g('Employee', api.fx.employees.staff2.id) }, await api.as('kabid'))).data.employee.creditPoints;
    expect(cp).toMatchObject({ total: 12.5, isProvisional: false, annual: { creditPoints: 12.5, months: 12, rating: 'GOOD' } });
  });

  it('gives nothing to a non-functional position', async () => {
    const cp = (await api.gql(CREDIT, { id: g('Employee', api.fx.employees.staff1.id) }, await api.as('staff1'))).data.employee.creditPoints;
    expect(cp).toMatchObject({ total: 0, periods: [], annual: null });
  });
});
