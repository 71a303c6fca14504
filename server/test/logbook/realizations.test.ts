import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { daysAgo, setupExecution, type Exec } from './fixture';

let api: TestApi;
let x: Exec;
let day: string;
let ep: string;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
  day = daysAgo(3);
  ep = api.gid('EvaluationPeriod', x.epAt(day));
  const ap1 = await x.actionPlan('staff1', day, { indicator: 'staff1', target: 3 });
  const ap1b = await x.actionPlan('staff1', day, { description: 'Tanpa indikator' });
  const ins = (emp: number, ap: number, start: string, q: number, unit: string, status: string) =>
    api.db.query(
      `insert into logbook_entry (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity, output_quantity, output_unit, action_plan_id, status)
       values ($1, $2, $3, $4, $5::time, $5::time + interval '30 minutes', 'Menyusun dokumen', $6, $7, $8, $9)`,
      [api.fx.agencyA, emp, x.epAt(day), day, start, q, unit, ap, status]);
  const s1 = api.fx.employees.staff1.id;
  await ins(s1, ap1, '08:00', 2, 'Dokumen', 'VERIFIED');
  await ins(s1, ap1b, '09:00', 3, ' dokumen', 'VERIFIED');
  await ins(s1, ap1, '10:00', 4, 'Laporan', 'VERIFIED');
  await ins(s1, ap1, '11:00', 8, 'Dokumen', 'SUBMITTED');
  await x.actionPlan('kasi', day, { indicator: 'kasi', target: 2 });
});
afterAll(() => api?.stop());

const SET = `mutation($i: RealizationSetInput!) { realizationSet(input: $i) { realization { id value source evidence note recordedBy { name } indicator { id } evaluationPeriod { id } } userErrors { code field message } } }`;
const COMPUTE = `mutation($i: RealizationComputeInput!) { realizationCompute(input: $i) { realization { id value source note } userErrors { code field message } } }`;
const PROGRESS = `query($id: ID!, $ep: ID) { node(id: $id) { ... on PerformancePlan { progress(evaluationPeriod: $ep) {
  indicator { id } evaluationPeriod { id kind } targetValue unit unitIsAdditive realization { value source } logbookValue childrenValue value achievementPercent } } } }`;
const written = async () => (await api.db.query(`select (select count(*) from realization) a, (select count(*) from audit_log where entity_type = 'Realization') b`)).rows[0];

describe('realizations', () => {
  it('computes a realization from verified logbook output in the indicator unit', async () => {
    const r = await api.gql(COMPUTE, { i: { indicator: api.gid('Indicator', x.indicators.staff1), evaluationPeriod: ep } }, await api.as('staff1'));
    expect(r.data.realizationCompute.userErrors).toEqual([]);
    expect(r.data.realizationCompute.realization).toMatchObject({ value: 5, source: 'LOGBOOK', note: 'Sum of 2 verified logbook entries in Dokumen.' });
  });

  it('records an entered realization with evidence, replacing the earlier value, and audits both', async () => {
    const t2 = await api.as('staff2');
    const first = await api.gql(SET, { i: { indicator: api.gid('Indicator', x.indicators.staff2), evaluationPeriod: ep, value: 3, evidence: ['https://drive.example.id/r1'] } }, t2);
    expect(first.data.realizationSet.realization).toMatchObject({ value: 3, source: 'MANUAL', evidence: ['https://drive.example.id/r1'], recordedBy: { name: 'Staf Dua' } });
    const second = await api.gql(SET, { i: { indicator: api.gid('Indicator', x.indicators.staff2), evaluationPeriod: ep, value: 4, evidence: ['https://drive.example.id/r2'], note: 'Revisi' } }, t2);
    expect(second.data.realizationSet.realization).toMatchObject({ id: first.data.realizationSet.realization.id, value: 4, note: 'Revisi' });
    const audit = await api.db.query(`select from_state, to_state from audit_log where entity_type = 'Realization' and action = 'realization.set' order by id`);
    expect(audit.rows).toEqual([{ from_state: null, to_state: '3' }, { from_state: '3', to_state: '4' }]);
  });

  const refusals: [string, string, () => Record<string, unknown>, string, string][] = [
    ['someone else’s indicator', 'staff1', () => ({ indicator: api.gid('Indicator', x.indicators.staff2), evaluationPeriod: ep, value: 1, evidence: ['https://e.example.id/1'] }), 'NOT_FOUND', 'indicator'],
    ['another agency’s indicator', 'staff1', () => ({ indicator: api.gid('Indicator', x.indicators.empB), evaluationPeriod: ep, value: 1, evidence: ['https://e.example.id/1'] }), 'NOT_FOUND', 'indicator'],
    ['no evidence', 'staff1', () => ({ indicator: api.gid('Indicator', x.indicators.staff1Pct), evaluationPeriod: ep, value: 90, evidence: [] }), 'INVALID_INPUT', 'evidence'],
    ['evidence that is not a link', 'staff1', () => ({ indicator: api.gid('Indicator', x.indicators.staff1Pct), evaluationPeriod: ep, value: 90, evidence: ['lihat map biru'] }), 'INVALID_INPUT', 'evidence'],
    ['a negative value', 'staff1', () => ({ indicator: api.gid('Indicator', x.indicators.staff1Pct), evaluationPeriod: ep, value: -1, evidence: ['https://e.example.id/1'] }), 'INVALID_INPUT', 'value'],
    ['an evaluation period of last year', 'staff1', () => ({ indicator: api.gid('Indicator', x.indicators.staff1Pct), evaluationPeriod: api.gid('EvaluationPeriod', x.epAt(`${Number(x.today.slice(0, 4)) - 1}-05-05`)), value: 1, evidence: ['https://e.example.id/1'] }), 'INVALID_INPUT', 'evaluationPeriod'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_n, who, make, code, field) => {
    const before = await written();
    const r = await api.gql(SET, { i: make() }, await api.as(who as 'staff1'));
    expect(r.data.realizationSet.realization).toBeNull();
    expect(r.data.realizationSet.userErrors).toEqual([expect.objectContaining({ code, field: ['input', field] })]);
    expect(await written()).toEqual(before);
  });

  it('refuses both kinds in a locked period', async () => {
    const locked = x.epAt(daysAgo(200));
    await api.db.query(`update evaluation_period set deadline = now() - interval '1 day' where id = $1`, [locked]);
    const before = await written();
    const i = { indicator: api.gid('Indicator', x.indicators.staff1), evaluationPeriod: api.gid('EvaluationPeriod', locked) };
    const set = await api.gql(SET, { i: { ...i, value: 1, evidence: ['https://e.example.id/1'] } }, await api.as('staff1'));
    const compute = await api.gql(COMPUTE, { i }, await api.as('staff1'));
    expect([set.data.realizationSet.userErrors[0].code, compute.data.realizationCompute.userErrors[0].code]).toEqual(['PERIOD_LOCKED', 'PERIOD_LOCKED']);
    expect(await written()).toEqual(before);
  });
});

describe('plan progress (target versus realization)', () => {
  it('rolls DIRECT children up to the parent where the unit is additive', async () => {
    const kasi = await api.as('kasi');
    const r = await api.gql(PROGRESS, { id: api.gid('PerformancePlan', x.plans.kasi), ep }, kasi);
    expect(r.errors).toBeUndefined();
    expect(r.data.node.progress).toEqual([{
      indicator: { id: api.gid('Indicator', x.indicators.kasi) }, evaluationPeriod: { id: ep, kind: 'MONTHLY' },
      targetValue: 2, unit: 'Dokumen', unitIsAdditive: true, realization: null, logbookValue: 0, childrenValue: 9, value: 9, achievementPercent: 450,
    }]);
    await api.db.query(`insert into realization (agency_id, indicator_id, evaluation_period_id, value, source) values ($1, $2, $3, 7, 'MANUAL')`, [api.fx.agencyA, x.indicators.kasi, x.epAt(day)]);
    const own = await api.gql(PROGRESS, { id: api.gid('PerformancePlan', x.plans.kasi), ep }, kasi);
    expect(own.data.node.progress[0]).toMatchObject({ realization: { value: 7, source: 'MANUAL' }, childrenValue: 9, value: 7, achievementPercent: 350 });
  });

  it('shows every evaluation period of the year, with the annual target in the FINAL one, in a bounded number of statements', async () => {
    const t1 = await api.as('staff1');
    let r: any;
    const n = await api.countStatements(async () => (r = await api.gql(PROGRESS, { id: api.gid('PerformancePlan', x.plans.staff1) }, t1)));
    const rows = r.data.node.progress;
    expect(rows).toHaveLength(2 * 13);
    const mine = rows.filter((p: any) => p.indicator.id === api.gid('Indicator', x.indicators.staff1));
    expect(mine.find((p: any) => p.evaluationPeriod.id === ep)).toMatchObject({ targetValue: 3, logbookValue: 5, realization: { value: 5, source: 'LOGBOOK' }, value: 5 });
    expect(mine.find((p: any) => p.evaluationPeriod.kind === 'FINAL')).toMatchObject({ targetValue: 12, value: null, achievementPercent: null });
    expect(rows.find((p: any) => p.indicator.id === api.gid('Indicator', x.indicators.staff1Pct))).toMatchObject({ unit: 'Persen', unitIsAdditive: false });
    expect(n).toBeLessThanOrEqual(12);
  });

  it('is empty for viewers who may not read the plan', async () => {
    const peer = await api.gql(PROGRESS, { id: api.gid('PerformancePlan', x.plans.staff1) }, await api.as('staff2'));
    expect(peer.data.node).toBeNull();
    const realizations = await api.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { realizations { value } } } }`, { id: api.gid('Indicator', x.indicators.staff1) }, await api.as('adminB'));
    expect(realizations.data.node).toBeNull();
    const boss = await api.gql(`query($id: ID!) { node(id: $id) { ... on Indicator { realizations { value source } } } }`, { id: api.gid('Indicator', x.indicators.staff1) }, await api.as('kadis'));
    expect(boss.data.node.realizations).toEqual([{ value: 5, source: 'LOGBOOK' }]);
  });
});
