import type { Resolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { toGlobalId, decodeId } from '../../../lib/ids';
import * as planL from '../../planning/loaders';
import { canReadGoal, canReadPlan } from '../../planning/scope';
import * as L from '../loaders';
import { canReadResultsOfEmployee, canReadResultsOfPlan } from '../scope';
import type { EvaluationRow, FeedbackOptionRow } from '../types';
import { scoreOf } from '../services/scoring';
import { creditLineOf, creditSummary } from '../services/credit-points';
import { relationTo } from '../services/target';
import { employeeRef, filterVisibleEvaluations, toGqlMatrix, visibleEvaluation } from './convert';

const gid = (type: string) => (row: { id: number }) => toGlobalId(type, row.id);

async function goalRef(ctx: Context, id: number | null) {
  if (id == null) return null;
  const goal = await planL.goalById(ctx).load(id);
  return goal && (await canReadGoal(ctx, goal)) ? goal : null;
}

async function isUnitHead(ctx: Context, ev: EvaluationRow): Promise<boolean> {
  const plan = await planL.planById(ctx).load(ev.planId);
  if (!plan?.unitId || !plan.positionId) return false;
  return (await L.headPositionOfUnit(ctx).load(plan.unitId)) === plan.positionId;
}

async function viewerRelation(ctx: Context, ev: EvaluationRow) {
  const plan = await planL.planById(ctx).load(ev.planId);
  return plan ? relationTo(ctx, plan) : { isAdmin: false, isAppraiser: false, isOwner: false };
}

export const evaluationTypes: Resolvers = {
  Evaluation: {
    id: gid('Evaluation'),
    performancePlan: async (ev, _a, ctx) => {
      const plan = await planL.planById(ctx).load(ev.planId);
      return plan && (await canReadPlan(ctx, plan)) ? plan : null;
    },
    period: async (ev, _a, ctx) => (await planL.evaluationPeriodById(ctx).load(ev.evaluationPeriodId))!,
    isAnnual: async (ev, _a, ctx) => (await planL.evaluationPeriodById(ctx).load(ev.evaluationPeriodId))?.kind === 'FINAL',
    employee: (ev, _a, ctx) => employeeRef(ctx, ev.employeeId),
    appraiser: (ev, _a, ctx) => employeeRef(ctx, ev.appraiserId),
    ratedBy: (ev, _a, ctx) => employeeRef(ctx, ev.ratedById),
    confirmedBy: (ev, _a, ctx) => employeeRef(ctx, ev.confirmedById),
    isUnitHead: (ev, _a, ctx) => isUnitHead(ctx, ev),
    ratingMatrix: (ev) => toGqlMatrix(ev),
    feedback: (ev, _a, ctx) => L.feedbackOfEvaluation(ctx).load(ev.id),
    selfAssessments: (ev, _a, ctx) => L.selfAssessmentsOfEvaluation(ctx).load(ev.id),
    score: (ev, _a, ctx) => scoreOf(ctx, ev),
    creditPoints: (ev, _a, ctx) => creditLineOf(ctx, ev),
    viewerCanRate: async (ev, _a, ctx) => {
      const r = await viewerRelation(ctx, ev);
      return ev.status === 'DRAFT' && r.isAppraiser;
    },
    viewerCanReopen: async (ev, _a, ctx) => ev.status === 'CONFIRMED' && (await viewerRelation(ctx, ev)).isAdmin,
  },
  Feedback: {
    id: gid('Feedback'),
    goal: (f, _a, ctx) => goalRef(ctx, f.goalId),
    options: async (f, _a, ctx) => (await L.feedbackOptionById(ctx).loadMany(f.optionIds)).filter((o): o is FeedbackOptionRow => o != null && !(o instanceof Error)),
    author: (f, _a, ctx) => employeeRef(ctx, f.authorId),
  },
  SelfAssessment: {
    id: gid('SelfAssessment'),
    goal: (s, _a, ctx) => goalRef(ctx, s.goalId),
  },
  FeedbackOption: { id: gid('FeedbackOption') },
  CreditPointsLine: {
    evaluation: (c, _a, ctx) => visibleEvaluation(ctx, c.evaluationId),
    evaluationPeriod: async (c, _a, ctx) => (await planL.evaluationPeriodById(ctx).load(c.evaluationPeriodId))!,
  },
  IndicatorScoreLine: {
    indicator: (l, _a, ctx) => planL.indicatorById(ctx).load(l.indicatorId),
  },
  PerformancePlan: {
    evaluations: async (plan, _a, ctx) => ((await canReadResultsOfPlan(ctx, plan.id)) ? L.evaluationsOfPlan(ctx).load(plan.id) : []),
    evaluation: async (plan, { evaluationPeriod }, ctx) => {
      const periodId = decodeId(evaluationPeriod, 'EvaluationPeriod');
      if (!(await canReadResultsOfPlan(ctx, plan.id))) return null;
      return (await L.evaluationsOfPlan(ctx).load(plan.id)).find((e) => e.evaluationPeriodId === periodId) ?? null;
    },
  },
  Employee: {
    evaluations: async (e, { year }, ctx) => filterVisibleEvaluations(ctx, await L.evaluationsOfEmployeeYear(ctx).load(L.pair(e.id, year))),
    creditPoints: async (e, { year }, ctx) => ((await canReadResultsOfEmployee(ctx, e.id)) ? creditSummary(ctx, e.id, year) : null),
  },
  Agency: {
    scoringStrategy: (a, _a, ctx) => L.scoringStrategyOf(ctx).load(a.id),
  },
};
