import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetApprovalQueue } from './cacheUpdates';
import type { PerformancePlanTransitionInput } from '../../gql/graphql';

export const PerformancePlanApproveDocument = graphql(`
  mutation PerformancePlanApprove($input: PerformancePlanTransitionInput!) {
    performancePlanApprove(input: $input) {
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
 * The appraiser approves the plan or its revision. The payload re-reads the whole plan view; the
 * approval queue changes membership, so it is dropped from the cache and re-read.
 */
export function usePerformancePlanApprove() {
  const [mutate, result] = useMutation(PerformancePlanApproveDocument, { update: forgetApprovalQueue });
  const run = async (input: PerformancePlanTransitionInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanApprove ?? null;
  };
  return [run, result] as const;
}
