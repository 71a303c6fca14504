import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetApprovalQueue } from './cacheUpdates';
import type { PerformancePlanTransitionInput } from '../../gql/graphql';

export const PerformancePlanSubmitDocument = graphql(`
  mutation PerformancePlanSubmit($input: PerformancePlanTransitionInput!) {
    performancePlanSubmit(input: $input) {
      performancePlan {
        id
        ...PlanView_plan
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Owner sends the plan to the appraiser. The payload re-reads the whole plan view; the
 * approval queue changes membership, so it is dropped from the cache and re-read.
 */
export function usePerformancePlanSubmit() {
  const [mutate, result] = useMutation(PerformancePlanSubmitDocument, { update: forgetApprovalQueue });
  const run = async (input: PerformancePlanTransitionInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanSubmit ?? null;
  };
  return [run, result] as const;
}
