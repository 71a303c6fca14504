import type { MutationResolvers } from '../../../graphql/generated/types';
import { inputId, optionalInputId } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import * as plans from '../services/plans';
import * as goals from '../services/goals';
import * as indicators from '../services/indicators';
import { transition } from '../services/transitions';
import type { Transition } from '../workflow';
import { fresh } from './fresh';

const planId = (gid: string) => inputId(gid, 'PerformancePlan', ['input', 'plan']);

const move = (t: Transition): NonNullable<MutationResolvers['performancePlanSubmit']> => (_p, { input }, ctx) =>
  fresh(ctx, async () => ({ performancePlan: await transition(ctx, t, { planId: planId(input.plan), version: input.version, reason: (input as { reason?: string }).reason }) }));

/** An explicit null clears a reference; an omitted field keeps it. */
const maybeId = (gid: string | null | undefined, type: string, field: string) =>
  gid === undefined ? undefined : optionalInputId(gid, type, ['input', field]);

export const planMutations: MutationResolvers = {
  performancePlanCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({
      performancePlan: await plans.createPlan(ctx, {
        ...input, periodId: inputId(input.period, 'Period', ['input', 'period']), employeeId: optionalInputId(input.employee, 'Employee', ['input', 'employee']),
      }),
    })),
  performancePlanUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ performancePlan: await plans.updatePlan(ctx, { ...input, planId: planId(input.plan) }) })),
  performancePlanSubmit: move('SUBMIT'),
  performancePlanApprove: move('APPROVE') as any,
  performancePlanReturn: move('RETURN') as any,
  performancePlanRevisionSubmit: move('REVISION_SUBMIT') as any,
  performancePlanRevisionReject: move('REVISION_REJECT') as any,
  behaviorExpectationSet: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ performancePlan: await plans.setBehaviorExpectation(ctx, planId(input.plan), input.coreValue, input.specificExpectation) })),
  goalCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({
      goal: await goals.createGoal(ctx, {
        ...input, planId: planId(input.plan), parentGoalId: optionalInputId(input.parentGoal, 'Goal', ['input', 'parentGoal']),
        objectiveId: optionalInputId(input.strategicObjective, 'StrategicObjective', ['input', 'strategicObjective']),
        keyIndicatorId: optionalInputId(input.keyIndicator, 'KeyIndicator', ['input', 'keyIndicator']),
        indicators: input.indicators as any,
      }),
    })),
  goalUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({
      goal: await goals.updateGoal(ctx, { ...input, goalId: inputId(input.goal, 'Goal', ['input', 'goal']), parentGoalId: maybeId(input.parentGoal, 'Goal', 'parentGoal') }),
    })),
  goalDelete: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ deletedId: toGlobalId('Goal', await goals.deleteGoal(ctx, inputId(input.goal, 'Goal', ['input', 'goal']))) })),
  indicatorCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ indicator: await indicators.createIndicator(ctx, inputId(input.goal, 'Goal', ['input', 'goal']), input.indicator as any) })),
  indicatorUpdate: (_p, { input }, ctx) => {
    const { indicator, ...patch } = input;
    return fresh(ctx, async () => ({ indicator: await indicators.updateIndicator(ctx, inputId(indicator, 'Indicator', ['input', 'indicator']), patch as any) }));
  },
  indicatorDelete: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ deletedId: toGlobalId('Indicator', await indicators.deleteIndicator(ctx, inputId(input.indicator, 'Indicator', ['input', 'indicator']))) })),
};
