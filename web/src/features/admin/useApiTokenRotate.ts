import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ApiTokenRotateInput } from '../../gql/graphql';

export const ApiTokenRotateDocument = graphql(`
  mutation ApiTokenRotate($input: ApiTokenRotateInput!) {
    apiTokenRotate(input: $input) {
      secret
      apiToken {
        id
        ...ApiTokenRow_token
      }
      previous {
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

/** Replaces a token by a new secret (the old one revoked now or after a grace period). */
export function useApiTokenRotate() {
  const [mutate, result] = useMutation(ApiTokenRotateDocument, {
    update: (cache, { data }) => {
      if (!data?.apiTokenRotate.apiToken) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiTokens' });
      cache.gc();
    },
  });
  const run = async (input: ApiTokenRotateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.apiTokenRotate ?? null;
  };
  return [run, result] as const;
}
