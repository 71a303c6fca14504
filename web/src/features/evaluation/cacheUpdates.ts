import type { ApolloCache } from '@apollo/client';

/**
 * The first write of a period (feedback, self-assessment or rating) creates its
 * evaluation. The plan's cached `evaluation(evaluationPeriod: …)` was null: point it (and
 * the plan's `evaluations` list) at the new evaluation in place, rather than evicting,
 * so the screen keeps what the user is typing while nothing is refetched.
 */
export function rememberNewEvaluation(cache: ApolloCache, planId: string, evaluationPeriodId: string, evaluationId: string): void {
  const plan = cache.identify({ __typename: 'PerformancePlan', id: planId });
  if (!plan) return;
  cache.modify({
    id: plan,
    fields: {
      evaluation: (existing, { storeFieldName, toReference }) =>
        storeFieldName.includes(JSON.stringify(evaluationPeriodId)) ? (toReference({ __typename: 'Evaluation', id: evaluationId }) ?? existing) : existing,
      evaluations: (existing, { readField, toReference }) => {
        const list = (existing ?? []) as readonly unknown[];
        if (list.some((ref) => readField('id', ref as never) === evaluationId)) return existing;
        const ref = toReference({ __typename: 'Evaluation', id: evaluationId });
        return ref ? [...list, ref] : existing;
      },
    },
  });
}

/** Ratings change the unit's distribution and the monitoring figures: read them again. */
export function forgetDistribution(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'distributionCheck' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'unitMonitoring' });
  cache.gc();
}
