import type { EvaluationPeriodKind } from '../../../graphql/generated/types';

export interface EvaluationSpec {
  kind: EvaluationPeriodKind;
  name: string;
  startDate: string;
  endDate: string;
  deadline: string | Date;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** 23:59 WIB, `days` after `date`. */
export function deadlineAfter(date: string, days: number): string {
  const d = new Date(Date.parse(`${date}T23:59:00+07:00`) + days * 86_400_000);
  return d.toISOString();
}

/** The default schedule: four quarters and the FINAL period, deadlines 15 days after each end. */
export function defaultSchedule(year: number, start: string, end: string): EvaluationSpec[] {
  const quarters = [0, 1, 2, 3].map((q) => {
    const s = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const e = lastDay(year, q * 3 + 3);
    return { kind: 'QUARTERLY' as const, name: `Triwulan ${ROMAN[q]} ${year}`, startDate: s < start ? start : s, endDate: e > end ? end : e, deadline: deadlineAfter(e > end ? end : e, 15) };
  }).filter((q) => q.startDate <= q.endDate);
  return [...quarters, { kind: 'FINAL', name: `Periode Akhir ${year}`, startDate: start, endDate: end, deadline: deadlineAfter(end, 15) }];
}
