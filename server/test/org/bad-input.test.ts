import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/** Bad input gets a clear error and changes nothing. */
let api: TestApi;
let admin: string;
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.as('admin');
});
afterAll(() => api?.stop());

async function rowCounts() {
  const r = await api.db.query(`select (select count(*) from org_unit) u, (select count(*) from position) p, (select count(*) from employee) e,
    (select count(*) from assignment) a, (select count(*) from audit_log) l, (select string_agg(path, ',' order by id) from org_unit) paths`);
  return r.rows[0];
}

const CREATE_EMPLOYEE = `mutation($i: EmployeeCreateInput!) { employeeCreate(input: $i) { employee { id } oneTimePassword userErrors { code field message } } }`;

describe('employees', () => {
  it.each([
    ['12345', 'PNS', /18 digits/],
    ['198613262015051001', 'PNS', /birth date/],
    ['199505052021211001', 'PNS', /month/],
    ['198609262015053001', 'PNS', /gender/],
    ['200001012010011001', 'PNS', /17th birthday/],
  ])('refuses the invalid NIP %s', async (nip, employmentType, reason) => {
    const before = await rowCounts();
    const r = await api.gql(CREATE_EMPLOYEE, { i: { nip, name: 'Pegawai Uji', employmentType } }, admin);
    expect(r.data.employeeCreate.employee).toBeNull();
    expect(r.data.employeeCreate.userErrors[0]).toMatchObject({ code: 'INVALID_NIP', field: ['input', 'nip'] });
    expect(r.data.employeeCreate.userErrors[0].message).toMatch(reason);
    expect(await rowCounts()).toEqual(before);
  });

  it('derives birth date and gender, then refuses the same NIP again', async () => {
    const nip = '199204152018032001';
    const ok = await api.gql(CREATE_EMPLOYEE, { i: { nip, name: 'Rina Susanti, S.E.', employmentType: 'PNS', rank: 'III/a' } }, admin);
    expect(ok.data.employeeCreate.userErrors).toEqual([]);
    const read = await api.gql(`query($id: ID!) { employee(id: $id) { birthDate gender } }`, { id: ok.data.employeeCreate.employee.id }, admin);
    expect(read.data.employee).toEqual({ birthDate: '1992-04-15', gender: 'FEMALE' });
    const before = await rowCounts();
    const dup = await api.gql(CREATE_EMPLOYEE, { i: { nip: '19920415 201803 2 001', name: 'Orang Lain', employmentType: 'PNS' } }, admin);
    expect(dup.data.employeeCreate.userErrors[0]).toMatchObject({ code: 'DUPLICATE_NIP', field: ['input', 'nip'] });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a malformed rank and an over-long name', async () => {
    const before = await rowCounts();
    const r1 = await api.gql(CREATE_EMPLOYEE, { i: { nip: '199104152018031002', name: 'Budi', employmentType: 'PNS', rank: 'golongan tiga' } }, admin);
    expect(r1.data.employeeCreate.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'rank'] });
    const r2 = await api.gql(CREATE_EMPLOYEE, { i: { nip: '199104152018031002', name: 'x'.repeat(201), employmentType: 'PNS' } }, admin);
    expect(r2.data.employeeCreate.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'name'] });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('tree and references', () => {
  it('refuses moving a unit into its own subtree', async () => {
    const before = await rowCounts();
    const r = await api.gql(`mutation($i: OrgUnitMoveInput!) { orgUnitMove(input: $i) { orgUnit { id } userErrors { code field } } }`,
      { i: { id: api.gid('OrgUnit', api.fx.units.dinas.id), newParent: api.gid('OrgUnit', api.fx.units.seksi.id) } }, admin);
    expect(r.data.orgUnitMove.userErrors[0]).toEqual({ code: 'TREE_CYCLE', field: ['input', 'newParent'] });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a position reporting to its own subordinate', async () => {
    const before = await rowCounts();
    const r = await api.gql(`mutation($i: PositionUpdateInput!) { positionUpdate(input: $i) { position { id } userErrors { code } } }`,
      { i: { id: api.gid('Position', api.fx.positions.kabid.id), superior: api.gid('Position', api.fx.positions.staff1.id) } }, admin);
    expect(r.data.positionUpdate.userErrors[0].code).toBe('TREE_CYCLE');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a level that does not fit the position type', async () => {
    const r = await api.gql(`mutation($i: PositionCreateInput!) { positionCreate(input: $i) { position { id } userErrors { code field } } }`,
      { i: { unit: api.gid('OrgUnit', api.fx.units.seksi.id), name: 'Analis', type: 'JF', level: 'PENGAWAS' } }, admin);
    expect(r.data.positionCreate.userErrors[0]).toEqual({ code: 'INVALID_POSITION_LEVEL', field: ['input', 'level'] });
  });

  it('answers a wrong-type id in a query with BAD_USER_INPUT and an unknown id with null', async () => {
    const wrongType = await api.gql(`query($id: ID!) { employee(id: $id) { name } }`, { id: api.gid('OrgUnit', api.fx.units.dinas.id) }, admin);
    expect(wrongType.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await api.gql(`query($id: ID!) { employee(id: $id) { name } }`, { id: '%%%not-an-id' }, admin);
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(`query($id: ID!) { employee(id: $id) { name } }`, { id: api.gid('Employee', 999999) }, admin);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.employee).toBeNull();
  });

  it('answers wrong-type and unknown ids in a mutation input with userErrors on the field', async () => {
    const before = await rowCounts();
    const ASSIGN = `mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { id } userErrors { code field } } }`;
    const wrong = await api.gql(ASSIGN, { i: { employee: api.gid('Position', 1), position: api.gid('Position', api.fx.positions.kasi.id), kind: 'PLT', startDate: '2026-01-01' } }, admin);
    expect(wrong.data.assignmentCreate.userErrors[0]).toEqual({ code: 'INVALID_INPUT', field: ['input', 'employee'] });
    const unknown = await api.gql(ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', 999999), kind: 'PLT', startDate: '2026-01-01' } }, admin);
    expect(unknown.data.assignmentCreate.userErrors[0]).toEqual({ code: 'NOT_FOUND', field: ['input', 'position'] });
    const cross = await api.gql(ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', api.fx.positions.posB.id), kind: 'PLT', startDate: '2026-01-01' } }, admin);
    expect(cross.data.assignmentCreate.userErrors[0]).toEqual({ code: 'CROSS_AGENCY', field: ['input', 'position'] });
    const overlap = await api.gql(ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', api.fx.positions.staff2.id), kind: 'DEFINITIVE', startDate: '2026-01-01' } }, admin);
    expect(overlap.data.assignmentCreate.userErrors[0].code).toBe('ASSIGNMENT_OVERLAP');
    const badDate = await api.gql(ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff1.id), position: api.gid('Position', api.fx.positions.kasi.id), kind: 'PLT', startDate: '2026-02-30' } }, admin);
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
  });

  it('transfers with endCurrent: the old definitive post ends the day before', async () => {
    const ASSIGN = `mutation($i: AssignmentCreateInput!) { assignmentCreate(input: $i) { assignment { startDate } userErrors { code } } }`;
    const r = await api.gql(ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff3.id), position: api.gid('Position', api.fx.positions.staff2.id), kind: 'DEFINITIVE', startDate: '2026-07-01', endCurrent: true } }, admin);
    // staff2 still holds that post: one definitive holder per post at a time.
    expect(r.data.assignmentCreate.userErrors[0].code).toBe('ASSIGNMENT_OVERLAP');
    const pos = await api.gql(`mutation($i: PositionCreateInput!) { positionCreate(input: $i) { position { id } } }`,
      { i: { unit: api.gid('OrgUnit', api.fx.units.seksi.id), superior: api.gid('Position', api.fx.positions.kasi.id), name: 'Pengadministrasi Umum', type: 'JA', level: 'PELAKSANA' } }, admin);
    const ok = await api.gql(ASSIGN, { i: { employee: api.gid('Employee', api.fx.employees.staff3.id), position: pos.data.positionCreate.position.id, kind: 'DEFINITIVE', startDate: '2026-07-01', endCurrent: true } }, admin);
    expect(ok.data.assignmentCreate.userErrors).toEqual([]);
    const hist = await api.gql(`query($id: ID!) { employee(id: $id) { assignments { startDate endDate position { name } } appraiser(at: "2026-06-30") { name } now: appraiser(at: "2026-07-01") { name } } }`,
      { id: api.gid('Employee', api.fx.employees.staff3.id) }, admin);
    expect(hist.data.employee.assignments).toEqual([
      { startDate: '2026-07-01', endDate: null, position: { name: 'Pengadministrasi Umum' } },
      { startDate: '2024-01-01', endDate: '2026-06-30', position: { name: 'Pengelola SMK' } },
    ]);
    expect(hist.data.employee.appraiser.name).toBe('Kabid SMK');
    expect(hist.data.employee.now.name).toBe('Kasi Kurikulum');
  });
});

describe('hostile requests', () => {
  it('refuses a too-deep query before running it', async () => {
    let q = 'name';
    for (let i = 0; i < 20; i++) q = `children { ${q} }`;
    const r = await api.gql(`query($id: ID!) { orgUnit(id: $id) { ${q} } }`, { id: api.gid('OrgUnit', api.fx.units.root.id) }, admin);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/depth/i);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an oversized query (tokens and aliases)', async () => {
    const tokens = Array.from({ length: 3500 }, () => 'name').join(' ');
    const r = await api.gql(`{ viewer { employee { ${tokens} } } }`, {}, admin);
    expect(r.errors?.[0].message).toMatch(/Token limit of 3000 exceeded/);
    // Field duplication below the token limit: graphql-js' overlap check has a work budget.
    const dup = Array.from({ length: 2000 }, () => 'name').join(' ');
    const r1 = await api.gql(`{ viewer { employee { ${dup} } } }`, {}, admin);
    expect(r1.data).toBeUndefined();
    expect(r1.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const r2 = await api.gql(`{ ${aliases} }`, {}, admin);
    expect(r2.errors?.[0].message).toMatch(/alias/i);
  });

  it('caps page sizes and rejects malformed cursors', async () => {
    const big = await api.gql(`query($id: ID!) { employee(id: $id) { subordinates(first: 5000) { totalCount } } }`, { id: api.gid('Employee', api.fx.employees.sekda.id) }, admin);
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cur = await api.gql(`query($id: ID!) { employee(id: $id) { subordinates(after: "bm90IGEgY3Vyc29y") { totalCount } } }`, { id: api.gid('Employee', api.fx.employees.sekda.id) }, admin);
    expect(cur.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
