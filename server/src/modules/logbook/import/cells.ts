import { isDate } from '../../../lib/dates';
import { parseTime } from '../rules/entry-input';

/**
 * Reading cells of the spreadsheets people keep: Excel dates (Date objects from
 * exceljs or serial numbers), `YYYY-MM-DD` and `DD/MM/YYYY` (also `-` and `.`),
 * Excel times (fractions of a day or Date objects on 1899-12-30), `HH:MM` / `HH.MM`,
 * and quantities with a decimal comma (`2,5`) or Indonesian thousands (`1.250,5`).
 */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return iso(EXCEL_EPOCH + Math.floor(serial) * DAY);
}

/** A date cell as `YYYY-MM-DD`, or null when it is not a date. */
export function dateCell(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : iso(v.getTime() + 1000);
  if (typeof v === 'number') return excelSerialToDate(v);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isDate(s) ? s : null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const d = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return isDate(d) ? d : null;
  }
  if (/^\d{1,7}(\.\d+)?$/.test(s)) return excelSerialToDate(Number(s));
  return null;
}

function fromDayFraction(fraction: number, allowMidnightEnd: boolean): string | null {
  if (!Number.isFinite(fraction) || fraction < 0) return null;
  const minutes = Math.round(fraction * 1440);
  if (minutes === 1440 && allowMidnightEnd) return '24:00';
  if (minutes >= 1440) return null;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A time cell as `HH:MM`, or null when it is not a time. */
export function timeCell(v: unknown, allowMidnightEnd = false): string | null {
  if (v instanceof Date) {
    const ms = v.getTime() - Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate());
    return fromDayFraction(ms / DAY, allowMidnightEnd);
  }
  if (typeof v === 'number') return v === 1 ? fromDayFraction(1, allowMidnightEnd) : fromDayFraction(v % 1, allowMidnightEnd);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (/^0?\.\d+$/.test(s)) return fromDayFraction(Number(s), allowMidnightEnd);
  return parseTime(s, allowMidnightEnd);
}

/** A quantity cell: null when empty, NaN when not a number. */
export function quantityCell(v: unknown): number | null {
  if (v == null) return null;
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return Number.NaN;
  let s = v.trim().replace(/\s/g, '');
  if (s === '' || s === '-') return null;
  if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '').replace(',', '.');
  else if (s.includes(',')) s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/** Plain text of a cell (numbers and dates as written), '' when empty. */
export function textCell(v: unknown): string {
  if (v == null) return '';
  if (v instanceof Date) return iso(v.getTime());
  return String(v).trim();
}

/** Links of an evidence cell: separated by spaces, commas, semicolons or new lines. */
export function linksCell(v: unknown): string[] {
  return textCell(v).split(/[\s,;]+/).filter(Boolean);
}
