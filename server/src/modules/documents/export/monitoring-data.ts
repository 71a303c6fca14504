import type { Context } from '../../../graphql/context';
import type { PlanStatus } from '../../../graphql/generated/types';
import { monthRange } from '../../evaluation/loaders';
import { cachedSubtreeChecks } from '../../evaluation/services/distribution';
import type { DistributionCheckRow } from '../../evaluation/types';
import * as OrgL from '../../org/loaders';
import { allowanceTotals, summarizeRollup, type AllowanceSums, type AllowanceTotals } from '../../monitoring/allowance-totals';
import * as repo from '../../monitoring/repo';
import type { MonitoringReportRow } from '../../monitoring/types';
import { exportUnits, type ExportUnit } from './org-data';

/**
 * The data of a unit's monitoring export: the figures of `unitMonitoring` for the subtree
 * (the totals rows, read with the very repo functions the GraphQL widgets use) and the
 * same figures per unit of the subtree (each unit's own employees and plans, so the rows
 * add up to the totals). A fixed number of set-based statements whatever the subtree's
 * size: never one per unit.
 */
export interface MonitoringMonth {
  month: string;
  first: string;
  last: string;
  /** Date at which assignments are read for the month (its last day, or today). */
  at: string;
}

export interface Completion { employees: number; withoutPlan: number; byStatus: Partial<Record<PlanStatus, number>> }
export interface Activity { total: number; active: number }
export interface Progress { approved: number; selfAssessed: number; rated: number; confirmed: number }
export interface DistributionLine { unit: ExportUnit; check: DistributionCheckRow }

export interface MonitoringExport {
  agencyName: string;
  /** Date at which the completion table reads assignments (today, or the end of the annual period). */
  employeesAt: string;
  units: ExportUnit[];
  completion: { byUnit: Map<number, Completion>; total: Completion };
  activity: { byUnit: Map<number, Activity>; total: Activity };
  progress: { byUnit: Map<number, Progress>; total: Progress };
  /** The root's population first (when the root has no organisational performance), then every rated unit in tree order. */
  distribution: DistributionLine[];
  allowance: { byUnit: Map<number, AllowanceSums>; total: AllowanceTotals };
}

const byUnit = <T extends { unitId: number }>(rows: T[]) => new Map(rows.map((r) => [r.unitId, r]));

async function completionOf(ctx: Context, r: MonitoringReportRow, at: string): Promise<MonitoringExport['completion']> {
  const [perUnitPlans, perUnitEmployees, plans, withoutPlan] = [
    await repo.planStatusCountsByUnit(ctx.em, r.unit, r.period.id),
    await repo.employeesByUnit(ctx.em, r.unit, at, r.period.id),
    await repo.planStatusCounts(ctx.em, r.unit, r.period.id),
    await repo.employeesWithoutPlan(ctx.em, r.unit, at, r.period.id),
  ];
  const map = new Map<number, Completion>();
  const line = (id: number) => map.get(id) ?? map.set(id, { employees: 0, withoutPlan: 0, byStatus: {} }).get(id)!;
  for (const e of perUnitEmployees) Object.assign(line(e.unitId), { employees: e.employees, withoutPlan: e.withoutPlan });
  for (const p of perUnitPlans) line(p.unitId).byStatus[p.status] = p.count;
  return {
    byUnit: map,
    total: { employees: perUnitEmployees.reduce((s, e) => s + e.employees, 0), withoutPlan, byStatus: Object.fromEntries(plans.map((p) => [p.status, p.count])) },
  };
}

/** Rollup sums per unit: each path belongs to its deepest unit of the subtree (the employee's own unit). */
async function allowanceOf(ctx: Context, r: MonitoringReportRow, m: MonitoringMonth, units: ExportUnit[]): Promise<MonitoringExport['allowance']> {
  const total = await allowanceTotals(ctx, r, m.month, m.at);
  const rows = await repo.rollupTotalsByPath(ctx.em, r.unit, monthRange(m.month).first);
  const known = new Set(units.map((u) => u.id));
  const grouped = new Map<number, repo.RollupSums[]>();
  for (const row of rows) {
    const ids = row.unitPath.split('.').filter(Boolean).map(Number);
    const owner = ids.reverse().find((id) => known.has(id)) ?? r.unit.id;
    grouped.set(owner, [...(grouped.get(owner) ?? []), row]);
  }
  return { byUnit: new Map([...grouped].map(([id, sums]) => [id, summarizeRollup(sums)])), total };
}

async function distributionOf(ctx: Context, r: MonitoringReportRow, units: ExportUnit[]): Promise<DistributionLine[]> {
  const checks = await cachedSubtreeChecks(ctx, r.unit, r.evaluationPeriod.id);
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const rated = checks.rated.filter((c) => unitOf.has(c.unitId)).map((check) => ({ unit: unitOf.get(check.unitId)!, check }));
  const rootRated = rated.some((l) => l.unit.id === r.unit.id);
  return rootRated || !unitOf.has(r.unit.id) ? rated : [{ unit: unitOf.get(r.unit.id)!, check: checks.root }, ...rated];
}

export async function loadMonitoringExport(ctx: Context, r: MonitoringReportRow, m: MonitoringMonth): Promise<MonitoringExport> {
  const at = ctx.today < r.period.endDate ? ctx.today : r.period.endDate;
  const [agency, units] = [await OrgL.agencyById(ctx).load(r.unit.agencyId), await exportUnits(ctx.em, r.unit)];
  const completion = await completionOf(ctx, r, at);
  const [activityRows, activity] = [await repo.logbookActivityByUnit(ctx.em, r.unit, m.at, m.first, m.last), await repo.logbookActivity(ctx.em, r.unit, m.at, m.first, m.last)];
  const [progressRows, progress] = [
    await repo.evaluationProgressByUnit(ctx.em, r.unit, r.period.id, r.evaluationPeriod),
    await repo.evaluationProgress(ctx.em, r.unit, r.period.id, r.evaluationPeriod),
  ];
  return {
    agencyName: agency?.name ?? '',
    employeesAt: at,
    units,
    completion,
    activity: { byUnit: byUnit(activityRows), total: activity },
    progress: { byUnit: byUnit(progressRows), total: progress },
    distribution: await distributionOf(ctx, r, units),
    allowance: await allowanceOf(ctx, r, m, units),
  };
}
