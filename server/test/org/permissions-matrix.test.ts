import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import type { Fixture } from '../support/fixture';

/**
 * Role × operation matrix of the org module, kept as data. Actors are fixture
 * accounts; targets sit in agency A (kasi in Seksi Kurikulum under Bidang SMA).
 * Outcomes: 'ok' (data returned), 'null'/'empty' (hidden, never leaked),
 * a top-level error code, or a userError code.
 */
type Actor = keyof Fixture['employees'] | 'anonymous';
type Outcome = 'ok' | 'null' | 'empty' | 'FORBIDDEN' | 'UNAUTHENTICATED' | `user:${string}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

async function run(actor: Actor, query: string, variables: Record<string, unknown>, pick: (data: any) => any): Promise<Outcome> {
  const token = actor === 'anonymous' ? undefined : await api.as(actor);
  const r = await api.gql(query, variables, token);
  if (r.errors?.length) return r.errors[0].extensions?.code as Outcome;
  const v = pick(r.data);
  if (v && Array.isArray(v.userErrors) && v.userErrors.length) return `user:${v.userErrors[0].code}`;
  if (v === null || v === undefined) return 'null';
  if (v && typeof v.totalCount === 'number') return v.totalCount === 0 ? 'empty' : 'ok';
  return 'ok';
}

const READ_EMPLOYEE = `query($id: ID!) { employee(id: $id) { name nip } }`;
const SUBORDINATES = `query($id: ID!) { employee(id: $id) { subordinates { totalCount nodes { name } } } }`;
const READ_UNIT = `query($id: ID!) { orgUnit(id: $id) { name } }`;

const readMatrix: [Actor, Outcome, Outcome, Outcome][] = [
  // actor,        employee(kasi), kasi.subordinates, orgUnit(seksi)
  ['kasi',         'ok',           'ok',              'ok'],
  ['staff1',       'ok',           'empty',           'ok'], // direct report sees their appraiser, not the appraiser's team
  ['kabid',        'ok',           'ok',              'ok'], // appraiser
  ['kadis',        'ok',           'ok',              'ok'], // manager two levels up
  ['sekda',        'ok',           'ok',              'ok'],
  ['kabid2',       'null',         'null',            'ok'], // peer of kabid: other unit
  ['staff3',       'null',         'null',            'ok'], // subordinate of another manager
  ['admin',        'ok',           'ok',              'ok'],
  ['operator',     'ok',           'ok',              'ok'], // kasi is inside the operator's subtree
  ['superadmin',   'ok',           'ok',              'ok'],
  ['adminB',       'null',         'null',            'null'], // other agency
  ['empB',         'null',         'null',            'null'],
  ['anonymous',    'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
];

describe('org read matrix', () => {
  it.each(readMatrix)('%s', async (actor, emp, subs, unit) => {
    const kasi = { id: api.gid('Employee', api.fx.employees.kasi.id) };
    expect(await run(actor, READ_EMPLOYEE, kasi, (d) => d.employee)).toBe(emp);
    expect(await run(actor, SUBORDINATES, kasi, (d) => (d.employee ? d.employee.subordinates : null))).toBe(subs);
    expect(await run(actor, READ_UNIT, { id: api.gid('OrgUnit', api.fx.units.seksi.id) }, (d) => d.orgUnit)).toBe(unit);
  });

  it('never lets a peer reach hidden employees through relations', async () => {
    const token = await api.as('staff3');
    const r = await api.gql(`{ viewer { employee { appraiser { appraiser { subordinates { nodes { name } } directSubordinates { nodes { name } } } } } } }`, {}, token);
    // staff3 sees kabid2 and kadis (their line) but kadis' team listing is a manager view.
    const kadis = r.data.viewer.employee.appraiser.appraiser;
    expect(kadis.subordinates.nodes).toEqual([]);
    expect(kadis.directSubordinates.nodes).toEqual([]);
    const search = await api.gql(`{ employeeSearch(query: "Kasi") { totalCount nodes { name } } }`, {}, token);
    expect(search.data.employeeSearch.nodes).toEqual([]);
    const nodeRead = await api.gql(`query($id: ID!) { node(id: $id) { ... on Employee { name } } }`, { id: api.gid('Employee', api.fx.employees.kasi.id) }, token);
    expect(nodeRead.data.node).toBeNull();
  });
});

const CREATE_UNIT = `mutation($i: OrgUnitCreateInput!) { orgUnitCreate(input: $i) { orgUnit { id } userErrors { code } } }`;
const CREATE_EMPLOYEE = `mutation($i: EmployeeCreateInput!) { employeeCreate(input: $i) { employee { id } userErrors { code } } }`;
const ASSIGN = `mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } userErrors { code } } }`;
const OVERRIDE = `mutation($i: AppraiserOverrideSetInput!) { appraiserOverrideSet(input: $i) { appraiserOverride { id } userErrors { code } } }`;

let serial = 100;
const nextNip = () => `19850505${'2010'}${'03'}1${String(serial++).padStart(3, '0')}`;

const writeMatrix: [string, Actor, Outcome, () => [string, Record<string, unknown>, (d: any) => any]][] = [
  ['unit under Bidang SMA', 'admin', 'ok', () => [CREATE_UNIT, { i: { parent: api.gid('OrgUnit', api.fx.units.bidang.id), code: `U${serial++}`, name: 'Seksi Baru' } }, (d) => d.orgUnitCreate]],
  ['unit under Bidang SMA', 'operator', 'ok', () => [CREATE_UNIT, { i: { parent: api.gid('OrgUnit', api.fx.units.bidang.id), code: `U${serial++}`, name: 'Seksi Baru' } }, (d) => d.orgUnitCreate]],
  ['unit under Bidang SMK', 'operator', 'FORBIDDEN', () => [CREATE_UNIT, { i: { parent: api.gid('OrgUnit', api.fx.units.bidang2.id), code: `U${serial++}`, name: 'Seksi Lain' } }, (d) => d.orgUnitCreate]],
  ['top-level unit', 'operator', 'FORBIDDEN', () => [CREATE_UNIT, { i: { code: `U${serial++}`, name: 'Dinas Baru' } }, (d) => d.orgUnitCreate]],
  ['unit under Bidang SMA', 'kasi', 'FORBIDDEN', () => [CREATE_UNIT, { i: { parent: api.gid('OrgUnit', api.fx.units.bidang.id), code: `U${serial++}`, name: 'Seksi Baru' } }, (d) => d.orgUnitCreate]],
  ['unit under Bidang SMA', 'adminB', 'user:NOT_FOUND', () => [CREATE_UNIT, { i: { parent: api.gid('OrgUnit', api.fx.units.bidang.id), code: `U${serial++}`, name: 'Seksi Baru' } }, (d) => d.orgUnitCreate]],
  ['employee', 'operator', 'ok', () => [CREATE_EMPLOYEE, { i: { nip: nextNip(), name: 'Pegawai Baru', employmentType: 'PNS' } }, (d) => d.employeeCreate]],
  ['admin account', 'operator', 'FORBIDDEN', () => [CREATE_EMPLOYEE, { i: { nip: nextNip(), name: 'Admin Palsu', employmentType: 'PNS', role: 'ADMIN' } }, (d) => d.employeeCreate]],
  ['employee', 'staff1', 'FORBIDDEN', () => [CREATE_EMPLOYEE, { i: { nip: nextNip(), name: 'Pegawai Baru', employmentType: 'PNS' } }, (d) => d.employeeCreate]],
  ['acting post in Bidang SMK', 'operator', 'FORBIDDEN', () => [ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', api.fx.positions.staff3.id), kind: 'PLH', startDate: '2026-02-01', endDate: '2026-02-10' } }, (d) => d.assignmentCreate]],
  ['acting post in Seksi', 'operator', 'ok', () => [ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', api.fx.positions.kasi.id), kind: 'PLH', startDate: '2026-02-01', endDate: '2026-02-10' } }, (d) => d.assignmentCreate]],
  ['post of another agency', 'admin', 'user:CROSS_AGENCY', () => [ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', api.fx.positions.posB.id), kind: 'PLT', startDate: '2026-03-01' } }, (d) => d.assignmentCreate]],
  ['appraiser override', 'operator', 'FORBIDDEN', () => [OVERRIDE, { i: { employee: api.gid('Employee', api.fx.employees.staff2.id), appraiser: api.gid('Employee', api.fx.employees.kabid.id), reason: 'Tim kerja kurikulum', startDate: '2026-01-01' } }, (d) => d.appraiserOverrideSet]],
  ['appraiser override', 'adminB', 'user:NOT_FOUND', () => [OVERRIDE, { i: { employee: api.gid('Employee', api.fx.employees.staff2.id), appraiser: api.gid('Employee', api.fx.employees.kabid.id), reason: 'Tim kerja kurikulum', startDate: '2026-01-01' } }, (d) => d.appraiserOverrideSet]],
  ['anything', 'anonymous', 'UNAUTHENTICATED', () => [CREATE_UNIT, { i: { code: 'X', name: 'Xx' } }, (d) => d.orgUnitCreate]],
];

describe('org write matrix', () => {
  it.each(writeMatrix)('%s as %s → %s', async (_what, actor, expected, build) => {
    const [query, vars, pick] = build();
    const before = await api.db.query('select (select count(*) from org_unit) + (select count(*) from employee) + (select count(*) from assignment) + (select count(*) from appraiser_override) as n');
    const outcome = await run(actor, query, vars, pick);
    expect(outcome).toBe(expected);
    const after = await api.db.query('select (select count(*) from org_unit) + (select count(*) from employee) + (select count(*) from assignment) + (select count(*) from appraiser_override) as n');
    expect(Number(after.rows[0].n) - Number(before.rows[0].n)).toBe(expected === 'ok' ? 1 : 0);
  });
});
