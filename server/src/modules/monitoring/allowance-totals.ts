import type { Context } from '../../graphql/context';
import * as evL from '../evaluation/loaders';
import { monthRange } from '../evaluation/loaders';
import type { AllowanceRuleTableRow } from '../evaluation/types';
import { ensureRollup } from './allowance-rollup';
import * as repo from './repo';
import type { MonitoringReportRow } from './types';

/**
 * Allowance totals of a subtree for a month, read from the maintained rollup (one range scan
 * on the unit path, GROUP BY status) after bringing it up to date (allowance-rollup.ts).
 * Each employee's figures are those of their own breakdown (`Employee.allowance`).
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

export type AllowanceSums = Omit<AllowanceTotals, 'month' | 'ruleTable'>;

/** Counts per status and the amounts of the computed employees, from rollup sums per status. */
export function summarizeRollup(rows: repo.RollupSums[]): AllowanceSums {
  const of = (status: string) => rows.filter((r) => r.status === status);
  const sum = (status: string, k: 'n' | 'base' | 'performance' | 'discipline' | 'deduction' | 'total') => of(status).reduce((s, r) => s + r[k], 0);
  return {
    employeeCount: rows.reduce((s, r) => s + r.n, 0),
    computedCount: sum('COMPUTED', 'n'),
    pendingCount: sum('PENDING_EVALUATION', 'n'),
    withoutBaseAmountCount: sum('NO_BASE_AMOUNT', 'n'),
    baseAmountTotal: sum('COMPUTED', 'base'),
    performanceAmountTotal: sum('COMPUTED', 'performance'),
    disciplineAmountTotal: sum('COMPUTED', 'discipline'),
    deductionAmountTotal: sum('COMPUTED', 'deduction'),
    total: sum('COMPUTED', 'total'),
  };
}

export async function allowanceTotals(ctx: Context, report: MonitoringReportRow, month: string, at: string): Promise<AllowanceTotals> {
  const { unit } = report;
  const [[table]] = await Promise.all([
    evL.ruleTableOf(ctx).load(evL.pair(unit.agencyId, Number(month.slice(0, 4)))),
    ensureRollup(ctx, unit.agencyId, month, at),
  ]);
  const rows = await repo.rollupTotals(ctx.em, unit, monthRange(month).first);
  return { month, ruleTable: table ?? null, ...summarizeRollup(rows) };
}
