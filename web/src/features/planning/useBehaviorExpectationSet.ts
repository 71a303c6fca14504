import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { BehaviorExpectationSetInput } from '../../gql/graphql';

const BehaviorExpectationSetDocument = graphql(`
  mutation BehaviorExpectationSet($input: BehaviorExpectationSetInput!) {
    behaviorExpectationSet(input: $input) {
      performancePlan {
        id
        ...BehaviorExpectations_plan
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The appraiser sets the leader's specific expectation (ekspektasi khusus pimpinan) for one core value. */
export function useBehaviorExpectationSet() {
  const [mutate, result] = useMutation(BehaviorExpectationSetDocument);
  const set = async (input: BehaviorExpectationSetInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.behaviorExpectationSet ?? null;
  };
  return [set, result] as const;
}
