import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PerformancePlanUpdateInput } from '../../gql/graphql';

const PerformancePlanUpdateDocument = graphql(`
  mutation PerformancePlanUpdate($input: PerformancePlanUpdateInput!) {
    performancePlanUpdate(input: $input) {
      performancePlan {
        id
        ...PlanAnnexes_plan
        ...PlanWorkflow_plan
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Changes the approach or the annexes (lampiran); the payload re-reads them and the workflow state. */
export function usePerformancePlanUpdate() {
  const [mutate, result] = useMutation(PerformancePlanUpdateDocument);
  const update = async (input: PerformancePlanUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanUpdate ?? null;
  };
  return [update, result] as const;
}
