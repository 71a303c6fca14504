import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import * as repo from './repo';
import type {
  AgreementRow, CoreValueGuideRow, EvaluationPeriodRow, GoalRow, IndicatorRow, KeyIndicatorRow, ObjectiveRow, PeriodRow, PlanRow,
} from './types';

/**
 * Per-request loaders of the planning module: one SQL statement per batch. They are
 * unfiltered: callers check visibility (scope.ts) before returning a row.
 */
function byId<T extends { id: number }>(ctx: Context, name: string, fetch: (em: Em, ids: readonly number[]) => Promise<T[]>) {
  return ctx.loaders.get(name, () => new DataLoader<number, T | null>(async (ids) => {
    const map = new Map((await fetch(ctx.em, ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
}

function groupBy<T>(ctx: Context, name: string, fetch: (em: Em, keys: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return ctx.loaders.get(name, () => new DataLoader<number, T[]>(async (keys) => {
    const map = new Map<number, T[]>();
    for (const r of await fetch(ctx.em, keys)) {
      const k = keyOf(r);
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(r);
    }
    return keys.map((k) => map.get(k) ?? []);
  }));
}

export const periodById = (ctx: Context) => byId<PeriodRow>(ctx, 'planning.periodById', repo.periodsByIds);
export const evaluationPeriodById = (ctx: Context) => byId<EvaluationPeriodRow>(ctx, 'planning.evaluationPeriodById', repo.evaluationPeriodsByIds);
export const evaluationPeriodsOfPeriod = (ctx: Context) =>
  groupBy<EvaluationPeriodRow>(ctx, 'planning.evaluationPeriodsOfPeriod', repo.evaluationPeriodsByPeriodIds, (r) => r.periodId);
export const agreementById = (ctx: Context) => byId<AgreementRow>(ctx, 'planning.agreementById', repo.agreementsByIds);
export const objectiveById = (ctx: Context) => byId<ObjectiveRow>(ctx, 'planning.objectiveById', repo.objectivesByIds);
export const objectivesOfAgreement = (ctx: Context) =>
  groupBy<ObjectiveRow>(ctx, 'planning.objectivesOfAgreement', repo.objectivesByAgreementIds, (r) => r.agreementId);
export const keyIndicatorById = (ctx: Context) => byId<KeyIndicatorRow>(ctx, 'planning.keyIndicatorById', repo.keyIndicatorsByIds);
export const keyIndicatorsOfObjective = (ctx: Context) =>
  groupBy<KeyIndicatorRow>(ctx, 'planning.keyIndicatorsOfObjective', repo.keyIndicatorsByObjectiveIds, (r) => r.objectiveId);
export const planById = (ctx: Context) => byId<PlanRow>(ctx, 'planning.planById', repo.plansByIds);
export const goalById = (ctx: Context) => byId<GoalRow>(ctx, 'planning.goalById', repo.goalsByIds);
export const goalsOfPlan = (ctx: Context) => groupBy<GoalRow>(ctx, 'planning.goalsOfPlan', repo.goalsByPlanIds, (g) => g.planId);
export const indicatorById = (ctx: Context) => byId<IndicatorRow>(ctx, 'planning.indicatorById', repo.indicatorsByIds);
export const indicatorsOfGoal = (ctx: Context) => groupBy<IndicatorRow>(ctx, 'planning.indicatorsOfGoal', repo.indicatorsByGoalIds, (i) => i.goalId);
export const behaviorExpectationsOfPlan = (ctx: Context) =>
  groupBy(ctx, 'planning.behaviorExpectationsOfPlan', repo.behaviorExpectationsByPlanIds, (b) => b.planId);
export const planPositionType = (ctx: Context) =>
  ctx.loaders.get('planning.planPositionType', () => new DataLoader<number, string | null>(async (ids) => {
    const map = new Map((await repo.planPositionTypes(ctx.em, ids)).map((r) => [r.id, r.type]));
    return ids.map((id) => map.get(id) ?? null);
  }));

/** Reference data, read once per request. */
export function coreValueGuides(ctx: Context): Promise<CoreValueGuideRow[]> {
  return ctx.loaders.get('planning.coreValueGuides', () => new DataLoader<number, CoreValueGuideRow[]>(async (keys) => {
    const rows = await repo.coreValueGuides(ctx.em);
    return keys.map(() => rows);
  })).load(0);
}
