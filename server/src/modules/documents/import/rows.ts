import type { EmploymentType } from '../../../graphql/generated/types';
import { normalizeNip, validateNip } from '../../org/nip';
import { clean, COLUMNS, mapHeader, parsePositionKind, parseRank, parseStatus, type ColumnKey } from './columns';
import type { SheetRow } from './sheet';
import type { ImportRow, Violation } from './types';

/**
 * Per-row checks of a sheet: the header row is the first (of the first ten) with a NIP
 * column; every later row must carry a valid NIP, a name, a position with a readable
 * jenis jabatan, a unit and a PNS/PPPK status. NIPs must not repeat.
 */
export const MAX_ROWS = 20_000;
const label = (k: ColumnKey) => COLUMNS.find((c) => c.key === k)!.label;

export function findHeader(rows: SheetRow[]): { index: number; map: Partial<Record<ColumnKey, number>> } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i += 1) {
    const map = mapHeader(rows[i].cells);
    if (map.nip !== undefined) return { index: i, map };
  }
  return null;
}

function textNip(raw: string): string {
  return normalizeNip(raw.replace(/^'/, ''));
}

function checkText(v: Violation[], row: number, key: ColumnKey, value: string, min: number, max: number): string | null {
  if (value === '') {
    v.push({ row, column: label(key), code: 'MISSING_VALUE', message: `${label(key)} is empty.` });
    return null;
  }
  if (value.length < min || value.length > max || /[\u0000-\u001F]/.test(value)) {
    v.push({ row, column: label(key), code: 'INVALID_VALUE', message: `${label(key)} must have ${min} to ${max} characters.` });
    return null;
  }
  return value;
}

function readNip(v: Violation[], r: SheetRow, col: number, key: ColumnKey, type: EmploymentType): string | null {
  const raw = clean(r.cells[col]);
  if (r.numeric.has(col)) {
    v.push({ row: r.rowNumber, column: label(key), code: 'INVALID_NIP', message: 'The NIP is stored as a number and has lost digits; format the column as text and export again.' });
    return null;
  }
  const nip = validateNip(textNip(raw), type);
  if (!nip.ok) {
    v.push({ row: r.rowNumber, column: label(key), code: 'INVALID_NIP', message: nip.reason });
    return null;
  }
  return nip.info.nip;
}

function readRow(r: SheetRow, map: Partial<Record<ColumnKey, number>>, v: Violation[]): ImportRow | null {
  const cell = (k: ColumnKey) => (map[k] === undefined ? '' : clean(r.cells[map[k]!]));
  const row = r.rowNumber;
  const before = v.length;
  const status = parseStatus(cell('status'));
  if (!status) v.push({ row, column: label('status'), code: cell('status') ? 'INVALID_VALUE' : 'MISSING_VALUE', message: 'Status must be PNS or PPPK.' });
  const nip = cell('nip') ? readNip(v, r, map.nip!, 'nip', status ?? 'PPPK') : (v.push({ row, column: 'NIP', code: 'MISSING_VALUE', message: 'NIP is empty.' }), null);
  const name = checkText(v, row, 'name', cell('name'), 2, 200);
  const rank = parseRank(cell('rank'), status);
  if (rank === undefined) v.push({ row, column: label('rank'), code: 'INVALID_VALUE', message: 'Pangkat/golongan is written like III/d (PNS) or IX (PPPK).' });
  const positionName = checkText(v, row, 'position', cell('position'), 2, 200);
  const kind = parsePositionKind(cell('positionType'));
  if (!kind) v.push({ row, column: label('positionType'), code: cell('positionType') ? 'INVALID_VALUE' : 'MISSING_VALUE', message: 'Jenis jabatan must name JPT, JA or JF with its level, for example "JF Ahli Muda".' });
  const unitName = checkText(v, row, 'unit', cell('unit'), 2, 200);
  const parent = cell('parentUnit');
  if (parent && parent.length > 200) v.push({ row, column: label('parentUnit'), code: 'INVALID_VALUE', message: 'Unit Induk must have at most 200 characters.' });
  const code = cell('unitCode') || null;
  if (code && code.length > 40) v.push({ row, column: label('unitCode'), code: 'INVALID_VALUE', message: 'Kode Unit must have at most 40 characters.' });
  let superiorNip: string | null = null;
  if (cell('superiorNip')) {
    const s = textNip(cell('superiorNip'));
    if (r.numeric.has(map.superiorNip!) || !/^\d{18}$/.test(s)) v.push({ row, column: label('superiorNip'), code: 'INVALID_NIP', message: 'NIP Atasan must be an 18-digit NIP stored as text.' });
    else if (s === nip) v.push({ row, column: label('superiorNip'), code: 'SELF_SUPERIOR', message: 'An employee cannot be their own superior.' });
    else superiorNip = s;
  }
  if (v.length > before || !status || !nip || !name || !positionName || !kind || !unitName || rank === undefined) return null;
  const info = validateNip(nip, status);
  if (!info.ok) return null;
  return {
    row, nip, name, rank, employmentType: status, gender: info.info.gender, birthDate: info.info.birthDate,
    positionName, positionType: kind.type, positionLevel: kind.level, unitName, parentUnitName: parent || null, unitCode: code, superiorNip,
  };
}

/** Reads and checks every data row; duplicates of a NIP are reported on each later row. */
export interface ReadResult {
  rows: ImportRow[];
  violations: Violation[];
  dataRows: number;
  /** Every NIP written on the sheet, valid rows or not (to avoid follow-up errors). */
  sheetNips: Set<string>;
}

export function readRows(sheet: SheetRow[]): ReadResult {
  const violations: Violation[] = [];
  const sheetNips = new Set<string>();
  const header = findHeader(sheet);
  if (!header) return { rows: [], violations: [{ row: sheet[0]?.rowNumber ?? 1, column: 'NIP', code: 'MISSING_COLUMN', message: 'No header row with a NIP column was found in the first ten rows.' }], dataRows: 0, sheetNips };
  const headerRow = sheet[header.index].rowNumber;
  for (const c of COLUMNS) {
    if (c.required && header.map[c.key] === undefined) violations.push({ row: headerRow, column: c.label, code: 'MISSING_COLUMN', message: `The column "${c.label}" is missing.` });
  }
  const data = sheet.slice(header.index + 1);
  if (violations.length) return { rows: [], violations, dataRows: data.length, sheetNips };
  if (data.length > MAX_ROWS) return { rows: [], violations: [{ row: headerRow, column: null, code: 'TOO_MANY_ROWS', message: `At most ${MAX_ROWS} rows per import; split the sheet by unit.` }], dataRows: data.length, sheetNips };
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const r of data) {
    sheetNips.add(textNip(clean(r.cells[header.map.nip!])));
    const row = readRow(r, header.map, violations);
    if (!row) continue;
    const first = seen.get(row.nip);
    if (first !== undefined) {
      violations.push({ row: row.row, column: 'NIP', code: 'DUPLICATE_NIP', message: `This NIP is also on row ${first}.` });
      continue;
    }
    seen.set(row.nip, row.row);
    rows.push(row);
  }
  return { rows, violations, dataRows: data.length, sheetNips };
}
