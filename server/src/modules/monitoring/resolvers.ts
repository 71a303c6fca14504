import type { Resolvers } from '../../graphql/generated/types';
import type { Context } from '../../graphql/context';
import * as planL from '../planning/loaders';
import * as orgL from '../org/loaders';
import type { OrgUnitRow } from '../org/types';
import { monthRange } from '../evaluation/loaders';
import { unitAndPeriod } from '../evaluation/resolvers/queries';
import { canMonitorUnit } from '../evaluation/scope';
import { checkMonth } from '../evaluation/services/allowance';
import { cachedSubtreeChecks } from '../evaluation/services/distribution';
import { decodeCursor, pageSize, toConnection } from '../../lib/connections';
import { allowanceTotals } from './allowance-totals';
import * as repo from './repo';

const min = (a: string, b: string) => (a < b ? a : b);

/** The month asked for (the current one by default) and the date assignments are read at (the monitoring export reads the same). */
export function monthOf(ctx: Context, month: string | null | undefined): { month: string; first: string; last: string; at: string } {
  const m = checkMonth(month ?? ctx.today.slice(0, 7));
  const { first, last } = monthRange(m);
  return { month: m, first, last, at: min(last, ctx.today) };
}

/** Monitoring of a unit subtree in an evaluation period; each widget resolves on demand. */
export const monitoringResolvers: Resolvers = {
  Query: {
    unitMonitoring: async (_p, { unit, evaluationPeriod }, ctx) => {
      const found = await unitAndPeriod(ctx, unit, evaluationPeriod);
      if (!found || !(await canMonitorUnit(ctx, found.unit))) return null;
      const period = await planL.periodById(ctx).load(found.period.periodId);
      return period ? { unit: found.unit, evaluationPeriod: found.period, period } : null;
    },
  },
  UnitMonitoringReport: {
    unit: (r) => r.unit,
    evaluationPeriod: (r) => r.evaluationPeriod,
    planStatusCounts: (r, _a, ctx) => repo.planStatusCounts(ctx.em, r.unit, r.period.id),
    employeesWithoutPlan: (r, _a, ctx) => repo.employeesWithoutPlan(ctx.em, r.unit, min(ctx.today, r.period.endDate), r.period.id),
    logbookActivity: async (r, { month }, ctx) => {
      const m = monthOf(ctx, month);
      const { total, active } = await repo.logbookActivity(ctx.em, r.unit, m.at, m.first, m.last);
      return { month: m.month, employeeCount: total, activeCount: active, share: total === 0 ? 0 : active / total };
    },
    evaluationProgress: async (r, _a, ctx) => {
      const p = await repo.evaluationProgress(ctx.em, r.unit, r.period.id, r.evaluationPeriod);
      return { approvedPlans: p.approved, selfAssessed: p.selfAssessed, rated: p.rated, confirmed: p.confirmed, confirmedShare: p.approved === 0 ? 0 : p.confirmed / p.approved };
    },
    ratingDistribution: async (r, _a, ctx) => (await cachedSubtreeChecks(ctx, r.unit, r.evaluationPeriod.id)).root,
    unitDistributions: async (r, args, ctx) => {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, 1) as [string] | null;
      const rated = (await cachedSubtreeChecks(ctx, r.unit, r.evaluationPeriod.id)).rated;
      const page = (after ? rated.filter((c) => c.unitPath > after[0]) : rated).slice(0, limit + 1);
      const units = await orgL.unitById(ctx).loadMany(page.map((c) => c.unitId));
      const nodes = page.map((check, i) => ({ unit: units[i] as OrgUnitRow, check, path: check.unitPath }));
      // totalCount is lazy (a function), as for every connection of the API.
      return toConnection(nodes, limit, (n) => [n.path], () => rated.length, args.after) as any;
    },
    allowanceTotals: (r, { month }, ctx) => {
      const m = monthOf(ctx, month);
      return allowanceTotals(ctx, r, m.month, m.at);
    },
  },
};
