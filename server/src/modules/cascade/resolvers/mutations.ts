import type { MutationResolvers } from '../../../graphql/generated/types';
import { inputId, payload } from '../../../lib/errors';
import { cascadeGoal } from '../services/goal-cascade';

export const cascadeMutations: MutationResolvers = {
  goalCascade: (_p, { input }, ctx) =>
    payload(async () => {
      const goalId = inputId(input.goal, 'Goal', ['input', 'goal']);
      const targets = input.targets.map((t, i) => ({
        employeeId: inputId(t.employee, 'Employee', ['input', 'targets', String(i), 'employee']),
        cascadeType: t.cascadeType,
        description: t.description ?? null,
        shares: t.targetShares?.map((s, k) => ({
          indicatorId: inputId(s.indicator, 'Indicator', ['input', 'targets', String(i), 'targetShares', String(k), 'indicator']),
          targetValue: s.targetValue,
        })) ?? null,
      }));
      return { goals: await cascadeGoal(ctx, goalId, targets) };
    }) as any,
};
