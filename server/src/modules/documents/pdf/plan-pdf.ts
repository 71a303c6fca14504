import PDFDocument from 'pdfkit';
import { today } from '../../../lib/dates';
import { aspek, nipText, perspektif, tanggal, target, tempat } from '../format';
import type { GoalBlock, Person, PlanDocument } from './plan-data';
import { PdfTable } from './table';

/**
 * The SKP form (PermenPANRB 6/2022, lampiran): identity of the employee, the appraiser
 * and the appraiser's superior; work results (RHK) with the leader's RHK they intervene
 * in, indicators, targets and perspectives; work behaviour with the leader's
 * expectations; the annexes; signatures. A4 portrait, Helvetica 8–11 pt, page numbers;
 * a plan not yet approved is marked DRAF on every page.
 */
const A4 = { size: 'A4' as const, margins: { top: 40, bottom: 40, left: 40, right: 40 } };
const WIDTH = 595.28 - 80;

const STATUS: Record<string, string> = {
  DRAFT: 'Draf', SUBMITTED: 'Diajukan, menunggu persetujuan', APPROVED: 'Disetujui', RETURNED: 'Dikembalikan untuk diperbaiki',
  REVISION_SUBMITTED: 'Perubahan diajukan', REVISION_REJECTED: 'Perubahan ditolak',
};

function heading(doc: PDFKit.PDFDocument, d: PlanDocument): void {
  doc.font('Helvetica-Bold').fontSize(11).text(`PEMERINTAH ${d.agencyName.toUpperCase()}`, { align: 'center' });
  doc.fontSize(13).text('SASARAN KINERJA PEGAWAI', { align: 'center' });
  doc.fontSize(10).text(`PENDEKATAN HASIL KERJA ${d.plan.approach === 'QUALITATIVE' ? 'KUALITATIF' : 'KUANTITATIF'}`, { align: 'center' });
  doc.font('Helvetica').fontSize(9).moveDown(0.4);
  const until = d.plan.endDate ?? d.period.endDate;
  doc.text(`PERIODE PENILAIAN: ${tanggal(d.plan.startDate).toUpperCase()} SD ${tanggal(until).toUpperCase()}`, { align: 'center' });
  doc.text(`Status: ${STATUS[d.plan.status] ?? d.plan.status}${d.plan.endDate ? ` (ditutup: ${d.plan.closedReason ?? '-'})` : ''}`, { align: 'center' });
  doc.moveDown(0.6);
}

const dash = (s: string | null | undefined) => (s && s.trim() ? s : '-');

export function identity(doc: PDFKit.PDFDocument, d: PlanDocument): void {
  const t = new PdfTable(doc, [
    { header: 'NO', width: 22, align: 'center' }, { header: '', width: 85 },
    { header: 'PEGAWAI YANG DINILAI', width: 136 }, { header: 'PEJABAT PENILAI KINERJA', width: 136 }, { header: 'ATASAN PEJABAT PENILAI KINERJA', width: 136 },
  ], 8);
  t.header();
  const ps: (Person | null)[] = [d.employee, d.appraiser, d.appraiserSuperior];
  const lines: [string, (p: Person) => string][] = [
    ['NAMA', (p) => p.name], ['NIP', (p) => nipText(p.nip)], ['PANGKAT/GOL. RUANG', (p) => dash(p.rank)], ['JABATAN', (p) => dash(p.position)], ['UNIT KERJA', (p) => dash(p.unit)],
  ];
  lines.forEach(([label, get], i) => t.row([String(i + 1), label, ...ps.map((p) => (p ? get(p) : '-'))]));
  doc.moveDown(0.8);
}

function goalRows(t: PdfTable, blocks: GoalBlock[], start: number): void {
  blocks.forEach((b, n) => {
    const parent = b.parent ? b.parent.description : b.goal.kind === 'ADDITIONAL' && b.goal.assignedBy ? `Penugasan dari: ${b.goal.assignedBy}` : '-';
    t.block(
      [String(start + n), parent, { text: b.goal.description, bold: true }],
      b.indicators.map((i) => [aspek(i.aspect), i.description, target(i), perspektif(i.perspective)]),
    );
  });
}

function results(doc: PDFKit.PDFDocument, d: PlanDocument): void {
  doc.font('Helvetica-Bold').fontSize(10).text('HASIL KERJA', { align: 'left' }).moveDown(0.3);
  const t = new PdfTable(doc, [
    { header: 'NO', width: 20, align: 'center' }, { header: 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', width: 105 },
    { header: 'RENCANA HASIL KERJA', width: 110 }, { header: 'ASPEK', width: 46 }, { header: 'INDIKATOR KINERJA INDIVIDU', width: 114 },
    { header: 'TARGET', width: 60, align: 'center' }, { header: 'PERSPEKTIF', width: 60 },
  ]);
  t.header();
  t.section('A. UTAMA');
  if (d.main.length) goalRows(t, d.main, 1);
  else t.row(['', '-', '-', '-', '-', '-', '-']);
  t.section('B. TAMBAHAN');
  if (d.additional.length) goalRows(t, d.additional, 1);
  else t.row(['', '-', '-', '-', '-', '-', '-']);
  doc.moveDown(0.8);
}

function behaviour(doc: PDFKit.PDFDocument, d: PlanDocument): void {
  doc.font('Helvetica-Bold').fontSize(10).text('PERILAKU KERJA', doc.page.margins.left).moveDown(0.3);
  const t = new PdfTable(doc, [{ header: 'NO', width: 20, align: 'center' }, { header: 'PERILAKU KERJA', width: 290 }, { header: 'EKSPEKTASI KHUSUS PIMPINAN', width: WIDTH - 310 }]);
  t.header();
  d.behaviors.forEach((b, i) => t.row([String(i + 1), { text: `${b.name}\n${b.guides.map((g) => `- ${g}`).join('\n')}` }, dash(b.specificExpectation)]));
  doc.moveDown(0.8);
}

function annexes(doc: PDFKit.PDFDocument, d: PlanDocument): void {
  if (doc.y > doc.page.height - 200) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(10).text('LAMPIRAN SASARAN KINERJA PEGAWAI', doc.page.margins.left).moveDown(0.3);
  const t = new PdfTable(doc, [{ header: 'NO', width: 20, align: 'center' }, { header: 'LAMPIRAN', width: 130 }, { header: 'URAIAN', width: WIDTH - 150 }]);
  t.header();
  t.row(['1', 'Dukungan Sumber Daya', dash(d.plan.resourceSupport)]);
  t.row(['2', 'Skema Pertanggungjawaban', dash(d.plan.accountabilityScheme)]);
  t.row(['3', 'Konsekuensi', dash(d.plan.consequences)]);
  doc.moveDown(1);
}

function signatures(doc: PDFKit.PDFDocument, d: PlanDocument, printedOn: string): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
  const y = doc.y;
  const colW = WIDTH / 2;
  const left = doc.page.margins.left;
  const signedOn = d.plan.status === 'APPROVED' && d.plan.approvedAt ? today(new Date(String(d.plan.approvedAt))) : printedOn;
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

function decorate(doc: PDFKit.PDFDocument, d: PlanDocument, printedOn: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (d.plan.status !== 'APPROVED') {
      doc.save().rotate(-35, { origin: [297, 421] }).font('Helvetica-Bold').fontSize(110).fillColor('#C8C8C8').opacity(0.35).text('DRAF', 120, 370, { lineBreak: false }).restore();
    }
    doc.opacity(1).fillColor('#555555').font('Helvetica').fontSize(7);
    doc.text(`SKP ${d.employee.name} (NIP ${nipText(d.employee.nip)}), ${d.period.name}. Dicetak ${tanggal(printedOn)}. Halaman ${i - range.start + 1} dari ${range.count}`, 40, doc.page.height - 28, { width: WIDTH, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('#000000');
}

export function renderPlanPdf(d: PlanDocument, printedOn: string): PDFKit.PDFDocument {
  const doc = new PDFDocument({ ...A4, bufferPages: true, info: { Title: `SKP ${d.employee.name} ${d.period.name}`, Author: 'Kinerja', Subject: 'Sasaran Kinerja Pegawai' }, lang: 'id-ID' } as PDFKit.PDFDocumentOptions);
  heading(doc, d);
  identity(doc, d);
  results(doc, d);
  behaviour(doc, d);
  annexes(doc, d);
  signatures(doc, d, printedOn);
  decorate(doc, d, printedOn);
  doc.end();
  return doc;
}

