import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createGoal, createPeriod, createPlan, dbId, ok } from './helpers';

/**
 * Transfers mid-year: kasi moves to a new post on 1 July. Their plan closes on 30 June
 * (goals kept), a new DRAFT plan starts with the new line's appraiser; the plans of
 * staff1 and staff2 (recorded appraiser kasi) are routed to kabid, audited, listed for
 * the admin; when staff3 takes kasi's old post they are routed again to staff3; an
 * appraiser override moves staff2's plan to the override.
 */
let api: TestApi;
let P: string;
let kasiOld: string;
let staff1Plan: string;
let staff2Plan: string;
let newPos: string;

const gidE = (who: keyof TestApi['fx']['employees']) => api.gid('Employee', api.fx.employees[who].id);

beforeAll(async () => {
  api = await startTestApi();
  P = await createPeriod(api, 2026);
  const kadisPlan = (await createPlan(api, 'kadis', P)).id;
  const kabidPlan = (await createPlan(api, 'kabid', P)).id;
  const kb = await createGoal(api, 'kabid', kabidPlan);
  kasiOld = (await createPlan(api, 'kasi', P)).id;
  const k1 = await createGoal(api, 'kasi', kasiOld, { parentGoal: kb, cascadeType: 'DIRECT' });
  staff1Plan = (await createPlan(api, 'staff1', P)).id;
  await createGoal(api, 'staff1', staff1Plan, { parentGoal: k1, cascadeType: 'DIRECT' });
  staff2Plan = (await createPlan(api, 'staff2', P)).id;
  await createPlan(api, 'staff3', P);
  void kadisPlan;
  const pos = await ok(api, 'admin', 'positionCreate', 'PositionCreateInput', {
    unit: api.gid('OrgUnit', api.fx.units.bidang2.id), superior: api.gid('Position', api.fx.positions.kabid2.id),
    name: 'Kepala Seksi Kurikulum SMK', type: 'JA', level: 'PENGAWAS',
  }, 'position { id }');
  newPos = pos.position.id;
  await ok(api, 'admin', 'assignmentCreate', 'AssignmentCreateInput', { employee: gidE('kasi'), position: newPos, kind: 'DEFINITIVE', startDate: '2026-07-01', endCurrent: true }, 'assignment { id }');
});
afterAll(() => api?.stop());

const PLAN = `id status startDate endDate closedReason appraiserSource appraiser { name } appraiserSuperior { name } position { name } goals { description }`;

describe('transfer of the plan owner', () => {
  it('closes the old plan the day before, keeping its goals and status', async () => {
    const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { ${PLAN} } }`, { id: kasiOld }, await api.as('kasi'));
    expect(r.data.performancePlan).toMatchObject({ status: 'DRAFT', startDate: '2026-01-01', endDate: '2026-06-30', closedReason: 'TRANSFER', appraiser: { name: 'Kabid SMA' } });
    expect(r.data.performancePlan.goals).toHaveLength(1);
  });

  it('starts a new DRAFT plan for the new post with the new line\'s appraiser', async () => {
    const q = `query($e: ID!, $at: Date) { node(id: $e) { ... on Employee { currentPlan(at: $at) { ${PLAN} } } } }`;
    const now = await api.gql(q, { e: gidE('kasi') }, await api.as('kasi'));
    expect(now.data.node.currentPlan).toMatchObject({
      status: 'DRAFT', startDate: '2026-07-01', endDate: null, appraiserSource: 'REPORTING_LINE',
      appraiser: { name: 'Kabid SMK' }, appraiserSuperior: { name: 'Kadis Pendidikan' }, position: { name: 'Kepala Seksi Kurikulum SMK' }, goals: [],
    });
    const before = await api.gql(q, { e: gidE('kasi'), at: '2026-05-01' }, await api.as('kasi'));
    expect(before.data.node.currentPlan.id).toBe(kasiOld);
  });

  it('refuses edits on the closed plan', async () => {
    const r = await api.gql(`mutation($i: PerformancePlanUpdateInput!) { performancePlanUpdate(input: $i) { userErrors { code } } }`, { i: { plan: kasiOld, consequences: 'x' } }, await api.as('kasi'));
    expect(r.data.performancePlanUpdate.userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
  });
});

describe('routing of the subordinates\' plans', () => {
  it('routes the plans recorded with the departed appraiser to the holder above, audited', async () => {
    for (const plan of [staff1Plan, staff2Plan]) {
      const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { appraiserSource appraiser { name } auditTrail { nodes { action from to reason } } } }`, { id: plan }, await api.as('admin'));
      const p = r.data.performancePlan;
      expect(p).toMatchObject({ appraiserSource: 'ROUTED', appraiser: { name: 'Kabid SMA' } });
      expect(p.auditTrail.nodes.at(-1)).toMatchObject({ action: 'PLAN_ROUTED', from: gidE('kasi'), to: gidE('kabid') });
    }
  });

  it('lists the routed plans for the admin, and only for the admin', async () => {
    const q = `query($p: ID!) { plansNeedingAttention(period: $p, reasons: [ROUTED]) { totalCount nodes { id } } }`;
    const r = await api.gql(q, { p: P }, await api.as('admin'));
    expect(r.data.plansNeedingAttention.nodes.map((n: any) => n.id).sort()).toEqual([staff1Plan, staff2Plan].sort());
    expect(r.data.plansNeedingAttention.totalCount).toBe(2);
    const k = await api.gql(q, { p: P }, await api.as('kabid'));
    expect(k.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const b = await api.gql(q, { p: P }, await api.as('adminB'));
    expect(b.data.plansNeedingAttention.totalCount).toBe(0);
  });

  it('lets the new recorded appraiser decide; the departed one no longer even sees the plan', async () => {
    await ok(api, 'staff1', 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: staff1Plan }, '__typename');
    const q = `{ plansToApprove { nodes { id } } }`;
    expect((await api.gql(q, {}, await api.as('kabid'))).data.plansToApprove.nodes.map((n: any) => n.id)).toContain(staff1Plan);
    expect((await api.gql(q, {}, await api.as('kasi'))).data.plansToApprove.nodes.map((n: any) => n.id)).not.toContain(staff1Plan);
    const r = await api.gql(`mutation($i: PerformancePlanTransitionInput!) { performancePlanApprove(input: $i) { userErrors { code } } }`, { i: { plan: staff1Plan } }, await api.as('kasi'));
    expect(r.data.performancePlanApprove.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('routes them again to the new holder of the superior post, who also gets a new plan', async () => {
    await ok(api, 'admin', 'assignmentCreate', 'AssignmentCreateInput', {
      employee: gidE('staff3'), position: api.gid('Position', api.fx.positions.kasi.id), kind: 'DEFINITIVE', startDate: '2026-08-01', endCurrent: true,
    }, 'assignment { id }');
    const rows = await api.db.query(`select id, appraiser_id, appraiser_source from performance_plan where id = any($1::int[]) order by id`, [[dbId(staff1Plan), dbId(staff2Plan)]]);
    expect(rows.rows.map((r) => [r.appraiser_id, r.appraiser_source])).toEqual([[api.fx.employees.staff3.id, 'ROUTED'], [api.fx.employees.staff3.id, 'ROUTED']]);
    const s3 = await api.db.query(`select start_date::text as s, end_date::text as e, closed_reason, appraiser_id from performance_plan where employee_id = $1 order by start_date`, [api.fx.employees.staff3.id]);
    expect(s3.rows).toEqual([
      { s: '2026-01-01', e: '2026-07-31', closed_reason: 'TRANSFER', appraiser_id: api.fx.employees.kabid2.id },
      { s: '2026-08-01', e: null, closed_reason: null, appraiser_id: api.fx.employees.kabid.id },
    ]);
  });

  it('moves a plan to an appraiser override, audited', async () => {
    await ok(api, 'admin', 'appraiserOverrideSet', 'AppraiserOverrideSetInput', { employee: gidE('staff2'), appraiser: gidE('kabid2'), reason: 'Penugasan khusus lintas bidang', startDate: '2026-09-01' }, 'appraiserOverride { id }');
    const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { appraiserSource appraiser { name } auditTrail { nodes { action to } } } }`, { id: staff2Plan }, await api.as('admin'));
    expect(r.data.performancePlan).toMatchObject({ appraiserSource: 'OVERRIDE', appraiser: { name: 'Kabid SMK' } });
    expect(r.data.performancePlan.auditTrail.nodes.at(-1)).toEqual({ action: 'PLAN_APPRAISER_OVERRIDE', to: gidE('kabid2') });
  });

  it('creates a plan with the override as appraiser when the override exists first', async () => {
    await api.db.query(`delete from performance_plan where employee_id = $1`, [api.fx.employees.staff2.id]);
    const p = await createPlan(api, 'staff2', P);
    const r = await api.gql(`query($id: ID!) { performancePlan(id: $id) { appraiserSource appraiser { name } } }`, { id: p.id }, await api.as('staff2'));
    expect(r.data.performancePlan).toEqual({ appraiserSource: 'OVERRIDE', appraiser: { name: 'Kabid SMK' } });
  });
});
