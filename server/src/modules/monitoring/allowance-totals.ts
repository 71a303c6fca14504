import type { Context } from '../../graphql/context';
import * as evL from '../evaluation/loaders';
import { monthRange } from '../evaluation/loaders';
import * as evRepo from '../evaluation/repo';
import { attendanceDays, computeFor, performanceInput } from '../evaluation/services/allowance';
import { computeScore } from '../evaluation/services/scoring';
import type { ExpectationRating, PerformanceRating } from '../evaluation/rules/rating-matrix';
import type { AllowanceRuleTableRow } from '../evaluation/types';
import { prepareAllowanceRules } from '../evaluation/rules/allowance';
import * as repo from './repo';
import type { MonitoringReportRow } from './types';

/**
 * Allowance totals of a subtree for a month: the same computation as an employee's
 * breakdown (evaluation/services/allowance.ts), batched: the rule table, the agency's
 * strategy, one statement for the employees with their level and the month's confirmed
 * evaluation, one for the month's deductible attendance days, and — only under a numeric
 * strategy with score bands — one for the indicators and realizations to score.
 */

export interface AllowanceTotals {
  month: string;
  ruleTable: AllowanceRuleTableRow | null;
  employeeCount: number;
  computedCount: number;
  pendingCount: number;
  withoutBaseAmountCount: number;
  baseAmountTotal: number;
  performanceAmountTotal: number;
  disciplineAmountTotal: number;
  deductionAmountTotal: number;
  total: number;
}

const empty = (month: string, ruleTable: AllowanceRuleTableRow | null, employeeCount: number): AllowanceTotals => ({
  month, ruleTable, employeeCount, computedCount: 0, pendingCount: 0, withoutBaseAmountCount: 0,
  baseAmountTotal: 0, performanceAmountTotal: 0, disciplineAmountTotal: 0, deductionAmountTotal: 0, total: 0,
});

function groupDays(rows: Awaited<ReturnType<typeof repo.deductibleAttendance>>) {
  const byEmployee = new Map<number, typeof rows>();
  for (const r of rows) byEmployee.set(r.employeeId, [...(byEmployee.get(r.employeeId) ?? []), r]);
  return byEmployee;
}

async function scoresFor(ctx: Context, subjects: repo.AllowanceSubject[]) {
  const rated = subjects.filter((s) => s.evaluationId != null);
  const rows = await evRepo.scoringIndicatorsByKeys(ctx.em, rated.map((s) => s.planId!), rated.map((s) => s.evaluationPeriodId!));
  const byKey = new Map<string, evRepo.ScoringIndicatorRow[]>();
  for (const r of rows) byKey.set(`${r.planId}|${r.evaluationPeriodId}`, [...(byKey.get(`${r.planId}|${r.evaluationPeriodId}`) ?? []), r]);
  return byKey;
}

export async function allowanceTotals(ctx: Context, report: MonitoringReportRow, month: string, at: string): Promise<AllowanceTotals> {
  const { unit } = report;
  const { first, last } = monthRange(month);
  const [[stored], strategy, subjects] = await Promise.all([
    evL.ruleTableOf(ctx).load(evL.pair(unit.agencyId, Number(month.slice(0, 4)))),
    evL.scoringStrategyOf(ctx).load(unit.agencyId),
    repo.allowanceSubjects(ctx.em, unit, at, first, last),
  ]);
  if (!stored) return empty(month, null, subjects.length);
  const table = { ...stored, rules: prepareAllowanceRules(stored.rules) }; // validated once for the whole subtree
  const base = new Map(table.baseAmounts.map((b) => [b.level as string, b.amount]));
  const payable = subjects.filter((s) => base.has(s.level));
  const numeric = strategy !== 'PERMENPANRB_6_2022' && (table.rules.scoreBands?.length ?? 0) > 0;
  const [days, scoring] = await Promise.all([
    repo.deductibleAttendance(ctx.em, unit.agencyId, payable.map((s) => s.employeeId), first, last).then(groupDays),
    numeric ? scoresFor(ctx, payable) : Promise.resolve(new Map<string, evRepo.ScoringIndicatorRow[]>()),
  ]);
  const out = empty(month, stored, subjects.length);
  out.withoutBaseAmountCount = subjects.length - payable.length;
  for (const s of payable) {
    const ev = { resultRating: s.resultRating as ExpectationRating | null, behaviorRating: s.behaviorRating as ExpectationRating | null, legacyBehaviorScores: s.legacyBehaviorScores };
    const perf = s.evaluationId == null ? null
      : performanceInput(table, strategy, s.performanceRating as PerformanceRating | null, () => computeScore(strategy, ev, scoring.get(`${s.planId}|${s.evaluationPeriodId}`) ?? []).score);
    const { result, pending } = computeFor(table, base.get(s.level)!, perf, attendanceDays(days.get(s.employeeId) ?? []));
    if (pending) {
      out.pendingCount += 1;
      continue;
    }
    out.computedCount += 1;
    out.baseAmountTotal += result.baseAmount;
    out.performanceAmountTotal += result.performance.amount;
    out.disciplineAmountTotal += result.discipline.amount;
    out.deductionAmountTotal += result.discipline.deductionAmount;
    out.total += result.total;
  }
  return out;
}
