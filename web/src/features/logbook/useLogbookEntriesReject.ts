import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookEntriesRejectDocument = graphql(`
  mutation LogbookEntriesReject($input: LogbookEntriesRejectInput!) {
    logbookEntriesReject(input: $input) {
      logbookEntries {
        id
        status
        rejectionNote
        verifiedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The appraiser rejects submitted entries of direct reports with a note, all or none. */
export function useLogbookEntriesReject() {
  const [mutate, result] = useMutation(LogbookEntriesRejectDocument, {
    update: (cache, { data }) => {
      if (data?.logbookEntriesReject.logbookEntries) forgetLogbookLists(cache, ['logbookVerificationInbox']);
    },
  });
  const run = async (entries: string[], note: string) => {
    const { data } = await mutate({ variables: { input: { entries, note } } });
    return data?.logbookEntriesReject ?? null;
  };
  return [run, result] as const;
}
