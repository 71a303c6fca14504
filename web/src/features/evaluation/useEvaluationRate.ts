import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EvaluationRateInput } from '../../gql/graphql';
import { forgetDistribution, rememberNewEvaluation } from './cacheUpdates';

export const EvaluationRateDocument = graphql(`
  mutation EvaluationRate($input: EvaluationRateInput!) {
    evaluationRate(input: $input) {
      evaluation {
        id
        ...EvaluationSummary_evaluation
      }
      distributionWarnings {
        code
        ratings
        min
        max
        actualShare
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

/** Gives the two ratings; the predikat follows the matrix. Returns the unit's distribution warnings. */
export function useEvaluationRate(hadEvaluation: boolean) {
  const [mutate, result] = useMutation(EvaluationRateDocument, {
    update: (cache, { data }, { variables }) => {
      const evaluation = data?.evaluationRate.evaluation;
      if (!evaluation) return;
      if (!hadEvaluation && variables) rememberNewEvaluation(cache, String(variables.input.performancePlan), String(variables.input.evaluationPeriod), evaluation.id);
      forgetDistribution(cache);
    },
  });
  const run = async (input: EvaluationRateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.evaluationRate ?? null;
  };
  return [run, result] as const;
}
