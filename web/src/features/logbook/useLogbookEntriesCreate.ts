import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogbookEntryInput } from '../../gql/graphql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookEntriesCreateDocument = graphql(`
  mutation LogbookEntriesCreate($input: LogbookEntriesCreateInput!) {
    logbookEntriesCreate(input: $input) {
      logbookEntries {
        id
        ...LogbookEntryCard_entry
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Writes up to 100 entries at once (a week), all or none; errors point at their item. */
export function useLogbookEntriesCreate() {
  const [mutate, result] = useMutation(LogbookEntriesCreateDocument, {
    update: (cache, { data }) => {
      if (data?.logbookEntriesCreate.logbookEntries) forgetLogbookLists(cache, ['logbookEntries']);
    },
  });
  const run = async (entries: LogbookEntryInput[]) => {
    const { data } = await mutate({ variables: { input: { entries } } });
    return data?.logbookEntriesCreate ?? null;
  };
  return [run, result] as const;
}
