import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken } from '../integrations/helpers';
import { buildEvalFixture, FEEDBACK, ORG_PERF, RATE, realize, type EvalFixture } from '../evaluation/fixture';
import { download, mountFiles } from './files';

/**
 * Printable evaluation documents under /files/evaluations/:id.pdf: the periodic one
 * (identity, realizations with evidence, feedback, ratings, marked kuadran, predikat,
 * signatures) and the annual one (FINAL period) with the unit's organisation performance
 * and its distribution pattern; refused (404, API null) exactly when the evaluation is
 * not readable.
 */
let api: TestApi;
let f: EvalFixture;
let periodicId: string;
let annualId: string;
const names: Record<string, string> = {};
const g = (type: string, id: number) => api.gid(type, id);
const path = (gid: string) => `/files/evaluations/${gid}.pdf`;
const nipText = (n: string) => `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`;
const EV = `query($id: ID!) { evaluation(id: $id) { id pdfUrl } }`;

async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  const r = await parser.getText();
  await parser.destroy();
  return r.text.replace(/\s+/g, ' ');
}

async function optionText(code: string): Promise<{ id: string; text: string }> {
  const r = await api.gql(`{ feedbackOptions { id code text } }`, {}, await api.as('kasi'));
  return r.data.feedbackOptions.find((o: { code: string }) => o.code === code);
}

async function rate(ep: number, result: string, behavior: string): Promise<string> {
  const r = await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', ep), resultRating: result, behaviorRating: behavior } }, await api.as('kasi'));
  expect(r.data.evaluationRate.userErrors).toEqual([]);
  return r.data.evaluationRate.evaluation.id;
}

beforeAll(async () => {
  api = await startTestApi();
  mountFiles(api);
  f = await buildEvalFixture(api);
  const rows = (await api.db.query(`select id, name from employee`)).rows as { id: number; name: string }[];
  for (const [k, e] of Object.entries(api.fx.employees)) names[k] = rows.find((r) => r.id === e.id)!.name;
  await realize(api, f.indicators.staff1[0], f.ep.q1, 4);
  await api.db.query(`update realization set evidence_urls = $1 where indicator_id = $2 and evaluation_period_id = $3`,
    [['https://drive.example.go.id/laporan-q1.pdf'], f.indicators.staff1[0], f.ep.q1]);
  const onTime = await optionText('GOAL_ON_TIME');
  const t = await api.as('kasi');
  const fb = { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.q1) };
  await api.gql(FEEDBACK, { i: { ...fb, goal: g('Goal', f.goals.staff1[0]), options: [onTime.id], note: 'Lengkapi tautan bukti dukung.' } }, t);
  await api.gql(FEEDBACK, { i: { ...fb, coreValue: 'LOYAL', note: 'Setia menjaga rahasia jabatan.' } }, t);
  periodicId = await rate(f.ep.q1, 'ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS');
  const org = await api.gql(ORG_PERF, { i: { unit: g('OrgUnit', api.fx.units.seksi.id), evaluationPeriod: g('EvaluationPeriod', f.ep.final), rating: 'GOOD', note: 'Capaian rencana aksi unit.' } }, await api.as('kabid'));
  expect(org.data.orgPerformanceSet.userErrors).toEqual([]);
  annualId = await rate(f.ep.final, 'MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS');
});
afterAll(() => api?.stop());

describe('evaluation PDF', () => {
  it('prints the periodic evaluation: identity, realizations with evidence, feedback, ratings, marked kuadran, predikat, signatures', async () => {
    const r = await download(api, path(periodicId), await api.as('kasi'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.body.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]'); // A4
    const text = await pdfText(r.body);
    const e = api.fx.employees;
    const onTime = await optionText('GOAL_ON_TIME');
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI PERIODE TRIWULANAN', `TRIWULAN I ${f.year}`,
      'PEGAWAI YANG DINILAI', 'PEJABAT PENILAI KINERJA', 'ATASAN PEJABAT PENILAI KINERJA',
      names.staff1, nipText(e.staff1.nip), names.kasi, nipText(e.kasi.nip), names.kabid, nipText(e.kabid.nip),
      'Tersusunnya laporan kurikulum', '10 laporan', '4 laporan',
      onTime.text.replace(/\s+/g, ' '), 'Lengkapi tautan bukti dukung.', 'Setia menjaga rahasia jabatan.',
      'RATING HASIL KERJA', 'Di Atas Ekspektasi', 'RATING PERILAKU KERJA', 'Sesuai Ekspektasi',
      'KUADRAN KINERJA', '[X] Baik', 'PREDIKAT KINERJA PEGAWAI: BAIK', 'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja', 'DRAF',
    ]) expect(text).toContain(s);
    expect(text.replace(/\s/g, '')).toContain('https://drive.example.go.id/laporan-q1.pdf'); // wrapped in its narrow column
    expect(text).toMatch(/KUADRAN KINERJA RATING HASIL KERJA RATING PERILAKU KERJA/); // title kept with the matrix
    expect(text.match(/\[X\]/g)).toHaveLength(2); // the marked cell and the legend
    expect(text).not.toContain('CAPAIAN KINERJA ORGANISASI');
  });

  it('prints the annual evaluation with the organisation performance and its distribution pattern', async () => {
    const r = await download(api, path(annualId), await api.as('staff1'));
    expect(r.status).toBe(200);
    const text = await pdfText(r.body);
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI PERIODE TAHUNAN', names.staff1, nipText(api.fx.employees.staff1.nip),
      'Sesuai Ekspektasi', 'Di Atas Ekspektasi', '[X] Baik', 'PREDIKAT KINERJA PEGAWAI: BAIK',
      'CAPAIAN KINERJA ORGANISASI', 'Predikat kinerja organisasi: BAIK', 'POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI',
      'PORSI YANG DIPERBOLEHKAN', 'Baik (sebagian besar)', 'maks. 70 %', 'harus ada',
    ]) expect(text).toContain(s);
  });

  it('gives the link and the file to those who may read the evaluation', async () => {
    for (const who of ['staff1', 'kasi', 'kabid', 'admin'] as const) {
      const t = await api.as(who);
      const q = await api.gql(EV, { id: periodicId }, t);
      expect(q.data.evaluation.pdfUrl).toBe(path(periodicId));
      expect((await download(api, path(periodicId), t)).status).toBe(200);
    }
  });

  it('refuses peers and other agencies (404, and null from the API)', async () => {
    for (const who of ['staff2', 'staff3', 'empB', 'adminB'] as const) {
      const t = await api.as(who);
      expect((await api.gql(EV, { id: periodicId }, t)).data.evaluation).toBeNull();
      const r = await download(api, path(periodicId), t);
      expect(r.status).toBe(404);
      expect(r.json.errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('refuses unknown ids, other types, anonymous viewers and tokens without READ_EVALUATIONS', async () => {
    const t = await api.as('kasi');
    expect((await download(api, path(g('Evaluation', 999999)), t)).status).toBe(404);
    expect((await download(api, path(g('PerformancePlan', f.plans.staff1)), t)).status).toBe(404);
    expect((await download(api, path(periodicId))).status).toBe(401);
    const plansOnly = await createToken(api, ['READ_PLANS']);
    const r = await download(api, path(periodicId), plansOnly.secret);
    expect(r.status).toBe(403);
    expect(r.json.errors[0].extensions.code).toBe('TOKEN_SCOPE');
    const evals = await createToken(api, ['READ_EVALUATIONS'], 'admin', 'SIMPEG Evaluasi');
    expect((await download(api, path(periodicId), evals.secret)).status).toBe(200);
  });
});
