import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/**
 * Reading an uploaded logbook sheet into rows of plain cell values, and finding the
 * columns by their header names (Indonesian or English, case and punctuation
 * ignored). The header is the first of the top 10 rows naming at least a date and
 * an activity column, so title rows above it are allowed.
 */
export type Column = 'date' | 'start' | 'end' | 'activity' | 'quantity' | 'unit' | 'evidence' | 'actionPlan' | 'goal';

const HEADERS: Record<Column, string[]> = {
  date: ['tanggal', 'tgl', 'date', 'hari tanggal'],
  start: ['jam mulai', 'mulai', 'waktu mulai', 'start', 'start time', 'jam awal'],
  end: ['jam selesai', 'selesai', 'waktu selesai', 'end', 'end time', 'jam akhir'],
  activity: ['kegiatan', 'kegiatan harian', 'uraian kegiatan', 'uraian', 'aktivitas', 'activity', 'deskripsi'],
  quantity: ['jumlah', 'realisasi', 'kuantitas', 'volume', 'output', 'quantity', 'output quantity', 'jumlah output'],
  unit: ['satuan', 'unit', 'output unit', 'satuan output'],
  evidence: ['bukti dukung', 'bukti', 'eviden', 'evidence', 'link bukti', 'tautan', 'link'],
  actionPlan: ['rencana aksi', 'action plan', 'rencana'],
  goal: ['rhk', 'rencana hasil kerja', 'goal', 'sasaran'],
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const LOOKUP = new Map<string, Column>(Object.entries(HEADERS).flatMap(([col, names]) => names.map((n) => [norm(n), col as Column])));

export interface Sheet {
  /** Column index of each recognised column, and its header as written. */
  columns: Partial<Record<Column, { index: number; header: string }>>;
  headerRow: number;
  /** Data rows after the header (spreadsheet row numbers, empty rows skipped). */
  rows: { row: number; cells: unknown[] }[];
}

export class SheetError extends Error {}

/** Plain value of an exceljs cell (formulas give their result, links their target). */
function plain(v: ExcelJS.CellValue): unknown {
  if (v == null || v instanceof Date || typeof v !== 'object') return v ?? null;
  if ('result' in v) return plain((v.result ?? null) as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return /^https?:/i.test(v.hyperlink) ? v.hyperlink : v.text;
  if ('text' in v) return (v as { text: string }).text;
  return null;
}

async function xlsxRows(buf: Buffer, maxRows: number): Promise<{ row: number; cells: unknown[] }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new SheetError('The file is not a readable XLSX workbook.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new SheetError('The workbook has no sheet.');
  if (ws.actualRowCount > maxRows + 11) throw new SheetError(`The sheet has more than ${maxRows} rows.`);
  const rows: { row: number; cells: unknown[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    const values = r.values as ExcelJS.CellValue[];
    rows.push({ row: n, cells: values.slice(1).map(plain) });
  });
  return rows;
}

function csvRows(buf: Buffer): { row: number; cells: unknown[] }[] {
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  if (parsed.errors.some((e) => e.type === 'Quotes')) throw new SheetError('The CSV file has unbalanced quotes.');
  return parsed.data.map((cells, i) => ({ row: i + 1, cells }));
}

const isEmpty = (cells: unknown[]) => cells.every((c) => c == null || String(c).trim() === '');

export async function readSheet(fileName: string, buf: Buffer, maxRows: number): Promise<Sheet> {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw new SheetError('Only .xlsx and .csv files can be imported.');
  const all = (ext === 'xlsx' ? await xlsxRows(buf, maxRows) : csvRows(buf)).filter((r) => !isEmpty(r.cells));
  for (const candidate of all.slice(0, 10)) {
    const columns: Sheet['columns'] = {};
    candidate.cells.forEach((c, index) => {
      const col = LOOKUP.get(norm(String(c ?? '')));
      if (col && !columns[col]) columns[col] = { index, header: String(c).trim() };
    });
    if (columns.date && columns.activity) {
      const missing = (['start', 'end'] as Column[]).filter((c) => !columns[c]);
      if (missing.length) throw new SheetError(`Missing columns: ${missing.map((m) => HEADERS[m][0]).join(', ')}.`);
      const rows = all.filter((r) => r.row > candidate.row);
      if (rows.length > maxRows) throw new SheetError(`The file has ${rows.length} rows; at most ${maxRows} can be imported at once.`);
      return { columns, headerRow: candidate.row, rows };
    }
  }
  throw new SheetError('No header row found: the sheet needs at least the columns Tanggal, Jam Mulai, Jam Selesai and Kegiatan.');
}
