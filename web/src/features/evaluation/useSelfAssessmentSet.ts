import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { SelfAssessmentSetInput } from '../../gql/graphql';
import { rememberNewEvaluation } from './cacheUpdates';

export const SelfAssessmentSetDocument = graphql(`
  mutation SelfAssessmentSet($input: SelfAssessmentSetInput!) {
    selfAssessmentSet(input: $input) {
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

/** Penilaian diri on one goal, before the appraiser rates. */
export function useSelfAssessmentSet(hadEvaluation: boolean) {
  const [mutate, result] = useMutation(SelfAssessmentSetDocument, {
    update: (cache, { data }, { variables }) => {
      const evaluation = data?.selfAssessmentSet.evaluation;
      if (!hadEvaluation && evaluation && variables) {
        rememberNewEvaluation(cache, String(variables.input.performancePlan), String(variables.input.evaluationPeriod), evaluation.id);
      }
    },
  });
  const run = async (input: SelfAssessmentSetInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.selfAssessmentSet ?? null;
  };
  return [run, result] as const;
}
