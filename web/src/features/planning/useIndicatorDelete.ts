import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetObject } from './cacheUpdates';

const IndicatorDeleteDocument = graphql(`
  mutation IndicatorDelete($input: IndicatorDeleteInput!) {
    indicatorDelete(input: $input) {
      deletedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Deletes an indicator; it is evicted from the cache, so its goal's list drops it at once. */
export function useIndicatorDelete() {
  const [mutate, result] = useMutation(IndicatorDeleteDocument, {
    update: (cache, { data }) => forgetObject(cache, 'Indicator', data?.indicatorDelete.deletedId),
  });
  const remove = async (indicator: string) => {
    const { data } = await mutate({ variables: { input: { indicator } } });
    return data?.indicatorDelete ?? null;
  };
  return [remove, result] as const;
}
