import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { b64, csv, nip, rowsOf, xlsx, type Person } from './sheets';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const IMPORT = `mutation($i: OrgImportInput!) { orgImport(input: $i) {
  initialPassword userErrors { code field message }
  report { dryRun applied effectiveDate rowCount unitsCreated positionsCreated positionsUpdated employeesCreated employeesUpdated
           assignmentsCreated assignmentsEnded unchangedRows violationCount violations { row column code message } } } }`;

async function runImport(content: string | Buffer, opts: { dryRun?: boolean; effectiveDate?: string; fileName?: string; passwordMode?: string; as?: 'admin' | 'adminB' | 'kasi' } = {}) {
  const r = await api.gql(IMPORT, {
    i: { fileName: opts.fileName ?? 'pegawai.csv', contentBase64: b64(content), dryRun: opts.dryRun ?? false, effectiveDate: opts.effectiveDate ?? '2026-01-01', passwordMode: opts.passwordMode },
  }, await api.as(opts.as ?? 'admin'));
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.orgImport;
}

/** Row counts and the last change of every org table, to show an import wrote nothing. */
async function snapshot() {
  const q = async (t: string) => (await api.db.query(`select count(*)::int as n, max(updated_at)::text as at from ${t}`)).rows[0];
  return { units: await q('org_unit'), positions: await q('position'), employees: await q('employee'), assignments: await q('assignment'), audit: (await api.db.query(`select count(*)::int as n from audit_log`)).rows[0].n };
}

const kaban = { nip: nip(), name: 'Dra. Sri Wahyuni, M.Si.', rank: 'Pembina Utama Muda, IV/c', position: 'Kepala Badan Kepegawaian Daerah', kind: 'JPT Pratama', unit: 'Badan Kepegawaian Daerah', parent: 'Sekretariat Daerah' };
const kabid = { nip: nip('FEMALE'), name: 'Rina Kartika, S.E.', rank: 'IV/a', position: 'Kepala Bidang Mutasi', kind: 'JA Administrator', unit: 'Bidang Mutasi', parent: 'Badan Kepegawaian Daerah' };
const analis1 = { nip: nip(), name: 'Budi Santoso', rank: 'III/a', position: 'Analis SDM Aparatur', kind: 'JF Ahli Pertama', unit: 'Bidang Mutasi', parent: 'Badan Kepegawaian Daerah' };
const analis2 = { nip: nip('FEMALE'), name: 'Siti Aminah', rank: 'III/b', position: 'Analis SDM Aparatur', kind: 'JF Ahli Pertama', unit: 'Bidang Mutasi', parent: 'Badan Kepegawaian Daerah' };
const pppk = { nip: nip(), name: 'Agus Pratama', rank: 'IX', position: 'Pengelola Data Kepegawaian', kind: 'Pelaksana', unit: 'Bidang Mutasi', parent: 'Badan Kepegawaian Daerah', status: 'PPPK' };

function sheet(): Person[] {
  return [
    { ...kaban, superior: api.fx.employees.sekda.nip },
    { ...kabid, superior: kaban.nip },
    { ...analis1, superior: kabid.nip },
    { ...analis2, superior: kabid.nip },
    { ...pppk, superior: kabid.nip },
  ];
}

describe('orgImport', () => {
  it('checks a sheet in a dry run and writes nothing', async () => {
    const before = await snapshot();
    const p = await runImport(csv(rowsOf(sheet())), { dryRun: true });
    expect(p.userErrors).toEqual([]);
    expect(p.report).toMatchObject({ dryRun: true, applied: false, rowCount: 5, unitsCreated: 2, positionsCreated: 5, employeesCreated: 5, assignmentsCreated: 5, assignmentsEnded: 0, violationCount: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('imports units, positions, employees and the reporting line in one go', async () => {
    const p = await runImport(csv(rowsOf(sheet()), undefined, ';'));
    expect(p.userErrors).toEqual([]);
    expect(p.report).toMatchObject({ applied: true, unitsCreated: 2, positionsCreated: 5, employeesCreated: 5, assignmentsCreated: 5, unchangedRows: 0 });
    expect(p.initialPassword).toBeNull();
    const emp = (await api.db.query(`select id, name, rank, employment_type, gender, must_change_password, password_hash from employee where nip = $1`, [pppk.nip])).rows[0];
    expect(emp).toMatchObject({ name: 'Agus Pratama', rank: 'IX', employment_type: 'PPPK', gender: 'MALE', must_change_password: true });
    const unit = (await api.db.query(`select u.code, p.name as parent from org_unit u join org_unit p on p.id = u.parent_id where u.name = 'Bidang Mutasi'`)).rows[0];
    expect(unit.parent).toBe('Badan Kepegawaian Daerah');
    expect(unit.code).toMatch(/^IMP-\d+$/);
    // the API reads the new reporting line: appraiser and appraiser's superior
    const r = await api.gql(`query($n: String!) { employeeByNip(nip: $n) { rank position { name type level unit { name parent { name parent { name } } } } appraiser { name } appraiserSuperior { name } assignments { startDate kind } } }`, { n: analis2.nip }, await api.as('admin'));
    expect(r.data.employeeByNip).toEqual({
      rank: 'III/b',
      position: { name: 'Analis SDM Aparatur', type: 'JF', level: 'AHLI_PERTAMA', unit: { name: 'Bidang Mutasi', parent: { name: 'Badan Kepegawaian Daerah', parent: { name: 'Sekretariat Daerah' } } } },
      appraiser: { name: 'Rina Kartika, S.E.' },
      appraiserSuperior: { name: 'Dra. Sri Wahyuni, M.Si.' },
      assignments: [{ startDate: '2026-01-01', kind: 'DEFINITIVE' }],
    });
    const kabanAppraiser = await api.gql(`query($n: String!) { employeeByNip(nip: $n) { appraiser { name } } }`, { n: kaban.nip }, await api.as('admin'));
    expect(kabanAppraiser.data.employeeByNip.appraiser.name).toBe('Sekda Utama');
    // RESET_REQUIRED: no password works until an admin resets it
    const login = await api.gql(`mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }`, { i: { nip: pppk.nip, password: 'Password#123' } });
    expect(login.data.login.token).toBeNull();
    const audit = (await api.db.query(`select data from audit_log where action = 'ORG_IMPORT'`)).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ fileName: 'pegawai.csv', employeesCreated: 5, effectiveDate: '2026-01-01' });
  });

  it('changes nothing when the same sheet is imported again (CSV or XLSX)', async () => {
    const before = await snapshot();
    const again = await runImport(csv(rowsOf(sheet())), { effectiveDate: '2026-02-01' });
    expect(again.report).toMatchObject({ applied: true, unitsCreated: 0, positionsCreated: 0, positionsUpdated: 0, employeesCreated: 0, employeesUpdated: 0, assignmentsCreated: 0, assignmentsEnded: 0, unchangedRows: 5 });
    const asXlsx = await runImport(await xlsx(rowsOf(sheet())), { fileName: 'pegawai.xlsx' });
    expect(asXlsx.report).toMatchObject({ applied: true, unchangedRows: 5, unitsCreated: 0, positionsCreated: 0, employeesCreated: 0, assignmentsCreated: 0 });
    const after = await snapshot();
    expect({ ...after, audit: 0 }).toEqual({ ...before, audit: 0 });
    expect(after.audit).toBe(before.audit + 2); // each import is recorded, with zero counts
  });

  it('turns a later sheet with a transfer, a promotion and a new reporting line into effective-dated changes', async () => {
    const people = sheet();
    // analis1 moves to a new unit under a new head; the PPPK gets a new rank; analis2 now reports to the head of the agency
    const kabid2 = { nip: nip(), name: 'Hendra Wijaya', rank: 'IV/a', position: 'Kepala Bidang Pengembangan', kind: 'JA Administrator', unit: 'Bidang Pengembangan', parent: 'Badan Kepegawaian Daerah', superior: kaban.nip };
    people.push(kabid2);
    people[2] = { ...people[2], unit: 'Bidang Pengembangan', position: 'Analis SDM Aparatur', superior: kabid2.nip };
    people[4] = { ...people[4], rank: 'X' };
    people[3] = { ...people[3], superior: kaban.nip };
    const p = await runImport(csv(rowsOf(people)), { effectiveDate: '2026-07-01' });
    expect(p.userErrors).toEqual([]);
    expect(p.report).toMatchObject({ unitsCreated: 1, positionsCreated: 2, positionsUpdated: 1, employeesCreated: 1, employeesUpdated: 1, assignmentsCreated: 2, assignmentsEnded: 1, unchangedRows: 2 });
    const history = await api.gql(`query($n: String!) { employeeByNip(nip: $n) { assignments { startDate endDate position { unit { name } } } jan: unit(at: "2026-06-30") { name } jul: unit(at: "2026-07-01") { name } appraiser(at: "2026-07-01") { name } } }`, { n: analis1.nip }, await api.as('admin'));
    expect(history.data.employeeByNip).toEqual({
      assignments: [
        { startDate: '2026-07-01', endDate: null, position: { unit: { name: 'Bidang Pengembangan' } } },
        { startDate: '2026-01-01', endDate: '2026-06-30', position: { unit: { name: 'Bidang Mutasi' } } },
      ],
      jan: { name: 'Bidang Mutasi' },
      jul: { name: 'Bidang Pengembangan' },
      appraiser: { name: 'Hendra Wijaya' },
    });
    const a2 = await api.gql(`query($n: String!) { employeeByNip(nip: $n) { appraiser(at: "2026-07-01") { name } } }`, { n: analis2.nip }, await api.as('admin'));
    expect(a2.data.employeeByNip.appraiser.name).toBe('Dra. Sri Wahyuni, M.Si.');
    // and importing the later sheet again is a no-op
    const again = await runImport(csv(rowsOf(people)), { effectiveDate: '2026-07-01' });
    expect(again.report).toMatchObject({ unchangedRows: 6, assignmentsCreated: 0, assignmentsEnded: 0, positionsUpdated: 0, employeesUpdated: 0 });
  });

  it('hands out one shared initial password when asked', async () => {
    const person = { nip: nip('FEMALE'), name: 'Dewi Lestari', position: 'Analis SDM Aparatur', kind: 'JF Ahli Pertama', unit: 'Bidang Mutasi', parent: 'Badan Kepegawaian Daerah', superior: kabid.nip };
    const p = await runImport(csv(rowsOf([person])), { passwordMode: 'SHARED_INITIAL', effectiveDate: '2026-07-01' });
    expect(p.initialPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    const login = await api.gql(`mutation($i: LoginInput!) { login(input: $i) { token mustChangePassword } }`, { i: { nip: person.nip, password: p.initialPassword } });
    expect(login.data.login.mustChangePassword).toBe(true);
    expect(login.data.login.token).toBeTruthy();
    const stored = (await api.db.query(`select count(*)::int as n from audit_log where data::text like $1`, [`%${p.initialPassword}%`])).rows[0].n;
    expect(stored).toBe(0);
  });
});
