import type { EvaluationPeriodKind } from '../../gql/graphql';

/**
 * Instants for `<input type="datetime-local">` (the device's zone, WIB on most devices)
 * and the evaluation periods an annual period is usually split into.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant → `YYYY-MM-DDTHH:MM` in the device's zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `YYYY-MM-DDTHH:MM` in the device's zone → an ISO instant; null when blank or invalid. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface PeriodSpec {
  kind: EvaluationPeriodKind;
  name: string;
  startDate: string;
  endDate: string;
  deadline: string;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];
const first = (y: number, m: number) => `${y}-${pad(m)}-01`;
const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
/** 23:59 WIB on day `day` of the month after month `m`. */
const deadlineAfter = (y: number, m: number, day: number) => {
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${pad(nm)}-${pad(day)}T23:59:00+07:00`;
};

/**
 * Every month, quarter and semester of a year plus the annual (FINAL) period, with
 * deadlines on the 5th, 10th and 15th of the following month and 31 January: the layout
 * most regional TPP schemes use. (Without it the API creates quarters and FINAL only.)
 */
export function fullYearSpecs(year: number): PeriodSpec[] {
  const out: PeriodSpec[] = [];
  for (let m = 1; m <= 12; m++) out.push({ kind: 'MONTHLY', name: `${MONTHS[m - 1]} ${year}`, startDate: first(year, m), endDate: last(year, m), deadline: deadlineAfter(year, m, 5) });
  for (let q = 0; q < 4; q++) {
    out.push({ kind: 'QUARTERLY', name: `Triwulan ${ROMAN[q]} ${year}`, startDate: first(year, q * 3 + 1), endDate: last(year, q * 3 + 3), deadline: deadlineAfter(year, q * 3 + 3, 10) });
  }
  for (let s = 0; s < 2; s++) {
    out.push({ kind: 'SEMESTER', name: `Semester ${ROMAN[s]} ${year}`, startDate: first(year, s * 6 + 1), endDate: last(year, s * 6 + 6), deadline: deadlineAfter(year, s * 6 + 6, 15) });
  }
  out.push({ kind: 'FINAL', name: `Penilaian Tahunan ${year}`, startDate: `${year}-01-01`, endDate: `${year}-12-31`, deadline: `${year + 1}-01-31T23:59:00+07:00` });
  return out;
}
