import PDFDocument from 'pdfkit';
import { today } from '../../../lib/dates';
import { EXPECTATION_RATING_LABELS_ID, ORG_PERFORMANCE_LABELS_ID, PERFORMANCE_RATING_LABELS_ID, ratingMatrixTable } from '../../evaluation/rules/rating-matrix';
import { angka, nipText, tanggal, target, tempat } from '../format';
import type { EvaluationDocument } from './evaluation-data';
import { distributionTable, ratingMatrix } from './evaluation-matrix';
import type { GoalBlock, Person } from './plan-data';
import { identity } from './plan-pdf';
import { PdfTable } from './table';

/**
 * Dokumen evaluasi kinerja pegawai (PermenPANRB 6/2022): periodic, or annual for the FINAL
 * evaluation period. Identity block (shared with the SKP), per goal its indicators with
 * target, realization and evidence links plus the appraiser's feedback, behaviour feedback
 * per core value, the two ratings, the kuadran kinerja with the cell marked, the predikat;
 * the annual document adds the unit's organisation performance and its distribution
 * pattern. Signatures with place and date. A4 portrait; DRAF on every page until confirmed.
 */
const A4 = { size: 'A4' as const, margins: { top: 40, bottom: 40, left: 40, right: 40 } };
const WIDTH = 595.28 - 80;

const KIND: Record<string, string> = { MONTHLY: 'BULANAN', QUARTERLY: 'TRIWULANAN', SEMESTER: 'SEMESTERAN', FINAL: 'TAHUNAN' };

export const evaluationTitle = (d: Pick<EvaluationDocument, 'evaluationPeriod'>) =>
  `DOKUMEN EVALUASI KINERJA PEGAWAI PERIODE ${KIND[d.evaluationPeriod.kind] ?? d.evaluationPeriod.kind}`;

function heading(doc: PDFKit.PDFDocument, d: EvaluationDocument): void {
  doc.font('Helvetica-Bold').fontSize(11).text(`PEMERINTAH ${d.agencyName.toUpperCase()}`, { align: 'center' });
  doc.fontSize(12).text(evaluationTitle(d), { align: 'center' });
  doc.fontSize(10).text(`PENDEKATAN HASIL KERJA ${d.plan.approach === 'QUALITATIVE' ? 'KUALITATIF' : 'KUANTITATIF'}`, { align: 'center' });
  doc.font('Helvetica').fontSize(9).moveDown(0.4);
  const ep = d.evaluationPeriod;
  doc.text(`PERIODE PENILAIAN: ${ep.name.toUpperCase()} (${tanggal(ep.startDate).toUpperCase()} SD ${tanggal(ep.endDate).toUpperCase()})`, { align: 'center' });
  doc.text(`SKP: ${d.period.name}. Status: ${d.evaluation.status === 'CONFIRMED' ? 'Ditetapkan' : 'Draf'}`, { align: 'center' });
  doc.moveDown(0.6);
}

/** Section title, on a new page unless `need` points (title and what follows) still fit. */
function title(doc: PDFKit.PDFDocument, text: string, need = 80): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - need) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(10).text(text, doc.page.margins.left, doc.y, { width: WIDTH }).moveDown(0.3);
}

function goalRows(t: PdfTable, d: EvaluationDocument, blocks: GoalBlock[]): void {
  blocks.forEach((b, n) => {
    const fb = d.feedback.find((f) => f.goalId === b.goal.id);
    t.block(
      [String(n + 1), { text: b.goal.description, bold: true }, fb?.lines.length ? fb.lines.map((l) => `- ${l}`).join('\n') : '-'],
      b.indicators.map((i) => {
        const r = d.realizations.get(i.id);
        const value = r ? `${angka(r.value)}${i.unit ? ` ${i.unit}` : ''}${r.note ? `\n(${r.note})` : ''}` : '-';
        return [i.description, target(i), value, r?.evidenceUrls.length ? r.evidenceUrls.join('\n') : '-'];
      }),
    );
  });
}

function results(doc: PDFKit.PDFDocument, d: EvaluationDocument): void {
  title(doc, 'HASIL KERJA');
  const t = new PdfTable(doc, [
    { header: 'NO', width: 20, align: 'center' }, { header: 'RENCANA HASIL KERJA', width: 95 }, { header: 'UMPAN BALIK BERKELANJUTAN', width: 105 },
    { header: 'INDIKATOR KINERJA INDIVIDU', width: 95 }, { header: 'TARGET', width: 55, align: 'center' }, { header: 'REALISASI', width: 60, align: 'center' },
    { header: 'BUKTI DUKUNG', width: WIDTH - 430 },
  ]);
  t.header();
  for (const [label, blocks] of [['A. UTAMA', d.main], ['B. TAMBAHAN', d.additional]] as const) {
    t.section(label);
    if (blocks.length) goalRows(t, d, blocks);
    else t.row(['', '-', '-', '-', '-', '-', '-']);
  }
  doc.moveDown(0.8);
}

function behaviour(doc: PDFKit.PDFDocument, d: EvaluationDocument): void {
  title(doc, 'PERILAKU KERJA');
  const t = new PdfTable(doc, [{ header: 'NO', width: 20, align: 'center' }, { header: 'PERILAKU KERJA (BerAKHLAK)', width: 170 }, { header: 'UMPAN BALIK BERKELANJUTAN', width: WIDTH - 190 }], 9);
  t.header();
  d.coreValues.forEach((c, i) => {
    const fb = d.feedback.find((f) => f.coreValue === c.coreValue);
    t.row([String(i + 1), c.name, fb?.lines.length ? fb.lines.map((l) => `- ${l}`).join('\n') : '-']);
  });
  doc.moveDown(0.8);
}

function ratings(doc: PDFKit.PDFDocument, d: EvaluationDocument): void {
  const ev = d.evaluation;
  title(doc, 'RATING');
  const t = new PdfTable(doc, [{ header: 'NO', width: 20, align: 'center' }, { header: 'RATING', width: 170 }, { header: 'HASIL', width: WIDTH - 190 }], 9);
  t.header();
  const fromOrg = ev.resultRatingSource === 'ORG_PERFORMANCE' ? ' (dari capaian kinerja organisasi)' : '';
  t.row(['1', 'RATING HASIL KERJA', { text: ev.resultRating ? `${EXPECTATION_RATING_LABELS_ID[ev.resultRating]}${fromOrg}` : 'Belum dinilai', bold: true }]);
  t.row(['2', 'RATING PERILAKU KERJA', { text: ev.behaviorRating ? EXPECTATION_RATING_LABELS_ID[ev.behaviorRating] : 'Belum dinilai', bold: true }]);
  doc.moveDown(0.8);
  title(doc, 'KUADRAN KINERJA', 240);
  const mark = ev.resultRating && ev.behaviorRating ? { result: ev.resultRating, behavior: ev.behaviorRating } : undefined;
  ratingMatrix(doc, ratingMatrixTable(mark), WIDTH);
  doc.moveDown(0.8);
  const predikat = ev.performanceRating ? PERFORMANCE_RATING_LABELS_ID[ev.performanceRating].toUpperCase() : 'BELUM DITETAPKAN';
  doc.font('Helvetica-Bold').fontSize(11).text(`PREDIKAT KINERJA PEGAWAI: ${predikat}`, doc.page.margins.left, doc.y, { width: WIDTH, align: 'center' });
  doc.moveDown(1);
}

function organisation(doc: PDFKit.PDFDocument, d: EvaluationDocument): void {
  title(doc, 'CAPAIAN KINERJA ORGANISASI');
  const unit = d.employee.unit ?? '-';
  const o = d.orgPerformance;
  doc.font('Helvetica').fontSize(9).text(`Unit kerja: ${unit}`, { width: WIDTH });
  doc.font('Helvetica-Bold').text(`Predikat kinerja organisasi: ${o ? ORG_PERFORMANCE_LABELS_ID[o.rating].toUpperCase() : 'BELUM DITETAPKAN'}`, { width: WIDTH });
  if (o?.note) doc.font('Helvetica').text(`Catatan: ${o.note}`, { width: WIDTH });
  doc.moveDown(0.8);
  title(doc, 'POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI');
  if (d.pattern) distributionTable(doc, d.pattern, WIDTH);
  else doc.font('Helvetica').fontSize(9).text('Belum dapat ditentukan: predikat kinerja organisasi belum ditetapkan.', { width: WIDTH });
  doc.moveDown(1);
}

function signatures(doc: PDFKit.PDFDocument, d: EvaluationDocument, printedOn: string): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
  const y = doc.y;
  const colW = WIDTH / 2;
  const left = doc.page.margins.left;
  const ev = d.evaluation;
  const signedOn = ev.status === 'CONFIRMED' && ev.confirmedAt ? today(new Date(String(ev.confirmedAt))) : printedOn;
  const block = (x: number, top: string, role: string, p: Person | null) => {
    doc.font('Helvetica').fontSize(9).text(top, x, y, { width: colW, align: 'center' });
    doc.text(role, x, y + 12, { width: colW, align: 'center' });
    doc.font('Helvetica-Bold').text(p?.name ?? '-', x, y + 75, { width: colW, align: 'center', underline: true });
    doc.font('Helvetica').text(p ? `NIP. ${nipText(p.nip)}` : '', x, y + 87, { width: colW, align: 'center' });
  };
  block(left, ' ', 'Pegawai yang Dinilai', d.employee);
  block(left + colW, `${tempat(d.agencyName)}, ${tanggal(signedOn)}`, 'Pejabat Penilai Kinerja', d.appraiser);
  doc.x = left;
  doc.y = y + 110;
}

function decorate(doc: PDFKit.PDFDocument, d: EvaluationDocument, printedOn: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (d.evaluation.status !== 'CONFIRMED') {
      doc.save().rotate(-35, { origin: [297, 421] }).font('Helvetica-Bold').fontSize(110).fillColor('#C8C8C8').opacity(0.35).text('DRAF', 120, 370, { lineBreak: false }).restore();
    }
    doc.opacity(1).fillColor('#555555').font('Helvetica').fontSize(7);
    doc.text(`Evaluasi kinerja ${d.employee.name} (NIP ${nipText(d.employee.nip)}), ${d.evaluationPeriod.name}. Dicetak ${tanggal(printedOn)}. Halaman ${i - range.start + 1} dari ${range.count}`, 40, doc.page.height - 28, { width: WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('#000000');
}

export function renderEvaluationPdf(d: EvaluationDocument, printedOn: string): PDFKit.PDFDocument {
  const name = `Evaluasi Kinerja ${d.employee.name} ${d.evaluationPeriod.name}`;
  const doc = new PDFDocument({ ...A4, bufferPages: true, info: { Title: name, Author: 'Kinerja', Subject: evaluationTitle(d) }, lang: 'id-ID' } as PDFKit.PDFDocumentOptions);
  heading(doc, d);
  identity(doc, d);
  results(doc, d);
  behaviour(doc, d);
  ratings(doc, d);
  if (d.isAnnual) organisation(doc, d);
  signatures(doc, d, printedOn);
  decorate(doc, d, printedOn);
  doc.end();
  return doc;
}
