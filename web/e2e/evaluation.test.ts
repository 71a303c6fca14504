import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../server/test/support/api';
import { DEMO_PASSWORD, demoAccounts, planDemo, seedDemo } from '../../server/src/seed/demo';
import { seedDemoPlans } from '../../server/src/seed/plans';
import { today } from '../../server/src/lib/dates';
import { ensureWebBuild } from './support/build';
import { mountFilesIfMissing } from './support/files';
import { launchBrowser, newPage, screenshot, signIn, type E2EBrowser, type Page } from './support/browser';

/**
 * Penilaian kinerja end to end on the demo agency: the employee writes a self-assessment;
 * the appraiser gives feedback on a goal and a core value, the two ratings (the predikat
 * appears on the matrix), and confirms; the employee then sees the predikat, the feedback
 * and the angka kredit. Screenshots: artifacts/screenshots/evaluation-*.png.
 */
let api: TestApi;
let browser: E2EBrowser;
let base: string;
const consoleErrors: string[] = [];
const appraiser = demoAccounts(planDemo()).find((a) => a.role === 'APPRAISER')!;
let employee: { nip: string; name: string };

beforeAll(async () => {
  await ensureWebBuild();
  api = await startTestApi({ fixture: false });
  base = api.url.replace(/\/graphql$/, '');
  await mountFilesIfMissing(api);
  await api.k.orm.em.fork().transactional(async (em) => {
    const demo = await seedDemo(em);
    await seedDemoPlans(em, { agencyId: demo.agencyId, year: Number(today().slice(0, 4)) });
  });
  // An approved plan of someone the demo kepala seksi appraises, with goals.
  const { rows } = await api.db.query(
    `select e.nip, e.name from performance_plan pp
     join employee e on e.agency_id = pp.agency_id and e.id = pp.employee_id
     join employee a on a.agency_id = pp.agency_id and a.id = pp.appraiser_id
     where a.nip = $1 and pp.status = 'APPROVED' and pp.end_date is null
       and exists (select 1 from goal g where g.agency_id = pp.agency_id and g.plan_id = pp.id)
     order by e.name limit 1`,
    [appraiser.nip],
  );
  expect(rows).toHaveLength(1);
  employee = rows[0];
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function open(who: { nip: string }): Promise<Page> {
  const { page, consoleErrors: errors } = await newPage(browser.context);
  page.on('close', () => consoleErrors.push(...errors.filter((e) => !/favicon/.test(e))));
  // Clear the shared localStorage on a same-origin page without the app (no request of the
  // previous user's session can run meanwhile), then sign in.
  await page.goto(`${base}/healthz`);
  await page.evaluate(() => window.localStorage.clear());
  await signIn(page, base, who.nip, DEMO_PASSWORD);
  return page;
}

describe('penilaian kinerja in the browser', () => {
  it('the employee writes a self-assessment before rating', async () => {
    const page = await open(employee);
    await page.getByRole('link', { name: 'Penilaian', exact: true }).click();
    await page.getByRole('heading', { name: 'Penilaian diri' }).waitFor();
    await page.getByRole('textbox', { name: 'Penilaian diri RHK 1' }).fill('Seluruh laporan bulan ini selesai tepat waktu; bukti dukung di folder bersama.');
    await page.getByRole('button', { name: 'Simpan penilaian diri' }).first().click();
    await page.getByText('Penilaian diri tersimpan.').waitFor();
    await screenshot(page, 'evaluation-01-self-assessment');
    await page.close();
  });

  it('the appraiser gives feedback and ratings, sees the predikat on the matrix, and confirms', async () => {
    const page = await open(appraiser);
    await page.getByRole('link', { name: 'Penilaian', exact: true }).click();
    await page.getByRole('link', { name: 'Penilaian bawahan' }).click();
    await page.getByRole('heading', { name: 'Penilaian bawahan' }).waitFor();
    await page.getByRole('heading', { name: /^Kurva distribusi/ }).waitFor();
    await screenshot(page, 'evaluation-02-appraisal-list');

    await page.getByRole('link', { name: `Nilai ${employee.name}` }).click();
    await page.getByRole('heading', { name: `Penilaian kinerja ${employee.name}` }).waitFor();
    const goal = page.locator('section.feedback-item').first();
    await goal.getByText('Penilaian diri pegawai:').waitFor();
    await goal.getByRole('checkbox', { name: 'Hasil kerja sesuai target yang disepakati' }).check();
    await goal.getByLabel('Catatan umpan balik').fill('Pertahankan ketepatan waktu laporan.');
    await goal.getByRole('button', { name: 'Simpan umpan balik' }).click();
    await goal.getByText('Umpan balik tersimpan.').waitFor();

    const value = page.locator('details.feedback-item').first();
    await value.locator('summary').click();
    await value.getByRole('checkbox').first().check();
    await value.getByRole('button', { name: 'Simpan umpan balik' }).click();
    await value.getByText('Umpan balik tersimpan.').waitFor();

    await page.getByRole('group', { name: 'Rating hasil kerja' }).getByRole('radio', { name: 'Di atas ekspektasi' }).check();
    await page.getByRole('group', { name: 'Rating perilaku kerja' }).getByRole('radio', { name: 'Di atas ekspektasi' }).check();
    await page.getByText('Predikat yang dihasilkan:').waitFor();
    await expect(page.locator('.rating-matrix__cell--preview').innerText()).resolves.toContain('Sangat Baik');
    await page.getByRole('button', { name: 'Simpan rating' }).click();
    await page.getByText('Rating tersimpan. Predikat: Sangat Baik.').waitFor();
    await expect(page.locator('.rating-matrix [aria-current="true"]').innerText()).resolves.toContain('Sangat Baik');
    await screenshot(page, 'evaluation-03-rated', false);

    await page.getByRole('button', { name: 'Tetapkan penilaian' }).click();
    await page.getByText('Penilaian sudah ditetapkan dan terkunci.').waitFor();
    await screenshot(page, 'evaluation-04-confirmed');
    const { rows } = await api.db.query(
      `select ev.status, ev.performance_rating as rating from evaluation ev
       join performance_plan pp on pp.agency_id = ev.agency_id and pp.id = ev.plan_id
       join employee e on e.agency_id = pp.agency_id and e.id = pp.employee_id where e.nip = $1`,
      [employee.nip],
    );
    expect(rows).toEqual([{ status: 'CONFIRMED', rating: 'VERY_GOOD' }]);
    await page.close();
  });

  it('the employee sees the predikat, the feedback and the angka kredit', async () => {
    const page = await open(employee);
    await page.goto(`${base}/#/penilaian`);
    await page.getByText('Predikat: Sangat Baik').waitFor();
    await page.getByText('“Pertahankan ketepatan waktu laporan.”').waitFor();
    await page.getByRole('heading', { name: /^Angka kredit/ }).waitFor();
    await page.getByRole('heading', { name: 'Tunjangan (TPP)' }).waitFor();
    await screenshot(page, 'evaluation-05-employee-results');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh dokumen evaluasi (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
