import { badInput } from './errors';

const TZ = process.env.KINERJA_TIMEZONE || 'Asia/Jakarta';
const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

let memo = { second: -1, date: '' };

/**
 * Today's calendar date in the agency time zone (WIB by default), `YYYY-MM-DD`. Every
 * request asks; the time-zone formatting is remembered for the current second.
 */
export function today(now: Date = new Date()): string {
  const second = Math.floor(now.getTime() / 1000);
  if (memo.second !== second) memo = { second, date: fmt.format(now) };
  return memo.date;
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d && y >= 1900 && y <= 2200;
}

export function dateArg(s: string | null | undefined, fallback: string): string {
  if (s == null) return fallback;
  if (!isDate(s)) throw badInput('Dates are written YYYY-MM-DD.');
  return s;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** PostgreSQL's text of a timestamptz in a UTC session: `2026-01-05 08:00:00.123456+00`. */
const PG_UTC = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?\+00$/;

/**
 * An instant as the DateTime scalar writes it (`toISOString`: milliseconds, `Z`), from a
 * Date or from PostgreSQL's timestamptz text. Bulk reads select timestamps as text
 * (`::text`, the same output PostgreSQL sends anyway): the UTC form is rewritten by
 * slicing, truncating microseconds to milliseconds as pg's Date parser does, without a
 * Date per value.
 */
export function isoInstant(v: Date | string): string {
  if (typeof v === 'string' && PG_UTC.test(v)) {
    const frac = v.length > 22 ? v.slice(20, Math.min(23, v.length - 3)).padEnd(3, '0') : '000';
    return `${v.slice(0, 10)}T${v.slice(11, 19)}.${frac}Z`;
  }
  return (v instanceof Date ? v : new Date(String(v).replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'))).toISOString();
}
