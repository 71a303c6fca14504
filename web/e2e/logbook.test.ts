import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../server/test/support/api';
import { DEMO_PASSWORD, demoAccounts, planDemo, seedDemo } from '../../server/src/seed/demo';
import { seedDemoPlans } from '../../server/src/seed/plans';
import { today } from '../../server/src/lib/dates';
import { ensureWebBuild } from './support/build';
import { launchBrowser, newPage, screenshot, signIn, type E2EBrowser, type Page } from './support/browser';

/**
 * Catatan harian end to end, in Chromium against the real server on a fresh database
 * with the demo agency: an employee adds an entry (quick add), tries a week in bulk (a
 * refused row shows its error on that row), checks an import file (dry-run report row
 * by row), exports the month, submits the week; the appraiser verifies it from the inbox.
 * Screenshots: artifacts/screenshots/logbook-*.png.
 */
let api: TestApi;
let browser: E2EBrowser;
let base: string;
const consoleErrors: string[] = [];
const accounts = demoAccounts(planDemo());
const employee = accounts.find((a) => a.role === 'EMPLOYEE')!;
const appraiser = accounts.find((a) => a.role === 'APPRAISER')!;
const day = today();
const ACTIVITY = 'Menyusun rekap kasus surveilans harian (uji e2e)';

beforeAll(async () => {
  await ensureWebBuild();
  api = await startTestApi({ fixture: false });
  base = api.url.replace(/\/graphql$/, '');
  await api.k.orm.em.fork().transactional(async (em) => {
    const demo = await seedDemo(em);
    await seedDemoPlans(em, { agencyId: demo.agencyId, year: Number(day.slice(0, 4)) });
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** A page signed in as `who`. */
async function open(who: { nip: string }, viewport?: { width: number; height: number }): Promise<Page> {
  const { page, consoleErrors: errors } = await newPage(browser.context);
  if (viewport) await page.setViewportSize(viewport);
  page.on('close', () => consoleErrors.push(...errors.filter((e) => !/favicon/.test(e))));
  // Clear the shared localStorage on a same-origin page without the app (no request of the
  // previous user's session can run meanwhile), then sign in.
  await page.goto(`${base}/healthz`);
  await page.evaluate(() => window.localStorage.clear());
  await signIn(page, base, who.nip, DEMO_PASSWORD);
  return page;
}

async function entryStatus(activity: string): Promise<string[]> {
  const { rows } = await api.db.query(`select status from logbook_entry where activity = $1 order by id`, [activity]);
  return rows.map((r) => r.status);
}

describe('catatan harian in the browser', () => {
  it('an employee adds an entry, tries a week in bulk and an import, exports and submits', async () => {
    const page = await open(employee);
    await page.getByRole('link', { name: 'Catatan harian' }).click();
    await page.getByRole('heading', { name: /^Pekan / }).waitFor();
    await screenshot(page, 'logbook-01-week-empty');

    const form = page.getByRole('form', { name: 'Tambah catatan harian' });
    await form.getByLabel('Jam mulai').fill('07:30');
    await form.getByLabel('Jam selesai').fill('09:00');
    await form.getByLabel('Kegiatan').fill(ACTIVITY);
    await form.getByLabel('Rencana aksi').selectOption('ADDITIONAL');
    await form.getByLabel('Realisasi (jumlah)').fill('1');
    await form.getByLabel('Satuan').fill('Laporan');
    await form.getByLabel('Bukti dukung').fill('https://drive.example.go.id/rekap-surveilans');
    await form.getByRole('button', { name: 'Simpan catatan' }).click();
    await form.getByText(/^Tersimpan: 07:30–09:00/).waitFor();
    const entry = page.getByRole('article', { name: `07:30–09:00 ${ACTIVITY}` });
    await entry.waitFor();
    await expect(entry.getByText('Draf').isVisible()).resolves.toBe(true);
    // The next entry starts where the last one ended.
    await expect(form.getByLabel('Jam mulai').inputValue()).resolves.toBe('09:00');
    await screenshot(page, 'logbook-02-week-with-entry');
    expect(await entryStatus(ACTIVITY)).toEqual(['DRAFT']);

    // Bulk: the second row overlaps the entry above; the server's refusal lands on that row.
    await page.getByRole('link', { name: 'Isi satu pekan' }).click();
    await page.getByRole('heading', { name: 'Isi catatan satu pekan' }).waitFor();
    const rows = page.getByRole('listitem', { name: /^Baris \d+$/ });
    const first = rows.first();
    const n = await rows.count();
    const todayRow = rows.nth(n - 1); // rows run Monday… up to today
    await first.getByLabel(/^Kegiatan/).fill('Rapat koordinasi imunisasi (uji e2e bulk)');
    await first.getByLabel(/^Rencana aksi/).selectOption('ADDITIONAL');
    if (n > 1) {
      await todayRow.getByLabel(/^Jam mulai/).fill('08:00');
      await todayRow.getByLabel(/^Jam selesai/).fill('08:30');
      await todayRow.getByLabel(/^Kegiatan/).fill('Entri yang bertumpang tindih (uji e2e bulk)');
      await todayRow.getByLabel(/^Rencana aksi/).selectOption('ADDITIONAL');
    } else {
      await first.getByLabel(/^Jam mulai/).fill('08:00');
      await first.getByLabel(/^Jam selesai/).fill('08:30');
    }
    await page.getByRole('button', { name: 'Simpan semua baris' }).click();
    const bad = n > 1 ? todayRow : first;
    await bad.getByText(/bertumpang tindih dengan catatan lain/).first().waitFor();
    await expect(bad.getByLabel(/^Jam mulai/).getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByText(/baris perlu diperbaiki; tidak ada yang disimpan/).waitFor();
    await screenshot(page, 'logbook-03-bulk-row-error');
    expect(await entryStatus('Rapat koordinasi imunisasi (uji e2e bulk)')).toEqual([]);

    // Import: a dry run of a sheet with one bad row names the row, the column and the reason.
    await page.goto(`${base}/#/catatan-harian/impor`);
    const d = day.split('-').reverse().join('/');
    const csv = [
      'Tanggal;Jam Mulai;Jam Selesai;Kegiatan;Jumlah;Satuan;Bukti Dukung;Rencana Aksi',
      `${d};13:00;14:00;Verifikasi data imunisasi puskesmas;2;Berkas;https://drive.example.go.id/a;Tugas Tambahan`,
      `${d};15:00;14:00;Jam terbalik;;;;Tugas Tambahan`,
    ].join('\n');
    await page.getByLabel('Berkas XLSX atau CSV').setInputFiles({ name: 'catatan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Periksa berkas' }).click();
    const report = page.getByRole('region', { name: 'Hasil pemeriksaan' });
    await report.getByRole('rowheader', { name: '3' }).waitFor();
    await expect(report.getByRole('row').nth(1).innerText()).resolves.toMatch(/3\s+Jam Selesai/);
    await expect(page.getByRole('button', { name: /^Impor/ }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'logbook-04-import-dry-run');

    // Export of the month: the XLSX comes through the bearer token.
    await page.goto(`${base}/#/catatan-harian`);
    await page.getByRole('heading', { name: 'Ekspor ke Excel' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^logbook-\d{18}-.*\.xlsx$/);
    await page.getByRole('link', { name: /^Simpan logbook-/ }).waitFor();

    await page.getByRole('button', { name: /^Ajukan 1 catatan pekan ini$/ }).click();
    await page.getByText('1 catatan harian diajukan kepada pejabat penilai untuk diverifikasi.').waitFor();
    await entry.getByText('Diajukan').waitFor();
    await screenshot(page, 'logbook-05-week-submitted');
    expect(await entryStatus(ACTIVITY)).toEqual(['SUBMITTED']);
    await page.close();
  });

  it('works on a phone', async () => {
    const page = await open(employee, { width: 390, height: 844 });
    await page.goto(`${base}/#/catatan-harian`);
    await page.getByRole('article', { name: `07:30–09:00 ${ACTIVITY}` }).waitFor();
    await screenshot(page, 'logbook-06-phone-week');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`${base}/#/catatan-harian/isi-pekan`);
    await page.getByRole('heading', { name: 'Isi catatan satu pekan' }).waitFor();
    await screenshot(page, 'logbook-07-phone-bulk', false);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('the appraiser verifies it from the inbox', async () => {
    const page = await open(appraiser);
    const slot = page.locator('[data-slot="entries-to-verify"]');
    await slot.getByRole('link', { name: employee.name }).waitFor();
    await screenshot(page, 'logbook-08-appraiser-home');

    await page.getByRole('link', { name: 'Verifikasi', exact: true }).click();
    await page.getByRole('heading', { name: 'Verifikasi catatan harian' }).waitFor();
    await page.getByLabel('Pegawai').selectOption({ label: employee.name });
    const item = page.getByRole('article', { name: `07:30–09:00 ${ACTIVITY}` });
    await item.waitFor();
    await item.getByRole('checkbox').check();
    await screenshot(page, 'logbook-09-inbox-selected');
    await page.getByRole('button', { name: 'Verifikasi 1 catatan' }).click();
    await page.getByText('1 catatan harian diverifikasi.').waitFor();
    await item.waitFor({ state: 'detached' });
    await screenshot(page, 'logbook-10-inbox-after');
    expect(await entryStatus(ACTIVITY)).toEqual(['VERIFIED']);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
