import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createAgreement, createGoal, createPeriod, createPlan, indicator, ok } from './helpers';

/** Admin use cases for periods (schedule, deadlines, unlock/lock) and agreements (PK, IKU). */
let api: TestApi;
let P: string;

beforeAll(async () => {
  api = await startTestApi();
  P = await createPeriod(api, 2026);
});
afterAll(() => api?.stop());

describe('periods', () => {
  it('creates the default schedule and reads it by year, per agency', async () => {
    const r = await api.gql(`{ periods { year } period(year: 2026) { name startDate endDate isLocked viewerCanManage evaluationPeriods { kind name startDate endDate isLocked } } }`, {}, await api.as('kasi'));
    expect(r.data.periods).toEqual([{ year: 2026 }]);
    expect(r.data.period).toMatchObject({ name: 'SKP 2026', startDate: '2026-01-01', endDate: '2026-12-31', isLocked: false, viewerCanManage: false });
    expect(r.data.period.evaluationPeriods.map((e: any) => e.kind)).toEqual(['QUARTERLY', 'FINAL', 'QUARTERLY', 'QUARTERLY', 'QUARTERLY']);
    expect(r.data.period.evaluationPeriods[0]).toMatchObject({ name: 'Triwulan I 2026', isLocked: true });
    const b = await api.gql(`{ periods { year } period(year: 2026) { id } }`, {}, await api.as('empB'));
    expect(b.data).toEqual({ periods: [], period: null });
  });

  it('edits a period and an evaluation period, adds a monthly one, audited', async () => {
    await ok(api, 'admin', 'periodUpdate', 'PeriodUpdateInput', { period: P, name: 'SKP Tahun 2026' }, 'period { name }');
    const m = await ok(api, 'admin', 'evaluationPeriodCreate', 'EvaluationPeriodCreateInput', {
      period: P, evaluationPeriod: { kind: 'MONTHLY', name: 'Desember 2026', startDate: '2026-12-01', endDate: '2026-12-31', deadline: '2027-01-10T16:59:00Z' },
    }, 'evaluationPeriod { id kind isLocked deadline }');
    expect(m.evaluationPeriod).toMatchObject({ kind: 'MONTHLY', isLocked: false });
    const u = await ok(api, 'admin', 'evaluationPeriodUpdate', 'EvaluationPeriodUpdateInput', { evaluationPeriod: m.evaluationPeriod.id, deadline: '2027-01-05T16:59:00Z' }, 'evaluationPeriod { deadline }');
    expect(new Date(u.evaluationPeriod.deadline).toISOString()).toBe('2027-01-05T16:59:00.000Z');
    const audits = await api.db.query(`select action from audit_log where action like '%PERIOD%' order by id`);
    expect(audits.rows.map((r) => r.action)).toEqual(['PERIOD_CREATE', 'PERIOD_UPDATE', 'EVALUATION_PERIOD_CREATE', 'EVALUATION_PERIOD_UPDATE']);
  });

  it('unlocks a past period for employees with a reason until an instant, then locks it again', async () => {
    const p25 = await createPeriod(api, 2025);
    const final = (await api.gql(`{ period(year: 2025) { evaluationPeriods { id kind } } }`, {}, await api.as('admin'))).data.period.evaluationPeriods.find((e: any) => e.kind === 'FINAL').id;
    const refused = await api.gql(`mutation($i: PerformancePlanCreateInput!) { performancePlanCreate(input: $i) { userErrors { code } } }`, { i: { period: p25, approach: 'QUALITATIVE' } }, await api.as('staff3'));
    expect(refused.data.performancePlanCreate.userErrors[0].code).toBe('PERIOD_LOCKED');
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const u = await ok(api, 'admin', 'evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', { evaluationPeriod: final, until, reason: 'Keterlambatan karena gangguan server' }, 'evaluationPeriod { isLocked unlockReason unlockedUntil }');
    expect(u.evaluationPeriod).toMatchObject({ isLocked: false, unlockReason: 'Keterlambatan karena gangguan server' });
    const plan = await createPlan(api, 'staff3', p25, 'QUALITATIVE');
    expect(plan.id).toBeTruthy();
    const l = await ok(api, 'admin', 'evaluationPeriodLock', 'EvaluationPeriodLockInput', { evaluationPeriod: final, reason: 'Pengisian susulan selesai' }, 'evaluationPeriod { isLocked unlockReason }');
    expect(l.evaluationPeriod).toEqual({ isLocked: true, unlockReason: null });
    const trail = await api.db.query(`select action, reason from audit_log where entity_type = 'EvaluationPeriod' and action in ('PERIOD_UNLOCK', 'PERIOD_LOCK') order by id`);
    expect(trail.rows).toEqual([{ action: 'PERIOD_UNLOCK', reason: 'Keterlambatan karena gangguan server' }, { action: 'PERIOD_LOCK', reason: 'Pengisian susulan selesai' }]);
  });
});

describe('performance agreements', () => {
  it('creates a unit agreement with objectives, IKU and both parties, readable by the agency', async () => {
    const a = await createAgreement(api, 'dinas', P);
    await ok(api, 'admin', 'performanceAgreementUpdate', 'PerformanceAgreementUpdateInput', {
      agreement: a.agreement, firstParty: api.gid('Employee', api.fx.employees.kadis.id), secondParty: api.gid('Employee', api.fx.employees.sekda.id), signedOn: '2026-02-01',
    }, 'performanceAgreement { id }');
    await ok(api, 'admin', 'keyIndicatorCreate', 'KeyIndicatorCreateInput', { objective: a.objective, keyIndicator: { description: 'Angka partisipasi sekolah', targetValue: 95, unit: '%' } }, 'keyIndicator { id }');
    const q = `query($p: ID!, $u: ID) { performanceAgreements(period: $p, unit: $u) { totalCount nodes { unit { code } signedOn firstParty { name } secondParty { name } viewerCanEdit objectives { description keyIndicators { description targetValue unit } } } } }`;
    const r = await api.gql(q, { p: P, u: api.gid('OrgUnit', api.fx.units.dinas.id) }, await api.as('kadis'));
    expect(r.data.performanceAgreements.nodes[0]).toEqual({
      unit: { code: 'DISDIK' }, signedOn: '2026-02-01', firstParty: { name: 'Kadis Pendidikan' }, secondParty: { name: 'Sekda Utama' }, viewerCanEdit: false,
      objectives: [{ description: 'Meningkatnya mutu layanan dinas', keyIndicators: [
        { description: 'Indeks kepuasan layanan dinas', targetValue: 85, unit: 'indeks' },
        { description: 'Angka partisipasi sekolah', targetValue: 95, unit: '%' },
      ] }],
    });
    const sub = await api.gql(q, { p: P, u: api.gid('OrgUnit', api.fx.units.root.id) }, await api.as('admin'));
    expect(sub.data.performanceAgreements.totalCount).toBe(0);
    const withSub = await api.gql(`query($p: ID!, $u: ID) { performanceAgreements(period: $p, unit: $u, includeSubunits: true) { totalCount } }`, { p: P, u: api.gid('OrgUnit', api.fx.units.root.id) }, await api.as('admin'));
    expect(withSub.data.performanceAgreements.totalCount).toBe(1);
    const b = await api.gql(q, { p: P }, await api.as('adminB'));
    expect(b.data.performanceAgreements.totalCount).toBe(0);
  });

  it('keeps JPT goals bound to a key indicator in step with it', async () => {
    const a = await createAgreement(api, 'root', P);
    const plan = (await createPlan(api, 'sekda', P)).id;
    const g = await ok(api, 'sekda', 'goalCreate', 'GoalCreateInput', { plan, kind: 'MAIN', keyIndicator: a.keyIndicator }, 'goal { id strategicObjective { id } keyIndicator { id } }');
    expect(g.goal.strategicObjective.id).toBe(a.objective);
    await ok(api, 'admin', 'keyIndicatorUpdate', 'KeyIndicatorUpdateInput', { keyIndicator: a.keyIndicator, description: 'Indeks kepuasan masyarakat', targetValue: 90 }, 'keyIndicator { id }');
    const r = await api.gql(`query($id: ID!) { node(id: $id) { ... on Goal { description isLocked indicators { description targetValue isLocked } } } }`, { id: g.goal.id }, await api.as('sekda'));
    expect(r.data.node).toEqual({ description: 'Indeks kepuasan masyarakat', isLocked: true, indicators: [{ description: 'Indeks kepuasan masyarakat', targetValue: 90, isLocked: true }] });
  });
});

describe('reads cost a bounded number of statements', () => {
  it('reads a plan with its goals, indicators, parents and owners in the same number of statements for 2 or 12 goals', async () => {
    const kabidPlan = (await createPlan(api, 'kabid', P)).id;
    const parent = await createGoal(api, 'kabid', kabidPlan);
    const kadisParent = await createGoal(api, 'kadis', (await createPlan(api, 'kadis', P)).id);
    const small = (await createPlan(api, 'kasi', P)).id;
    const large = (await createPlan(api, 'kabid2', P)).id;
    for (let i = 0; i < 2; i++) await createGoal(api, 'kasi', small, { parentGoal: parent, cascadeType: 'INDIRECT', description: `Tersusunnya dokumen ${i}`, indicators: [indicator(), indicator('Waktu penyelesaian', { aspect: 'TIME', unit: 'bulan' })] });
    for (let i = 0; i < 12; i++) await createGoal(api, 'kabid2', large, { parentGoal: kadisParent, cascadeType: 'DIRECT', description: `Terlaksananya kegiatan ${i}`, indicators: [indicator(), indicator('Waktu penyelesaian', { aspect: 'TIME', unit: 'bulan' })] });
    const q = `query($id: ID!) { performancePlan(id: $id) { id status appraiser { name } viewerCanEdit viewerCanApprove goals { id description isLocked viewerCanEdit owner { name } parentGoal { id description } indicators { id description targetValue parentIndicator { id } } } behaviorExpectations { coreValue specificExpectation } } }`;
    const token = await api.as('kadis');
    const a = await api.countStatements(() => api.gql(q, { id: small }, token));
    const b = await api.countStatements(() => api.gql(q, { id: large }, token));
    expect(b).toBe(a);
    expect(a).toBeLessThan(20);
  });
});
