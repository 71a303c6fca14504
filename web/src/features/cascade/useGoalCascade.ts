import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { GoalCascadeInput } from '../../gql/graphql';

export const GoalCascadeDocument = graphql(`
  mutation GoalCascade($input: GoalCascadeInput!) {
    goalCascade(input: $input) {
      goals {
        id
        description
        cascadeType
        owner {
          id
          name
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

/**
 * Pushes a leader's goal down to direct reports. New child goals change the matrix's
 * cells (membership), so the matrix is read again by operation name.
 */
export function useGoalCascade() {
  const [mutate, result] = useMutation(GoalCascadeDocument, { refetchQueries: ['ResultRoleMatrixPage', 'MyResultRoleMatrix'] });
  const cascade = async (input: GoalCascadeInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.goalCascade ?? null;
  };
  return [cascade, result] as const;
}
