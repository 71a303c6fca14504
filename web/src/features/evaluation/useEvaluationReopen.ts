import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetDistribution } from './cacheUpdates';

export const EvaluationReopenDocument = graphql(`
  mutation EvaluationReopen($input: EvaluationReopenInput!) {
    evaluationReopen(input: $input) {
      evaluation {
        id
        ...EvaluationSummary_evaluation
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** An admin reopens a confirmed evaluation with a reason (audited). */
export function useEvaluationReopen() {
  const [mutate, result] = useMutation(EvaluationReopenDocument, {
    update: (cache, { data }) => {
      if (data?.evaluationReopen.evaluation) forgetDistribution(cache);
    },
  });
  const run = async (evaluation: string, reason: string) => {
    const { data } = await mutate({ variables: { input: { evaluation, reason } } });
    return data?.evaluationReopen ?? null;
  };
  return [run, result] as const;
}
