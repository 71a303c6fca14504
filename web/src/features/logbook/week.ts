/**
 * Calendar weeks of the catatan harian (Monday to Sunday). Dates are `YYYY-MM-DD` calendar
 * dates computed in UTC, so no device zone ever shifts a day.
 */
export const DAY_NAMES = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'] as const;

function parse(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return parse(value).toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week containing `date`. */
export function mondayOf(date: string): string {
  const weekday = (parse(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export interface DayEntryLike {
  date: string;
  startTime: string;
  endTime: string;
  durationMinutes: number;
}

export interface DayGroup<E> {
  date: string;
  dayName: (typeof DAY_NAMES)[number];
  entries: E[];
  totalMinutes: number;
}

/**
 * Groups the entries of a week by day, Monday first; every day is present (an empty day
 * still shows, so the employee sees the gap). Entries of a day run by start time, then
 * end time; entries outside the week are ignored.
 */
export function groupByDay<E extends DayEntryLike>(entries: readonly E[], monday: string): DayGroup<E>[] {
  const days = weekDays(monday);
  const groups = days.map((date, i) => ({ date, dayName: DAY_NAMES[i]!, entries: [] as E[], totalMinutes: 0 }));
  const index = new Map(days.map((d, i) => [d, i]));
  for (const e of entries) {
    const i = index.get(e.date);
    if (i === undefined) continue;
    groups[i]!.entries.push(e);
    groups[i]!.totalMinutes += e.durationMinutes;
  }
  for (const g of groups) {
    g.entries.sort((a, b) => a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime));
  }
  return groups;
}
