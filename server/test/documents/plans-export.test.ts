import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken } from '../integrations/helpers';
import { download, mountFiles, sheetRows } from './files';
import { setupPlans, type PlanFixture } from './plan-fixture';

let api: TestApi;
let fx: PlanFixture;
beforeAll(async () => {
  api = await startTestApi();
  mountFiles(api);
  fx = await setupPlans(api);
});
afterAll(() => api?.stop());

const path = (unit: number) => `/files/org-units/${api.gid('OrgUnit', unit)}/plans.xlsx?period=${api.gid('Period', fx.periodId)}`;
const names = async (body: Buffer, sheet: string, col: number) => (await sheetRows(body, sheet)).slice(4).map((r) => r[col]);

describe('SKP recap of a unit (XLSX)', () => {
  it('lists the plans with their goals and indicators, and the employees without a plan, for an admin', async () => {
    const r = await download(api, path(api.fx.units.dinas.id), await api.as('admin'));
    expect(r.status).toBe(200);
    const recap = await sheetRows(r.body, 'Rekap SKP');
    expect(recap[0][0]).toBe('REKAPITULASI SASARAN KINERJA PEGAWAI');
    const kasi = recap.slice(4).find((x) => x[2] === 'Kasi Kurikulum')!;
    expect(kasi.slice(1, 14)).toEqual([api.fx.employees.kasi.nip, 'Kasi Kurikulum', 'III/c', 'Kepala Seksi Kurikulum', 'Seksi Kurikulum', 'Kuantitatif', 'Disetujui', '2026-01-01', '', '1', '1', 'Kabid SMA', api.fx.employees.kabid.nip]);
    expect(await names(r.body, 'Rekap SKP', 2)).toEqual(['Kabid SMA', 'Kasi Kurikulum', 'Staf Tiga']);
    const goals = (await sheetRows(r.body, 'RHK dan IKI')).slice(4).filter((x) => x[1] === 'Kasi Kurikulum');
    expect(goals.map((g) => [g[2], g[4], g[7], g[8]])).toEqual([
      ['Utama', 'Tersusunnya dokumen kurikulum muatan lokal SMA', 'Jumlah dokumen kurikulum muatan lokal yang disahkan', '12 dokumen'],
      ['Utama', 'Tersusunnya dokumen kurikulum muatan lokal SMA', 'Persentase sekolah yang menerapkan kurikulum muatan lokal', '90 – 100 %'],
      ['Utama', 'Tersusunnya dokumen kurikulum muatan lokal SMA', 'Waktu penyusunan dokumen kurikulum', 'maks. 3 bulan'],
      ['Tambahan', 'Menjadi narasumber bimbingan teknis guru', 'Jumlah kegiatan bimbingan teknis sebagai narasumber', '4 kegiatan'],
    ]);
    expect(goals[0][5]).toBe('Meningkatnya mutu kurikulum SMA di seluruh provinsi');
    expect(await names(r.body, 'Belum Ada SKP', 2)).toEqual(['Kadis Pendidikan', 'Staf Dua', 'Staf Satu', 'Kabid SMK']);
  });

  it('gives other viewers only the plans the API shows them, without the list of colleagues', async () => {
    const kabid = await download(api, path(api.fx.units.dinas.id), await api.as('kabid'));
    expect(await names(kabid.body, 'Rekap SKP', 2)).toEqual(['Kabid SMA', 'Kasi Kurikulum']);
    const staff1 = await download(api, path(api.fx.units.dinas.id), await api.as('staff1'));
    expect(await names(staff1.body, 'Rekap SKP', 2)).toEqual([]);
    expect(await sheetRows(staff1.body, 'RHK dan IKI')).toHaveLength(4);
    const sheetsOf = async (body: Buffer) => {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(body as never);
      return wb.worksheets.map((w) => w.name);
    };
    expect(await sheetsOf(staff1.body)).toEqual(['Rekap SKP', 'RHK dan IKI']);
  });

  it('refuses another agency, wrong ids and tokens without READ_PLANS', async () => {
    expect((await download(api, path(api.fx.units.dinas.id), await api.as('adminB'))).status).toBe(404);
    expect((await download(api, `/files/org-units/${api.gid('OrgUnit', api.fx.units.dinas.id)}/plans.xlsx?period=nope`, await api.as('admin'))).status).toBe(404);
    expect((await download(api, path(api.fx.units.rootB.id), await api.as('admin'))).status).toBe(404);
    const org = await createToken(api, ['READ_ORG']);
    const r = await download(api, path(api.fx.units.dinas.id), org.secret);
    expect([r.status, r.json.errors[0].extensions.code]).toEqual([403, 'TOKEN_SCOPE']);
    const plans = await createToken(api, ['READ_PLANS']);
    const ok = await download(api, path(api.fx.units.dinas.id), plans.secret);
    expect(await names(ok.body, 'Rekap SKP', 2)).toEqual(['Kabid SMA', 'Kasi Kurikulum', 'Staf Tiga']);
    const link = await api.gql(`query($u: ID!, $p: ID!) { orgUnit(id: $u) { plansExportUrl(period: $p) } }`, { u: api.gid('OrgUnit', api.fx.units.dinas.id), p: api.gid('Period', fx.periodId) }, await api.as('kabid'));
    expect(link.data.orgUnit.plansExportUrl).toBe(path(api.fx.units.dinas.id));
  });
});
