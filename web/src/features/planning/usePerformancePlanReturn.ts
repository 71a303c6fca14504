import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetApprovalQueue } from './cacheUpdates';
import type { PerformancePlanReasonInput } from '../../gql/graphql';

export const PerformancePlanReturnDocument = graphql(`
  mutation PerformancePlanReturn($input: PerformancePlanReasonInput!) {
    performancePlanReturn(input: $input) {
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
 * The appraiser sends the plan back with a reason. The payload re-reads the whole plan view; the
 * approval queue changes membership, so it is dropped from the cache and re-read.
 */
export function usePerformancePlanReturn() {
  const [mutate, result] = useMutation(PerformancePlanReturnDocument, { update: forgetApprovalQueue });
  const run = async (input: PerformancePlanReasonInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanReturn ?? null;
  };
  return [run, result] as const;
}
