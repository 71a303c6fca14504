import type { Context } from '../../graphql/context';
import { canReadAgency } from '../org/scope';
import * as L from './loaders';
import { canReadGoal } from './scope';
import { visiblePlan } from './resolvers/queries';

/** `node(id:)` fetchers: the row when the viewer may read it, null otherwise. */
const inAgency = <T extends { agencyId: number }>(load: (ctx: Context) => { load(id: number): Promise<T | null> }) =>
  async (ctx: Context, id: number) => {
    const row = await load(ctx).load(id);
    return row && canReadAgency(ctx, row.agencyId) ? row : null;
  };

export async function visibleGoal(ctx: Context, id: number) {
  const g = await L.goalById(ctx).load(id);
  return g && (await canReadGoal(ctx, g)) ? g : null;
}

export async function visibleIndicator(ctx: Context, id: number) {
  const i = await L.indicatorById(ctx).load(id);
  return i && (await visibleGoal(ctx, i.goalId)) ? i : null;
}

export const planningNodes = {
  Period: inAgency(L.periodById),
  EvaluationPeriod: inAgency(L.evaluationPeriodById),
  PerformanceAgreement: inAgency(L.agreementById),
  StrategicObjective: inAgency(L.objectiveById),
  KeyIndicator: inAgency(L.keyIndicatorById),
  PerformancePlan: visiblePlan,
  Goal: visibleGoal,
  Indicator: visibleIndicator,
};
