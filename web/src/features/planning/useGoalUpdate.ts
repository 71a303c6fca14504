import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { GoalUpdateInput } from '../../gql/graphql';

const GoalUpdateDocument = graphql(`
  mutation GoalUpdate($input: GoalUpdateInput!) {
    goalUpdate(input: $input) {
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

/** Edits a goal's text, classification, parent goal or order; re-reads the plan's goal list. */
export function useGoalUpdate() {
  const [mutate, result] = useMutation(GoalUpdateDocument);
  const update = async (input: GoalUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.goalUpdate ?? null;
  };
  return [update, result] as const;
}
