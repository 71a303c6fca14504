import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { FeedbackSetInput } from '../../gql/graphql';
import { rememberNewEvaluation } from './cacheUpdates';

export const FeedbackSetDocument = graphql(`
  mutation FeedbackSet($input: FeedbackSetInput!) {
    feedbackSet(input: $input) {
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

/** Umpan balik on one goal or core value; the payload re-reads the evaluation. */
export function useFeedbackSet(hadEvaluation: boolean) {
  const [mutate, result] = useMutation(FeedbackSetDocument, {
    update: (cache, { data }, { variables }) => {
      const evaluation = data?.feedbackSet.evaluation;
      if (!hadEvaluation && evaluation && variables) {
        rememberNewEvaluation(cache, String(variables.input.performancePlan), String(variables.input.evaluationPeriod), evaluation.id);
      }
    },
  });
  const run = async (input: FeedbackSetInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.feedbackSet ?? null;
  };
  return [run, result] as const;
}
