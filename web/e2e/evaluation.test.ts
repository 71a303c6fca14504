import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../server/test/support/api';
import { DEMO_PASSWORD, demoAccounts, planDemo, seedDemo } from '../../server/src/seed/demo';
import { seedDemoPlans } from '../../server/src/seed/plans';
import { today } from '../../server/src/lib/dates';
import { ensureWebBuild } from './support/build';
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

  it('the employee sees the predikat, the feedback, the angka kredit and the TPP breakdown', async () => {
    // The agency's TPP rules and one late arrival this month, through the API as the admin.
    const admin = demoAccounts(planDemo()).find((a) => a.role === 'ADMIN')!;
    const token = await api.login(admin.nip, DEMO_PASSWORD);
    const levels = ['UTAMA', 'MADYA', 'PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'];
    const band = (code: string, fromMinutes: number, toMinutes: number | null, percent: number) => ({ code, fromMinutes, toMinutes, percent });
    const rules = await api.gql(
      `mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) { allowanceRuleTable { id } userErrors { code field message } } }`,
      {
        i: {
          year: Number(today().slice(0, 4)),
          rules: {
            name: 'Perkada TPP Provinsi (uji e2e)',
            performanceWeight: 60,
            disciplineWeight: 40,
            ratingPercents: [['VERY_GOOD', 100], ['GOOD', 100], ['NEEDS_IMPROVEMENT', 75], ['POOR', 50], ['VERY_POOR', 25]].map(([rating, percent]) => ({ rating, percent })),
            lateBands: [band('TL1', 1, 30, 0.5), band('TL2', 31, 60, 1), band('TL3', 61, null, 1.5)],
            earlyLeaveBands: [band('PSW1', 1, 30, 0.5), band('PSW2', 31, null, 1)],
            missingCheckInPercent: 1.5,
            missingCheckOutPercent: 1.5,
            absencePercentPerDay: 3,
            deductionBase: 'DISCIPLINE_PART',
            monthlyCapPercent: 100,
            neutralisingDocuments: [{ kind: 'LEAVE', scope: 'DAY' }],
            baseAmounts: levels.map((level) => ({ level, amount: 5_000_000 })),
          },
        },
      },
      token,
    );
    expect(rules.data?.allowanceRulesSet.userErrors).toEqual([]);
    const late = await api.gql(
      `mutation($i: AttendanceRecordUpsertInput!) { attendanceRecordUpsert(input: $i) { userErrors { code message } } }`,
      { i: { record: { nip: employee.nip, date: today(), lateMinutes: 45, source: 'uji e2e' } } },
      token,
    );
    expect(late.data?.attendanceRecordUpsert.userErrors).toEqual([]);

    const page = await open(employee);
    await page.goto(`${base}/#/penilaian`);
    await page.getByText('Predikat: Sangat Baik').waitFor();
    await page.getByText('“Pertahankan ketepatan waktu laporan.”').waitFor();
    await page.getByRole('heading', { name: /^Angka kredit/ }).waitFor();
    await page.getByRole('heading', { name: 'Tunjangan (TPP)' }).waitFor();
    // Pagu 5,000,000: performance 60 % at 100 % = 3,000,000; discipline 2,000,000 − 1 % (TL2) = 1,980,000.
    const tpp = page.getByRole('table', { name: 'Rincian TPP' });
    await tpp.getByRole('row', { name: /TPP diterima/ }).getByText(/4\.980\.000/).waitFor();
    await page.getByText('Potongan kehadiran (1)').click();
    await page.getByText(/Terlambat 45 menit \(TL2\)/).waitFor();
    await screenshot(page, 'evaluation-05-employee-results');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh dokumen evaluasi (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    await page.close();
    expect(consoleErrors).toEqual([]);
  });
});
