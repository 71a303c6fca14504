import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogbookEntryUpdateInput } from '../../gql/graphql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookEntryUpdateDocument = graphql(`
  mutation LogbookEntryUpdate($input: LogbookEntryUpdateInput!) {
    logbookEntryUpdate(input: $input) {
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

/**
 * Changes an own entry. The payload re-reads the card; a changed date moves it to another
 * week, and a submitted entry goes back to draft (out of the appraiser's inbox), so the
 * lists are read again.
 */
export function useLogbookEntryUpdate() {
  const [mutate, result] = useMutation(LogbookEntryUpdateDocument, {
    update: (cache, { data }) => {
      if (data?.logbookEntryUpdate.logbookEntry) forgetLogbookLists(cache);
    },
  });
  const run = async (input: LogbookEntryUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.logbookEntryUpdate ?? null;
  };
  return [run, result] as const;
}
