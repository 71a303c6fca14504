import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Reads the first worksheet of an XLSX file, or a CSV file (UTF-8, or Windows-1252
 * as older Excel versions save it; the delimiter `,` `;` or tab is detected), into rows of
 * trimmed cell texts with their sheet row numbers (as the user sees them in Excel).
 */
export interface SheetRow {
  /** 1-based row number in the file. */
  rowNumber: number;
  cells: string[];
  /** Columns whose cell holds a number (an 18-digit NIP stored as a number has lost digits). */
  numeric: Set<number>;
}

export class UnreadableFile extends Error {}

function cellText(v: ExcelJS.CellValue): { text: string; numeric: boolean } {
  if (v == null) return { text: '', numeric: false };
  if (typeof v === 'number') return { text: String(v), numeric: true };
  if (typeof v === 'string') return { text: v, numeric: false };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', numeric: false };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10), numeric: false };
  if ('richText' in v) return { text: v.richText.map((r) => r.text).join(''), numeric: false };
  if ('text' in v && typeof v.text === 'string') return { text: v.text, numeric: false };
  if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  return { text: '', numeric: false };
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableFile('The file is not a readable XLSX workbook.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new UnreadableFile('The workbook has no worksheet.');
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const numeric = new Set<number>();
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const { text, numeric: isNum } = cellText(cell.value);
      cells[col - 1] = text.trim();
      if (isNum) numeric.add(col - 1);
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
    if (cells.some((c) => c !== '')) rows.push({ rowNumber, cells, numeric });
  });
  return rows;
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Buffer): SheetRow[] {
  const parsed = Papa.parse<string[]>(decodeText(bytes), { delimiter: '', delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const rows: SheetRow[] = [];
  parsed.data.forEach((cells, i) => {
    const trimmed = cells.map((c) => (c ?? '').trim());
    if (trimmed.some((c) => c !== '')) rows.push({ rowNumber: i + 1, cells: trimmed, numeric: new Set() });
  });
  return rows;
}

export async function readSheet(fileName: string, bytes: Buffer): Promise<SheetRow[]> {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.xlsx$/i.test(fileName) || isZip) return readXlsx(bytes);
  if (/\.(csv|txt|tsv)$/i.test(fileName)) return readCsv(bytes);
  throw new UnreadableFile('Upload an .xlsx or .csv file.');
}
