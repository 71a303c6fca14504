import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationPeriodCreateInput } from '../../gql/graphql';

export const EvaluationPeriodCreateDocument = graphql(`
  mutation EvaluationPeriodCreate($input: EvaluationPeriodCreateInput!) {
    evaluationPeriodCreate(input: $input) {
      evaluationPeriod {
        id
        period {
          id
          ...PeriodCard_period
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

/** Adds an evaluation period; the payload re-reads the whole annual period (its list of evaluation periods). */
export function useEvaluationPeriodCreate() {
  const [mutate, result] = useMutation(EvaluationPeriodCreateDocument);
  const run = async (input: EvaluationPeriodCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.evaluationPeriodCreate ?? null;
  };
  return [run, result] as const;
}
