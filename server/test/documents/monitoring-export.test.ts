import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken } from '../integrations/helpers';
import { buildEvalFixture, CONFIRM, ORG_PERF, RATE, SELF, type EvalFixture } from '../evaluation/fixture';
import { download, mountFiles } from './files';

/**
 * XLSX export of the monitoring report (issue 6): one sheet per table in the HR office's
 * layout, numbers equal to those of `unitMonitoring` for the same unit, period and month;
 * served exactly to who may monitor the unit; bad input refused with nothing written.
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);
type Unit = 'root' | 'dinas' | 'bidang' | 'seksi' | 'bidang2';
const month = () => `${f.year}-01`;
const path = (unit: Unit, q = `?evaluationPeriod=${g('EvaluationPeriod', f.ep.q1)}&month=${month()}`) => `/files/org-units/${g('OrgUnit', api.fx.units[unit].id)}/monitoring.xlsx${q}`;

const REPORT = `query($u: ID!, $ep: ID!, $m: String) { unitMonitoring(unit: $u, evaluationPeriod: $ep) {
  planStatusCounts { status count } employeesWithoutPlan
  now: logbookActivity { employeeCount }
  logbookActivity(month: $m) { employeeCount activeCount share }
  evaluationProgress { approvedPlans selfAssessed rated confirmed confirmedShare }
  ratingDistribution { ...C }
  unitDistributions(first: 100) { nodes { unit { id } check { ...C } } }
  allowanceTotals(month: $m) { employeeCount computedCount pendingCount withoutBaseAmountCount baseAmountTotal performanceAmountTotal disciplineAmountTotal deductionAmountTotal total } } }
  fragment C on DistributionCheckResult { unit { id } total confirmed orgPerformance { rating } counts { rating count share } violations { message } }`;

const RULES = {
  name: 'Perkada TPP', performanceWeight: 60, disciplineWeight: 40,
  ratingPercents: [['VERY_GOOD', 100], ['GOOD', 100], ['NEEDS_IMPROVEMENT', 75], ['POOR', 50], ['VERY_POOR', 25]].map(([rating, percent]) => ({ rating, percent })),
  lateBands: [{ code: 'TL1', fromMinutes: 1, toMinutes: 30, percent: 0.5 }, { code: 'TL2', fromMinutes: 31, toMinutes: null, percent: 1 }],
  earlyLeaveBands: [{ code: 'PSW1', fromMinutes: 1, toMinutes: null, percent: 0.5 }],
  missingCheckInPercent: 1.5, missingCheckOutPercent: 1.5, absencePercentPerDay: 3, deductionBase: 'DISCIPLINE_PART', monthlyCapPercent: 100,
  neutralisingDocuments: [{ kind: 'LEAVE', scope: 'DAY' }],
  baseAmounts: [{ level: 'PELAKSANA', amount: 5_000_000 }, { level: 'AHLI_PERTAMA', amount: 6_000_000 }, { level: 'ADMINISTRATOR', amount: 9_000_000 }],
};

async function gqlReport(unit: Unit, who: Parameters<TestApi['as']>[0] = 'admin') {
  const r = await api.gql(REPORT, { u: g('OrgUnit', api.fx.units[unit].id), ep: g('EvaluationPeriod', f.ep.q1), m: month() }, await api.as(who));
  expect(r.errors).toBeUndefined();
  return r.data.unitMonitoring;
}

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}

/** Cell values of a sheet, rows and columns from 0. */
function values(wb: ExcelJS.Workbook, sheet: string): unknown[][] {
  const ws = wb.getWorksheet(sheet)!;
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = Array.from({ length: ws.columnCount }, (_x, i) => row.getCell(i + 1).value ?? null);
  });
  return Array.from(out, (r) => r ?? []);
}

const HEADER = 7; // 0-based index of the header row (row 8)
const table = (rows: unknown[][]) => {
  const end = rows.findIndex((r, i) => i > HEADER && r[2] === 'JUMLAH');
  return { header: rows[HEADER] as string[], body: rows.slice(HEADER + 1, end), total: rows[end] };
};
const byCode = (body: unknown[][], code: string) => body.find((r) => r[1] === code)!;
const sum = (rows: unknown[][], cols: number[]) => cols.map((c) => rows.reduce((s, r) => s + (r[c] as number), 0));
const pick = (row: unknown[], cols: number[]) => cols.map((c) => row[c]);

type Report = Awaited<ReturnType<typeof gqlReport>>;
const status = (r: Report, s: string) => r.planStatusCounts.find((c: { status: string }) => c.status === s)?.count ?? 0;

/** Per sheet: additive columns of the unit rows and the same figures from the GraphQL report. */
const SHEETS: Record<string, { cols: number[]; gql: (r: Report) => number[] }> = {
  'Penyelesaian SKP': {
    cols: [3, 4, 5, 6, 7, 8, 9, 10, 11],
    gql: (r) => [r.now.employeeCount, r.employeesWithoutPlan, ...['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REVISION_SUBMITTED', 'REVISION_REJECTED'].map((s) => status(r, s)),
      r.planStatusCounts.reduce((s: number, c: { count: number }) => s + c.count, 0)],
  },
  'Catatan Harian': { cols: [3, 4, 5], gql: (r) => [r.logbookActivity.employeeCount, r.logbookActivity.activeCount, r.logbookActivity.employeeCount - r.logbookActivity.activeCount] },
  'Kemajuan Penilaian': {
    cols: [3, 4, 5, 6, 7],
    gql: (r) => { const p = r.evaluationProgress; return [p.approvedPlans, p.selfAssessed, p.rated, p.confirmed, p.approvedPlans - p.confirmed]; },
  },
  TPP: {
    cols: [3, 4, 5, 6, 7, 8, 9, 10, 11],
    gql: (r) => { const a = r.allowanceTotals; return [a.employeeCount, a.computedCount, a.pendingCount, a.withoutBaseAmountCount, a.baseAmountTotal, a.performanceAmountTotal, a.disciplineAmountTotal, a.deductionAmountTotal, a.total]; },
  },
};

const plan = (k: keyof EvalFixture['plans']) => g('PerformancePlan', f.plans[k]);

beforeAll(async () => {
  api = await startTestApi();
  mountFiles(api);
  f = await buildEvalFixture(api);
  const a = api.fx.agencyA;
  for (const [who, day] of [['staff1', 10], ['staff2', 11], ['staff3', 12]] as const) {
    await api.db.query(`insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity) values ($1, $2, $3, '08:00', '10:00', 'Menyusun laporan')`,
      [a, api.fx.employees[who].id, `${f.year}-01-${day}`]);
  }
  const ep = g('EvaluationPeriod', f.ep.q1);
  await api.gql(SELF, { i: { performancePlan: plan('staff2'), evaluationPeriod: ep, goal: g('Goal', f.goals.staff2[0]), note: 'Selesai sebagian.' } }, await api.as('staff2'));
  for (const [unit, rating, who] of [['seksi', 'GOOD', 'kabid'], ['bidang', 'OUTSTANDING', 'kadis']] as const) {
    const op = await api.gql(ORG_PERF, { i: { unit: g('OrgUnit', api.fx.units[unit].id), evaluationPeriod: ep, rating } }, await api.as(who));
    expect(JSON.stringify(op)).not.toContain('"code"');
  }
  for (const k of ['staff1', 'staff2'] as const) {
    await api.gql(RATE, { i: { performancePlan: plan(k), evaluationPeriod: ep, resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
  }
  const head = await api.gql(RATE, { i: { performancePlan: plan('kabid'), evaluationPeriod: ep, resultRating: 'ABOVE_EXPECTATIONS', behaviorRating: 'ABOVE_EXPECTATIONS' } }, await api.as('kadis'));
  expect(head.data.evaluationRate.evaluation.performanceRating).toBe('VERY_GOOD');
  const ev = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans.staff1, f.ep.q1])).rows[0].id;
  await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', ev), distributionOverrideReason: 'Unit kecil.' } }, await api.as('kasi'));
  await api.gql(`mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) { userErrors { code } } }`, { i: { year: f.year, rules: RULES } }, await api.as('admin'));
  await api.gql(`mutation($i: AttendanceRecordsUpsertInput!) { attendanceRecordsUpsert(input: $i) { userErrors { code } } }`, { i: { records: [
    { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-05`, lateMinutes: 12 },
    { employee: g('Employee', api.fx.employees.staff1.id), date: `${f.year}-01-06` },
  ] } }, await api.as('admin'));
}, 120_000);
afterAll(() => api?.stop());

describe('monitoring export (XLSX)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await download(api, path('dinas'), await api.as('admin'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    expect(r.headers.get('content-disposition')).toContain('Pemantauan%20Kinerja%20Dinas%20Pendidikan');
    wb = await workbook(r.body);
  });

  it('has one sheet per table with the title block, Indonesian headers, a frozen header row and numbered unit rows', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Penyelesaian SKP', 'Catatan Harian', 'Kemajuan Penilaian', 'Distribusi Predikat', 'TPP']);
    const rows = values(wb, 'Penyelesaian SKP');
    expect(rows[0][0]).toBe('REKAPITULASI PENYELESAIAN SASARAN KINERJA PEGAWAI (SKP)');
    expect(rows[1][0]).toBe('Instansi: Provinsi Uji');
    expect(rows[2][0]).toBe('Unit Kerja: Dinas Pendidikan (DISDIK) beserta unit di bawahnya');
    expect(rows[3][0]).toMatch(new RegExp(`^Periode: SKP ${f.year} — Triwulan I ${f.year} \\(1 Januari ${f.year} s\\.d\\. 31 Maret ${f.year}\\)$`));
    expect(rows[5][0]).toMatch(/^Dicetak: \d{1,2} \w+ \d{4}$/);
    const t = table(rows);
    expect(t.header).toEqual(['No.', 'Kode Unit', 'Unit Kerja', 'Jumlah Pegawai', 'Belum Ada SKP', 'Draf', 'Diajukan', 'Dikembalikan', 'Disetujui', 'Revisi Diajukan', 'Revisi Ditolak', 'Jumlah SKP', '% Disetujui']);
    expect(t.body.map((r) => [r[0], r[1], r[2]])).toEqual([[1, 'DISDIK', 'Dinas Pendidikan'], [2, 'SMA', 'Bidang SMA'], [3, 'KURIKULUM', 'Seksi Kurikulum'], [4, 'SMK', 'Bidang SMK']]);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
      expect(ws.getColumn(3).width).toBeGreaterThan(30);
    }
    const ws = wb.getWorksheet('Penyelesaian SKP')!;
    expect(ws.getRow(9).getCell(4).numFmt).toBe('#,##0');
    expect(ws.getRow(9).getCell(13).numFmt).toBe('0.0%');
    expect(ws.getRow(9).getCell(3).alignment?.indent ?? 0).toBe(0);
    expect(ws.getRow(11).getCell(3).alignment?.indent).toBe(2);
    expect(wb.getWorksheet('TPP')!.getRow(9).getCell(8).numFmt).toBe('"Rp"#,##0');
    expect(values(wb, 'TPP')[4][0]).toBe(`Bulan: Januari ${f.year}; aturan: Perkada TPP`);
  });

  it('totals every table to the figures of unitMonitoring for the unit, period and month', async () => {
    const r = await gqlReport('dinas');
    for (const [sheet, spec] of Object.entries(SHEETS)) {
      const t = table(values(wb, sheet));
      expect([sheet, pick(t.total, spec.cols)]).toEqual([sheet, spec.gql(r)]);
      expect([sheet, sum(t.body, spec.cols)]).toEqual([sheet, spec.gql(r)]);
    }
    expect(table(values(wb, 'Catatan Harian')).total[6]).toBe(r.logbookActivity.share);
    expect(table(values(wb, 'Kemajuan Penilaian')).total[8]).toBe(r.evaluationProgress.confirmedShare);
    const completion = table(values(wb, 'Penyelesaian SKP')).total;
    expect(completion[12]).toBe(status(r, 'APPROVED') / ((completion[11] as number) + r.employeesWithoutPlan));
    // the fixture's figures, so the comparison is not vacuous
    expect(pick(completion, [3, 4, 6, 8, 11])).toEqual([7, 2, 1, 4, 5]);
    expect(pick(table(values(wb, 'TPP')).total, [4, 5, 11])).toEqual([1, 4, 4990000]);
  });

  it('gives each unit its own figures: a leaf equals its own report, a unit with its subtree equals its report', async () => {
    for (const [sheet, spec] of Object.entries(SHEETS)) {
      const body = table(values(wb, sheet)).body;
      expect([sheet, 'seksi', pick(byCode(body, 'KURIKULUM'), spec.cols)]).toEqual([sheet, 'seksi', spec.gql(await gqlReport('seksi'))]);
      expect([sheet, 'bidang2', pick(byCode(body, 'SMK'), spec.cols)]).toEqual([sheet, 'bidang2', spec.gql(await gqlReport('bidang2'))]);
      expect([sheet, 'bidang', sum([byCode(body, 'SMA'), byCode(body, 'KURIKULUM')], spec.cols)]).toEqual([sheet, 'bidang', spec.gql(await gqlReport('bidang'))]);
    }
  });

  it('lists the rating distribution per predikat against the allowed pattern, as distributionCheck reports it', async () => {
    const r = await gqlReport('dinas');
    const rows = values(wb, 'Distribusi Predikat');
    const t = table(rows);
    expect(t.header).toEqual(['No.', 'Kode Unit', 'Unit Kerja', 'Capaian Kinerja Organisasi', 'Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang/Misconduct', 'Sangat Kurang',
      'Jumlah Dinilai', 'Ditetapkan', '% Sangat Baik', '% Baik', '% Butuh Perbaikan', '% Kurang/Misconduct', '% Sangat Kurang', 'Pola Distribusi yang Diizinkan', 'Pelanggaran Pola', 'Keterangan']);
    const checks = [r.ratingDistribution, ...r.unitDistributions.nodes.map((n: { check: unknown }) => n.check)];
    const expected = checks.map((c) => [
      c.orgPerformance ? { GOOD: 'Baik', OUTSTANDING: 'Istimewa' }[c.orgPerformance.rating as 'GOOD'] : '-', ...c.counts.map((x: { count: number }) => x.count), c.total, c.confirmed,
      ...c.counts.map((x: { share: number }) => x.share), c.violations.map((v: { message: string }) => v.message).join('\n') || '-',
    ]);
    expect(t.body.map((row) => [row[3], ...row.slice(4, 16), row[17]])).toEqual(expected);
    expect(t.body.map((row) => [row[0], row[1], row[3]])).toEqual([[1, 'DISDIK', '-'], [2, 'SMA', 'Istimewa'], [3, 'KURIKULUM', 'Baik']]);
    expect(t.body[2][16]).toContain('maks. 70 %');
    expect(t.body.map((row) => row[18])).toEqual(['Belum ada capaian kinerja organisasi (tidak diperiksa)', '1 pelanggaran', '2 pelanggaran']);
    expect(pick(t.total, [4, 5, 6, 7, 8, 9, 10])).toEqual([1, 2, 0, 0, 0, 3, 1]);
    expect(t.body[2][17]).toContain('\n'); // one violation per line
    expect(t.total.slice(11, 16)).toEqual([1 / 3, 2 / 3, 0, 0, 0]);
  });

  it('counts a bounded number of statements whatever the number of units', async () => {
    const token = await api.as('admin');
    const count = async () => api.countStatements(async () => expect((await download(api, path('root'), token)).status).toBe(200));
    await count(); // warm-up: the allowance rollup of the month
    const before = await count();
    const a = api.fx.agencyA;
    for (let i = 0; i < 12; i += 1) {
      const unit = (await api.db.query(`with n as (select nextval(pg_get_serial_sequence('org_unit', 'id')) as id)
        insert into org_unit (id, agency_id, parent_id, code, name, depth, path)
        select n.id, $1, $2, 'TIM-' || n.id, 'Tim ' || n.id, 3, $3 || lpad(n.id::text, 10, '0') || '.' from n returning id`, [a, api.fx.units.bidang2.id, api.fx.units.bidang2.path])).rows[0].id;
      await api.db.query(`with n as (select nextval(pg_get_serial_sequence('position', 'id')) as id)
        insert into position (id, agency_id, unit_id, superior_id, name, type, level, depth, path)
        select n.id, $1, $2, null, 'Pelaksana ' || n.id, 'JA', 'PELAKSANA', 0, lpad(n.id::text, 10, '0') || '.' from n`, [a, unit]);
    }
    await count();
    const after = await count();
    expect(after).toBe(before);
    expect(after).toBeLessThanOrEqual(25);
    const rows = table(values(await workbook((await download(api, path('root'), token)).body), 'Catatan Harian')).body;
    expect(rows).toHaveLength(5 + 12);
  });
});

describe('who may download it', () => {
  it.each([
    ['admin', 'root', 200], ['superadmin', 'dinas', 200], ['kadis', 'dinas', 200], ['kasi', 'seksi', 200], ['operator', 'bidang', 200], ['operator', 'seksi', 200],
    ['operator', 'dinas', 403], ['kadis', 'root', 403], ['kasi', 'bidang', 403], ['staff1', 'seksi', 403], ['staff3', 'bidang2', 403], ['adminB', 'dinas', 404], ['empB', 'seksi', 404],
  ] as const)('%s on %s → %i, as unitMonitoring answers', async (who, unit, code) => {
    const token = await api.as(who);
    const r = await download(api, path(unit), token);
    expect(r.status).toBe(code);
    if (code !== 200) expect(r.json.errors[0].extensions.code).toBe(code === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
    const q = await api.gql(`query($u: ID!, $ep: ID!) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { exportUrl } }`, { u: g('OrgUnit', api.fx.units[unit].id), ep: g('EvaluationPeriod', f.ep.q1) }, token);
    expect(q.data.unitMonitoring !== null).toBe(code === 200);
  });

  it('gives the link with the report, and the link serves the file', async () => {
    const token = await api.as('kasi');
    const q = `query($u: ID!, $ep: ID!, $m: String) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { exportUrl(month: $m) } }`;
    const vars = { u: g('OrgUnit', api.fx.units.seksi.id), ep: g('EvaluationPeriod', f.ep.q1) };
    const link = (await api.gql(q, { ...vars, m: month() }, token)).data.unitMonitoring.exportUrl;
    expect(link).toBe(path('seksi'));
    expect((await download(api, link, token)).status).toBe(200);
    const current = (await api.gql(q, vars, token)).data.unitMonitoring.exportUrl;
    expect(current).toBe(path('seksi', `?evaluationPeriod=${vars.ep}`));
    const r = await download(api, current, token);
    expect(r.status).toBe(200);
    const now = new Date().toISOString().slice(0, 7);
    expect(values(await workbook(r.body), 'Catatan Harian')[4][0]).toContain(`${['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][Number(now.slice(5)) - 1]}`);
    const bad = await api.gql(q, { ...vars, m: '2026-13' }, token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves READ_EVALUATIONS tokens of the agency and refuses other tokens and anonymous requests', async () => {
    const ev = await createToken(api, ['READ_EVALUATIONS']);
    expect((await download(api, path('dinas'), ev.secret)).status).toBe(200);
    const link = await api.gql(`query($u: ID!, $ep: ID!) { unitMonitoring(unit: $u, evaluationPeriod: $ep) { exportUrl } }`, { u: g('OrgUnit', api.fx.units.dinas.id), ep: g('EvaluationPeriod', f.ep.q1) }, ev.secret);
    expect(link.data.unitMonitoring.exportUrl).toMatch(/^\/files\/org-units\/.+\/monitoring\.xlsx\?evaluationPeriod=/);
    const org = await createToken(api, ['READ_ORG']);
    const scope = await download(api, path('dinas'), org.secret);
    expect([scope.status, scope.json.errors[0].extensions.code, scope.json.errors[0].extensions.requiredScope]).toEqual([403, 'TOKEN_SCOPE', 'READ_EVALUATIONS']);
    const other = await createToken(api, ['READ_EVALUATIONS'], 'adminB');
    expect((await download(api, path('dinas'), other.secret)).status).toBe(404);
    const anon = await download(api, path('dinas'));
    expect([anon.status, anon.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('bad input', () => {
  const unitId = () => g('OrgUnit', api.fx.units.dinas.id);
  const epId = () => g('EvaluationPeriod', f.ep.q1);
  it.each([
    ['no evaluation period', 400, 'BAD_USER_INPUT', () => `/files/org-units/${unitId()}/monitoring.xlsx`],
    ['a month without its zero', 400, 'BAD_USER_INPUT', () => `/files/org-units/${unitId()}/monitoring.xlsx?evaluationPeriod=${epId()}&month=2026-1`],
    ['month 13', 400, 'BAD_USER_INPUT', () => `/files/org-units/${unitId()}/monitoring.xlsx?evaluationPeriod=${epId()}&month=2026-13`],
    ['a date for the month', 400, 'BAD_USER_INPUT', () => `/files/org-units/${unitId()}/monitoring.xlsx?evaluationPeriod=${epId()}&month=2026-01-15`],
    ['two months', 400, 'BAD_USER_INPUT', () => `/files/org-units/${unitId()}/monitoring.xlsx?evaluationPeriod=${epId()}&month=2026-01&month=2026-02`],
    ['an unknown unit', 404, 'NOT_FOUND', () => `/files/org-units/${g('OrgUnit', 999999)}/monitoring.xlsx?evaluationPeriod=${epId()}`],
    ['a malformed unit id', 404, 'NOT_FOUND', () => `/files/org-units/nope/monitoring.xlsx?evaluationPeriod=${epId()}`],
    ['an employee id for the unit', 404, 'NOT_FOUND', () => `/files/org-units/${g('Employee', api.fx.employees.kasi.id)}/monitoring.xlsx?evaluationPeriod=${epId()}`],
    ['a unit of another agency', 404, 'NOT_FOUND', () => `/files/org-units/${g('OrgUnit', api.fx.units.rootB.id)}/monitoring.xlsx?evaluationPeriod=${epId()}`],
    ['an unknown evaluation period', 404, 'NOT_FOUND', () => `/files/org-units/${unitId()}/monitoring.xlsx?evaluationPeriod=${g('EvaluationPeriod', 999999)}`],
    ['a period id of another type', 404, 'NOT_FOUND', () => `/files/org-units/${unitId()}/monitoring.xlsx?evaluationPeriod=${g('Period', f.periodId)}`],
  ] as const)('%s → %i %s, with nothing written', async (_name, code, errorCode, url) => {
    const state = async () => (await api.db.query(`select (select count(*) from allowance_rollup_month)::int as months, (select count(*) from allowance_rollup)::int as rows, (select count(*) from audit_log)::int as audit`)).rows[0];
    const before = await state();
    const r = await download(api, url(), await api.as('admin'));
    expect([r.status, r.json?.errors?.[0]?.extensions?.code]).toEqual([code, errorCode]);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.json.errors[0].message).toMatch(/\w/);
    expect(await state()).toEqual(before);
  });

  it('refuses an evaluation period of another agency for a unit of this one', async () => {
    const b = api.fx.agencyB;
    const per = (await api.db.query(`insert into period (agency_id, year, name, start_date, end_date) values ($1, $2, 'SKP B', $3, $4) returning id`, [b, f.year, `${f.year}-01-01`, `${f.year}-12-31`])).rows[0].id;
    const epB = (await api.db.query(`insert into evaluation_period (agency_id, period_id, kind, name, start_date, end_date, deadline) values ($1, $2, 'FINAL', 'Akhir B', $3, $4, $5) returning id`,
      [b, per, `${f.year}-01-01`, `${f.year}-12-31`, `${f.year + 5}-12-31T00:00:00Z`])).rows[0].id;
    for (const who of ['admin', 'superadmin'] as const) {
      const r = await download(api, `/files/org-units/${g('OrgUnit', api.fx.units.dinas.id)}/monitoring.xlsx?evaluationPeriod=${g('EvaluationPeriod', epB)}`, await api.as(who));
      expect([who, r.status, r.json.errors[0].extensions.code]).toEqual([who, 404, 'NOT_FOUND']);
    }
  });
});
