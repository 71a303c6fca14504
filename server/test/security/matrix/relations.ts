import type { SecApi } from '../../support/security/server';
import type { Account, World } from './world';
import type { Viewer } from './roles';

/**
 * Nested reads that try to reach forbidden data through relations from something the
 * viewer may read (CheatSheet: "authorization on edges and nodes"). Each probe names
 * what it reaches and the expected outcome: 'null' / 'empty' (hidden) or 'ok'.
 */
export interface RelationProbe {
  name: string;
  viewer: Viewer;
  query: (w: World) => { query: string; variables?: Record<string, unknown> };
  /** Picks the reached value from `data`. */
  pick: (data: any) => unknown;
  expected: 'null' | 'empty' | 'ok';
}

const PLAN = (sel: string) => `query($id: ID!) { performancePlan(id: $id) { ${sel} } }`;

export const RELATIONS: RelationProbe[] = [
  {
    name: "employee: own plan → appraiser → appraiser's plans (a superior's plan)",
    viewer: 'staff1', expected: 'empty',
    query: (w) => ({ query: PLAN('appraiser { performancePlans { totalCount nodes { id } } }'), variables: { id: w.people.staff1.plan } }),
    pick: (d) => d?.performancePlan?.appraiser?.performancePlans,
  },
  {
    name: "employee: own goal → parent goal (superior's) → its plan",
    viewer: 'staff1', expected: 'null',
    query: (w) => ({ query: PLAN('goals { parentGoal { plan { id status } } }'), variables: { id: w.people.staff1.plan } }),
    pick: (d) => d?.performancePlan?.goals?.[0]?.parentGoal?.plan,
  },
  {
    name: "employee: own goal → parent goal → parent goal's owner's current plan",
    viewer: 'staff1', expected: 'null',
    query: (w) => ({ query: PLAN('goals { parentGoal { owner { currentPlan { id } } } }'), variables: { id: w.people.staff1.plan } }),
    pick: (d) => d?.performancePlan?.goals?.[0]?.parentGoal?.owner?.currentPlan,
  },
  {
    name: "employee: own plan → appraiser's superior → subordinates (the superior's team)",
    viewer: 'staff1', expected: 'empty',
    query: (w) => ({ query: PLAN('appraiserSuperior { subordinates { totalCount } }'), variables: { id: w.people.staff1.plan } }),
    pick: (d) => d?.performancePlan?.appraiserSuperior?.subordinates,
  },
  {
    name: "employee: own unit → employees of the unit subtree (peers' records)",
    viewer: 'staff3', expected: 'empty',
    query: (w) => ({ query: `query($id: ID!) { orgUnit(id: $id) { parent { employees(includeSubunits: true) { totalCount } } } }`, variables: { id: w.people.staff3.unit } }),
    pick: (d) => d?.orgUnit?.parent?.employees,
  },
  {
    name: "manager: direct report's plan → its appraiser (the manager's own subordinate kasi) → kasi's superior's (kadis) plans",
    viewer: 'kabid', expected: 'empty',
    query: (w) => ({ query: PLAN('appraiserSuperior { appraiser { performancePlans { totalCount } } }'), variables: { id: w.people.kasi.plan } }),
    pick: (d) => d?.performancePlan?.appraiserSuperior?.appraiser?.performancePlans,
  },
  {
    name: "manager: deeper subordinate's plan → goals → parent goal chain up to the manager's superior's goal → plan",
    viewer: 'kabid', expected: 'null',
    query: (w) => ({ query: PLAN('goals { parentGoal { parentGoal { parentGoal { plan { id } } } } }'), variables: { id: w.people.staff1.plan } }),
    pick: (d) => d?.performancePlan?.goals?.[0]?.parentGoal?.parentGoal?.parentGoal?.plan ?? null,
  },
  {
    name: "appraiser: direct report's logbook entry → employee → appraiser → appraiser (own superior) → plans",
    viewer: 'kasi', expected: 'empty',
    query: (w) => ({ query: `query($e: ID, $f: Date!, $t: Date!) { logbookEntries(employee: $e, from: $f, to: $t) { nodes { employee { appraiser { appraiser { performancePlans { totalCount } } } } } } }`, variables: { e: w.people.staff1.employee, f: `${w.today.slice(0, 4)}-01-01`, t: w.today } }),
    pick: (d) => d?.logbookEntries?.nodes?.[0]?.employee?.appraiser?.appraiser?.performancePlans,
  },
  {
    name: 'peer manager: node(id) of the other branch\'s plan',
    viewer: 'kabid2', expected: 'null',
    query: (w) => ({ query: `query($id: ID!) { node(id: $id) { id } }`, variables: { id: w.people.staff1.plan } }),
    pick: (d) => d?.node,
  },
  {
    name: 'other agency admin: nodes() of agency A plan, goal, entry and employee',
    viewer: 'adminB', expected: 'empty',
    query: (w) => ({ query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, variables: { ids: [w.people.staff1.plan, w.people.staff1.goal, w.people.staff1.draftEntry, w.people.staff1.employee] } }),
    pick: (d) => d?.nodes?.filter((x: unknown) => x),
  },
  {
    name: 'other agency employee: agency A unit → agency → root units → employees',
    viewer: 'empB', expected: 'null',
    query: (w) => ({ query: `query($id: ID!) { orgUnit(id: $id) { agency { rootUnits { employees { totalCount } } } } }`, variables: { id: w.people.staff1.unit } }),
    pick: (d) => d?.orgUnit,
  },
  {
    name: "employee: superior's goal (parent) → children: the peers' goals and their plans",
    viewer: 'staff2', expected: 'empty',
    query: (w) => ({ query: PLAN('id goals { parentGoal { children { id plan { id } } } }'), variables: { id: w.people.staff2.plan } }),
    pick: (d) => (d?.performancePlan?.goals?.[0]?.parentGoal?.children ?? []).filter((g: any) => g.plan && g.plan.id !== d.performancePlan.id),
  },
  {
    name: "employee: superior's goal (parent) → children ids (a peer's goal exists at all)",
    viewer: 'staff2', expected: 'empty',
    query: (w) => ({ query: PLAN('goals { id parentGoal { children { id } } }'), variables: { id: w.people.staff2.plan } }),
    pick: (d) => (d?.performancePlan?.goals?.[0]?.parentGoal?.children ?? []).filter((g: any) => !d.performancePlan.goals.some((own: any) => own.id === g.id)),
  },
  // Bulk feeds must stay inside the caller's agency.
  {
    name: 'other agency admin: employeesSync rows of agency A',
    viewer: 'adminB', expected: 'empty',
    query: () => ({ query: `{ employeesSync(first: 100) { nodes { nip } } }` }),
    pick: (d) => (d?.employeesSync?.nodes ?? []).filter((e: any) => AGENCY_A_NIPS.has(e.nip)),
  },
  {
    name: 'integration token of agency A: logbookEntriesSync rows of agency B',
    viewer: 'integration', expected: 'empty',
    query: () => ({ query: `{ logbookEntriesSync(first: 100) { nodes { employeeNip } } }` }),
    pick: (d) => (d?.logbookEntriesSync?.nodes ?? []).filter((e: any) => AGENCY_B_NIPS.has(e.employeeNip)),
  },
  {
    name: 'integration token of agency A: performancePlansSync plans of agency B',
    viewer: 'integration', expected: 'empty',
    query: () => ({ query: `{ performancePlansSync(first: 100) { nodes { id } } }` }),
    pick: (d) => (d?.performancePlansSync?.nodes ?? []).filter((p: any) => AGENCY_B_PLANS.has(p.id)),
  },
  {
    name: 'other agency admin: performancePlansSync plans of agency A',
    viewer: 'adminB', expected: 'empty',
    query: () => ({ query: `{ performancePlansSync(first: 100) { nodes { id } } }` }),
    pick: (d) => (d?.performancePlansSync?.nodes ?? []).filter((p: any) => AGENCY_A_PLANS.has(p.id)),
  },
];

/** Filled by runRelations from the world (which NIPs and plans belong to which agency). */
const AGENCY_A_NIPS = new Set<string>();
const AGENCY_B_NIPS = new Set<string>();
const AGENCY_A_PLANS = new Set<string>();
const AGENCY_B_PLANS = new Set<string>();

/**
 * Privilege escalation: widening one's own role or scope. Run after the matrix (a
 * success would change the accounts the matrix uses). Expected: refused (any userError
 * or error), never 'ok'.
 */
export interface EscalationProbe {
  name: string;
  viewer: Account;
  mutation: string;
  type: string;
  input: (w: World) => unknown;
}

export const ESCALATIONS: EscalationProbe[] = [
  { name: 'operator makes themself ADMIN', viewer: 'operator', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.operator.employee, role: 'ADMIN' }) },
  { name: 'operator widens their own unit to the agency root', viewer: 'operator', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.operator.employee, operatorUnit: w.people.sekda.unit }) },
  { name: 'operator makes an employee of their subtree ADMIN', viewer: 'operator', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.staff1.employee, role: 'ADMIN' }) },
  { name: 'operator makes an employee of their subtree OPERATOR of the root unit', viewer: 'operator', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.staff1.employee, role: 'OPERATOR', operatorUnit: w.people.sekda.unit }) },
  { name: 'admin makes themself SUPERADMIN', viewer: 'admin', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.admin.employee, role: 'SUPERADMIN' }) },
  { name: 'admin creates a SUPERADMIN account', viewer: 'admin', mutation: 'employeeCreate', type: 'EmployeeCreateInput', input: () => ({ nip: '198505052010031555', name: 'Super Palsu', employmentType: 'PNS', role: 'SUPERADMIN' }) },
  { name: "admin resets the superadmin's password", viewer: 'admin', mutation: 'passwordReset', type: 'PasswordResetInput', input: (w) => ({ employee: w.people.superadmin.employee }) },
  { name: 'other agency admin edits an agency A employee', viewer: 'adminB', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.staff1.employee, role: 'ADMIN' }) },
  { name: 'employee deactivates their appraiser', viewer: 'staff1', mutation: 'employeeUpdate', type: 'EmployeeUpdateInput', input: (w) => ({ id: w.people.kasi.employee, isActive: false }) },
  { name: 'appraiser sets themself as appraiser override of their superior', viewer: 'kasi', mutation: 'appraiserOverrideSet', type: 'AppraiserOverrideSetInput', input: (w) => ({ employee: w.people.kabid.employee, appraiser: w.people.kasi.employee, reason: 'Ambil alih penilaian', startDate: w.today }) },
];

export async function runRelations(api: SecApi, w: World, tokens: { get(v: Viewer): Promise<string | undefined> }) {
  const out: { name: string; observed: string; expected: string }[] = [];
  for (const d of Object.values(w.people)) {
    const inB = d.agency === w.people.empB.agency;
    (inB ? AGENCY_B_NIPS : AGENCY_A_NIPS).add(d.nip);
    if (d.plan) (inB ? AGENCY_B_PLANS : AGENCY_A_PLANS).add(d.plan);
  }
  for (const p of RELATIONS) {
    const { query, variables } = p.query(w);
    const token = await tokens.get(p.viewer);
    const r = await api.gql(query, variables ?? {}, token);
    const v = p.pick(r.data);
    const observed = r.errors?.length && v == null ? `error:${r.errors[0].extensions?.code}` : v == null ? 'null' : Array.isArray(v) ? (v.length ? 'ok' : 'empty') : typeof v === 'object' && 'totalCount' in (v as object) ? ((v as { totalCount: number }).totalCount ? 'ok' : 'empty') : 'ok';
    out.push({ name: p.name, observed, expected: p.expected });
  }
  for (const e of ESCALATIONS) {
    const r = await api.gql(`mutation($i: ${e.type}!) { ${e.mutation}(input: $i) { userErrors { code } } }`, { i: e.input(w) }, await tokens.get(e.viewer));
    const p = r.data?.[e.mutation];
    const observed = r.errors?.length ? `refused:${r.errors[0].extensions?.code}` : p?.userErrors?.length ? `refused:${p.userErrors[0].code}` : 'ok';
    out.push({ name: `escalation: ${e.name}`, observed: observed.startsWith('refused') ? 'refused' : observed, expected: 'refused' });
  }
  return out;
}
