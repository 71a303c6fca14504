import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetObject } from './cacheUpdates';

const GoalDeleteDocument = graphql(`
  mutation GoalDelete($input: GoalDeleteInput!) {
    goalDelete(input: $input) {
      deletedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Deletes a goal with its indicators. The deleted goal is evicted (it leaves the plan's
 * list at once); the plan's workflow flags are read again from the active queries.
 */
export function useGoalDelete() {
  const [mutate, result] = useMutation(GoalDeleteDocument, {
    update: (cache, { data }) => forgetObject(cache, 'Goal', data?.goalDelete.deletedId),
    refetchQueries: 'active',
  });
  const remove = async (goal: string) => {
    const { data } = await mutate({ variables: { input: { goal } } });
    return data?.goalDelete ?? null;
  };
  return [remove, result] as const;
}
