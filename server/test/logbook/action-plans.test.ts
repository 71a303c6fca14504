import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';

let api: TestApi;
let x: Exec;
let year: number;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
  year = Number(x.today.slice(0, 4));
  token = await api.as('staff1');
});
afterAll(() => api?.stop());

const CREATE = `mutation($i: ActionPlanCreateInput!) { actionPlanCreate(input: $i) { actionPlan { id description targetValue targetUnit targetUnitIsAdditive viewerCanEdit verifiedOutput
  goal { id } indicator { id } evaluationPeriod { id kind } } userErrors { code field message } } }`;
const UPDATE = `mutation($i: ActionPlanUpdateInput!) { actionPlanUpdate(input: $i) { actionPlan { id description targetValue targetUnit } userErrors { code field message } } }`;
const DELETE = `mutation($i: ActionPlanDeleteInput!) { actionPlanDelete(input: $i) { deletedId userErrors { code field message } } }`;

const month = (m: number) => api.gid('EvaluationPeriod', x.epAt(`${year}-${String(m).padStart(2, '0')}-15`));
const input = (m: number, extra: Record<string, unknown> = {}) => ({
  goal: api.gid('Goal', x.goals.staff1), evaluationPeriod: month(m), indicator: api.gid('Indicator', x.indicators.staff1),
  description: `Menyusun dokumen kurikulum bulan ${m}`, targetValue: 1, ...extra,
});
const written = async () => (await api.db.query(`select (select count(*) from action_plan) a, (select count(*) from audit_log where entity_type = 'ActionPlan') b`)).rows[0];

describe('actionPlanCreate', () => {
  it('creates monthly targets in the indicator unit and refuses more than the annual target', async () => {
    const jan = await api.gql(CREATE, { i: input(1, { targetValue: 5 }) }, token);
    expect(jan.data.actionPlanCreate.userErrors).toEqual([]);
    expect(jan.data.actionPlanCreate.actionPlan).toMatchObject({
      targetValue: 5, targetUnit: 'Dokumen', targetUnitIsAdditive: true, viewerCanEdit: true, verifiedOutput: 0,
      goal: { id: api.gid('Goal', x.goals.staff1) }, indicator: { id: api.gid('Indicator', x.indicators.staff1) }, evaluationPeriod: { kind: 'MONTHLY' },
    });
    expect((await api.gql(CREATE, { i: input(2, { targetValue: 5, targetUnit: 'dokumen' }) }, token)).data.actionPlanCreate.userErrors).toEqual([]);
    const before = await written();
    const mar = await api.gql(CREATE, { i: input(3, { targetValue: 3 }) }, token);
    expect(mar.data.actionPlanCreate.userErrors).toEqual([expect.objectContaining({ code: 'ANNUAL_TARGET_EXCEEDED', field: ['input', 'targetValue'] })]);
    expect(mar.data.actionPlanCreate.userErrors[0].message).toContain('13');
    expect(await written()).toEqual(before);
    const ok = await api.gql(CREATE, { i: input(3, { targetValue: 2 }) }, token);
    expect(ok.data.actionPlanCreate.userErrors).toEqual([]);
    const feb = (await api.gql(`{ actionPlans(date: "${year}-02-10") { nodes { id targetValue } } }`, {}, token)).data.actionPlans.nodes[0];
    const raise = await api.gql(UPDATE, { i: { id: feb.id, targetValue: 6 } }, token);
    expect(raise.data.actionPlanUpdate.userErrors[0].code).toBe('ANNUAL_TARGET_EXCEEDED');
    const lower = await api.gql(UPDATE, { i: { id: feb.id, targetValue: 4, description: 'Empat dokumen' } }, token);
    expect(lower.data.actionPlanUpdate.actionPlan).toMatchObject({ targetValue: 4, targetUnit: 'Dokumen', description: 'Empat dokumen' });
  });

  it('does not sum non-additive units: every month may carry 100 Persen', async () => {
    for (const m of [1, 2, 3]) {
      const r = await api.gql(CREATE, { i: input(m, { indicator: api.gid('Indicator', x.indicators.staff1Pct), goal: api.gid('Goal', x.goals.staff1Pct), targetValue: 100 }) }, token);
      expect(r.data.actionPlanCreate.userErrors).toEqual([]);
      expect(r.data.actionPlanCreate.actionPlan).toMatchObject({ targetUnit: 'Persen', targetUnitIsAdditive: false });
    }
  });

  it('lets only one of two concurrent months take the last share of the year', async () => {
    const goal = api.gid('Goal', x.goals.staff2);
    const indicator = api.gid('Indicator', x.indicators.staff2);
    const t2 = await api.as('staff2');
    await api.gql(CREATE, { i: { goal, indicator, evaluationPeriod: month(1), description: 'Sebagian besar', targetValue: 10 } }, t2);
    const [a, b] = await Promise.all([4, 5].map((m) => api.gql(CREATE, { i: { goal, indicator, evaluationPeriod: month(m), description: 'Sisa target', targetValue: 2 } }, t2)));
    const codes = [...a.data.actionPlanCreate.userErrors, ...b.data.actionPlanCreate.userErrors].map((e: any) => e.code);
    expect(codes).toEqual(['ANNUAL_TARGET_EXCEEDED']);
  });

  const refusals: [string, () => Record<string, unknown>, string, string, string?][] = [
    ['someone else’s goal', () => input(6, { goal: api.gid('Goal', x.goals.staff2), indicator: null }), 'NOT_FOUND', 'goal'],
    ['a goal of another agency', () => input(6, { goal: api.gid('Goal', x.goals.empB), indicator: null }), 'NOT_FOUND', 'goal'],
    ['an indicator of another goal', () => input(6, { indicator: api.gid('Indicator', x.indicators.staff1Pct) }), 'NOT_FOUND', 'indicator'],
    ['an evaluation period of last year', () => input(6, { evaluationPeriod: api.gid('EvaluationPeriod', x.epAt(`${year - 1}-06-15`)) }), 'INVALID_INPUT', 'evaluationPeriod'],
    ['another unit than the indicator’s', () => input(6, { targetUnit: 'Laporan' }), 'INVALID_INPUT', 'targetUnit'],
    ['a negative target', () => input(6, { targetValue: -1 }), 'INVALID_INPUT', 'targetValue'],
    ['a target without unit and indicator', () => input(6, { indicator: null, targetValue: 3 }), 'INVALID_INPUT', 'targetUnit'],
    ['a two-letter description', () => input(6, { description: 'ab' }), 'INVALID_INPUT', 'description'],
    ['a second action plan of the indicator in a month', () => input(1, { targetValue: 0 }), 'CONFLICT', 'indicator'],
    ['a Goal id as evaluation period', () => input(6, { evaluationPeriod: api.gid('Goal', 1) }), 'INVALID_INPUT', 'evaluationPeriod'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_n, make, code, field) => {
    const before = await written();
    const r = await api.gql(CREATE, { i: make() }, token);
    expect(r.data.actionPlanCreate.actionPlan).toBeNull();
    expect(r.data.actionPlanCreate.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
    expect(await written()).toEqual(before);
  });

  it('refuses writes in a locked period, and admins’ unlock reopens it', async () => {
    const ep = x.epAt(`${year}-07-15`);
    await api.db.query(`update evaluation_period set deadline = now() - interval '1 hour' where id = $1`, [ep]);
    const before = await written();
    const r = await api.gql(CREATE, { i: input(7, { indicator: null, targetValue: null }) }, token);
    expect(r.data.actionPlanCreate.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_LOCKED', field: ['input', 'evaluationPeriod'] })]);
    expect(await written()).toEqual(before);
    await api.db.query(`update evaluation_period set unlocked_until = now() + interval '1 hour', unlock_reason = 'Perbaikan' where id = $1`, [ep]);
    const again = await api.gql(CREATE, { i: input(7, { indicator: null, targetValue: null }) }, token);
    expect(again.data.actionPlanCreate.userErrors).toEqual([]);
  });
});

describe('actionPlanUpdate and actionPlanDelete', () => {
  it('deletes an unused own action plan, refuses one with entries, and refuses others’', async () => {
    const day = daysAgo(3);
    const used = await x.actionPlan('staff1', day);
    const unused = await x.actionPlan('staff1', day, { description: 'Tidak terpakai' });
    await api.gql(`mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { userErrors { code } } }`,
      { i: entry(day, '08:00', '09:00', { isAdditionalTask: false, actionPlan: api.gid('ActionPlan', used) }) }, token);
    const before = await written();
    const refused = await api.gql(DELETE, { i: { id: api.gid('ActionPlan', used) } }, token);
    expect(refused.data.actionPlanDelete.userErrors[0]).toMatchObject({ code: 'INVALID_STATE_TRANSITION', field: ['input', 'id'] });
    const others = await api.gql(DELETE, { i: { id: api.gid('ActionPlan', unused) } }, await api.as('staff2'));
    expect(others.data.actionPlanDelete.userErrors[0].code).toBe('NOT_FOUND');
    const othersUpdate = await api.gql(UPDATE, { i: { id: api.gid('ActionPlan', unused), description: 'Diubah orang lain' } }, await api.as('kasi'));
    expect(othersUpdate.data.actionPlanUpdate.userErrors[0].code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
    const ok = await api.gql(DELETE, { i: { id: api.gid('ActionPlan', unused) } }, token);
    expect(ok.data.actionPlanDelete).toEqual({ deletedId: api.gid('ActionPlan', unused), userErrors: [] });
  });
});

describe('reading action plans', () => {
  it('lists them by day for the logbook form, under goals and indicators, with the verified output', async () => {
    const day = daysAgo(2);
    const ap = await x.actionPlan('staff3', day, { target: 4, unit: 'Laporan', indicator: 'staff3' });
    await api.db.query(
      `insert into logbook_entry (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity, output_quantity, output_unit, action_plan_id, status)
       values ($1, $2, $3, $4, '08:00', '09:00', 'Menyusun laporan', 2, 'laporan', $5, 'VERIFIED'),
              ($1, $2, $3, $4, '09:00', '10:00', 'Menyusun laporan', 5, 'Laporan', $5, 'SUBMITTED'),
              ($1, $2, $3, $4, '10:00', '11:00', 'Menyusun tabel', 7, 'Tabel', $5, 'VERIFIED')`,
      [api.fx.agencyA, api.fx.employees.staff3.id, x.epAt(day), day, ap]);
    const own = await api.gql(`query($d: Date) { actionPlans(date: $d) { totalCount nodes { id verifiedOutput logbookEntries { totalCount } } } }`, { d: day }, await api.as('staff3'));
    expect(own.data.actionPlans).toEqual({ totalCount: 1, nodes: [{ id: api.gid('ActionPlan', ap), verifiedOutput: 2, logbookEntries: { totalCount: 3 } }] });
    const q = `query($g: ID!, $i: ID!) { g: node(id: $g) { ... on Goal { actionPlans { nodes { id } } } } i: node(id: $i) { ... on Indicator { actionPlans { id targetValue } } } }`;
    const boss = await api.gql(q, { g: api.gid('Goal', x.goals.staff3), i: api.gid('Indicator', x.indicators.staff3) }, await api.as('kabid2'));
    expect(boss.data.g.actionPlans.nodes).toEqual([{ id: api.gid('ActionPlan', ap) }]);
    expect(boss.data.i.actionPlans).toEqual([{ id: api.gid('ActionPlan', ap), targetValue: 4 }]);
    const peer = await api.gql(`query($e: ID) { actionPlans(employee: $e) { totalCount } }`, { e: api.gid('Employee', api.fx.employees.staff3.id) }, await api.as('staff1'));
    expect(peer.data.actionPlans.totalCount).toBe(0);
    const node = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: api.gid('ActionPlan', ap) }, await api.as('staff1'));
    expect(node.data.node).toBeNull();
  });
});
