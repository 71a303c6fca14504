/// <reference types="pdfkit" />
/**
 * Bordered tables for pdfkit with wrapped cells, a header repeated on every page, rows
 * never split across pages, full-width section rows, and blocks whose first columns span
 * several sub-rows (a goal with its indicators).
 */
export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface Cell {
  text: string;
  bold?: boolean;
}

type CellInput = string | Cell;
const cellOf = (c: CellInput): Cell => (typeof c === 'string' ? { text: c } : c);

export class PdfTable {
  private readonly pad = 3;
  private readonly x0: number;

  constructor(private readonly doc: PDFKit.PDFDocument, private readonly cols: Column[], private readonly fontSize = 8) {
    this.x0 = doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom - 14;
  }

  private heightOf(c: Cell, width: number): number {
    this.doc.font(c.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(this.fontSize);
    return this.doc.heightOfString(c.text || ' ', { width: width - 2 * this.pad }) + 2 * this.pad;
  }

  private drawCell(c: Cell, x: number, y: number, w: number, h: number, align: Column['align'] = 'left', fill?: string): void {
    if (fill) this.doc.rect(x, y, w, h).fillColor(fill).fill();
    this.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#000000').stroke();
    this.doc.fillColor('#000000').font(c.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(this.fontSize);
    this.doc.text(c.text, x + this.pad, y + this.pad, { width: w - 2 * this.pad, align, lineBreak: true });
  }

  /** Starts a new page (with the header) when `h` does not fit below the cursor. */
  private ensure(h: number): void {
    if (this.doc.y + h <= this.bottom) return;
    this.doc.addPage();
    this.header();
  }

  header(): void {
    const cells = this.cols.map((c) => ({ text: c.header, bold: true }));
    const h = Math.max(...cells.map((c, i) => this.heightOf(c, this.cols[i].width)));
    if (this.doc.y + h + 20 > this.bottom) this.doc.addPage();
    let x = this.x0;
    const y = this.doc.y;
    cells.forEach((c, i) => {
      this.drawCell(c, x, y, this.cols[i].width, h, 'center', '#E4EAF1');
      x += this.cols[i].width;
    });
    this.doc.x = this.x0;
    this.doc.y = y + h;
  }

  row(input: CellInput[]): void {
    const cells = input.map(cellOf);
    const h = Math.max(...cells.map((c, i) => this.heightOf(c, this.cols[i].width)));
    this.ensure(h);
    let x = this.x0;
    const y = this.doc.y;
    cells.forEach((c, i) => {
      this.drawCell(c, x, y, this.cols[i].width, h, this.cols[i].align);
      x += this.cols[i].width;
    });
    this.doc.x = this.x0;
    this.doc.y = y + h;
  }

  /** A row spanning the whole table (section title). */
  section(text: string): void {
    const width = this.cols.reduce((s, c) => s + c.width, 0);
    const cell = { text, bold: true };
    const h = this.heightOf(cell, width);
    this.ensure(h + 20);
    const y = this.doc.y;
    this.drawCell(cell, this.x0, y, width, h, 'left', '#F2F2F2');
    this.doc.x = this.x0;
    this.doc.y = y + h;
  }

  /**
   * The first `left.length` columns span all `sub` rows. A block taller than a page is
   * drawn as plain rows instead (the left cells on its first row only).
   */
  block(left: CellInput[], sub: CellInput[][]): void {
    const k = left.length;
    const lc = left.map(cellOf);
    const rows = (sub.length ? sub : [this.cols.slice(k).map(() => '-')]).map((r) => r.map(cellOf));
    const leftH = Math.max(...lc.map((c, i) => this.heightOf(c, this.cols[i].width)));
    const subH = rows.map((r) => Math.max(...r.map((c, i) => this.heightOf(c, this.cols[k + i].width))));
    const total = Math.max(leftH, subH.reduce((s, h) => s + h, 0));
    if (total > this.bottom - this.doc.page.margins.top - 40) {
      rows.forEach((r, i) => this.row([...(i === 0 ? lc : lc.map(() => '')), ...r]));
      return;
    }
    this.ensure(total);
    const y = this.doc.y;
    subH[subH.length - 1] += total - subH.reduce((s, h) => s + h, 0);
    let x = this.x0;
    lc.forEach((c, i) => {
      this.drawCell(c, x, y, this.cols[i].width, total, this.cols[i].align);
      x += this.cols[i].width;
    });
    let yy = y;
    rows.forEach((r, j) => {
      let xx = x;
      r.forEach((c, i) => {
        this.drawCell(c, xx, yy, this.cols[k + i].width, subH[j], this.cols[k + i].align);
        xx += this.cols[k + i].width;
      });
      yy += subH[j];
    });
    this.doc.x = this.x0;
    this.doc.y = y + total;
  }
}
