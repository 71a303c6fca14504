import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { assign, employee } from '../support/fixture';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const names = (conn: { nodes: { name: string }[] }) => conn.nodes.map((n) => n.name);

describe('reporting line', () => {
  it('derives appraiser, appraiser superior and subordinates', async () => {
    const r = await api.gql(
      `query($id: ID!) { employee(id: $id) { appraiser { name } appraiserSuperior { name } directSubordinates { totalCount nodes { name } } subordinates { totalCount nodes { name } } } }`,
      { id: api.gid('Employee', api.fx.employees.kabid.id) },
      await api.as('admin'),
    );
    const e = r.data.employee;
    expect(e.appraiser.name).toBe('Kadis Pendidikan');
    expect(e.appraiserSuperior.name).toBe('Sekda Utama');
    expect(names(e.directSubordinates)).toEqual(['Kasi Kurikulum']);
    expect(names(e.subordinates)).toEqual(['Kasi Kurikulum', 'Staf Dua', 'Staf Satu']);
    expect(e.subordinates.totalCount).toBe(3);
  });

  it('walks past a vacant post, uses an acting holder, and honours an override; history answers "who was it in March"', async () => {
    const admin = await api.as('admin');
    const em = api.k.orm.em.fork();
    // Kasi leaves on 2026-03-31 (assignment ended): staff are appraised by the kabid.
    const { rows } = await api.db.query(`select id from assignment where employee_id = $1`, [api.fx.employees.kasi.id]);
    const end = await api.gql(`mutation($i: AssignmentEndInput!) { assignmentEnd(input: $i) { assignment { endDate } userErrors { code } } }`,
      { i: { id: api.gid('Assignment', rows[0].id), endDate: '2026-03-31' } }, admin);
    expect(end.data.assignmentEnd.assignment.endDate).toBe('2026-03-31');
    const q = `query($id: ID!, $at: Date) { employee(id: $id) { appraiser(at: $at) { name } } }`;
    const staff1 = api.gid('Employee', api.fx.employees.staff1.id);
    expect((await api.gql(q, { id: staff1, at: '2026-03-15' }, admin)).data.employee.appraiser.name).toBe('Kasi Kurikulum');
    expect((await api.gql(q, { id: staff1, at: '2026-04-15' }, admin)).data.employee.appraiser.name).toBe('Kabid SMA');
    const kabidDirect = await api.gql(`query($id: ID!) { employee(id: $id) { directSubordinates(at: "2026-04-15") { nodes { name } } } }`, { id: api.gid('Employee', api.fx.employees.kabid.id) }, admin);
    expect(names(kabidDirect.data.employee.directSubordinates)).toEqual(['Staf Dua', 'Staf Satu']);
    // A PLT takes the vacant post from May.
    const plt = await employee(em, api.fx.agencyA, 'Plt Kasi');
    await assign(em, api.fx.agencyA, plt.id, api.fx.positions.kasi.id, 'PLT', '2026-05-01');
    expect((await api.gql(q, { id: staff1, at: '2026-05-15' }, admin)).data.employee.appraiser.name).toBe('Plt Kasi');
    // An override wins over the reporting line.
    const o = await api.gql(`mutation($i: AppraiserOverrideSetInput!) { appraiserOverrideSet(input: $i) { appraiserOverride { reason appraiser { name } } userErrors { code } } }`,
      { i: { employee: staff1, appraiser: api.gid('Employee', api.fx.employees.kadis.id), reason: 'Ditugaskan di tim kerja kepala dinas', startDate: '2026-06-01' } }, admin);
    expect(o.data.appraiserOverrideSet.appraiserOverride.appraiser.name).toBe('Kadis Pendidikan');
    expect((await api.gql(q, { id: staff1, at: '2026-06-15' }, admin)).data.employee.appraiser.name).toBe('Kadis Pendidikan');
    const audit = await api.db.query(`select reason from audit_log where action = 'APPRAISER_OVERRIDE' and entity_id = $1`, [api.fx.employees.staff1.id]);
    expect(audit.rows[0].reason).toMatch(/tim kerja/);
  });
});

describe('unit tree', () => {
  it('reads children, ancestors and descendants', async () => {
    const r = await api.gql(`query($id: ID!) { orgUnit(id: $id) { children { name } ancestors { name } descendants { totalCount nodes { name depth } } } }`,
      { id: api.gid('OrgUnit', api.fx.units.dinas.id) }, await api.as('admin'));
    const u = r.data.orgUnit;
    expect(u.children.map((c: any) => c.name)).toEqual(['Bidang SMA', 'Bidang SMK']);
    expect(u.ancestors.map((c: any) => c.name)).toEqual(['Sekretariat Daerah']);
    expect(u.descendants.totalCount).toBe(3);
  });

  it('moves a subtree, refuses cycles, and keeps a tree under concurrent moves', async () => {
    const admin = await api.as('admin');
    const MOVE = `mutation($i: OrgUnitMoveInput!) { orgUnitMove(input: $i) { orgUnit { depth ancestors { name } } userErrors { code field } } }`;
    const cycle = await api.gql(MOVE, { i: { id: api.gid('OrgUnit', api.fx.units.bidang.id), newParent: api.gid('OrgUnit', api.fx.units.seksi.id) } }, admin);
    expect(cycle.data.orgUnitMove.userErrors[0]).toEqual({ code: 'TREE_CYCLE', field: ['input', 'newParent'] });
    const ok = await api.gql(MOVE, { i: { id: api.gid('OrgUnit', api.fx.units.bidang.id), newParent: api.gid('OrgUnit', api.fx.units.bidang2.id) } }, admin);
    expect(ok.data.orgUnitMove.orgUnit.depth).toBe(3);
    const seksi = await api.db.query(`select depth, path from org_unit where id = $1`, [api.fx.units.seksi.id]);
    expect(seksi.rows[0].depth).toBe(4);
    // Two opposite moves at once (A under B, B under A): at most one can win, the tree stays a tree.
    const [a, b] = await Promise.all([
      api.gql(MOVE, { i: { id: api.gid('OrgUnit', api.fx.units.bidang2.id), newParent: api.gid('OrgUnit', api.fx.units.root.id) } }, admin),
      api.gql(MOVE, { i: { id: api.gid('OrgUnit', api.fx.units.root.id), newParent: api.gid('OrgUnit', api.fx.units.seksi.id) } }, admin),
    ]);
    const codes = [a, b].map((r) => r.data.orgUnitMove.userErrors[0]?.code ?? 'ok');
    expect(codes).toContain('TREE_CYCLE');
    const broken = await api.db.query(`
      select c.id from org_unit c left join org_unit p on p.id = c.parent_id
      where c.agency_id = $1 and (
        (c.parent_id is null and c.path <> lpad(c.id::text, 10, '0') || '.') or
        (c.parent_id is not null and (c.path <> p.path || lpad(c.id::text, 10, '0') || '.' or c.depth <> p.depth + 1)))`, [api.fx.agencyA]);
    expect(broken.rows).toEqual([]);
  });
});

describe('bounded SQL', () => {
  it('reads subordinates with a number of statements that does not grow with the subtree', async () => {
    const admin = await api.as('admin');
    const q = `query($id: ID!) { employee(id: $id) { subordinates(first: 100) { totalCount nodes { name nip position { name unit { name } } appraiser { name } } } } }`;
    const sekda = { id: api.gid('Employee', api.fx.employees.sekda.id) };
    const before = await api.countStatements(() => api.gql(q, sekda, admin));
    // Grow the subtree by 40 employees on new posts under the kabid SMK.
    const em = api.k.orm.em.fork();
    const { rows } = await api.db.query(`select id, path from position where id = $1`, [api.fx.positions.kabid2.id]);
    for (let i = 0; i < 40; i++) {
      const pos = await api.db.query(
        `with n as (select nextval(pg_get_serial_sequence('position', 'id')) as id)
         insert into position (id, agency_id, unit_id, superior_id, name, type, level, depth, path)
         select n.id, $1, $2, $3, $4, 'JA', 'PELAKSANA', 3, $5 || lpad(n.id::text, 10, '0') || '.' from n returning id`,
        [api.fx.agencyA, api.fx.units.bidang2.id, rows[0].id, `Pelaksana ${i}`, rows[0].path]);
      const e = await employee(em, api.fx.agencyA, `Pelaksana Baru ${String(i).padStart(2, '0')}`);
      await assign(em, api.fx.agencyA, e.id, pos.rows[0].id);
    }
    const after = await api.countStatements(() => api.gql(q, sekda, admin));
    const r = await api.gql(q, sekda, admin);
    expect(r.data.employee.subordinates.totalCount).toBeGreaterThanOrEqual(47);
    expect(after).toBe(before);
    expect(after).toBeLessThanOrEqual(12);
  });
});

describe('search', () => {
  it('finds by name or NIP within a unit subtree', async () => {
    const admin = await api.as('admin');
    const byName = await api.gql(`query($u: ID) { employeeSearch(query: "staf", unit: $u) { totalCount nodes { name } } }`, { u: api.gid('OrgUnit', api.fx.units.root.id) }, admin);
    expect(byName.data.employeeSearch.totalCount).toBe(3);
    const narrow = await api.gql(`query($u: ID) { employeeSearch(query: "staf", unit: $u) { totalCount nodes { name } } }`, { u: api.gid('OrgUnit', api.fx.units.seksi.id) }, admin);
    expect(names(narrow.data.employeeSearch)).toEqual(['Staf Dua', 'Staf Satu']);
    const nip = api.fx.employees.kadis.nip;
    const byNip = await api.gql(`query($q: String!) { employeeSearch(query: $q) { nodes { name } } }`, { q: nip.slice(0, 14) }, admin);
    expect(names(byNip.data.employeeSearch)).toContain('Kadis Pendidikan');
  });
});

describe('appraiser chain visibility', () => {
  it('shows an employee the appraiser and the appraiser\'s superior set by an override outside their line', async () => {
    const admin = await api.as('admin');
    const staff3 = api.gid('Employee', api.fx.employees.staff3.id);
    const o = await api.gql(`mutation($i: AppraiserOverrideSetInput!) { appraiserOverrideSet(input: $i) { userErrors { code } } }`,
      { i: { employee: staff3, appraiser: api.gid('Employee', api.fx.employees.staff2.id), reason: 'Tim kerja kurikulum lintas bidang', startDate: '2026-01-01' } }, admin);
    expect(o.data.appraiserOverrideSet.userErrors).toEqual([]);
    const token = await api.login(api.fx.employees.staff3.nip);
    const r = await api.gql(`{ viewer { employee { appraiser { name } appraiserSuperior { name } } } }`, {}, token);
    // (Earlier tests made the kasi post vacant with a PLT from May.)
    expect(r.data.viewer.employee.appraiser.name).toBe('Staf Dua');
    expect(r.data.viewer.employee.appraiserSuperior.name).toBe('Plt Kasi');
    // …but not the rest of that other line.
    const peer = await api.gql(`query($id: ID!) { employee(id: $id) { name } }`, { id: api.gid('Employee', api.fx.employees.staff1.id) }, token);
    expect(peer.data.employee).toBeNull();
  });
});
