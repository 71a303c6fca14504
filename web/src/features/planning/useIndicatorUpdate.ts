import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { IndicatorUpdateInput } from '../../gql/graphql';

const IndicatorUpdateDocument = graphql(`
  mutation IndicatorUpdate($input: IndicatorUpdateInput!) {
    indicatorUpdate(input: $input) {
      indicator {
        id
        ...IndicatorRow_indicator
        goal {
          id
          plan {
            id
            ...PlanWorkflow_plan
          }
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

/** Edits an indicator (IKI); the payload re-reads it in place. */
export function useIndicatorUpdate() {
  const [mutate, result] = useMutation(IndicatorUpdateDocument);
  const update = async (input: IndicatorUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.indicatorUpdate ?? null;
  };
  return [update, result] as const;
}
