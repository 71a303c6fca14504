import type { Context } from '../../../graphql/context';
import * as orgL from '../../org/loaders';
import * as planL from '../../planning/loaders';
import { CREDIT_PERCENT_BY_RATING, creditPoints, FUNCTIONAL_LEVEL_COEFFICIENTS, type FunctionalLevel } from '../rules/credit-points';
import { roundHalfUp } from '../rules/round';
import * as L from '../loaders';
import type { CreditLineRow, CreditSummaryRow, EvaluationRow } from '../types';

/**
 * Angka kredit (PermenPANRB 1/2023, Peraturan BKN 3/2023) of functional positions: each
 * rated evaluation converts its predikat for the months of the evaluation period the plan
 * covers; the year's total is the annual (FINAL) evaluation's, or, until it is confirmed,
 * the sum of the finest kind of confirmed periodic evaluations (provisional).
 */

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** Calendar months (1 to 12) of the overlap of a plan and an evaluation period. */
export function monthsCovered(planStart: string, planEnd: string | null, periodStart: string, periodEnd: string): number {
  const start = planStart > periodStart ? planStart : periodStart;
  const end = planEnd != null && planEnd < periodEnd ? planEnd : periodEnd;
  if (end < start) return 0;
  return Math.min(12, Math.max(1, monthIndex(end) - monthIndex(start) + 1));
}

export async function creditLineOf(ctx: Context, ev: EvaluationRow): Promise<CreditLineRow | null> {
  if (ev.performanceRating == null) return null;
  const [plan, period] = await Promise.all([planL.planById(ctx).load(ev.planId), planL.evaluationPeriodById(ctx).load(ev.evaluationPeriodId)]);
  if (!plan?.positionId || !period) return null;
  const pos = await orgL.positionById(ctx).load(plan.positionId);
  if (!pos || pos.type !== 'JF') return null;
  const months = monthsCovered(plan.startDate, plan.endDate, period.startDate, period.endDate);
  if (months < 1) return null;
  const level = pos.level as FunctionalLevel;
  return {
    evaluationId: ev.id,
    evaluationPeriodId: ev.evaluationPeriodId,
    level: pos.level,
    rating: ev.performanceRating,
    months,
    percent: CREDIT_PERCENT_BY_RATING[ev.performanceRating],
    coefficient: FUNCTIONAL_LEVEL_COEFFICIENTS[level].coefficient,
    creditPoints: creditPoints(level, ev.performanceRating, months),
  };
}

const FINEST: readonly string[] = ['MONTHLY', 'QUARTERLY', 'SEMESTER'];

export async function creditSummary(ctx: Context, employeeId: number, year: number): Promise<CreditSummaryRow> {
  const evs = (await L.evaluationsOfEmployeeYear(ctx).load(L.pair(employeeId, year))).filter((e) => e.status === 'CONFIRMED');
  const lines = await Promise.all(evs.map(async (e) => ({ kind: e.kind, line: await creditLineOf(ctx, e) })));
  const withLine = lines.filter((l): l is { kind: string; line: CreditLineRow } => l.line !== null);
  const finals = withLine.filter((l) => l.kind === 'FINAL').map((l) => l.line);
  const periods = withLine.filter((l) => l.kind !== 'FINAL');
  const sum = (xs: CreditLineRow[]) => roundHalfUp(xs.reduce((s, x) => s + x.creditPoints, 0), 3);
  if (finals.length > 0) {
    // Several FINAL evaluations happen after a mid-year transfer (one per plan): each covers its months.
    return { year, periods: periods.map((p) => p.line), annual: finals[finals.length - 1], total: sum(finals), isProvisional: false };
  }
  const kind = FINEST.find((k) => periods.some((p) => p.kind === k));
  return { year, periods: periods.map((p) => p.line), annual: null, total: sum(periods.filter((p) => p.kind === kind).map((p) => p.line)), isProvisional: true };
}
