import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationConfirmInput } from '../../gql/graphql';
import { forgetDistribution } from './cacheUpdates';

export const EvaluationConfirmDocument = graphql(`
  mutation EvaluationConfirm($input: EvaluationConfirmInput!) {
    evaluationConfirm(input: $input) {
      evaluation {
        id
        ...EvaluationSummary_evaluation
      }
      distributionWarnings {
        code
        message
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Confirms (locks) a rated evaluation; a reason is needed when the unit breaks its distribution pattern. */
export function useEvaluationConfirm() {
  const [mutate, result] = useMutation(EvaluationConfirmDocument, {
    update: (cache, { data }) => {
      if (data?.evaluationConfirm.evaluation) forgetDistribution(cache);
    },
  });
  const run = async (input: EvaluationConfirmInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.evaluationConfirm ?? null;
  };
  return [run, result] as const;
}
