import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken } from '../integrations/helpers';
import { download, mountFiles } from './files';
import { setupPlans, type PlanFixture } from './plan-fixture';

let api: TestApi;
let fx: PlanFixture;
beforeAll(async () => {
  api = await startTestApi();
  mountFiles(api);
  fx = await setupPlans(api);
});
afterAll(() => api?.stop());

const path = (id: number) => `/files/plans/${api.gid('PerformancePlan', id)}.pdf`;
const nipText = (n: string) => `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;

async function pdfText(body: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  const r = await parser.getText();
  await parser.destroy();
  return { text: r.text.replace(/\s+/g, ' '), pages: r.pages.length };
}

describe('SKP PDF', () => {
  it('prints the plan: identity block, goals with parent goals, indicators, targets, perspectives, behaviour, annexes, signatures', async () => {
    const r = await download(api, path(fx.plans.kasi), await api.as('kasi'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.body.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]'); // A4
    const { text } = await pdfText(r.body);
    const e = api.fx.employees;
    for (const s of [
      'PEMERINTAH PROVINSI UJI', 'SASARAN KINERJA PEGAWAI', 'PENDEKATAN HASIL KERJA KUANTITATIF', 'PERIODE PENILAIAN: 1 JANUARI 2026 SD 31 DESEMBER 2026',
      'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'ATASAN PEJABAT PENILAI KINERJA',
      'Kasi Kurikulum', nipText(e.kasi.nip), 'III/c', 'Kepala Seksi Kurikulum', 'Seksi Kurikulum',
      'Kabid SMA', nipText(e.kabid.nip), 'Kepala Bidang SMA', 'Bidang SMA', 'Kadis Pendidikan', nipText(e.kadis.nip), 'Kepala Dinas Pendidikan',
      'A. UTAMA', 'Meningkatnya mutu kurikulum SMA di seluruh provinsi', 'Tersusunnya dokumen kurikulum muatan lokal SMA',
      'Jumlah dokumen kurikulum muatan lokal yang disahkan', '12 dokumen', 'Kuantitas', 'Penerima Layanan',
      '90 – 100 %', 'Kualitas', 'Proses Bisnis', 'maks. 3 bulan', 'Waktu',
      'B. TAMBAHAN', 'Menjadi narasumber bimbingan teknis guru', 'Penugasan dari: Kepala Dinas Pendidikan', '4 kegiatan',
      'PERILAKU KERJA', 'Berorientasi Pelayanan', 'Akuntabel', 'Kolaboratif', 'Menyampaikan laporan kegiatan paling lambat tanggal 5 setiap bulan',
      'LAMPIRAN SASARAN KINERJA PEGAWAI', 'Anggaran kegiatan penyusunan kurikulum dan dua orang staf', 'Laporan bulanan kepada Kepala Bidang SMA', 'Tunjangan kinerja sesuai capaian',
      'Pegawai yang Dinilai', 'Uji, 15 Januari 2026', 'Halaman 1 dari',
    ]) expect(text, s).toContain(s);
    expect(text).not.toContain('DRAF ');
    expect(text).toContain('Status: Disetujui');
    if (process.env.KINERJA_KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KINERJA_KEEP_PDF, r.body);
  });

  it('marks a plan not yet approved as a draft', async () => {
    const r = await download(api, path(fx.plans.staff3), await api.as('staff3'));
    expect(r.status).toBe(200);
    const { text } = await pdfText(r.body);
    expect(text).toContain('DRAF');
    expect(text).toContain('Status: Draf');
    if (process.env.KINERJA_KEEP_PDF) (await import('node:fs')).writeFileSync(`${process.env.KINERJA_KEEP_PDF}.draft.pdf`, r.body);
    expect(text).toContain('Staf Tiga');
  });

  it('is served exactly to who may read the plan through the API, and refused like the API otherwise', async () => {
    const id = api.gid('PerformancePlan', fx.plans.kasi);
    const viewers = ['kasi', 'kabid', 'kadis', 'sekda', 'admin', 'superadmin', 'staff1', 'kabid2', 'staff3', 'operator', 'adminB', 'empB'] as const;
    const readers: string[] = [];
    for (const who of viewers) {
      const token = await api.as(who);
      const viaApi = await api.gql(`query($id: ID!) { performancePlan(id: $id) { id pdfUrl } }`, { id }, token);
      const file = await download(api, path(fx.plans.kasi), token);
      const readable = viaApi.data?.performancePlan != null;
      expect([who, file.status]).toEqual([who, readable ? 200 : 404]);
      if (readable) readers.push(who);
      if (readable) expect(viaApi.data.performancePlan.pdfUrl).toBe(`/files/plans/${id}.pdf`);
      else expect(file.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect(readers).toEqual(['kasi', 'kabid', 'kadis', 'sekda', 'admin', 'superadmin', 'operator']);
    // the viewer's own line decides: kasi reads their plan, staff1 below them does not
    expect((await download(api, path(fx.plans.kasi), await api.as('staff1'))).status).toBe(404);
    // another agency's plan, a wrong type of id, a malformed id: 404 as well
    for (const p of [path(fx.plans.empB), `/files/plans/${api.gid('Goal', 1)}.pdf`, '/files/plans/xyz.pdf', `/files/plans/${id}.xlsx`]) {
      expect((await download(api, p, await api.as('admin'))).status).toBe(404);
    }
    expect((await download(api, path(fx.plans.kasi))).status).toBe(401);
  });

  it('serves READ_PLANS tokens of the agency and refuses other tokens with their codes', async () => {
    const plans = await createToken(api, ['READ_PLANS']);
    expect((await download(api, path(fx.plans.kasi), plans.secret)).status).toBe(200);
    expect((await download(api, path(fx.plans.empB), plans.secret)).status).toBe(404);
    const org = await createToken(api, ['READ_ORG']);
    const r = await download(api, path(fx.plans.kasi), org.secret);
    expect([r.status, r.json.errors[0].extensions.code]).toEqual([403, 'TOKEN_SCOPE']);
    const gql = await api.gql(`query($id: ID!) { performancePlan(id: $id) { id } }`, { id: api.gid('PerformancePlan', fx.plans.kasi) }, undefined);
    expect(gql.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
