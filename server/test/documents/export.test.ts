import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken } from '../integrations/helpers';
import { b64 } from './sheets';
import { download, mountFiles, sheetRows } from './files';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  mountFiles(api);
});
afterAll(() => api?.stop());

const unitPath = (id: number, q = '') => `/files/org-units/${api.gid('OrgUnit', id)}.xlsx${q}`;

describe('XLSX export of a unit', () => {
  it('gives admins the unit subtree in the national HR export layout', async () => {
    const r = await download(api, unitPath(api.fx.units.dinas.id), await api.as('admin'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    expect(r.headers.get('content-disposition')).toContain('Data%20Pegawai%20Dinas%20Pendidikan');
    const rows = await sheetRows(r.body, 'Pegawai');
    expect(rows[0][0]).toBe('DAFTAR PEGAWAI');
    expect(rows[3].slice(0, 10)).toEqual(['No', 'NIP', 'Nama', 'Pangkat/Golongan', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'Unit Induk', 'NIP Atasan', 'Status']);
    const data = rows.slice(4);
    const e = api.fx.employees;
    expect(data.map((d) => d[2])).toEqual(['Kadis Pendidikan', 'Kabid SMA', 'Kasi Kurikulum', 'Staf Dua', 'Staf Satu', 'Kabid SMK', 'Staf Tiga']);
    const staff2 = data.find((d) => d[2] === 'Staf Dua')!;
    expect(staff2.slice(1, 10)).toEqual([e.staff2.nip, 'Staf Dua', 'III/c', 'Analis Kurikulum', 'JF Ahli Pertama', 'Seksi Kurikulum', 'Bidang SMA', e.kasi.nip, 'PNS']);
    expect(data[0][8]).toBe(e.sekda.nip); // the head of the exported unit reports above it
    const units = await sheetRows(r.body, 'Unit Kerja');
    expect(units.slice(4).map((u) => [u[2], u[3], u[4], u[5]])).toEqual([
      ['Dinas Pendidikan', 'Sekretariat Daerah', '0', '1'], ['Bidang SMA', 'Dinas Pendidikan', '1', '1'], ['Seksi Kurikulum', 'Bidang SMA', '2', '3'], ['Bidang SMK', 'Dinas Pendidikan', '1', '2'],
    ]);
    const positions = await sheetRows(r.body, 'Jabatan');
    expect(positions.slice(4).every((p) => p[9] === 'Terisi')).toBe(true);
  });

  it('is a sheet orgImport reads back without changing anything', async () => {
    const r = await download(api, unitPath(api.fx.units.root.id), await api.as('admin'));
    const before = (await api.db.query(`select (select count(*) from assignment)::int as a, (select count(*) from position)::int as p, (select max(updated_at)::text from position) as pu`)).rows[0];
    const imp = await api.gql(`mutation($i: OrgImportInput!) { orgImport(input: $i) { userErrors { code } report { rowCount unchangedRows violations { row code message } } } }`,
      { i: { fileName: 'export.xlsx', contentBase64: b64(r.body), dryRun: false } }, await api.as('admin'));
    expect(imp.data.orgImport.report).toMatchObject({ rowCount: 8, unchangedRows: 8, violations: [] });
    const after = (await api.db.query(`select (select count(*) from assignment)::int as a, (select count(*) from position)::int as p, (select max(updated_at)::text from position) as pu`)).rows[0];
    expect(after).toEqual(before);
  });

  it('serves the link only to who may export, and the route refuses the others like the API', async () => {
    const q = `query($id: ID!) { orgUnit(id: $id) { exportUrl } }`;
    const bidang = api.gid('OrgUnit', api.fx.units.bidang.id);
    expect((await api.gql(q, { id: bidang }, await api.as('admin'))).data.orgUnit.exportUrl).toBe(`/files/org-units/${bidang}.xlsx`);
    expect((await api.gql(q, { id: bidang }, await api.as('operator'))).data.orgUnit.exportUrl).toBe(`/files/org-units/${bidang}.xlsx`);
    expect((await api.gql(q, { id: api.gid('OrgUnit', api.fx.units.dinas.id) }, await api.as('operator'))).data.orgUnit.exportUrl).toBeNull();
    expect((await api.gql(q, { id: bidang }, await api.as('kasi'))).data.orgUnit.exportUrl).toBeNull();
    // operators: their subtree only
    expect((await download(api, unitPath(api.fx.units.bidang.id), await api.as('operator'))).status).toBe(200);
    const op = await download(api, unitPath(api.fx.units.dinas.id), await api.as('operator'));
    expect([op.status, op.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const emp = await download(api, unitPath(api.fx.units.seksi.id), await api.as('kasi'));
    expect([emp.status, emp.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    // another agency's unit, a malformed id or an id of another type: 404, nothing leaks
    for (const path of [unitPath(api.fx.units.dinas.id), '/files/org-units/nope.xlsx', `/files/org-units/${api.gid('Employee', api.fx.employees.kasi.id)}.xlsx`]) {
      const r = await download(api, path, await api.as('adminB'));
      expect([r.status, r.json.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    }
    const anon = await download(api, unitPath(api.fx.units.dinas.id));
    expect([anon.status, anon.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const badDate = await download(api, unitPath(api.fx.units.dinas.id, '?at=2026-13-01'), await api.as('admin'));
    expect(badDate.status).toBe(400);
  });

  it('lets READ_ORG tokens of the agency export, and refuses other tokens with their codes', async () => {
    const org = await createToken(api, ['READ_ORG']);
    expect((await download(api, unitPath(api.fx.units.dinas.id), org.secret)).status).toBe(200);
    const other = await download(api, unitPath(api.fx.units.rootB.id), org.secret);
    expect(other.status).toBe(404);
    const logbook = await createToken(api, ['READ_LOGBOOK']);
    const scope = await download(api, unitPath(api.fx.units.dinas.id), logbook.secret);
    expect([scope.status, scope.json.errors[0].extensions.code]).toEqual([403, 'TOKEN_SCOPE']);
    await api.db.query(`update api_token set expires_at = now() - interval '1 minute' where prefix = $1`, [org.secret.slice(4, 12)]);
    const expired = await download(api, unitPath(api.fx.units.dinas.id), org.secret);
    expect([expired.status, expired.json.errors[0].extensions.code]).toEqual([401, 'TOKEN_EXPIRED']);
    const unknown = await download(api, unitPath(api.fx.units.dinas.id), `kin_abcdefgh_${'x'.repeat(43)}`);
    expect([unknown.status, unknown.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
