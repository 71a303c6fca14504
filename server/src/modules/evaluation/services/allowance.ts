import type { Context } from '../../../graphql/context';
import { badInput } from '../../../lib/errors';
import * as orgL from '../../org/loaders';
import { computeMonthlyAllowance, type AttendanceDay, type MonthlyAllowance, type PerformanceInput } from '../rules/allowance';
import type { ScoringStrategyId } from '../rules/scoring';
import type { PerformanceRating } from '../rules/rating-matrix';
import type { EvaluationInYearRow, ScoringIndicatorRow } from '../repo';
import * as L from '../loaders';
import { monthRange } from '../loaders';
import type { AllowanceBreakdownRow, AllowanceRuleTableRow, AttendanceRecordRow } from '../types';
import { computeScore } from './scoring';

/**
 * Monthly TPP of an employee with its breakdown (`computeMonthlyAllowance`): the agency's
 * rule table of the year, the base amount for the level of the employee's position at the
 * end of the month, the predikat (or, under a numeric strategy with score bands, the
 * score) of the confirmed evaluation of the finest evaluation period covering the month,
 * and the month's attendance records. Days without a record carry no deduction: the
 * attendance system reports what happened.
 */

export function checkMonth(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('Months are written YYYY-MM.');
  return month;
}

/** The confirmed evaluation of the finest evaluation period covering the month (FINAL last). */
export function evaluationForMonth<T extends Pick<EvaluationInYearRow, 'status' | 'kind' | 'periodStart' | 'periodEnd' | 'performanceRating'>>(evs: T[], month: string): T | null {
  const { first, last } = monthRange(month);
  const span = (e: T) => Date.parse(e.periodEnd) - Date.parse(e.periodStart);
  const covering = evs.filter((e) => e.status === 'CONFIRMED' && e.performanceRating != null && e.periodStart <= last && e.periodEnd >= first);
  covering.sort((a, b) => Number(a.kind === 'FINAL') - Number(b.kind === 'FINAL') || span(a) - span(b));
  return covering[0] ?? null;
}

export const attendanceDays = (rows: Pick<AttendanceRecordRow, 'date' | 'lateMinutes' | 'earlyLeaveMinutes' | 'absent' | 'documentKind'>[]): AttendanceDay[] =>
  rows.map((r) => ({
    date: r.date,
    lateMinutes: r.lateMinutes,
    earlyLeaveMinutes: r.earlyLeaveMinutes,
    absent: r.absent,
    ...(r.documentKind ? { neutralisedBy: r.documentKind } : {}),
  }));

/**
 * What the performance part is read from: the score when the agency scores numerically and
 * the rules map scores; otherwise the predikat. Null when neither applies.
 */
export function performanceInput(
  table: AllowanceRuleTableRow,
  strategy: ScoringStrategyId,
  rating: PerformanceRating | null,
  scoring: () => number | null,
): PerformanceInput | null {
  const hasBands = (table.rules.scoreBands?.length ?? 0) > 0;
  if (strategy !== 'PERMENPANRB_6_2022' && hasBands) {
    const score = scoring();
    if (score != null) return { score };
  }
  if (rating != null && table.rules.ratingPercent) return { rating };
  return null;
}

/** Computes with a placeholder performance when none is known, so the discipline part is still shown. */
export function computeFor(table: AllowanceRuleTableRow, baseAmount: number, perf: PerformanceInput | null, days: AttendanceDay[]): { result: MonthlyAllowance; pending: boolean } {
  const placeholder: PerformanceInput = table.rules.ratingPercent ? { rating: 'VERY_GOOD' } : { score: 0 };
  const result = computeMonthlyAllowance({ ...(perf ?? placeholder), rules: table.rules, baseAmount, attendance: days });
  return { result, pending: perf == null };
}

export async function allowanceOf(ctx: Context, employee: { id: number; agencyId: number }, monthArg: string): Promise<AllowanceBreakdownRow | null> {
  const month = checkMonth(monthArg);
  const year = Number(month.slice(0, 4));
  const [table] = await L.ruleTableOf(ctx).load(L.pair(employee.agencyId, year));
  if (!table) return null;
  const assignment = await orgL.primaryAssignmentAt(ctx).load(orgL.key(employee.id, monthRange(month).last));
  const pos = assignment ? await orgL.positionById(ctx).load(assignment.positionId) : null;
  const base = pos ? table.baseAmounts.find((b) => b.level === pos.level) : undefined;
  if (!pos || !base) return null;
  const [evs, records, strategy] = await Promise.all([
    L.evaluationsOfEmployeeYear(ctx).load(L.pair(employee.id, year)),
    L.attendanceOfMonth(ctx).load(`${employee.id}|${month}`),
    L.scoringStrategyOf(ctx).load(employee.agencyId),
  ]);
  const ev = evaluationForMonth(evs, month);
  let indicators: ScoringIndicatorRow[] = [];
  if (ev && strategy !== 'PERMENPANRB_6_2022') indicators = await L.scoringIndicatorsOf(ctx).load(L.pair(ev.planId, ev.evaluationPeriodId));
  const perf = ev ? performanceInput(table, strategy, ev.performanceRating, () => computeScore(strategy, ev, indicators).score) : null;
  const { result, pending } = computeFor(table, base.amount, perf, attendanceDays(records));
  return { month, ruleTable: table, level: pos.level, evaluationId: perf ? ev!.id : null, pending, result };
}
