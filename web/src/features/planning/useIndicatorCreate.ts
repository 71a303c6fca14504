import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { IndicatorCreateInput } from '../../gql/graphql';

const IndicatorCreateDocument = graphql(`
  mutation IndicatorCreate($input: IndicatorCreateInput!) {
    indicatorCreate(input: $input) {
      indicator {
        id
        ...IndicatorRow_indicator
        goal {
          id
          indicators {
            id
            ...IndicatorRow_indicator
          }
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

/** Adds an indicator (IKI) to a goal; the payload re-reads the goal's indicators. */
export function useIndicatorCreate() {
  const [mutate, result] = useMutation(IndicatorCreateDocument);
  const create = async (input: IndicatorCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.indicatorCreate ?? null;
  };
  return [create, result] as const;
}
