/// <reference types="pdfkit" />
import type { DistributionConstraint, DistributionPattern } from '../../evaluation/rules/distribution';
import { PERFORMANCE_RATINGS, PERFORMANCE_RATING_LABELS_ID, type PerformanceRating, type RatingMatrixTable } from '../../evaluation/rules/rating-matrix';
import { PdfTable } from './table';

/**
 * The kuadran kinerja (3×3 rating matrix, the evaluation's cell shaded and marked "[X]")
 * and the pola distribusi table of the annual document.
 */
const pct = (share: number) => `${Math.round(share * 1000) / 10} %`;

function cellBox(doc: PDFKit.PDFDocument, text: string, x: number, y: number, w: number, h: number, opts: { bold?: boolean; fill?: string } = {}): void {
  if (opts.fill) doc.rect(x, y, w, h).fillColor(opts.fill).fill();
  doc.rect(x, y, w, h).lineWidth(opts.bold ? 1.5 : 0.5).strokeColor('#000000').stroke();
  doc.fillColor('#000000').font(opts.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const th = doc.heightOfString(text, { width: w - 8, align: 'center' });
  doc.text(text, x + 4, y + (h - th) / 2, { width: w - 8, align: 'center' });
}

/** Rows: rating hasil kerja (above → below); columns: rating perilaku (below → above). */
export function ratingMatrix(doc: PDFKit.PDFDocument, t: RatingMatrixTable, width: number): void {
  const left = doc.page.margins.left;
  const labelW = 130;
  const colW = (width - labelW) / 3;
  const headH = 30;
  const rowH = 34;
  if (doc.y + headH * 2 + rowH * 3 > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
  let y = doc.y;
  cellBox(doc, '', left, y, labelW, headH * 2, { fill: '#E4EAF1' });
  doc.font('Helvetica-Bold').fontSize(8).text('RATING HASIL KERJA', left + 4, y + headH + 10, { width: labelW - 8, align: 'center' });
  cellBox(doc, 'RATING PERILAKU KERJA', left + labelW, y, colW * 3, headH, { fill: '#E4EAF1' });
  t.columns.forEach((c, i) => cellBox(doc, c.label, left + labelW + i * colW, y + headH, colW, headH, { fill: '#E4EAF1' }));
  y += headH * 2;
  for (const r of t.rows) {
    cellBox(doc, r.label, left, y, labelW, rowH, { fill: '#F2F2F2' });
    r.cells.forEach((c, i) => {
      const text = c.marked ? `[X] ${c.label}` : c.label;
      cellBox(doc, text, left + labelW + i * colW, y, colW, rowH, c.marked ? { bold: true, fill: '#BFBFBF' } : {});
    });
    y += rowH;
  }
  doc.x = left;
  doc.y = y + 4;
  doc.font('Helvetica').fontSize(8).text('[X] = kuadran kinerja pegawai yang dinilai (sel yang diarsir).', left, doc.y, { width });
}

function ruleText(c: DistributionConstraint, self: PerformanceRating): string {
  const others = c.ratings.filter((r) => r !== self).map((r) => PERFORMANCE_RATING_LABELS_ID[r]);
  const joint = others.length ? ` (bersama ${others.join(', ')})` : '';
  switch (c.kind) {
    case 'MAX_SHARE': return `maks. ${pct(c.share)}${joint}`;
    case 'MIN_SHARE': return `min. ${pct(c.share)}${joint}`;
    case 'REQUIRED': return `harus ada${others.length ? ` (dan/atau ${others.join(', ')})` : ''}`;
    case 'FORBIDDEN': return 'tidak boleh ada';
  }
}

/** One row per predikat: its allowed share under the unit's pattern. */
export function distributionTable(doc: PDFKit.PDFDocument, p: DistributionPattern, width: number): void {
  const t = new PdfTable(doc, [
    { header: 'NO', width: 24, align: 'center' }, { header: 'PREDIKAT KINERJA PEGAWAI', width: 160 }, { header: 'PORSI YANG DIPERBOLEHKAN', width: width - 184 },
  ], 9);
  t.header();
  PERFORMANCE_RATINGS.forEach((r, i) => {
    const rules = p.constraints.filter((c) => c.ratings.includes(r)).map((c) => ruleText(c, r));
    const text = rules.length ? rules.join('; ') : 'sisanya (boleh ada)';
    const label = `${PERFORMANCE_RATING_LABELS_ID[r]}${r === p.dominant ? ' (sebagian besar)' : ''}`;
    t.row([String(i + 1), { text: label, bold: r === p.dominant }, text]);
  });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(8).text(p.description, doc.page.margins.left, doc.y, { width });
}
