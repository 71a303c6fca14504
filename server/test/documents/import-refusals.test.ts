import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken, post } from '../integrations/helpers';
import { b64, csv, HEADER, nip, rowsOf, xlsx, type Person } from './sheets';

/** Every refusal of orgImport comes with its code, and nothing is written. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const IMPORT = `mutation($i: OrgImportInput!) { orgImport(input: $i) { initialPassword userErrors { code field } report { applied violationCount violations { row column code message } } } }`;

async function snapshot() {
  const q = async (t: string) => (await api.db.query(`select count(*)::int as n, max(updated_at)::text as at from ${t}`)).rows[0];
  return { units: await q('org_unit'), positions: await q('position'), employees: await q('employee'), assignments: await q('assignment'), audit: (await api.db.query(`select count(*)::int as n from audit_log`)).rows[0].n };
}

async function refused(content: string | Buffer, fileName = 'pegawai.csv', extra: Record<string, unknown> = {}) {
  const before = await snapshot();
  const r = await api.gql(IMPORT, { i: { fileName, contentBase64: b64(content), dryRun: false, effectiveDate: '2026-01-01', ...extra } }, await api.as('admin'));
  expect(r.errors).toBeUndefined();
  expect(await snapshot()).toEqual(before);
  return r.data.orgImport;
}

const base = (over: Partial<Person>): Person => ({ nip: nip(), name: 'Pegawai Uji', position: 'Analis Kebijakan', kind: 'JF Ahli Muda', unit: 'Bidang Uji', parent: 'Sekretariat Daerah', ...over });

describe('orgImport refusals', () => {
  it('reports every bad row with its row, column and reason, and writes nothing', async () => {
    const head = base({ name: 'Kepala Bidang Uji', position: 'Kepala Bidang Uji', kind: 'JA Administrator' });
    const dup = nip();
    const x = base({ name: 'Pegawai X', unit: 'Bidang Lingkar', parent: 'Sekretariat Daerah' });
    const y = base({ name: 'Pegawai Y', unit: 'Bidang Lingkar', parent: 'Sekretariat Daerah' });
    x.superior = y.nip;
    y.superior = x.nip;
    const selfRow = base({ name: 'Pegawai Sendiri' });
    selfRow.superior = selfRow.nip;
    const people: Person[] = [
      head, // row 2: fine
      base({ nip: '19900101 201501 1 00X' }), // 3: INVALID_NIP
      base({ parent: 'Dinas Tidak Ada', unit: 'Seksi Hilang' }), // 4: UNKNOWN_PARENT_UNIT
      base({ unit: 'Unit A', parent: 'Unit B' }), // 5: UNIT_CYCLE
      base({ unit: 'Unit B', parent: 'Unit A' }), // 6: UNIT_CYCLE
      base({ nip: dup }), // 7: fine
      base({ nip: dup }), // 8: DUPLICATE_NIP
      selfRow, // 9: SELF_SUPERIOR
      base({ superior: nip() }), // 10: UNKNOWN_SUPERIOR
      x, // 11: SUPERIOR_CYCLE
      y, // 12: SUPERIOR_CYCLE
      base({ nip: api.fx.employees.empB.nip, name: 'Pegawai Kabupaten' }), // 13: NIP_OTHER_AGENCY
      base({ kind: 'Guru' }), // 14: INVALID_VALUE jenis jabatan
      base({ status: 'Honorer' }), // 15: INVALID_VALUE status
      base({ name: '' }), // 16: MISSING_VALUE name
      base({ rank: 'Penata' }), // 17: INVALID_VALUE pangkat
      base({ unit: 'Sekretariat', parent: 'Dinas Pendidikan' }), // 18: fine
      base({ unit: 'Sekretariat', parent: 'Sekretariat Daerah' }), // 19: fine
      base({ unit: 'Subbagian Umum', parent: 'Sekretariat' }), // 20: AMBIGUOUS_PARENT_UNIT
    ];
    const p = await refused(csv(rowsOf(people)));
    expect(p.userErrors).toEqual([{ code: 'IMPORT_INVALID', field: ['input', 'contentBase64'] }]);
    expect(p.report.applied).toBe(false);
    const got = p.report.violations.map((v: any) => [v.row, v.column, v.code]);
    expect(got).toEqual([
      [3, 'NIP', 'INVALID_NIP'],
      [4, 'Unit Induk', 'UNKNOWN_PARENT_UNIT'],
      [5, 'Unit Induk', 'UNIT_CYCLE'],
      [6, 'Unit Induk', 'UNIT_CYCLE'],
      [8, 'NIP', 'DUPLICATE_NIP'],
      [9, 'NIP Atasan', 'SELF_SUPERIOR'],
      [10, 'NIP Atasan', 'UNKNOWN_SUPERIOR'],
      [11, 'NIP Atasan', 'SUPERIOR_CYCLE'],
      [12, 'NIP Atasan', 'SUPERIOR_CYCLE'],
      [13, 'NIP', 'NIP_OTHER_AGENCY'],
      [14, 'Jenis Jabatan', 'INVALID_VALUE'],
      [15, 'Status', 'INVALID_VALUE'],
      [16, 'Nama', 'MISSING_VALUE'],
      [17, 'Pangkat/Golongan', 'INVALID_VALUE'],
      [20, 'Unit Induk', 'AMBIGUOUS_PARENT_UNIT'],
    ]);
    expect(p.report.violationCount).toBe(15);
    expect(p.report.violations.find((v: any) => v.row === 8).message).toContain('row 7');
  });

  it('refuses a sheet without the required columns', async () => {
    const header = HEADER.filter((h) => h !== 'NIP Atasan' && h !== 'Jenis Jabatan');
    const p = await refused(csv([], header));
    expect(p.report.violations.map((v: any) => [v.row, v.column, v.code])).toEqual([[1, 'Jenis Jabatan', 'MISSING_COLUMN'], [1, 'NIP Atasan', 'MISSING_COLUMN']]);
  });

  it('refuses NIPs stored as numbers in a workbook, and unreadable files', async () => {
    const row = rowsOf([base({})])[0] as (string | number)[];
    row[1] = 199001012015011001;
    const p = await refused(await xlsx([row]), 'pegawai.xlsx');
    expect(p.report.violations[0]).toMatchObject({ row: 2, column: 'NIP', code: 'INVALID_NIP' });
    const broken = await refused(Buffer.from('PK\u0003\u0004 not really a zip'), 'pegawai.xlsx');
    expect(broken.report.violations[0].code).toBe('UNREADABLE_FILE');
    const pdf = await refused('%PDF-1.4', 'pegawai.pdf');
    expect(pdf.report.violations[0].code).toBe('UNREADABLE_FILE');
  });

  it('refuses to move an employee whose definitive assignment starts after the effective date', async () => {
    const staff3 = api.fx.employees.staff3;
    const p = await refused(csv(rowsOf([base({ nip: staff3.nip, name: 'Staf Tiga', rank: 'III/c', unit: 'Bidang SMK', parent: 'Dinas Pendidikan', position: 'Pengelola Lain', kind: 'Pelaksana' })])), 'pegawai.csv', { effectiveDate: '2023-06-01' });
    expect(p.report.violations.map((v: any) => [v.row, v.code])).toEqual([[2, 'ASSIGNMENT_CONFLICT']]);
  });

  it('refuses malformed input as a userError', async () => {
    const before = await snapshot();
    const r = await api.gql(IMPORT, { i: { fileName: 'pegawai.csv', contentBase64: 'not base64 at all!' } }, await api.as('admin'));
    expect(r.data.orgImport).toEqual({ initialPassword: null, report: null, userErrors: [{ code: 'INVALID_INPUT', field: ['input', 'contentBase64'] }] });
    const bad = await api.gql(IMPORT, { i: { fileName: 'pegawai.csv', contentBase64: b64('x'), effectiveDate: '2026-02-30' } }, await api.as('admin'));
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);
  });

  it('lets only admins import, never employees, operators or tokens', async () => {
    const before = await snapshot();
    const content = b64(csv(rowsOf([base({})])));
    for (const who of ['kasi', 'operator'] as const) {
      const r = await api.gql(IMPORT, { i: { fileName: 'p.csv', contentBase64: content, dryRun: false } }, await api.as(who));
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const token = await createToken(api, ['READ_ORG', 'WRITE_ATTENDANCE']);
    const t = await post(api, IMPORT, token.secret, { i: { fileName: 'p.csv', contentBase64: content, dryRun: false } });
    expect(t.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const anon = await api.gql(IMPORT, { i: { fileName: 'p.csv', contentBase64: content, dryRun: false } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect({ ...(await snapshot()), audit: 0 }).toEqual({ ...before, audit: 0 });
  });

  it('never touches another agency: an admin of agency B cannot claim agency A employees', async () => {
    const before = await snapshot();
    const kasi = api.fx.employees.kasi;
    const r = await api.gql(IMPORT, { i: { fileName: 'p.csv', contentBase64: b64(csv(rowsOf([base({ nip: kasi.nip, name: 'Kasi Kurikulum', parent: '' })]))), dryRun: false } }, await api.as('adminB'));
    expect(r.data.orgImport.report.violations.map((v: any) => v.code)).toEqual(['NIP_OTHER_AGENCY']);
    expect(await snapshot()).toEqual(before);
  });
});
