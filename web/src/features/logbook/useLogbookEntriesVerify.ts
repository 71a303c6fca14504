import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookEntriesVerifyDocument = graphql(`
  mutation LogbookEntriesVerify($input: LogbookEntriesVerifyInput!) {
    logbookEntriesVerify(input: $input) {
      logbookEntries {
        id
        status
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

/** The appraiser verifies submitted entries of direct reports, all or none; they leave the inbox. */
export function useLogbookEntriesVerify() {
  const [mutate, result] = useMutation(LogbookEntriesVerifyDocument, {
    update: (cache, { data }) => {
      if (data?.logbookEntriesVerify.logbookEntries) forgetLogbookLists(cache, ['logbookVerificationInbox']);
    },
  });
  const run = async (entries: string[]) => {
    const { data } = await mutate({ variables: { input: { entries } } });
    return data?.logbookEntriesVerify ?? null;
  };
  return [run, result] as const;
}
