import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { addDays } from '../../src/lib/dates';
import { mountLogbookFiles } from '../../src/modules/logbook/files-route';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';

let api: TestApi;
let x: Exec;
let base: string;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
  mountLogbookFiles(api.k.app.express, api.k.services);
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(() => api?.stop());

const IMPORT = `mutation($i: LogbookImportInput!) { logbookImport(input: $i) { dryRun rowCount importedCount violations { row column code message } userErrors { code field message } } }`;
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const count = async (who: 'staff1' | 'staff2' = 'staff1') => Number((await api.db.query(`select count(*) from logbook_entry where employee_id = $1`, [api.fx.employees[who].id])).rows[0].count);
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** 500 rows: five a day over 100 days, in DD/MM/YYYY with Indonesian headers, `;`-separated. */
function csv500(bad?: { index: number; end: string }): string {
  const lines = ['Tanggal;Jam Mulai;Jam Selesai;Kegiatan;Jumlah;Satuan;Bukti Dukung;Rencana Aksi'];
  for (let i = 0; i < 500; i++) {
    const [y, m, d] = daysAgo(200 + Math.floor(i / 5)).split('-');
    const start = 8 * 60 + (i % 5) * 60;
    const end = bad?.index === i ? bad.end : hhmm(start + 45);
    lines.push(`${d}/${m}/${y};${hhmm(start)};${end};Kegiatan impor nomor ${i + 1};${i % 3};Dokumen;https://drive.example.id/${i};Tugas Tambahan`);
  }
  return lines.join('\r\n');
}

describe('logbookImport', () => {
  it('refuses a 500-row file with one bad row: names the row, writes nothing; then imports it whole, once', async () => {
    const t = await api.as('staff1');
    const before = await count();
    const badFile = csv500({ index: 316, end: '07:00' });
    const dry = await api.gql(IMPORT, { i: { fileName: 'logbook.csv', contentBase64: b64(badFile), dryRun: true } }, t);
    expect(dry.data.logbookImport).toMatchObject({ dryRun: true, rowCount: 500, importedCount: 0, userErrors: [] });
    expect(dry.data.logbookImport.violations).toEqual([{ row: 318, column: 'Jam Selesai', code: 'INVALID_INPUT', message: 'The end time must be after the start time.' }]);
    const real = await api.gql(IMPORT, { i: { fileName: 'logbook.csv', contentBase64: b64(badFile) } }, t);
    expect(real.data.logbookImport.importedCount).toBe(0);
    expect(real.data.logbookImport.violations.map((v: any) => v.row)).toEqual([318]);
    expect(real.data.logbookImport.userErrors).toEqual([expect.objectContaining({ code: 'IMPORT_INVALID', field: ['input', 'contentBase64'] })]);
    expect(real.data.logbookImport.userErrors[0].message).toContain('row 318');
    expect(await count()).toBe(before);

    const good = csv500();
    const ok = await api.gql(IMPORT, { i: { fileName: 'logbook.csv', contentBase64: b64(good) } }, t);
    expect(ok.data.logbookImport).toMatchObject({ dryRun: false, rowCount: 500, importedCount: 500, violations: [], userErrors: [] });
    expect(await count()).toBe(before + 500);
    const again = await api.gql(IMPORT, { i: { fileName: 'logbook.csv', contentBase64: b64(good) } }, t);
    expect(again.data.logbookImport).toMatchObject({ importedCount: 0, violations: [], userErrors: [] });
    expect(await count()).toBe(before + 500);
    const sample = await api.db.query(`select output_quantity, output_unit, evidence_urls, is_additional, status from logbook_entry where activity = 'Kegiatan impor nomor 3'`);
    expect(sample.rows).toEqual([{ output_quantity: 2, output_unit: 'Dokumen', evidence_urls: ['https://drive.example.id/2'], is_additional: true, status: 'DRAFT' }]);
    const audit = await api.db.query(`select data from audit_log where action = 'logbook.import'`);
    expect(audit.rows).toHaveLength(2);
  });

  it('reads the XLSX people keep: title rows, Excel dates and times, links, action plan and goal references', async () => {
    const t = await api.as('staff2');
    const day = daysAgo(2);
    const ap = await x.actionPlan('staff2', day, { description: 'Menyusun kisi-kisi ujian' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Catatan Harian');
    ws.addRow(['CATATAN HARIAN PEGAWAI']);
    ws.addRow([]);
    ws.addRow(['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Uraian Kegiatan', 'Realisasi', 'Satuan', 'Bukti Dukung', 'Rencana Aksi', 'RHK']);
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    ws.addRow([1, date, 8 / 24, 9.5 / 24, 'Menyusun kisi-kisi matematika', 2, 'Dokumen', { text: 'bukti', hyperlink: 'https://drive.example.id/kisi' }, '  menyusun KISI-kisi ujian ', null]);
    ws.addRow([2, day, '09.30', '11.00', 'Rapat koordinasi', null, null, null, 'Tugas Tambahan', null]);
    ws.addRow([3, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, '13:00', '14:00', 'Mengoreksi soal', 1, 'Dokumen', null, null, 'Kurikulum bagian staff2']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await api.gql(IMPORT, { i: { fileName: 'Catatan Harian.XLSX', contentBase64: b64(buf) } }, t);
    expect(r.data.logbookImport).toMatchObject({ rowCount: 3, importedCount: 3, violations: [], userErrors: [] });
    const rows = await api.db.query(
      `select to_char(start_time, 'HH24:MI') s, to_char(end_time, 'HH24:MI') e, action_plan_id, is_additional, evidence_urls from logbook_entry where employee_id = $1 and entry_date = $2 order by start_time`,
      [api.fx.employees.staff2.id, day]);
    expect(rows.rows).toEqual([
      { s: '08:00', e: '09:30', action_plan_id: ap, is_additional: false, evidence_urls: ['https://drive.example.id/kisi'] },
      { s: '09:30', e: '11:00', action_plan_id: null, is_additional: true, evidence_urls: [] },
      { s: '13:00', e: '14:00', action_plan_id: ap, is_additional: false, evidence_urls: [] },
    ]);
  });

  it('reports every bad row of a dry run with its column and reason', async () => {
    const t = await api.as('staff1');
    const day = daysAgo(3);
    await api.gql(`mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { userErrors { code } } }`, { i: entry(day, '08:00', '09:00') }, t);
    const file = [
      'Tanggal,Jam Mulai,Jam Selesai,Kegiatan,Jumlah,Satuan,Bukti Dukung,Rencana Aksi',
      `${day},10:00,11:00,Baris baik,,,,Tugas Tambahan`,
      `32/13/2026,10:00,11:00,Tanggal salah,,,,Tugas Tambahan`,
      `${addDays(x.today, 2)},10:00,11:00,Tanggal depan,,,,Tugas Tambahan`,
      `${day},08:30,09:30,Bertabrakan dengan yang tersimpan,,,,Tugas Tambahan`,
      `${day},10:30,10:45,Bertabrakan di dalam berkas,,,,Tugas Tambahan`,
      `${day},12:00,13:00,Jumlah tanpa satuan,3,,,Tugas Tambahan`,
      `${day},13:00,14:00,Jumlah bukan angka,tiga,Dokumen,,Tugas Tambahan`,
      `${day},14:00,15:00,Bukti bukan tautan,,,www.contoh.id,Tugas Tambahan`,
      `${day},15:00,16:00,Rencana aksi tak dikenal,,,,Menulis novel`,
      `${day},16:00,17:00,Rencana aksi kosong,,,,`,
      `${day},17:00,18:00,ok,,,,Tugas Tambahan`,
    ].join('\n');
    const before = await count();
    const r = await api.gql(IMPORT, { i: { fileName: 'x.csv', contentBase64: b64(file), dryRun: true } }, t);
    expect(r.data.logbookImport.violations.map((v: any) => [v.row, v.column, v.code])).toEqual([
      [3, 'Tanggal', 'INVALID_INPUT'],
      [4, 'Tanggal', 'FUTURE_DATE'],
      [5, 'Jam Mulai', 'TIME_OVERLAP'],
      [6, 'Jam Mulai', 'TIME_OVERLAP'],
      [7, 'Satuan', 'INVALID_INPUT'],
      [8, 'Jumlah', 'INVALID_INPUT'],
      [9, 'Bukti Dukung', 'INVALID_INPUT'],
      [10, 'Rencana Aksi', 'NOT_FOUND'],
      [11, 'Rencana Aksi', 'INVALID_INPUT'],
      [12, 'Kegiatan', 'INVALID_INPUT'],
    ]);
    expect(r.data.logbookImport.violations.find((v: any) => v.row === 6).message).toContain('row 2');
    expect(await count()).toBe(before);
  });

  it.each([
    ['an unknown format', 'logbook.pdf', b64('%PDF-1.4'), 'Only .xlsx and .csv'],
    ['a broken workbook', 'logbook.xlsx', b64('not a zip at all'), 'not a readable XLSX'],
    ['a sheet without headers', 'logbook.csv', b64('a,b,c\n1,2,3'), 'No header row'],
    ['a sheet without time columns', 'logbook.csv', b64('Tanggal,Kegiatan\n2026-01-05,Rapat'), 'Missing columns'],
    ['content that is not base64', 'logbook.csv', '***', 'not base64'],
    ['a file over the size limit', 'logbook.csv', 'A'.repeat(1_900_000), 'larger than'],
    ['more than 5,000 rows', 'logbook.csv', b64(['Tanggal,Jam Mulai,Jam Selesai,Kegiatan', ...Array.from({ length: 5001 }, () => '2026-01-05,08:00,09:00,Rapat')].join('\n')), 'at most 5000'],
  ])('refuses %s as a whole', async (_n, fileName, contentBase64, message) => {
    const before = await count();
    const r = await api.gql(IMPORT, { i: { fileName, contentBase64 } }, await api.as('staff1'));
    expect(r.data.logbookImport.userErrors).toEqual([expect.objectContaining({ code: 'IMPORT_INVALID', field: ['input', 'contentBase64'] })]);
    expect(r.data.logbookImport.userErrors[0].message).toContain(message);
    expect(await count()).toBe(before);
  });
});

describe('GET /files/logbook.xlsx', () => {
  const get = (query: string, token?: string) => fetch(`${base}/files/logbook.xlsx?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('downloads the own logbook in the import layout', async () => {
    const from = daysAgo(215);
    const to = daysAgo(200);
    const res = await get(`from=${from}&to=${to}`, await api.as('staff1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="logbook-\d{18}-/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect((ws.getRow(1).values as unknown[]).slice(1, 9)).toEqual(['Tanggal', 'Jam Mulai', 'Jam Selesai', 'Kegiatan', 'Jumlah', 'Satuan', 'Bukti Dukung', 'Rencana Aksi']);
    expect(ws.actualRowCount).toBe(1 + 16 * 5);
    const first = ws.getRow(2).values as unknown[];
    expect((first[1] as Date).toISOString().slice(0, 10)).toBe(daysAgo(215));
    expect(first.slice(2, 9)).toEqual(['08:00', '08:45', 'Kegiatan impor nomor 76', 0, 'Dokumen', 'https://drive.example.id/75', 'Tugas Tambahan']);
  });

  it('follows the logbook read permissions', async () => {
    const q = `from=${daysAgo(215)}&to=${daysAgo(200)}&employee=${api.gid('Employee', api.fx.employees.staff1.id)}`;
    expect((await get(q, await api.as('kasi'))).status).toBe(200);
    expect((await get(q, await api.as('kadis'))).status).toBe(200);
    expect((await get(q, await api.as('admin'))).status).toBe(200);
    expect((await get(q, await api.as('staff2'))).status).toBe(404);
    expect((await get(q, await api.as('operator'))).status).toBe(404);
    expect((await get(q, await api.as('adminB'))).status).toBe(404);
    expect((await get(q)).status).toBe(401);
    expect((await get(q, 'not-a-valid-token-at-all')).status).toBe(401);
    expect((await get(`from=${daysAgo(400)}&to=${daysAgo(1)}`, await api.as('staff1'))).status).toBe(400);
    expect((await get(`from=kemarin&to=${daysAgo(1)}`, await api.as('staff1'))).status).toBe(400);
  });
});
