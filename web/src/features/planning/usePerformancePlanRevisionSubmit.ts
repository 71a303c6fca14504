import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetApprovalQueue } from './cacheUpdates';
import type { PerformancePlanReasonInput } from '../../gql/graphql';

const PerformancePlanRevisionSubmitDocument = graphql(`
  mutation PerformancePlanRevisionSubmit($input: PerformancePlanReasonInput!) {
    performancePlanRevisionSubmit(input: $input) {
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
 * The owner asks to revise an approved plan, with a reason. The payload re-reads the whole plan view; the
 * approval queue changes membership, so it is dropped from the cache and re-read.
 */
export function usePerformancePlanRevisionSubmit() {
  const [mutate, result] = useMutation(PerformancePlanRevisionSubmitDocument, { update: forgetApprovalQueue });
  const run = async (input: PerformancePlanReasonInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanRevisionSubmit ?? null;
  };
  return [run, result] as const;
}
