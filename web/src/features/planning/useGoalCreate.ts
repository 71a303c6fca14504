import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { GoalCreateInput } from '../../gql/graphql';

export const GoalCreateDocument = graphql(`
  mutation GoalCreate($input: GoalCreateInput!) {
    goalCreate(input: $input) {
      goal {
        id
        ...GoalCard_goal
        plan {
          id
          ...GoalList_plan
          ...PlanWorkflow_plan
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

/** Adds a goal (RHK); the payload re-reads the plan's goal list and workflow state. */
export function useGoalCreate() {
  const [mutate, result] = useMutation(GoalCreateDocument);
  const create = async (input: GoalCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.goalCreate ?? null;
  };
  return [create, result] as const;
}
