/**
 * Dates in Indonesian (`id-ID`). `Date` scalars (`YYYY-MM-DD`) are calendar dates with no
 * zone, so they are formatted in UTC to never shift a day; `DateTime` values are shown in
 * the viewer's zone (WIB, WITA or WIT on an Indonesian device).
 */
const dateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function parseCalendarDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `2026-01-05` → `5 Januari 2026`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = parseCalendarDate(value);
  return d ? dateFormat.format(d) : value;
}

/** `2026-01-05` → `5 Jan 2026`. */
export function formatShortDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = parseCalendarDate(value);
  return d ? shortDateFormat.format(d) : value;
}

/** `2026-01-05` → `Senin, 5 Januari 2026`. */
export function formatLongDate(value: string | null | undefined): string {
  if (!value) return '—';
  const d = parseCalendarDate(value);
  return d ? weekdayFormat.format(d) : value;
}

/** An ISO instant → `5 Januari 2026 pukul 15.00` in the given (default: device) zone. */
export function formatDateTime(value: string | null | undefined, timeZone?: string): string {
  if (!value) return '—';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(d);
}

/** `2026-01-05 … 2026-03-31` → `5 Januari 2026 – 31 Maret 2026`, open end → `sejak 5 Januari 2026`. */
export function formatDateRange(start: string, end: string | null | undefined): string {
  return end ? `${formatDate(start)} – ${formatDate(end)}` : `sejak ${formatDate(start)}`;
}

/** Today's calendar date on this device as `YYYY-MM-DD` (for date inputs). */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The calendar date before `value` (`2026-03-01` → `2026-02-28`). */
export function dayBefore(value: string): string {
  const d = parseCalendarDate(value);
  if (!d) return value;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
