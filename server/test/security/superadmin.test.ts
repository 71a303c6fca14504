import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecApi, type SecApi } from '../support/security/server';
import { seedScenario, todayJakarta, type Scenario } from '../support/security/scenario';
import { changedTables, dbSnapshot } from '../support/security/snapshot';

/**
 * Issue 8, question 2. DOMAIN.md roles: "SUPERADMIN | all agencies | manage agencies; read
 * everything" and "Everything not granted is denied". The superadmin used to pass every
 * admin gate (isAdmin, isAdminOrOperator, adminOrScope) and the services' agency checks,
 * so it wrote org units, employees, periods, unlocks, tokens, plans, allowance rules and
 * attendance of any agency. Each such write is now refused (FORBIDDEN) and writes nothing,
 * in its own agency and in another; the agency's own admin still does it; and the
 * superadmin still reads every agency.
 */
let api: SecApi;
let s: Scenario;
let periodB: string;
let epB: string;
const year = Number(todayJakarta().slice(0, 4));
const g = (type: string, id: number) => api.gid(type, id);

beforeAll(async () => {
  api = await startSecApi();
  s = await seedScenario(api);
  expect(s.skipped).toEqual([]);
  const r = await api.gql(`mutation { periodCreate(input: { year: ${year} }) { period { id evaluationPeriods { id } } userErrors { code } } }`, {}, await api.as('adminB'));
  periodB = r.data.periodCreate.period.id;
  epB = r.data.periodCreate.period.evaluationPeriods[0].id;
}, 180_000);
afterAll(() => api?.stop());

const RULES = {
  name: 'Perkada TPP', performanceWeight: 60, disciplineWeight: 40, lateBands: [], earlyLeaveBands: [], missingCheckInPercent: 1, missingCheckOutPercent: 1,
  absencePercentPerDay: 3, deductionBase: 'DISCIPLINE_PART', monthlyCapPercent: 100, neutralisingDocuments: [], baseAmounts: [],
  ratingPercents: ['VERY_GOOD', 'GOOD', 'NEEDS_IMPROVEMENT', 'POOR', 'VERY_POOR'].map((rating) => ({ rating, percent: 100 })),
};

type Who = 'admin' | 'adminB';
/** A write: [what, mutation, input type, input, the agency admin who may still do it]. */
type Write = [string, string, string, () => Record<string, unknown>, Who];

const WRITES: Write[] = [
  ['a unit in its own agency', 'orgUnitCreate', 'OrgUnitCreateInput', () => ({ parent: g('OrgUnit', api.fx.units.seksi.id), code: 'SA1', name: 'Subbagian Superadmin' }), 'admin'],
  ['a unit in another agency', 'orgUnitCreate', 'OrgUnitCreateInput', () => ({ parent: g('OrgUnit', api.fx.units.rootB.id), code: 'SA2', name: 'Bagian Superadmin' }), 'adminB'],
  ['a top-level unit', 'orgUnitCreate', 'OrgUnitCreateInput', () => ({ code: 'SA3', name: 'Badan Superadmin' }), 'admin'],
  ['a unit rename', 'orgUnitUpdate', 'OrgUnitUpdateInput', () => ({ id: g('OrgUnit', api.fx.units.rootB.id), name: 'Sekretariat Daerah Sukamaju' }), 'adminB'],
  ['a position', 'positionCreate', 'PositionCreateInput', () => ({ unit: g('OrgUnit', api.fx.units.seksi.id), superior: g('Position', api.fx.positions.kasi.id), name: 'Pelaksana Superadmin', type: 'JA', level: 'PELAKSANA' }), 'admin'],
  ['an employee', 'employeeCreate', 'EmployeeCreateInput', () => ({ nip: '198505052010031777', name: 'Pegawai Superadmin', employmentType: 'PNS' }), 'admin'],
  ['an employee of another agency', 'employeeUpdate', 'EmployeeUpdateInput', () => ({ id: g('Employee', api.fx.employees.empB.id), rank: 'IV/a' }), 'adminB'],
  ['an acting assignment', 'assignmentCreate', 'AssignmentCreateInput', () => ({ employee: g('Employee', api.fx.employees.staff1.id), position: g('Position', api.fx.positions.kasi.id), kind: 'PLH', startDate: '2027-06-01', endDate: '2027-06-05' }), 'admin'],
  ['an appraiser override', 'appraiserOverrideSet', 'AppraiserOverrideSetInput', () => ({ employee: g('Employee', api.fx.employees.staff2.id), appraiser: g('Employee', api.fx.employees.kabid.id), reason: 'Tim kerja khusus', startDate: '2099-01-01', endDate: '2099-01-02' }), 'admin'],
  ['a period', 'periodCreate', 'PeriodCreateInput', () => ({ year: 2098 }), 'admin'],
  ['a period of another agency', 'periodUpdate', 'PeriodUpdateInput', () => ({ period: periodB, name: `SKP ${year} Sukamaju` }), 'adminB'],
  ['an unlock', 'evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', () => ({ evaluationPeriod: epB, until: '2099-01-01T00:00:00Z', reason: 'Perbaikan data' }), 'adminB'],
  ['a performance agreement', 'performanceAgreementCreate', 'PerformanceAgreementCreateInput', () => ({ unit: g('OrgUnit', api.fx.units.dinas.id), period: s.period }), 'admin'],
  ['a plan for someone else', 'performancePlanCreate', 'PerformancePlanCreateInput', () => ({ period: s.period, employee: g('Employee', api.fx.employees.staff3.id), approach: 'QUANTITATIVE' }), 'admin'],
  ['an approval of a submitted plan', 'performancePlanApprove', 'PerformancePlanTransitionInput', () => ({ plan: s.plans.staff2 }), 'admin'],
  ['an integration token', 'apiTokenCreate', 'ApiTokenCreateInput', () => ({ name: 'Token Superadmin', scopes: ['READ_ORG'] }), 'admin'],
  ['a scoring strategy of another agency', 'agencyScoringStrategySet', 'AgencyScoringStrategySetInput', () => ({ agency: g('Agency', api.fx.agencyB), strategy: 'PP_46_2011' }), 'adminB'],
  ['allowance rules of another agency', 'allowanceRulesSet', 'AllowanceRulesSetInput', () => ({ agency: g('Agency', api.fx.agencyB), year, rules: RULES }), 'adminB'],
  ['attendance', 'attendanceRecordUpsert', 'AttendanceRecordUpsertInput', () => ({ record: { employee: g('Employee', api.fx.employees.empB.id), date: `${year}-01-05`, lateMinutes: 45 } }), 'adminB'],
  ['a password reset', 'passwordReset', 'PasswordResetInput', () => ({ employee: g('Employee', api.fx.employees.staff3.id) }), 'admin'],
];

const call = async (name: string, type: string, input: Record<string, unknown>, token: string) => {
  const r = await api.gql(`mutation($i: ${type}!) { ${name}(input: $i) { userErrors { code field message } } }`, { i: input }, token);
  return r.errors?.length ? String(r.errors[0].extensions?.code) : r.data[name].userErrors.length ? `user:${r.data[name].userErrors[0].code}` : 'ok';
};

describe('the national superadmin writes no agency\'s data', () => {
  it('is refused every admin write, in its own agency and in others, and nothing is written', async () => {
    const token = await api.as('superadmin');
    const before = await dbSnapshot(api.db);
    const outcomes: string[] = [];
    for (const [what, name, type, input] of WRITES) outcomes.push(`${what}: ${await call(name, type, input(), token)}`);
    // Shield refuses the admin gates; plans (an employee gate) are refused by the service.
    expect(outcomes).toEqual(WRITES.map(([what, name]) => `${what}: ${name.startsWith('performancePlan') ? 'user:FORBIDDEN' : 'FORBIDDEN'}`));
    expect(changedTables(before, await dbSnapshot(api.db))).toEqual([]);
  });

  it('leaves each of those writes to the agency\'s own admin', async () => {
    const outcomes: string[] = [];
    for (const [what, name, type, input, admin] of WRITES) outcomes.push(`${what}: ${await call(name, type, input(), await api.as(admin))}`);
    expect(outcomes).toEqual(WRITES.map(([what]) => `${what}: ok`));
  });

  it('still reads every agency: people, units and their staff, periods, plans, tokens, admin queues and exports', async () => {
    const token = await api.as('superadmin');
    const r = await api.gql(`query($e: ID!, $u: ID!, $b: ID!, $p: ID!, $pa: ID!) {
      employee(id: $e) { name viewerCanManage }
      orgUnit(id: $u) { name viewerCanManage exportUrl employees(includeSubunits: true) { totalCount } }
      periods(agency: $b) { id viewerCanManage }
      performancePlan(id: $p) { status viewerCanApprove }
      apiTokens { totalCount }
      plansNeedingAttention(period: $pa) { totalCount }
      agencies { id }
    }`, { e: g('Employee', api.fx.employees.empB.id), u: g('OrgUnit', api.fx.units.rootB.id), b: g('Agency', api.fx.agencyB), p: s.plans.staff1, pa: s.period }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.employee).toMatchObject({ viewerCanManage: false });
    expect(r.data.orgUnit.viewerCanManage).toBe(false);
    expect(r.data.orgUnit.exportUrl).not.toBeNull();
    expect(r.data.orgUnit.employees.totalCount).toBeGreaterThan(0);
    expect(r.data.periods.map((p: { viewerCanManage: boolean }) => p.viewerCanManage)).toEqual([false]);
    expect(r.data.performancePlan.viewerCanApprove).toBe(false);
    expect(r.data.apiTokens.totalCount).toBeGreaterThan(0);
    expect(r.data.agencies.length).toBeGreaterThanOrEqual(2);
    const file = await fetch(api.url.replace('/graphql', r.data.orgUnit.exportUrl), { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
  });

  it('keeps its own employee self-service (its own logbook)', async () => {
    const today = todayJakarta();
    const r = await call('logbookEntryCreate', 'LogbookEntryCreateInput', { date: today, startTime: '07:00', endTime: '07:30', activity: 'Rapat koordinasi nasional', isAdditionalTask: true }, await api.as('superadmin'));
    expect(r).toBe('ok');
  });
});
