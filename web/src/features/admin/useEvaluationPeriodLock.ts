import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationPeriodLockInput } from '../../gql/graphql';

export const EvaluationPeriodLockDocument = graphql(`
  mutation EvaluationPeriodLock($input: EvaluationPeriodLockInput!) {
    evaluationPeriodLock(input: $input) {
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

/** Ends an admin unlock early. */
export function useEvaluationPeriodLock() {
  const [mutate, result] = useMutation(EvaluationPeriodLockDocument);
  const run = async (input: EvaluationPeriodLockInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.evaluationPeriodLock ?? null;
  };
  return [run, result] as const;
}
