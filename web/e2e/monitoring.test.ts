import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../server/test/support/api';
import { DEMO_PASSWORD, demoAccounts, planDemo, seedDemo } from '../../server/src/seed/demo';
import { seedDemoPlans } from '../../server/src/seed/plans';
import { today } from '../../server/src/lib/dates';
import { ensureWebBuild } from './support/build';
import { launchBrowser, newPage, screenshot, signIn, type E2EBrowser, type Page } from './support/browser';

/**
 * The admin's screens end to end on the demo agency: the monitoring dashboard (charts,
 * XLSX export and a plan PDF fetched with the bearer token), periods with an unlock
 * and its reason, and an API token whose secret is shown once. Screenshots:
 * artifacts/screenshots/monitoring-*.png and admin-*.png.
 */
let api: TestApi;
let browser: E2EBrowser;
let base: string;
const consoleErrors: string[] = [];
const admin = demoAccounts(planDemo()).find((a) => a.role === 'ADMIN')!;
const year = Number(today().slice(0, 4));

beforeAll(async () => {
  await ensureWebBuild();
  api = await startTestApi({ fixture: false });
  base = api.url.replace(/\/graphql$/, '');
  await api.k.orm.em.fork().transactional(async (em) => {
    const demo = await seedDemo(em);
    await seedDemoPlans(em, { agencyId: demo.agencyId, year });
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

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

describe('admin screens in the browser', () => {
  it('the admin opens the monitoring dashboard and downloads its exports', async () => {
    const page = await open(admin);
    await page.getByRole('link', { name: 'Pemantauan' }).click();
    await page.getByRole('heading', { name: 'Penyelesaian SKP' }).waitFor();
    // The completion bar of the whole agency says in words what it draws.
    const bar = page.getByRole('img', { name: /^Pemerintah Provinsi .*: Disetujui \d+/ });
    await bar.waitFor();
    await page.locator('.completion-row svg').first().waitFor();
    expect(await page.locator('.completion-row').count()).toBeGreaterThan(2);
    await page.getByRole('img', { name: /^Aktivitas catatan harian enam bulan terakhir/ }).waitFor();
    await page.getByRole('table', { name: /^Sebaran predikat/ }).waitFor();
    await page.getByRole('heading', { name: 'Kemajuan penilaian' }).waitFor();
    await screenshot(page, 'monitoring-01-dashboard');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh rekap SKP (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const [org] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh data organisasi (XLSX)' }).click()]);
    expect(org.suggestedFilename()).toMatch(/\.xlsx$/);
    const [recap] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh rekap pemantauan (XLSX)' }).click()]);
    expect(recap.suggestedFilename()).toMatch(/^Pemantauan.Kinerja.+\.xlsx$/);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF', exact: true }).first().click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);

    // Drill down into the first unit below.
    const child = page.locator('.completion-row a').first();
    const name = await child.innerText();
    await child.click();
    await page.getByRole('navigation', { name: 'Unit induk' }).getByText(name).waitFor();
    await page.getByRole('img', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) }).first().waitFor();
    await screenshot(page, 'monitoring-02-drill-down');
    await page.close();
  });

  it('the dashboard works on a phone', async () => {
    const page = await open(admin, { width: 390, height: 844 });
    await page.goto(`${base}/#/monitoring`);
    await page.getByRole('heading', { name: 'Penyelesaian SKP' }).waitFor();
    await page.locator('.completion-row svg').first().waitFor();
    await screenshot(page, 'monitoring-03-phone', false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('the admin unlocks a period with a reason and creates an API token whose secret is shown once', async () => {
    const page = await open(admin);
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('link', { name: 'Periode dan batas pengisian' }).click();
    await page.getByRole('heading', { name: 'Periode dan batas pengisian' }).waitFor();
    const january = `Januari ${year}`;
    await page.getByRole('button', { name: `Buka kunci ${january}` }).click();
    const dialog = page.getByRole('dialog', { name: `Buka kunci ${january}` });
    await dialog.getByRole('button', { name: 'Buka kunci' }).click();
    await dialog.getByText('Tuliskan alasan, paling sedikit 5 karakter.').waitFor();
    await dialog.getByLabel('Alasan').fill('Gangguan server pada batas pengisian (uji e2e)');
    await dialog.getByRole('button', { name: 'Buka kunci' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Gangguan server pada batas pengisian \(uji e2e\)/).waitFor();
    await page.getByRole('button', { name: `Kunci kembali ${january}` }).waitFor();
    await screenshot(page, 'admin-01-periods-unlocked');
    const { rows } = await api.db.query(`select unlock_reason from evaluation_period where name = $1`, [january]);
    expect(rows.map((r) => r.unlock_reason)).toContain('Gangguan server pada batas pengisian (uji e2e)');

    await page.goto(`${base}/#/admin/token-api`);
    await page.getByRole('heading', { name: 'Token API' }).waitFor();
    await page.getByRole('button', { name: '+ Buat token' }).click();
    const create = page.getByRole('dialog', { name: 'Buat token API' });
    await create.getByLabel('Nama sistem klien').fill('Aplikasi TPP (uji e2e)');
    await create.getByRole('checkbox', { name: /presensi/ }).check();
    await create.getByRole('button', { name: 'Buat token' }).click();
    const secretDialog = page.getByRole('dialog', { name: /^Rahasia token/ });
    const secret = await secretDialog.getByLabel('Rahasia token', { exact: true }).innerText();
    expect(secret).toMatch(/^kin_/);
    await screenshot(page, 'admin-02-token-secret-once', false);
    await secretDialog.getByRole('button', { name: 'Sudah saya simpan' }).click();
    const item = page.getByRole('listitem', { name: 'Aplikasi TPP (uji e2e)' });
    await item.waitFor();
    await expect(page.getByText(secret).count()).resolves.toBe(0);
    // The secret works as a bearer token for the API.
    const res = await api.gql('{ apiTokenRateLimit { limit remaining } }', {}, secret);
    expect(res.data?.apiTokenRateLimit?.limit).toBeGreaterThan(0);

    await item.getByRole('button', { name: /^Cabut/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cabut token' }).click();
    await item.waitFor({ state: 'detached' });
    await page.getByLabel('Tampilkan juga token yang kedaluwarsa atau dicabut').check();
    await page.getByRole('listitem', { name: 'Aplikasi TPP (uji e2e)' }).getByText('Dicabut').waitFor();
    await screenshot(page, 'admin-03-tokens');
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
