import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetApprovalQueue } from './cacheUpdates';
import type { PerformancePlanReasonInput } from '../../gql/graphql';

const PerformancePlanRevisionRejectDocument = graphql(`
  mutation PerformancePlanRevisionReject($input: PerformancePlanReasonInput!) {
    performancePlanRevisionReject(input: $input) {
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
 * The appraiser rejects the submitted revision, with a reason. The payload re-reads the whole plan view; the
 * approval queue changes membership, so it is dropped from the cache and re-read.
 */
export function usePerformancePlanRevisionReject() {
  const [mutate, result] = useMutation(PerformancePlanRevisionRejectDocument, { update: forgetApprovalQueue });
  const run = async (input: PerformancePlanReasonInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanRevisionReject ?? null;
  };
  return [run, result] as const;
}
