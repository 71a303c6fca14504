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

export async function allowanceTotals(ctx: Context, report: MonitoringReportRow, month: string, at: string): Promise<AllowanceTotals> {
  const { unit } = report;
  const [[table]] = await Promise.all([
    evL.ruleTableOf(ctx).load(evL.pair(unit.agencyId, Number(month.slice(0, 4)))),
    ensureRollup(ctx, unit.agencyId, month, at),
  ]);
  const rows = await repo.rollupTotals(ctx.em, unit, monthRange(month).first);
  const of = (status: string) => rows.find((r) => r.status === status);
  const computed = of('COMPUTED');
  const count = (status: string) => of(status)?.n ?? 0;
  return {
    month,
    ruleTable: table ?? null,
    employeeCount: rows.reduce((s, r) => s + r.n, 0),
    computedCount: count('COMPUTED'),
    pendingCount: count('PENDING_EVALUATION'),
    withoutBaseAmountCount: count('NO_BASE_AMOUNT'),
    baseAmountTotal: computed?.base ?? 0,
    performanceAmountTotal: computed?.performance ?? 0,
    disciplineAmountTotal: computed?.discipline ?? 0,
    deductionAmountTotal: computed?.deduction ?? 0,
    total: computed?.total ?? 0,
  };
}
