import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ApiTokenRevokeInput } from '../../gql/graphql';

export const ApiTokenRevokeDocument = graphql(`
  mutation ApiTokenRevoke($input: ApiTokenRevokeInput!) {
    apiTokenRevoke(input: $input) {
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

/** Revokes a token at once; it leaves the list of active tokens. */
export function useApiTokenRevoke() {
  const [mutate, result] = useMutation(ApiTokenRevokeDocument, {
    update: (cache, { data }) => {
      if (!data?.apiTokenRevoke.apiToken) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiTokens' });
      cache.gc();
    },
  });
  const run = async (input: ApiTokenRevokeInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.apiTokenRevoke ?? null;
  };
  return [run, result] as const;
}
