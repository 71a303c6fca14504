import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, ORG_PERF, RATE, type EvalFixture } from './fixture';

/**
 * Organisational performance (SE MenPANRB 3/2023): set by the leader above the unit, the
 * unit head's result rating follows it, and the unit's spread of ratings is checked against
 * the distribution pattern; confirming despite warnings needs a reason, which is audited.
 * Fixture units: SEKSI (head kasi; leader above: kabid), BIDANG (head kabid; above: kadis).
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
});
afterAll(() => api?.stop());

const setPerf = async (who: Parameters<TestApi['as']>[0], unit: 'seksi' | 'bidang' | 'dinas' | 'root', rating: string, ep = f.ep.q1) =>
  (await api.gql(ORG_PERF, { i: { unit: g('OrgUnit', api.fx.units[unit].id), evaluationPeriod: g('EvaluationPeriod', ep), rating, note: 'Capaian rencana aksi unit.' } }, await api.as(who))).data.orgPerformanceSet;
const rate = async (who: Parameters<TestApi['as']>[0], plan: keyof EvalFixture['plans'], result: string | null, behavior: string) =>
  (await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans[plan]), evaluationPeriod: g('EvaluationPeriod', f.ep.q1), resultRating: result, behaviorRating: behavior } }, await api.as(who))).data.evaluationRate;
const evalId = async (plan: keyof EvalFixture['plans']) =>
  (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans[plan], f.ep.q1])).rows[0].id as number;
const perfCount = async () => Number((await api.db.query(`select count(*) as n from org_performance`)).rows[0].n);

describe('organisational performance', () => {
  it('refuses the unit head\'s rating until the unit is rated', async () => {
    const r = await rate('kabid', 'kasi', null, 'MEETS_EXPECTATIONS');
    expect(r.userErrors).toEqual([expect.objectContaining({ code: 'ORG_PERFORMANCE_REQUIRED', field: ['input', 'resultRating'] })]);
  });

  it.each([
    ['the unit head themself', 'kasi', 'FORBIDDEN'],
    ['an employee of the unit', 'staff1', 'FORBIDDEN'],
    ['a manager two levels above (not the leader directly above)', 'kadis', 'FORBIDDEN'],
    ['an operator', 'operator', 'FORBIDDEN'],
    ['an admin of another agency', 'adminB', 'NOT_FOUND'],
    // DOMAIN.md roles: ratings (a unit's too) are the derived appraiser's; admins are not granted them.
    ['the agency admin (not the leader above)', 'admin', 'FORBIDDEN'],
    ['the national superadmin (reads everything, writes nothing)', 'superadmin', 'FORBIDDEN'],
  ] as const)('refuses %s setting it', async (_name, who, code) => {
    const before = await perfCount();
    const r = await setPerf(who, 'seksi', 'GOOD');
    expect(r.userErrors[0].code).toBe(code);
    expect(await perfCount()).toBe(before);
  });

  it('refuses it in a period locked for employees', async () => {
    const r = await setPerf('kabid', 'seksi', 'GOOD', f.ep.s1);
    expect(r.userErrors[0].code).toBe('PERIOD_LOCKED');
  });

  it('lets the leader above set it (audited), and the agency admin set the top unit, which has no leader above in the agency', async () => {
    const r = await setPerf('kabid', 'seksi', 'GOOD');
    expect(r.userErrors).toEqual([]);
    expect(r.orgPerformance).toMatchObject({ rating: 'GOOD', distributionPattern: { dominant: 'GOOD' } });
    expect((await setPerf('sekda', 'dinas', 'GOOD')).userErrors).toEqual([]);
    const rootCount = async () => Number((await api.db.query(`select count(*) as n from org_performance where unit_id = $1`, [api.fx.units.root.id])).rows[0].n);
    expect((await setPerf('kabid', 'root', 'GOOD')).userErrors[0].code).toBe('FORBIDDEN');
    for (const who of ['superadmin', 'sekda', 'operator'] as const) expect((await setPerf(who, 'root', 'OUTSTANDING')).userErrors[0].code).toBe('FORBIDDEN');
    expect((await setPerf('adminB', 'root', 'OUTSTANDING')).userErrors[0].code).toBe('NOT_FOUND');
    expect(await rootCount()).toBe(0);
    const top = await setPerf('admin', 'root', 'OUTSTANDING');
    expect(top.userErrors).toEqual([]);
    expect(top.orgPerformance).toMatchObject({ rating: 'OUTSTANDING' });
    expect(await rootCount()).toBe(1);
    const audit = await api.db.query(`select from_state, to_state, actor_id from audit_log where action = 'ORG_PERFORMANCE_SET' order by id`);
    expect(audit.rows[0]).toMatchObject({ from_state: null, to_state: 'GOOD', actor_id: api.fx.employees.kabid.id });
    expect(audit.rows.at(-1)).toMatchObject({ from_state: null, to_state: 'OUTSTANDING', actor_id: api.fx.employees.admin.id });
  });

  it('derives the unit head\'s result rating from it and refuses another one', async () => {
    const r = await rate('kabid', 'kasi', null, 'ABOVE_EXPECTATIONS');
    expect(r.userErrors).toEqual([]);
    expect(r.evaluation).toMatchObject({ isUnitHead: true, resultRating: 'MEETS_EXPECTATIONS', resultRatingSource: 'ORG_PERFORMANCE', performanceRating: 'GOOD' });
    const other = await rate('kabid', 'kasi', 'ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS');
    expect(other.userErrors[0].code).toBe('RESULT_RATING_FROM_ORG_PERFORMANCE');
    const same = await rate('kabid', 'kasi', 'MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS');
    expect(same.userErrors).toEqual([]);
  });

  it('re-derives a draft head evaluation when the unit\'s rating changes', async () => {
    expect((await setPerf('kabid', 'seksi', 'OUTSTANDING')).userErrors).toEqual([]);
    const row = (await api.db.query(`select result_rating, performance_rating from evaluation where id = $1`, [await evalId('kasi')])).rows[0];
    expect(row).toEqual({ result_rating: 'ABOVE_EXPECTATIONS', performance_rating: 'VERY_GOOD' });
    expect((await setPerf('kabid', 'seksi', 'GOOD')).userErrors).toEqual([]);
  });

  it('warns about the distribution when rating and requires a reason to confirm', async () => {
    const r1 = await rate('kasi', 'staff1', 'MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS');
    const r2 = await rate('kasi', 'staff2', 'MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS');
    expect(r1.userErrors).toEqual([]);
    // SEKSI is GOOD: at most 70 % GOOD and some NEEDS_IMPROVEMENT/POOR required; 3 of 3 are GOOD.
    expect(r2.distributionWarnings.map((w: { code: string }) => w.code).sort()).toEqual(['MAX_SHARE_EXCEEDED', 'REQUIRED_RATING_MISSING']);
    expect(r2.distributionWarnings.find((w: { code: string }) => w.code === 'MAX_SHARE_EXCEEDED')).toMatchObject({ ratings: ['GOOD'], max: 0.7, actualShare: 1 });

    const id = g('Evaluation', await evalId('staff1'));
    const refused = await api.gql(CONFIRM, { i: { evaluation: id } }, await api.as('kasi'));
    expect(refused.data.evaluationConfirm.userErrors).toEqual([expect.objectContaining({ code: 'DISTRIBUTION_REASON_REQUIRED', field: ['input', 'distributionOverrideReason'] })]);
    expect((await api.db.query(`select status from evaluation where id = $1`, [await evalId('staff1')])).rows[0].status).toBe('DRAFT');
    const tooShort = await api.gql(CONFIRM, { i: { evaluation: id, distributionOverrideReason: 'ok' } }, await api.as('kasi'));
    expect(tooShort.data.evaluationConfirm.userErrors[0].code).toBe('DISTRIBUTION_REASON_REQUIRED');

    const ok = await api.gql(CONFIRM, { i: { evaluation: id, distributionOverrideReason: 'Seksi kecil; semua pegawai memenuhi target.' } }, await api.as('kasi'));
    expect(ok.data.evaluationConfirm.userErrors).toEqual([]);
    expect(ok.data.evaluationConfirm.evaluation).toMatchObject({ status: 'CONFIRMED', distributionOverrideReason: 'Seksi kecil; semua pegawai memenuhi target.' });
    const audit = (await api.db.query(`select reason, data from audit_log where action = 'EVALUATION_CONFIRM' and entity_id = $1`, [await evalId('staff1')])).rows[0];
    expect(audit.reason).toBe('Seksi kecil; semua pegawai memenuhi target.');
    expect(audit.data.distributionWarnings.map((w: { code: string }) => w.code).sort()).toEqual(['MAX_SHARE_EXCEEDED', 'REQUIRED_RATING_MISSING']);
  });

  it('confirms without a reason once the spread fits the pattern', async () => {
    const r = await rate('kasi', 'staff2', 'BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS');
    expect(r.distributionWarnings).toEqual([]);
    const ok = await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', await evalId('staff2')) } }, await api.as('kasi'));
    expect(ok.data.evaluationConfirm.userErrors).toEqual([]);
    expect(ok.data.evaluationConfirm.evaluation.distributionOverrideReason).toBeNull();
  });

  it('reports the check per unit to those who may monitor it', async () => {
    const q = `query($u: ID!, $ep: ID!) { distributionCheck(unit: $u, evaluationPeriod: $ep) {
      total confirmed orgPerformance { rating } pattern { orgPerformance dominant constraints { kind ratings share } }
      counts { rating count share } violations { code } } }`;
    const vars = { u: g('OrgUnit', api.fx.units.seksi.id), ep: g('EvaluationPeriod', f.ep.q1) };
    const r = await api.gql(q, vars, await api.as('kabid'));
    expect(r.data.distributionCheck).toMatchObject({ total: 3, confirmed: 2, orgPerformance: { rating: 'GOOD' }, violations: [] });
    expect(r.data.distributionCheck.counts.filter((c: { count: number }) => c.count > 0)).toEqual([
      { rating: 'GOOD', count: 2, share: 2 / 3 }, { rating: 'NEEDS_IMPROVEMENT', count: 1, share: 1 / 3 },
    ]);
    expect((await api.gql(q, vars, await api.as('staff1'))).data.distributionCheck).toBeNull();
    expect((await api.gql(q, vars, await api.as('adminB'))).data.distributionCheck).toBeNull();
    expect((await api.gql(q, vars, await api.as('operator'))).data.distributionCheck.total).toBe(3);
  });

  it('counts a unit\'s evaluations in the nearest rated unit above them', async () => {
    expect((await setPerf('kadis', 'bidang', 'GOOD')).userErrors).toEqual([]);
    expect((await rate('kadis', 'kabid', null, 'MEETS_EXPECTATIONS')).userErrors).toEqual([]);
    const q = `query($u: ID!, $ep: ID!) { distributionCheck(unit: $u, evaluationPeriod: $ep) { total } }`;
    const bidang = await api.gql(q, { u: g('OrgUnit', api.fx.units.bidang.id), ep: g('EvaluationPeriod', f.ep.q1) }, await api.as('kadis'));
    expect(bidang.data.distributionCheck.total).toBe(1);
    const dinas = await api.gql(q, { u: g('OrgUnit', api.fx.units.dinas.id), ep: g('EvaluationPeriod', f.ep.q1) }, await api.as('kadis'));
    expect(dinas.data.distributionCheck.total).toBe(0);
  });

  it('refuses to change the unit\'s rating once the head\'s evaluation is confirmed', async () => {
    const c = await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', await evalId('kasi')), distributionOverrideReason: 'Ditetapkan oleh kepala bidang.' } }, await api.as('kabid'));
    expect(c.data.evaluationConfirm.userErrors).toEqual([]);
    const r = await setPerf('kabid', 'seksi', 'POOR');
    expect(r.userErrors[0]).toMatchObject({ code: 'EVALUATION_CONFIRMED', field: ['input', 'rating'] });
    const stored = await api.gql(`query($u: ID!, $ep: ID!) { orgPerformance(unit: $u, evaluationPeriod: $ep) { rating } }`,
      { u: g('OrgUnit', api.fx.units.seksi.id), ep: g('EvaluationPeriod', f.ep.q1) }, await api.as('staff1'));
    expect(stored.data.orgPerformance.rating).toBe('GOOD');
  });

  it('serves the patterns of SE MenPANRB 3/2023 as data', async () => {
    const r = await api.gql(`{ distributionPatterns { orgPerformance dominant allowed constraints { kind ratings share } description } }`, {}, await api.as('staff1'));
    expect(r.data.distributionPatterns.map((p: { orgPerformance: string }) => p.orgPerformance)).toEqual(['OUTSTANDING', 'GOOD', 'NEEDS_IMPROVEMENT', 'POOR', 'VERY_POOR']);
    expect(r.data.distributionPatterns[4].allowed).not.toContain('VERY_GOOD');
  });
});
