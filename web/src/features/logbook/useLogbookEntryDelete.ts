import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookEntryDeleteDocument = graphql(`
  mutation LogbookEntryDelete($input: LogbookEntryDeleteInput!) {
    logbookEntryDelete(input: $input) {
      deletedId
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Deletes an own entry and removes it from every cached list. */
export function useLogbookEntryDelete() {
  const [mutate, result] = useMutation(LogbookEntryDeleteDocument, {
    update: (cache, { data }) => {
      const id = data?.logbookEntryDelete.deletedId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'LogbookEntry', id }) });
      forgetLogbookLists(cache);
    },
  });
  const run = async (id: string) => {
    const { data } = await mutate({ variables: { input: { id } } });
    return data?.logbookEntryDelete ?? null;
  };
  return [run, result] as const;
}
