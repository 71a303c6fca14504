import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PeriodCreateInput } from '../../gql/graphql';

export const PeriodCreateDocument = graphql(`
  mutation PeriodCreate($input: PeriodCreateInput!) {
    periodCreate(input: $input) {
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

/** Creates an annual period; the list of periods changes membership, so it is read again. */
export function usePeriodCreate() {
  const [mutate, result] = useMutation(PeriodCreateDocument, {
    update: (cache, { data }) => {
      if (!data?.periodCreate.period) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'periods' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'period' });
      cache.gc();
    },
  });
  const run = async (input: PeriodCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.periodCreate ?? null;
  };
  return [run, result] as const;
}
