import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ApiTokenCreateInput } from '../../gql/graphql';

export const ApiTokenCreateDocument = graphql(`
  mutation ApiTokenCreate($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) {
      secret
      apiToken {
        id
        ...ApiTokenRow_token
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Creates an integration token; the secret comes back once. The list changes membership. */
export function useApiTokenCreate() {
  const [mutate, result] = useMutation(ApiTokenCreateDocument, {
    update: (cache, { data }) => {
      if (!data?.apiTokenCreate.apiToken) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiTokens' });
      cache.gc();
    },
  });
  const run = async (input: ApiTokenCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.apiTokenCreate ?? null;
  };
  return [run, result] as const;
}
