import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PerformancePlanCreateInput } from '../../gql/graphql';

const PerformancePlanCreateDocument = graphql(`
  mutation PerformancePlanCreate($input: PerformancePlanCreateInput!) {
    performancePlanCreate(input: $input) {
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

/** Creates the viewer's plan; the SKP page then re-reads the current plan (membership change). */
export function usePerformancePlanCreate() {
  const [mutate, result] = useMutation(PerformancePlanCreateDocument, { refetchQueries: ['MySkp'] });
  const create = async (input: PerformancePlanCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.performancePlanCreate ?? null;
  };
  return [create, result] as const;
}
