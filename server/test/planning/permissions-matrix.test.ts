import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createGoal, createPeriod, createPlan, dbId, indicator, type Who } from './helpers';

/**
 * Who may do what on staff1's plan (appraiser kasi, kabid two levels up), as data:
 * one row per viewer, one column per operation; 'OK' = allowed, a userError code =
 * refused in the payload, 'DENIED' = refused by the shield (top-level FORBIDDEN), a
 * boolean = whether the read returns the object. Each cell starts from the plan in the
 * state the operation needs and checks that a refusal wrote nothing.
 */
type Cell = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'DENIED';
interface Row { read: boolean; goal: boolean; edit: Cell; submit: Cell; approve: Cell; ret: Cell; expect: Cell; revise: Cell }

const MATRIX: Record<string, Row> = {
  // viewer             read   goal   edit         submit       approve      ret          expect       revise
  staff1:   /* owner */ { read: true, goal: true, edit: 'OK', submit: 'OK', approve: 'FORBIDDEN', ret: 'FORBIDDEN', expect: 'FORBIDDEN', revise: 'OK' },
  kasi:     /* appraiser */ { read: true, goal: true, edit: 'FORBIDDEN', submit: 'FORBIDDEN', approve: 'OK', ret: 'OK', expect: 'OK', revise: 'FORBIDDEN' },
  kabid:    /* two levels up */ { read: true, goal: true, edit: 'FORBIDDEN', submit: 'FORBIDDEN', approve: 'FORBIDDEN', ret: 'FORBIDDEN', expect: 'FORBIDDEN', revise: 'FORBIDDEN' },
  kadis:    /* three levels up */ { read: true, goal: true, edit: 'FORBIDDEN', submit: 'FORBIDDEN', approve: 'FORBIDDEN', ret: 'FORBIDDEN', expect: 'FORBIDDEN', revise: 'FORBIDDEN' },
  staff2:   /* peer */ { read: false, goal: false, edit: 'NOT_FOUND', submit: 'NOT_FOUND', approve: 'NOT_FOUND', ret: 'NOT_FOUND', expect: 'NOT_FOUND', revise: 'NOT_FOUND' },
  staff3:   /* other unit */ { read: false, goal: false, edit: 'NOT_FOUND', submit: 'NOT_FOUND', approve: 'NOT_FOUND', ret: 'NOT_FOUND', expect: 'NOT_FOUND', revise: 'NOT_FOUND' },
  kabid2:   /* manager of another unit */ { read: false, goal: false, edit: 'NOT_FOUND', submit: 'NOT_FOUND', approve: 'NOT_FOUND', ret: 'NOT_FOUND', expect: 'NOT_FOUND', revise: 'NOT_FOUND' },
  admin:    /* agency admin */ { read: true, goal: true, edit: 'FORBIDDEN', submit: 'FORBIDDEN', approve: 'OK', ret: 'OK', expect: 'OK', revise: 'FORBIDDEN' },
  operator: /* BIDANG subtree */ { read: true, goal: true, edit: 'FORBIDDEN', submit: 'FORBIDDEN', approve: 'FORBIDDEN', ret: 'FORBIDDEN', expect: 'FORBIDDEN', revise: 'FORBIDDEN' },
  empB:     /* other agency */ { read: false, goal: false, edit: 'NOT_FOUND', submit: 'NOT_FOUND', approve: 'NOT_FOUND', ret: 'NOT_FOUND', expect: 'NOT_FOUND', revise: 'NOT_FOUND' },
  adminB:   /* other agency admin */ { read: false, goal: false, edit: 'NOT_FOUND', submit: 'NOT_FOUND', approve: 'NOT_FOUND', ret: 'NOT_FOUND', expect: 'NOT_FOUND', revise: 'NOT_FOUND' },
};

/** Admin-only operations on agency A's data. */
const ADMIN_OPS: Record<string, { periodCreate: Cell; unlock: Cell; agreement: Cell; attention: Cell }> = {
  admin: { periodCreate: 'OK', unlock: 'OK', agreement: 'OK', attention: 'OK' },
  adminB: { periodCreate: 'OK', unlock: 'NOT_FOUND', agreement: 'NOT_FOUND', attention: 'OK' },
  operator: { periodCreate: 'DENIED', unlock: 'DENIED', agreement: 'DENIED', attention: 'DENIED' },
  kasi: { periodCreate: 'DENIED', unlock: 'DENIED', agreement: 'DENIED', attention: 'DENIED' },
};

let api: TestApi;
let P: string;
let plan: string;
let goal: string;
let finalEp: string;

beforeAll(async () => {
  api = await startTestApi();
  P = await createPeriod(api, 2026);
  const kabidPlan = (await createPlan(api, 'kabid', P)).id;
  const kb = await createGoal(api, 'kabid', kabidPlan);
  const kasiPlan = (await createPlan(api, 'kasi', P)).id;
  const k1 = await createGoal(api, 'kasi', kasiPlan, { parentGoal: kb, cascadeType: 'DIRECT' });
  plan = (await createPlan(api, 'staff1', P)).id;
  goal = await createGoal(api, 'staff1', plan, { parentGoal: k1, cascadeType: 'DIRECT' });
  finalEp = (await api.gql(`{ period(year: 2026) { evaluationPeriods { id kind } } }`, {}, await api.as('admin'))).data.period.evaluationPeriods.find((e: any) => e.kind === 'FINAL').id;
});
afterAll(() => api?.stop());

async function setStatus(status: string) {
  await api.db.query(`update performance_plan set status = $2 where id = $1`, [dbId(plan), status]);
}

async function attempt(who: Who, name: string, type: string, input: Record<string, unknown>): Promise<Cell> {
  const before = (await api.db.query(`select status, version, (select count(*) from goal where plan_id = $1) as goals from performance_plan where id = $1`, [dbId(plan)])).rows[0];
  const r = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { userErrors { code } } }`, { i: input }, await api.as(who));
  if (r.errors) return r.errors[0].extensions?.code === 'FORBIDDEN' ? 'DENIED' : (r.errors[0].extensions?.code as Cell);
  const code = r.data[name].userErrors[0]?.code ?? 'OK';
  if (code !== 'OK') {
    const after = (await api.db.query(`select status, version, (select count(*) from goal where plan_id = $1) as goals from performance_plan where id = $1`, [dbId(plan)])).rows[0];
    expect(after).toEqual(before);
  }
  return code;
}

describe('plan permissions matrix', () => {
  for (const [who, row] of Object.entries(MATRIX) as [Who, Row][]) {
    it(`${who}: ${JSON.stringify(row)}`, async () => {
      const token = await api.as(who);
      const read = await api.gql(`query($id: ID!, $g: ID!) { performancePlan(id: $id) { id } node(id: $g) { id } }`, { id: plan, g: goal }, token);
      expect(read.errors).toBeUndefined();
      const got: Row = { read: read.data.performancePlan != null, goal: read.data.node != null } as Row;
      await setStatus('DRAFT');
      got.edit = await attempt(who, 'goalCreate', 'GoalCreateInput', { plan, kind: 'ADDITIONAL', description: 'Tugas tambahan dari matriks', indicators: [indicator()] });
      await setStatus('DRAFT');
      got.submit = await attempt(who, 'performancePlanSubmit', 'PerformancePlanTransitionInput', { plan });
      await setStatus('SUBMITTED');
      got.approve = await attempt(who, 'performancePlanApprove', 'PerformancePlanTransitionInput', { plan });
      await setStatus('SUBMITTED');
      got.ret = await attempt(who, 'performancePlanReturn', 'PerformancePlanReasonInput', { plan, reason: 'Perbaiki indikator' });
      await setStatus('SUBMITTED');
      got.expect = await attempt(who, 'behaviorExpectationSet', 'BehaviorExpectationSetInput', { plan, coreValue: 'ADAPTIVE', specificExpectation: 'Cepat belajar aplikasi baru' });
      await setStatus('APPROVED');
      got.revise = await attempt(who, 'performancePlanRevisionSubmit', 'PerformancePlanReasonInput', { plan, reason: 'Perubahan tugas' });
      expect(got).toEqual(row);
    });
  }

  it('filters plan lists the same way (Employee.performancePlans)', async () => {
    const q = `query($e: ID!) { node(id: $e) { ... on Employee { performancePlans { totalCount nodes { id } } } } }`;
    const e = api.gid('Employee', api.fx.employees.staff1.id);
    for (const [who, row] of Object.entries(MATRIX) as [Who, Row][]) {
      const r = await api.gql(q, { e }, await api.as(who));
      const ids = r.data.node?.performancePlans?.nodes.map((n: any) => n.id) ?? [];
      expect([who, ids.includes(plan)]).toEqual([who, row.read]);
    }
  });
});

describe('admin operations matrix', () => {
  for (const [who, row] of Object.entries(ADMIN_OPS) as [Who, (typeof ADMIN_OPS)[string]][]) {
    it(`${who}: ${JSON.stringify(row)}`, async () => {
      const token = await api.as(who);
      const run = async (name: string, type: string, input: Record<string, unknown>): Promise<Cell> => {
        const r = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { userErrors { code } } }`, { i: input }, token);
        if (r.errors) return r.errors[0].extensions?.code === 'FORBIDDEN' ? 'DENIED' : (r.errors[0].extensions?.code as Cell);
        return r.data[name].userErrors[0]?.code ?? 'OK';
      };
      const got = {
        periodCreate: await run('periodCreate', 'PeriodCreateInput', { year: 2030 + Object.keys(ADMIN_OPS).indexOf(who) }),
        unlock: await run('evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', { evaluationPeriod: finalEp, until: new Date(Date.now() + 60_000).toISOString(), reason: 'Uji matriks izin' }),
        agreement: await run('performanceAgreementCreate', 'PerformanceAgreementCreateInput', { unit: api.gid('OrgUnit', api.fx.units.bidang.id), period: P }),
        attention: await (async (): Promise<Cell> => {
          const r = await api.gql(`query($p: ID!) { plansNeedingAttention(period: $p) { totalCount } }`, { p: P }, token);
          return r.errors ? 'DENIED' : 'OK';
        })(),
      };
      expect(got).toEqual(row);
      await api.db.query(`delete from performance_agreement where unit_id = $1`, [api.fx.units.bidang.id]);
    });
  }
});

describe('integration tokens', () => {
  it('read plans of their agency with READ_PLANS, nothing without it', async () => {
    const { createToken } = await import('../integrations/helpers');
    const q = `query($id: ID!, $g: ID!) { performancePlan(id: $id) { id status goals { id } } node(id: $g) { id } }`;
    const withScope = await createToken(api, ['READ_PLANS'], 'admin', 'SIMPEG Rencana');
    const r = await api.gql(q, { id: plan, g: goal }, withScope.secret);
    expect(r.errors).toBeUndefined();
    expect(r.data.performancePlan.id).toBe(plan);
    expect(r.data.node.id).toBe(goal);
    const without = await createToken(api, ['READ_ORG'], 'admin', 'SIMPEG Org');
    const denied = await api.gql(q, { id: plan, g: goal }, without.secret);
    expect(denied.errors?.[0].extensions?.code).toBe('TOKEN_SCOPE');
    const viaNode = await api.gql(`query($g: ID!) { node(id: $g) { id } }`, { g: goal }, without.secret);
    expect(viaNode.data.node).toBeNull();
    const otherAgency = await createToken(api, ['READ_PLANS'], 'adminB', 'SIMPEG B');
    const b = await api.gql(q, { id: plan, g: goal }, otherAgency.secret);
    expect(b.data).toEqual({ performancePlan: null, node: null });
  });
});
