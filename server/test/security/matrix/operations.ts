import { shiftDate } from '../../support/security/scenario';
import type { Account, PersonData, World } from './world';

/**
 * How to call every root field against a target: one spec per Query and Mutation
 * field. `target: 'person'` cells act on the target person's own object (their plan,
 * goal, entry, unit, agency…); `'none'` cells take no target. `build` returns null when
 * the target has no such object (the cell does not exist). Mutation probes are chosen
 * so an authorized caller changes as little as possible (same values, future dates,
 * already-existing plans); objects a cell would destroy come fresh from `prepare`,
 * created by their owner. Cells run in this order, so state left by an earlier cell is
 * part of the recorded expectation.
 */
export interface Cell {
  w: World;
  who: Account | null;
  t: PersonData | null;
  viewer: string;
  fresh: Record<string, string | undefined>;
  n: number;
}

export interface Req {
  query: string;
  variables?: Record<string, unknown>;
  /** The value judged (default: data[field]); a string return is taken as the outcome itself. */
  pick?: (data: any) => unknown;
}

export interface Helpers {
  mutate(as: Account, name: string, type: string, input: unknown, sel: string): Promise<any>;
  /** Global id of the evaluation of a plan in the current evaluation period, if any. */
  evaluationOf(plan: string): Promise<string | null>;
}

export interface OpSpec {
  field: string;
  target: 'person' | 'none';
  build(c: Cell): Req | null;
  prepare?(c: Cell, h: Helpers): Promise<Record<string, string | undefined>>;
}

const m = (field: string, type: string, input: unknown, sel = ''): Req => ({
  query: `mutation($i: ${type}!) { ${field}(input: $i) { ${sel} userErrors { code field } } }`,
  variables: { i: input },
});
const q = (query: string, variables: Record<string, unknown> = {}): Req => ({ query, variables });
const need = <T>(...xs: (T | undefined | null | '')[]) => xs.every((x) => x !== undefined && x !== null && x !== '');
const ep = (c: Cell) => (c.t?.agency === c.w.people.empB.agency ? c.w.evalPeriodB : c.w.evalPeriodA);
const pastEp = (c: Cell) => (c.t?.agency === c.w.people.empB.agency ? c.w.pastEvalPeriodB : c.w.pastEvalPeriodA);
const period = (c: Cell) => (c.t?.agency === c.w.people.empB.agency ? c.w.periodB : c.w.periodA);
const owner = (c: Cell): Account => c.who!;
const adminOf = (c: Cell): Account => (c.t?.agency === c.w.people.empB.agency ? 'adminB' : 'admin');

const CONN = '{ totalCount }';
const ALLOWANCE_RULES = {
  name: 'Aturan matriks', performanceWeight: 60, disciplineWeight: 40, lateBands: [], earlyLeaveBands: [], missingCheckInPercent: 1, missingCheckOutPercent: 1,
  absencePercentPerDay: 3, deductionBase: 'DISCIPLINE_PART', monthlyCapPercent: 100, neutralisingDocuments: [], baseAmounts: [],
  ratingPercents: [['VERY_GOOD', 100], ['GOOD', 100], ['NEEDS_IMPROVEMENT', 80], ['POOR', 60], ['VERY_POOR', 50]].map(([rating, percent]) => ({ rating, percent })),
};

export const OPERATIONS: OpSpec[] = [
  // ----- Queries -----
  { field: 'viewer', target: 'none', build: () => q(`{ viewer { role } }`) },
  { field: 'node', target: 'person', build: (c) => q(`query($id: ID!) { node(id: $id) { id } }`, { id: c.t!.plan ?? c.t!.employee }) },
  {
    field: 'nodes', target: 'person',
    build: (c) => ({
      ...q(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [c.t!.employee, c.t!.plan, c.t!.goal, c.t!.draftEntry].filter(Boolean) }),
      pick: (d) => (d?.nodes ? (d.nodes.every((x: unknown) => x) ? 'ok' : d.nodes.some((x: unknown) => x) ? 'partial' : 'null') : undefined),
    }),
  },
  { field: 'resultRoleMatrix', target: 'person', build: (c) => (c.t!.plan ? q(`query($p: ID!) { resultRoleMatrix(plan: $p) { __typename } }`, { p: c.t!.plan }) : null) },
  { field: 'feedbackOptions', target: 'none', build: () => q(`{ feedbackOptions { id } }`) },
  { field: 'ratingMatrix', target: 'none', build: () => q(`{ ratingMatrix { __typename } }`) },
  { field: 'distributionCheck', target: 'person', build: (c) => (need(ep(c)) ? q(`query($u: ID!, $e: ID!) { distributionCheck(unit: $u, evaluationPeriod: $e) { __typename } }`, { u: c.t!.unit, e: ep(c) }) : null) },
  { field: 'distributionPatterns', target: 'none', build: () => q(`{ distributionPatterns { __typename } }`) },
  { field: 'scoringStrategies', target: 'none', build: () => q(`{ scoringStrategies { __typename } }`) },
  { field: 'logbookEntriesSync', target: 'none', build: () => q(`{ logbookEntriesSync(first: 5) ${CONN} }`) },
  { field: 'logbookEntryDeletions', target: 'none', build: () => q(`{ logbookEntryDeletions(first: 5) { __typename } }`) },
  { field: 'performancePlansSync', target: 'none', build: () => q(`{ performancePlansSync(first: 5) ${CONN} }`) },
  { field: 'employeesSync', target: 'none', build: () => q(`{ employeesSync(first: 5) ${CONN} }`) },
  { field: 'apiTokens', target: 'none', build: () => q(`{ apiTokens ${CONN} }`) },
  { field: 'apiTokenRateLimit', target: 'none', build: () => q(`{ apiTokenRateLimit { __typename } }`) },
  { field: 'actionPlans', target: 'person', build: (c) => q(`query($e: ID) { actionPlans(employee: $e) ${CONN} }`, { e: c.t!.employee }) },
  { field: 'logbookEntries', target: 'person', build: (c) => q(`query($e: ID, $f: Date!, $t: Date!) { logbookEntries(employee: $e, from: $f, to: $t) ${CONN} }`, { e: c.t!.employee, f: `${c.w.today.slice(0, 4)}-01-01`, t: c.w.today }) },
  { field: 'logbookVerificationInbox', target: 'person', build: (c) => q(`query($e: ID) { logbookVerificationInbox(employee: $e) ${CONN} }`, { e: c.t!.employee }) },
  { field: 'unitMonitoring', target: 'person', build: (c) => (need(ep(c)) ? q(`query($u: ID!, $e: ID!) { unitMonitoring(unit: $u, evaluationPeriod: $e) { __typename } }`, { u: c.t!.unit, e: ep(c) }) : null) },
  { field: 'orgUnit', target: 'person', build: (c) => q(`query($id: ID!) { orgUnit(id: $id) { id } }`, { id: c.t!.unit }) },
  { field: 'position', target: 'person', build: (c) => (c.t!.position ? q(`query($id: ID!) { position(id: $id) { id } }`, { id: c.t!.position }) : null) },
  { field: 'employee', target: 'person', build: (c) => q(`query($id: ID!) { employee(id: $id) { id } }`, { id: c.t!.employee }) },
  { field: 'employeeByNip', target: 'person', build: (c) => q(`query($n: String!) { employeeByNip(nip: $n) { id } }`, { n: c.t!.nip }) },
  { field: 'employeeSearch', target: 'person', build: (c) => q(`query($s: String!) { employeeSearch(query: $s) ${CONN} }`, { s: c.t!.name }) },
  { field: 'agencies', target: 'none', build: () => q(`{ agencies { id } }`) },
  { field: 'performanceAgreements', target: 'person', build: (c) => (need(period(c)) ? q(`query($p: ID!, $u: ID) { performanceAgreements(period: $p, unit: $u, includeSubunits: true) ${CONN} }`, { p: period(c), u: c.t!.unit }) : null) },
  { field: 'periods', target: 'person', build: (c) => q(`query($a: ID) { periods(agency: $a) { id } }`, { a: c.t!.agency }) },
  { field: 'period', target: 'person', build: (c) => q(`query($y: Int!, $a: ID) { period(year: $y, agency: $a) { id } }`, { y: Number(c.w.today.slice(0, 4)), a: c.t!.agency }) },
  { field: 'performancePlan', target: 'person', build: (c) => (c.t!.plan ? q(`query($id: ID!) { performancePlan(id: $id) { id } }`, { id: c.t!.plan }) : null) },
  { field: 'plansToApprove', target: 'none', build: () => q(`{ plansToApprove ${CONN} }`) },
  { field: 'plansNeedingAttention', target: 'none', build: (c) => (need(c.w.periodA) ? q(`query($p: ID!) { plansNeedingAttention(period: $p) ${CONN} }`, { p: c.w.periodA }) : null) },
  { field: 'coreValueGuides', target: 'none', build: () => q(`{ coreValueGuides { __typename } }`) },

  // ----- Accounts -----
  // An unknown NIP: the cells must not lock a real account.
  { field: 'login', target: 'none', build: () => m('login', 'LoginInput', { nip: '199901012020011999', password: 'not-the-password' }) },
  { field: 'passwordChange', target: 'none', build: () => m('passwordChange', 'PasswordChangeInput', { oldPassword: 'not-the-password', newPassword: 'Another#Passw0rd' }) },
  { field: 'passwordReset', target: 'person', build: (c) => m('passwordReset', 'PasswordResetInput', { employee: c.t!.employee }) },
  { field: 'apiTokenCreate', target: 'none', build: (c) => m('apiTokenCreate', 'ApiTokenCreateInput', { name: `Matrix ${c.n}`, scopes: ['READ_ORG'] }, 'apiToken { id }') },
  {
    field: 'apiTokenRotate', target: 'person',
    prepare: async (c, h) => ({ token: (await h.mutate(adminOf(c), 'apiTokenCreate', 'ApiTokenCreateInput', { name: `Rotate ${c.n}`, scopes: ['READ_ORG'] }, 'apiToken { id }')).apiToken.id }),
    build: (c) => m('apiTokenRotate', 'ApiTokenRotateInput', { id: c.fresh.token }),
  },
  {
    field: 'apiTokenRevoke', target: 'person',
    prepare: async (c, h) => ({ token: (await h.mutate(adminOf(c), 'apiTokenCreate', 'ApiTokenCreateInput', { name: `Revoke ${c.n}`, scopes: ['READ_ORG'] }, 'apiToken { id }')).apiToken.id }),
    build: (c) => m('apiTokenRevoke', 'ApiTokenRevokeInput', { id: c.fresh.token }),
  },

  // ----- Organisation -----
  { field: 'orgImport', target: 'none', build: () => m('orgImport', 'OrgImportInput', { fileName: 'pegawai.csv', contentBase64: Buffer.from('bukan,berkas\n1,2\n').toString('base64'), dryRun: true }) },
  { field: 'orgUnitCreate', target: 'person', build: (c) => m('orgUnitCreate', 'OrgUnitCreateInput', { parent: c.t!.unit, code: `MX${c.n}`, name: `Unit Matriks ${c.n}` }) },
  { field: 'orgUnitUpdate', target: 'person', build: (c) => m('orgUnitUpdate', 'OrgUnitUpdateInput', { id: c.t!.unit }) },
  { field: 'orgUnitMove', target: 'person', build: (c) => (c.t!.parentUnit ? m('orgUnitMove', 'OrgUnitMoveInput', { id: c.t!.unit, newParent: c.t!.parentUnit }) : null) },
  { field: 'positionCreate', target: 'person', build: (c) => m('positionCreate', 'PositionCreateInput', { unit: c.t!.unit, ...(c.t!.position ? { superior: c.t!.position } : {}), name: `Pelaksana Matriks ${c.n}`, type: 'JA', level: 'PELAKSANA' }) },
  { field: 'positionUpdate', target: 'person', build: (c) => (c.t!.position ? m('positionUpdate', 'PositionUpdateInput', { id: c.t!.position }) : null) },
  { field: 'employeeCreate', target: 'none', build: (c) => m('employeeCreate', 'EmployeeCreateInput', { nip: `19850505201003${c.n % 2 ? 1 : 2}${String(100 + (c.n % 899)).padStart(3, '0')}`, name: `Pegawai Matriks ${c.n}`, employmentType: 'PNS' }) },
  { field: 'employeeUpdate', target: 'person', build: (c) => m('employeeUpdate', 'EmployeeUpdateInput', { id: c.t!.employee, rank: 'III/c' }) },
  { field: 'assignmentCreate', target: 'person', build: (c) => (c.t!.position ? m('assignmentCreate', 'AssignmentCreateInput', { employee: c.t!.employee, position: c.t!.position, kind: 'PLH', startDate: `2027-06-${String(1 + (c.n % 20)).padStart(2, '0')}`, endDate: `2027-06-${String(1 + (c.n % 20)).padStart(2, '0')}` }) : null) },
  { field: 'assignmentEnd', target: 'person', build: (c) => (c.t!.assignment ? m('assignmentEnd', 'AssignmentEndInput', { id: c.t!.assignment, endDate: '2099-12-31' }) : null) },
  { field: 'appraiserOverrideSet', target: 'person', build: (c) => m('appraiserOverrideSet', 'AppraiserOverrideSetInput', { employee: c.t!.employee, appraiser: c.w.people.sekda.employee, reason: 'Penugasan tim khusus', startDate: '2099-01-01', endDate: '2099-01-02' }) },

  // ----- Periods and agreements -----
  { field: 'periodCreate', target: 'none', build: (c) => m('periodCreate', 'PeriodCreateInput', { year: 2100 + (c.n % 90) }) },
  { field: 'periodUpdate', target: 'person', build: (c) => (need(period(c)) ? m('periodUpdate', 'PeriodUpdateInput', { period: period(c) }) : null) },
  { field: 'evaluationPeriodCreate', target: 'person', build: (c) => (need(period(c)) ? m('evaluationPeriodCreate', 'EvaluationPeriodCreateInput', { period: period(c), evaluationPeriod: { kind: 'MONTHLY', name: `Bulan Matriks ${c.n}`, startDate: `${c.w.today.slice(0, 4)}-02-01`, endDate: `${c.w.today.slice(0, 4)}-02-28`, deadline: `${c.w.today.slice(0, 4)}-03-05T23:59:00+07:00` } }) : null) },
  { field: 'evaluationPeriodUpdate', target: 'person', build: (c) => (need(pastEp(c)) ? m('evaluationPeriodUpdate', 'EvaluationPeriodUpdateInput', { evaluationPeriod: pastEp(c) }) : null) },
  { field: 'evaluationPeriodUnlock', target: 'person', build: (c) => (need(pastEp(c)) ? m('evaluationPeriodUnlock', 'EvaluationPeriodUnlockInput', { evaluationPeriod: pastEp(c), until: `${shiftDate(c.w.today, 2)}T00:00:00Z`, reason: 'Uji matriks akses' }) : null) },
  { field: 'evaluationPeriodLock', target: 'person', build: (c) => (need(pastEp(c)) ? m('evaluationPeriodLock', 'EvaluationPeriodLockInput', { evaluationPeriod: pastEp(c), reason: 'Uji matriks akses' }) : null) },
  { field: 'performanceAgreementCreate', target: 'person', build: (c) => (need(period(c)) ? m('performanceAgreementCreate', 'PerformanceAgreementCreateInput', { unit: c.t!.unit, period: period(c) }) : null) },
  { field: 'performanceAgreementUpdate', target: 'none', build: (c) => (need(c.w.agreementA) ? m('performanceAgreementUpdate', 'PerformanceAgreementUpdateInput', { agreement: c.w.agreementA }) : null) },
  { field: 'strategicObjectiveCreate', target: 'none', build: (c) => (need(c.w.agreementA) ? m('strategicObjectiveCreate', 'StrategicObjectiveCreateInput', { agreement: c.w.agreementA, objective: { description: `Sasaran matriks ${c.n}` } }) : null) },
  { field: 'strategicObjectiveUpdate', target: 'none', build: (c) => (need(c.w.objectiveA) ? m('strategicObjectiveUpdate', 'StrategicObjectiveUpdateInput', { objective: c.w.objectiveA }) : null) },
  {
    field: 'strategicObjectiveDelete', target: 'none',
    prepare: async (c, h) => (c.w.agreementA ? { objective: (await h.mutate('admin', 'strategicObjectiveCreate', 'StrategicObjectiveCreateInput', { agreement: c.w.agreementA, objective: { description: `Sasaran hapus ${c.n}` } }, 'strategicObjective { id }')).strategicObjective.id } : {}),
    build: (c) => (need(c.fresh.objective) ? m('strategicObjectiveDelete', 'StrategicObjectiveDeleteInput', { objective: c.fresh.objective }) : null),
  },
  { field: 'keyIndicatorCreate', target: 'none', build: (c) => (need(c.w.objectiveA) ? m('keyIndicatorCreate', 'KeyIndicatorCreateInput', { objective: c.w.objectiveA, keyIndicator: { description: `IKU matriks ${c.n}`, targetValue: 1, unit: 'dokumen' } }) : null) },
  { field: 'keyIndicatorUpdate', target: 'none', build: (c) => (need(c.w.keyIndicatorA) ? m('keyIndicatorUpdate', 'KeyIndicatorUpdateInput', { keyIndicator: c.w.keyIndicatorA }) : null) },
  {
    field: 'keyIndicatorDelete', target: 'none',
    prepare: async (c, h) => (c.w.objectiveA ? { ki: (await h.mutate('admin', 'keyIndicatorCreate', 'KeyIndicatorCreateInput', { objective: c.w.objectiveA, keyIndicator: { description: `IKU hapus ${c.n}`, targetValue: 1, unit: 'dokumen' } }, 'keyIndicator { id }')).keyIndicator.id } : {}),
    build: (c) => (need(c.fresh.ki) ? m('keyIndicatorDelete', 'KeyIndicatorDeleteInput', { keyIndicator: c.fresh.ki }) : null),
  },

  // ----- Evaluation (on the approved plans of the world; before the workflow cells move them) -----
  { field: 'selfAssessmentSet', target: 'person', build: (c) => (c.t!.plan && c.t!.goal && ep(c) ? m('selfAssessmentSet', 'SelfAssessmentSetInput', { performancePlan: c.t!.plan, evaluationPeriod: ep(c), goal: c.t!.goal, note: 'Sudah sesuai target' }) : null) },
  { field: 'feedbackSet', target: 'person', build: (c) => (c.t!.plan && c.t!.goal && ep(c) ? m('feedbackSet', 'FeedbackSetInput', { performancePlan: c.t!.plan, evaluationPeriod: ep(c), goal: c.t!.goal, note: 'Pertahankan kinerja' }) : null) },
  { field: 'evaluationRate', target: 'person', build: (c) => (c.t!.plan && ep(c) ? m('evaluationRate', 'EvaluationRateInput', { performancePlan: c.t!.plan, evaluationPeriod: ep(c), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' }) : null) },
  {
    field: 'evaluation', target: 'person', prepare: evaluationOf,
    build: (c) => (c.fresh.evaluation ? q(`query($id: ID!) { evaluation(id: $id) { id } }`, { id: c.fresh.evaluation }) : null),
  },
  { field: 'evaluationConfirm', target: 'person', prepare: evaluationOf, build: (c) => (c.fresh.evaluation ? m('evaluationConfirm', 'EvaluationConfirmInput', { evaluation: c.fresh.evaluation }) : null) },
  { field: 'evaluationReopen', target: 'person', prepare: evaluationOf, build: (c) => (c.fresh.evaluation ? m('evaluationReopen', 'EvaluationReopenInput', { evaluation: c.fresh.evaluation, reason: 'Koreksi penilaian' }) : null) },
  // (Allowance, attendance and organisational performance follow the execution cells.)
  // ----- Plans, goals, indicators -----
  { field: 'performancePlanCreate', target: 'person', build: (c) => (need(period(c)) ? m('performancePlanCreate', 'PerformancePlanCreateInput', { period: period(c), employee: c.t!.employee, approach: 'QUANTITATIVE' }) : null) },
  // The viewer's own goal; viewers without one try kabid's.
  { field: 'goalCascade', target: 'person', build: (c) => ((c.w.people[c.viewer as Account]?.goal ?? c.w.people.kabid.goal) ? m('goalCascade', 'GoalCascadeInput', { goal: c.w.people[c.viewer as Account]?.goal ?? c.w.people.kabid.goal, targets: [{ employee: c.t!.employee, cascadeType: 'INDIRECT', description: `Turunan matriks ${c.n}` }] }) : null) },
  { field: 'performancePlanSubmit', target: 'person', build: (c) => (c.t!.plan ? m('performancePlanSubmit', 'PerformancePlanTransitionInput', { plan: c.t!.plan }) : null) },
  { field: 'performancePlanReturn', target: 'person', build: (c) => (c.t!.plan ? m('performancePlanReturn', 'PerformancePlanReasonInput', { plan: c.t!.plan, reason: 'Target belum terukur' }) : null) },
  { field: 'performancePlanApprove', target: 'person', build: (c) => (c.t!.plan ? m('performancePlanApprove', 'PerformancePlanTransitionInput', { plan: c.t!.plan }) : null) },
  { field: 'performancePlanRevisionSubmit', target: 'person', build: (c) => (c.t!.plan ? m('performancePlanRevisionSubmit', 'PerformancePlanReasonInput', { plan: c.t!.plan, reason: 'Perubahan anggaran' }) : null) },
  // Plans in REVISION_SUBMITTED (the own revision cells above) are editable again.
  { field: 'performancePlanUpdate', target: 'person', build: (c) => (c.t!.plan ? m('performancePlanUpdate', 'PerformancePlanUpdateInput', { plan: c.t!.plan, resourceSupport: 'Anggaran APBD' }) : null) },
  { field: 'behaviorExpectationSet', target: 'person', build: (c) => (c.t!.plan ? m('behaviorExpectationSet', 'BehaviorExpectationSetInput', { plan: c.t!.plan, coreValue: 'ACCOUNTABLE', specificExpectation: 'Tepat waktu menyusun laporan' }) : null) },
  { field: 'goalCreate', target: 'person', build: (c) => (c.t!.plan ? m('goalCreate', 'GoalCreateInput', { plan: c.t!.plan, kind: 'ADDITIONAL', assignedBy: 'Atasan', description: `Tugas tambahan matriks ${c.n}`, indicators: [{ description: 'Jumlah laporan', aspect: 'QUANTITY', targetValue: 1, unit: 'laporan' }] }) : null) },
  { field: 'goalUpdate', target: 'person', build: (c) => (c.t!.goal ? m('goalUpdate', 'GoalUpdateInput', { goal: c.t!.goal }) : null) },
  {
    field: 'goalDelete', target: 'person',
    prepare: async (c, h) => (c.t!.plan ? { goal: (await h.mutate(owner(c), 'goalCreate', 'GoalCreateInput', { plan: c.t!.plan, kind: 'ADDITIONAL', assignedBy: 'Atasan', description: `Tugas hapus ${c.n}`, indicators: [{ description: 'Jumlah', aspect: 'QUANTITY', targetValue: 1, unit: 'laporan' }] }, 'goal { id }')).goal.id } : {}),
    build: (c) => (need(c.fresh.goal) ? m('goalDelete', 'GoalDeleteInput', { goal: c.fresh.goal }) : null),
  },
  { field: 'indicatorCreate', target: 'person', build: (c) => (c.t!.goal ? m('indicatorCreate', 'IndicatorCreateInput', { goal: c.t!.goal, indicator: { description: `Indikator matriks ${c.n}`, aspect: 'QUALITY', targetValue: 90, unit: '%' } }) : null) },
  { field: 'indicatorUpdate', target: 'person', build: (c) => (c.t!.indicator ? m('indicatorUpdate', 'IndicatorUpdateInput', { indicator: c.t!.indicator }) : null) },
  {
    field: 'indicatorDelete', target: 'person',
    prepare: async (c, h) => (c.t!.goal ? { indicator: (await h.mutate(owner(c), 'indicatorCreate', 'IndicatorCreateInput', { goal: c.t!.goal, indicator: { description: `Indikator hapus ${c.n}`, aspect: 'TIME', targetValue: 12, unit: 'bulan' } }, 'indicator { id }')).indicator.id } : {}),
    build: (c) => (need(c.fresh.indicator) ? m('indicatorDelete', 'IndicatorDeleteInput', { indicator: c.fresh.indicator }) : null),
  },
  { field: 'performancePlanRevisionReject', target: 'person', build: (c) => (c.t!.plan ? m('performancePlanRevisionReject', 'PerformancePlanReasonInput', { plan: c.t!.plan, reason: 'Revisi tidak perlu' }) : null) },

  // ----- Execution -----
  { field: 'actionPlanCreate', target: 'person', build: (c) => (c.t!.goal && ep(c) ? m('actionPlanCreate', 'ActionPlanCreateInput', { goal: c.t!.goal, evaluationPeriod: ep(c), description: `Rencana aksi matriks ${c.n}` }) : null) },
  { field: 'actionPlanUpdate', target: 'person', build: (c) => (c.t!.actionPlan ? m('actionPlanUpdate', 'ActionPlanUpdateInput', { id: c.t!.actionPlan }) : null) },
  {
    field: 'actionPlanDelete', target: 'person',
    prepare: async (c, h) => (c.t!.goal && ep(c) ? { ap: (await h.mutate(owner(c), 'actionPlanCreate', 'ActionPlanCreateInput', { goal: c.t!.goal, evaluationPeriod: ep(c), description: `Rencana hapus ${c.n}` }, 'actionPlan { id }')).actionPlan.id } : {}),
    build: (c) => (need(c.fresh.ap) ? m('actionPlanDelete', 'ActionPlanDeleteInput', { id: c.fresh.ap }) : null),
  },
  { field: 'logbookImport', target: 'none', build: () => m('logbookImport', 'LogbookImportInput', { fileName: 'catatan.csv', contentBase64: Buffer.from('bukan,berkas\n').toString('base64'), dryRun: true }) },
  { field: 'logbookEntryCreate', target: 'none', build: (c) => m('logbookEntryCreate', 'LogbookEntryCreateInput', { date: c.w.today, startTime: `0${c.n % 10}:00`.slice(-5), endTime: `0${c.n % 10}:30`.slice(-5), activity: `Kegiatan matriks ${c.n}`, isAdditionalTask: true, clientKey: `mx-${c.n}` }) },
  { field: 'logbookEntriesCreate', target: 'none', build: (c) => m('logbookEntriesCreate', 'LogbookEntriesCreateInput', { entries: [{ date: c.w.today, startTime: `1${c.n % 10}:00`, endTime: `1${c.n % 10}:20`, activity: `Kegiatan matriks batch ${c.n}`, isAdditionalTask: true, clientKey: `mxb-${c.n}` }] }) },
  { field: 'logbookEntryUpdate', target: 'person', build: (c) => (c.t!.draftEntry ? m('logbookEntryUpdate', 'LogbookEntryUpdateInput', { id: c.t!.draftEntry }) : null) },
  {
    field: 'logbookEntryDelete', target: 'person',
    prepare: async (c, h) => freshEntries(c, h, false),
    build: (c) => (need(c.fresh.entry) ? m('logbookEntryDelete', 'LogbookEntryDeleteInput', { id: c.fresh.entry }) : null),
  },
  { field: 'logbookEntriesSubmit', target: 'person', build: (c) => (c.t!.draftEntry ? m('logbookEntriesSubmit', 'LogbookEntriesSubmitInput', { entries: [c.t!.draftEntry] }) : null) },
  {
    field: 'logbookEntriesVerify', target: 'person',
    prepare: async (c, h) => freshEntries(c, h, true),
    build: (c) => (need(c.fresh.entry) ? m('logbookEntriesVerify', 'LogbookEntriesVerifyInput', { entries: [c.fresh.entry] }) : null),
  },
  {
    field: 'logbookEntriesReject', target: 'person',
    prepare: async (c, h) => freshEntries(c, h, true),
    build: (c) => (need(c.fresh.entry) ? m('logbookEntriesReject', 'LogbookEntriesRejectInput', { entries: [c.fresh.entry], note: 'Lengkapi bukti dukung' }) : null),
  },
  { field: 'realizationSet', target: 'person', build: (c) => (c.t!.indicator && ep(c) ? m('realizationSet', 'RealizationSetInput', { indicator: c.t!.indicator, evaluationPeriod: ep(c), value: 1, evidence: ['https://example.org/bukti.pdf'] }) : null) },
  { field: 'realizationCompute', target: 'person', build: (c) => (c.t!.indicator && ep(c) ? m('realizationCompute', 'RealizationComputeInput', { indicator: c.t!.indicator, evaluationPeriod: ep(c) }) : null) },

  { field: 'orgPerformanceSet', target: 'person', build: (c) => (need(ep(c)) ? m('orgPerformanceSet', 'OrgPerformanceSetInput', { unit: c.t!.unit, evaluationPeriod: ep(c), rating: 'GOOD' }) : null) },
  { field: 'orgPerformance', target: 'person', build: (c) => (need(ep(c)) ? q(`query($u: ID!, $e: ID!) { orgPerformance(unit: $u, evaluationPeriod: $e) { __typename } }`, { u: c.t!.unit, e: ep(c) }) : null) },
  { field: 'agencyScoringStrategySet', target: 'person', build: (c) => m('agencyScoringStrategySet', 'AgencyScoringStrategySetInput', { agency: c.t!.agency, strategy: 'PERMENPANRB_6_2022' }) },
  { field: 'allowanceRulesSet', target: 'person', build: (c) => m('allowanceRulesSet', 'AllowanceRulesSetInput', { agency: c.t!.agency, year: 2099, rules: ALLOWANCE_RULES }) },
  { field: 'attendanceRecordUpsert', target: 'person', build: (c) => m('attendanceRecordUpsert', 'AttendanceRecordUpsertInput', { record: { employee: c.t!.employee, date: c.w.today, lateMinutes: 0 } }) },
  { field: 'attendanceRecordsUpsert', target: 'person', build: (c) => m('attendanceRecordsUpsert', 'AttendanceRecordsUpsertInput', { records: [{ employee: c.t!.employee, date: c.w.today, lateMinutes: 0 }] }) },
];

async function evaluationOf(c: Cell, h: Helpers): Promise<Record<string, string | undefined>> {
  const id = c.t!.plan ? await h.evaluationOf(c.t!.plan) : null;
  return id ? { evaluation: id } : {};
}

/** One entry of the target, created by its owner: DRAFT, or SUBMITTED when `submit`. */
async function freshEntries(c: Cell, h: Helpers, submit: boolean): Promise<Record<string, string | undefined>> {
  if (!c.t!.plan) return {};
  const minute = 600 + (c.n % 600);
  const hhmm = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
  const r = await h.mutate(owner(c), 'logbookEntryCreate', 'LogbookEntryCreateInput', { date: shiftDate(c.w.today, -3 - (Math.floor(c.n / 600) % 15)), startTime: hhmm(minute), endTime: hhmm(minute + 1), activity: `Catatan sel ${c.n}`, isAdditionalTask: true, clientKey: `cell-${c.n}` }, 'logbookEntry { id }');
  const entry = r.logbookEntry.id;
  if (submit) await h.mutate(owner(c), 'logbookEntriesSubmit', 'LogbookEntriesSubmitInput', { entries: [entry] }, 'logbookEntries { id }');
  return { entry };
}
