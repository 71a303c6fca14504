import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createGoal, createPeriod, createPlan, mutate, ok, planRow } from './helpers';

/**
 * The plan workflow end to end through HTTP: kabid's plan, then kasi's cascading from
 * it; submit, return, edit (back to DRAFT), resubmit, approve, revise; and the race:
 * two approvals, or approve against return, fired in parallel: one wins, one CONFLICT.
 */
let api: TestApi;
let period: string;
let kabidPlan: string;
let kabidGoal: string;

const PLAN = 'performancePlan { id status version returnReason appraiser { name } approvedBy { name } }';

beforeAll(async () => {
  api = await startTestApi();
  period = await createPeriod(api, 2026);
  kabidPlan = (await createPlan(api, 'kabid', period)).id;
  kabidGoal = await createGoal(api, 'kabid', kabidPlan, { parentGoal: undefined });
});
afterAll(() => api?.stop());

async function kasiPlanReady(): Promise<string> {
  await api.db.query(`delete from performance_plan where employee_id = $1`, [api.fx.employees.kasi.id]);
  const plan = (await createPlan(api, 'kasi', period)).id;
  await createGoal(api, 'kasi', plan, { parentGoal: kabidGoal, cascadeType: 'DIRECT' });
  return plan;
}

describe('plan workflow', () => {
  it('records the appraiser snapshot at creation', async () => {
    const plan = (await createPlan(api, 'staff1', period)).id;
    const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { status appraiserSource appraiser { name } appraiserSuperior { name } position { name } } }`, { id: plan }, await api.as('staff1'));
    expect(r.data.performancePlan).toEqual({ status: 'DRAFT', appraiserSource: 'REPORTING_LINE', appraiser: { name: 'Kasi Kurikulum' }, appraiserSuperior: { name: 'Kabid SMA' }, position: { name: 'Pengolah Data Kurikulum' } });
  });

  it('goes DRAFT → SUBMITTED → RETURNED → DRAFT (edit) → SUBMITTED → APPROVED with audit records', async () => {
    const plan = await kasiPlanReady();
    let p = await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, PLAN);
    expect(p.performancePlan.status).toBe('SUBMITTED');
    p = await ok(api, 'kabid', 'performancePlanReturn', 'PerformancePlanReasonInput', { plan, reason: 'Target belum terukur' }, PLAN);
    expect(p.performancePlan).toMatchObject({ status: 'RETURNED', returnReason: 'Target belum terukur' });
    const g = await ok(api, 'kasi', 'performancePlanUpdate', 'PerformancePlanUpdateInput', { plan, resourceSupport: 'Anggaran APBD' }, PLAN);
    expect(g.performancePlan.status).toBe('DRAFT');
    await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, PLAN);
    p = await ok(api, 'kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan }, PLAN);
    expect(p.performancePlan).toMatchObject({ status: 'APPROVED', approvedBy: { name: 'Kabid SMA' }, returnReason: null });
    const trail = await api.gql(`query($id: ID!) { performancePlan(id: $id) { auditTrail(first: 20) { totalCount nodes { action from to reason actor { name } } } } }`, { id: plan }, await api.as('kasi'));
    expect(trail.data.performancePlan.auditTrail.nodes.map((n: any) => [n.action, n.from, n.to, n.actor?.name])).toEqual([
      ['PLAN_CREATE', null, 'DRAFT', 'Kasi Kurikulum'],
      ['PLAN_SUBMIT', 'DRAFT', 'SUBMITTED', 'Kasi Kurikulum'],
      ['PLAN_RETURN', 'SUBMITTED', 'RETURNED', 'Kabid SMA'],
      ['PLAN_REOPEN', 'RETURNED', 'DRAFT', 'Kasi Kurikulum'],
      ['PLAN_SUBMIT', 'DRAFT', 'SUBMITTED', 'Kasi Kurikulum'],
      ['PLAN_APPROVE', 'SUBMITTED', 'APPROVED', 'Kabid SMA'],
    ]);
    expect(trail.data.performancePlan.auditTrail.nodes[2].reason).toBe('Target belum terukur');
  });

  it('revises an approved plan: REVISION_SUBMITTED (editable) → REVISION_REJECTED → REVISION_SUBMITTED → APPROVED', async () => {
    const plan = await kasiPlanReady();
    await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, PLAN);
    await ok(api, 'kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan }, PLAN);
    const edit = await mutate(api, 'kasi', 'performancePlanUpdate', 'PerformancePlanUpdateInput', { plan, consequences: 'x' }, PLAN);
    expect(edit.userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    let p = await ok(api, 'kasi', 'performancePlanRevisionSubmit', 'PerformancePlanReasonInput', { plan, reason: 'Perubahan anggaran' }, PLAN);
    expect(p.performancePlan.status).toBe('REVISION_SUBMITTED');
    await ok(api, 'kasi', 'performancePlanUpdate', 'PerformancePlanUpdateInput', { plan, consequences: 'Sanksi administratif' }, PLAN);
    p = await ok(api, 'kabid', 'performancePlanRevisionReject', 'PerformancePlanReasonInput', { plan, reason: 'Tidak perlu revisi' }, PLAN);
    expect(p.performancePlan).toMatchObject({ status: 'REVISION_REJECTED', returnReason: 'Tidak perlu revisi' });
    await ok(api, 'kasi', 'performancePlanRevisionSubmit', 'PerformancePlanReasonInput', { plan, reason: 'Perubahan anggaran lagi' }, PLAN);
    p = await ok(api, 'kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan }, PLAN);
    expect(p.performancePlan.status).toBe('APPROVED');
  });

  it('tells the client which actions are open (viewerCan*)', async () => {
    const plan = await kasiPlanReady();
    const q = `query($id: ID!) { performancePlan(id: $id) { viewerCanEdit viewerCanSubmit viewerCanApprove viewerCanReturn viewerCanSubmitRevision viewerCanRejectRevision viewerCanSetBehaviorExpectations } }`;
    const flags = async (who: 'kasi' | 'kabid' | 'admin' | 'kadis') => (await api.gql(q, { id: plan }, await api.as(who))).data.performancePlan;
    expect(await flags('kasi')).toEqual({ viewerCanEdit: true, viewerCanSubmit: true, viewerCanApprove: false, viewerCanReturn: false, viewerCanSubmitRevision: false, viewerCanRejectRevision: false, viewerCanSetBehaviorExpectations: false });
    expect(await flags('kabid')).toMatchObject({ viewerCanEdit: false, viewerCanSubmit: false, viewerCanApprove: false, viewerCanSetBehaviorExpectations: true });
    await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, PLAN);
    expect(await flags('kasi')).toMatchObject({ viewerCanEdit: false, viewerCanSubmit: false });
    expect(await flags('kabid')).toMatchObject({ viewerCanApprove: true, viewerCanReturn: true });
    expect(await flags('admin')).toMatchObject({ viewerCanApprove: true, viewerCanReturn: true, viewerCanEdit: false });
    expect(await flags('kadis')).toMatchObject({ viewerCanApprove: false, viewerCanReturn: false, viewerCanEdit: false });
  });

  it('lists submitted plans for the recorded appraiser only (plansToApprove)', async () => {
    const plan = await kasiPlanReady();
    await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, PLAN);
    const q = `{ plansToApprove { totalCount nodes { id employee { name } } } }`;
    const kabid = await api.gql(q, {}, await api.as('kabid'));
    expect(kabid.data.plansToApprove.nodes.map((n: any) => n.id)).toContain(plan);
    const kadis = await api.gql(q, {}, await api.as('kadis'));
    expect(kadis.data.plansToApprove.nodes.map((n: any) => n.id)).not.toContain(plan);
  });

  it('pages plansToApprove and the audit trail with cursors', async () => {
    await api.db.query(`delete from performance_plan where employee_id = any($1::int[])`, [[api.fx.employees.staff1.id, api.fx.employees.staff2.id]]);
    const kasi = await kasiPlanReady();
    const kasiGoal = (await api.gql(`query($id: ID!) { performancePlan(id: $id) { goals { id } } }`, { id: kasi }, await api.as('kasi'))).data.performancePlan.goals[0].id;
    for (const who of ['staff1', 'staff2'] as const) {
      const p = (await createPlan(api, who, period)).id;
      await createGoal(api, who, p, { parentGoal: kasiGoal, cascadeType: 'INDIRECT' });
      await ok(api, who, 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: p }, '__typename');
    }
    const q = `query($after: String) { plansToApprove(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { employee { name } } } }`;
    const token = await api.as('kasi');
    const p1 = (await api.gql(q, {}, token)).data.plansToApprove;
    const p2 = (await api.gql(q, { after: p1.pageInfo.endCursor }, token)).data.plansToApprove;
    expect([p1.totalCount, p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([2, true, false]);
    expect([p1.nodes[0].employee.name, p2.nodes[0].employee.name]).toEqual(['Staf Satu', 'Staf Dua']);
    const t = `query($id: ID!, $after: String) { performancePlan(id: $id) { auditTrail(first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { action } } } }`;
    const a1 = (await api.gql(t, { id: kasi }, token)).data.performancePlan.auditTrail;
    const a2 = (await api.gql(t, { id: kasi, after: a1.pageInfo.endCursor }, token)).data.performancePlan.auditTrail;
    expect([a1.nodes[0].action, a1.totalCount]).toEqual(['PLAN_CREATE', 1]);
    expect(a2.nodes).toEqual([]);
    await api.db.query(`delete from performance_plan where employee_id = any($1::int[])`, [[api.fx.employees.staff1.id, api.fx.employees.staff2.id]]);
  });

  it('sets the leader\'s specific expectation per core value', async () => {
    const plan = await kasiPlanReady();
    await ok(api, 'kabid', 'behaviorExpectationSet', 'BehaviorExpectationSetInput', { plan, coreValue: 'COLLABORATIVE', specificExpectation: 'Aktif dalam rapat koordinasi lintas seksi' }, 'performancePlan { id }');
    const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { behaviorExpectations { coreValue name guides specificExpectation } } }`, { id: plan }, await api.as('kasi'));
    const list = r.data.performancePlan.behaviorExpectations;
    expect(list).toHaveLength(7);
    expect(list[0]).toMatchObject({ coreValue: 'SERVICE_ORIENTED', name: 'Berorientasi Pelayanan', specificExpectation: null });
    expect(list[0].guides).toHaveLength(3);
    expect(list[6]).toMatchObject({ coreValue: 'COLLABORATIVE', specificExpectation: 'Aktif dalam rapat koordinasi lintas seksi' });
    const own = await mutate(api, 'kasi', 'behaviorExpectationSet', 'BehaviorExpectationSetInput', { plan, coreValue: 'LOYAL', specificExpectation: 'Saya sendiri' }, 'performancePlan { id }');
    expect(own.userErrors[0].code).toBe('FORBIDDEN');
  });
});

describe('concurrency', () => {
  const fire = (who: 'kabid' | 'admin', name: string, type: string, input: Record<string, unknown>) =>
    mutate(api, who, name, type, input, 'performancePlan { status }');

  for (let round = 0; round < 3; round++) {
    it(`two simultaneous approvals: exactly one wins, the other gets CONFLICT (round ${round + 1})`, async () => {
      const plan = await kasiPlanReady();
      const s = await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, 'performancePlan { version }');
      const results = await Promise.all([
        fire('kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan }),
        fire('admin', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan }),
      ]);
      const codes = results.map((r) => r.userErrors[0]?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const row = await planRow(api, plan);
      expect(row.status).toBe('APPROVED');
      expect(row.version).toBe(s.performancePlan.version + 1);
      const audits = await api.db.query(`select count(*)::int as n from audit_log where entity_type = 'PerformancePlan' and entity_id = $1 and action = 'PLAN_APPROVE'`, [row.id]);
      expect(audits.rows[0].n).toBe(1);
    });
  }

  it('approve against return, in parallel with the version seen: one wins, the other CONFLICT', async () => {
    const plan = await kasiPlanReady();
    const s = await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, 'performancePlan { version }');
    const version = s.performancePlan.version;
    const results = await Promise.all([
      fire('kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan, version }),
      fire('admin', 'performancePlanReturn', 'PerformancePlanReasonInput', { plan, version, reason: 'Perlu perbaikan target' }),
    ]);
    const codes = results.map((r) => r.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const row = await planRow(api, plan);
    const winner = results.find((r) => r.userErrors.length === 0)!;
    expect(row.status).toBe(winner.performancePlan.status);
  });

  it('refuses a decision on a version the viewer did not see', async () => {
    const plan = await kasiPlanReady();
    const s = await ok(api, 'kasi', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan }, 'performancePlan { version }');
    const r = await fire('kabid', 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan, version: s.performancePlan.version - 1 });
    expect(r.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'version'] });
    expect((await planRow(api, plan)).status).toBe('SUBMITTED');
  });
});
