import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogbookEntryCreateInput } from '../../gql/graphql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookEntryCreateDocument = graphql(`
  mutation LogbookEntryCreate($input: LogbookEntryCreateInput!) {
    logbookEntryCreate(input: $input) {
      logbookEntry {
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

/** Writes one catatan harian (draft); the week's list changes membership, so it is read again. */
export function useLogbookEntryCreate() {
  const [mutate, result] = useMutation(LogbookEntryCreateDocument, {
    update: (cache, { data }) => {
      if (data?.logbookEntryCreate.logbookEntry) forgetLogbookLists(cache, ['logbookEntries']);
    },
  });
  const run = async (input: LogbookEntryCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.logbookEntryCreate ?? null;
  };
  return [run, result] as const;
}
