import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PeriodUpdateInput } from '../../gql/graphql';

export const PeriodUpdateDocument = graphql(`
  mutation PeriodUpdate($input: PeriodUpdateInput!) {
    periodUpdate(input: $input) {
      period {
        id
        ...PeriodCard_period
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export function usePeriodUpdate() {
  const [mutate, result] = useMutation(PeriodUpdateDocument);
  const run = async (input: PeriodUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.periodUpdate ?? null;
  };
  return [run, result] as const;
}
