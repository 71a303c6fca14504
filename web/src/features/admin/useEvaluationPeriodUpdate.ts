import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationPeriodUpdateInput } from '../../gql/graphql';

export const EvaluationPeriodUpdateDocument = graphql(`
  mutation EvaluationPeriodUpdate($input: EvaluationPeriodUpdateInput!) {
    evaluationPeriodUpdate(input: $input) {
      evaluationPeriod {
        id
        ...EvaluationPeriodRow_evaluationPeriod
        period {
          id
          isLocked
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function useEvaluationPeriodUpdate() {
  const [mutate, result] = useMutation(EvaluationPeriodUpdateDocument);
  const run = async (input: EvaluationPeriodUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.evaluationPeriodUpdate ?? null;
  };
  return [run, result] as const;
}
