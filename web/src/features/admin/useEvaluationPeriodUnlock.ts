import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationPeriodUnlockInput } from '../../gql/graphql';

export const EvaluationPeriodUnlockDocument = graphql(`
  mutation EvaluationPeriodUnlock($input: EvaluationPeriodUnlockInput!) {
    evaluationPeriodUnlock(input: $input) {
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

/** Opens an evaluation period after its deadline until an instant, with a reason (audited). */
export function useEvaluationPeriodUnlock() {
  const [mutate, result] = useMutation(EvaluationPeriodUnlockDocument);
  const run = async (input: EvaluationPeriodUnlockInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.evaluationPeriodUnlock ?? null;
  };
  return [run, result] as const;
}
