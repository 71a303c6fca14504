import type { Resolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { toGlobalId, decodeId } from '../../../lib/ids';
import { isLocked } from '../../../lib/period-locks';
import { emptyConnection } from '../../../lib/connections';
import { visibleEmployee } from '../../org/resolvers/queries';
import * as P from '../../planning/loaders';
import { canReadGoal, canReadPlan } from '../../planning/scope';
import { minutesOf } from '../rules/entry-input';
import { isAdditiveUnit } from '../rules/units';
import { achievementPercent } from '../rules/targets';
import * as L from '../loaders';
import { visibleActionPlan } from '../access';
import { entriesOfActionPlan, listActionPlans } from '../services/reads';
import { planProgress } from '../services/progress';

const gid = (type: string) => (row: { id: number }) => toGlobalId(type, row.id);
const employee = (ctx: Context, id: number | null) => (id == null ? null : visibleEmployee(ctx, id));
const bypassesLock = (ctx: Context) => ctx.viewer?.role === 'ADMIN' || ctx.viewer?.role === 'SUPERADMIN';

async function periodOpen(ctx: Context, evaluationPeriodId: number | null): Promise<boolean> {
  if (evaluationPeriodId === null || bypassesLock(ctx)) return true;
  const ep = await P.evaluationPeriodById(ctx).load(evaluationPeriodId);
  return !!ep && !isLocked(ep);
}

const readableIndicator = async (ctx: Context, id: number | null) => {
  if (id === null) return null;
  const i = await P.indicatorById(ctx).load(id);
  return i && (await canReadGoal(ctx, { id: i.goalId })) ? i : null;
};

export const logbookTypes: Resolvers = {
  LogbookEntry: {
    id: gid('LogbookEntry'),
    employee: (e, _a, ctx) => employee(ctx, e.employeeId),
    durationMinutes: (e) => minutesOf(e.endTime) - minutesOf(e.startTime),
    actionPlan: (e, _a, ctx) => (e.actionPlanId === null ? null : visibleActionPlan(ctx, e.actionPlanId)),
    verifiedBy: (e, _a, ctx) => employee(ctx, e.verifiedById),
    viewerCanEdit: async (e, _a, ctx) => e.employeeId === ctx.viewer?.employeeId && e.status !== 'VERIFIED' && periodOpen(ctx, e.evaluationPeriodId),
    evaluationPeriod: (e, _a, ctx) => (e.evaluationPeriodId === null ? null : P.evaluationPeriodById(ctx).load(e.evaluationPeriodId)) as any,
  },
  ActionPlan: {
    id: gid('ActionPlan'),
    targetUnitIsAdditive: (ap) => isAdditiveUnit(ap.targetUnit),
    verifiedOutput: (ap, _a, ctx) => L.verifiedOutput(ctx).load(ap.id),
    logbookEntries: (ap, a, ctx) => entriesOfActionPlan(ctx, ap, a.first, a.after) as any,
    viewerCanEdit: async (ap, _a, ctx) => ap.ownerId === ctx.viewer?.employeeId && periodOpen(ctx, ap.evaluationPeriodId),
    goal: async (ap, _a, ctx) => {
      const g = await P.goalById(ctx).load(ap.goalId);
      return g && (await canReadGoal(ctx, g)) ? g : null;
    },
    indicator: (ap, _a, ctx) => readableIndicator(ctx, ap.indicatorId),
    evaluationPeriod: (ap, _a, ctx) => P.evaluationPeriodById(ctx).load(ap.evaluationPeriodId) as any,
  },
  Realization: {
    id: gid('Realization'),
    recordedBy: (r, _a, ctx) => employee(ctx, r.recordedById),
    indicator: (r, _a, ctx) => P.indicatorById(ctx).load(r.indicatorId) as any,
    evaluationPeriod: (r, _a, ctx) => P.evaluationPeriodById(ctx).load(r.evaluationPeriodId) as any,
  },
  IndicatorProgress: {
    indicator: (p, _a, ctx) => P.indicatorById(ctx).load(p.indicatorId) as any,
    evaluationPeriod: (p, _a, ctx) => P.evaluationPeriodById(ctx).load(p.evaluationPeriodId) as any,
    achievementPercent: async (p, _a, ctx) => achievementPercent(p.value, p.targetValue, (await P.indicatorById(ctx).load(p.indicatorId))?.lowerIsBetter ?? false),
  },
  Goal: {
    actionPlans: async (g, a, ctx) => {
      if (!(await canReadGoal(ctx, g))) return emptyConnection() as any;
      const ep = a.evaluationPeriod != null ? decodeId(a.evaluationPeriod, 'EvaluationPeriod') : null;
      return listActionPlans(ctx, { employeeId: g.ownerId, goalId: g.id, evaluationPeriodId: ep, first: a.first, after: a.after }) as any;
    },
  },
  Indicator: {
    realizations: async (i, _a, ctx) => ((await canReadGoal(ctx, { id: i.goalId })) ? L.realizationsOfIndicator(ctx).load(i.id) : []),
    actionPlans: async (i, _a, ctx) => ((await canReadGoal(ctx, { id: i.goalId })) ? L.actionPlansOfIndicator(ctx).load(i.id) : []),
  },
  PerformancePlan: {
    progress: async (plan, a, ctx) => {
      if (!(await canReadPlan(ctx, plan))) return [];
      return planProgress(ctx, plan, a.evaluationPeriod != null ? decodeId(a.evaluationPeriod, 'EvaluationPeriod') : null);
    },
  },
};
