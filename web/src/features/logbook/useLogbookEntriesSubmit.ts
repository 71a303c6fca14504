import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogbookEntriesSubmitInput } from '../../gql/graphql';

export const LogbookEntriesSubmitDocument = graphql(`
  mutation LogbookEntriesSubmit($input: LogbookEntriesSubmitInput!) {
    logbookEntriesSubmit(input: $input) {
      logbookEntries {
        id
        status
        viewerCanEdit
        rejectionNote
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Submits own draft or rejected entries (a list or a date range); the payload re-reads their status. */
export function useLogbookEntriesSubmit() {
  const [mutate, result] = useMutation(LogbookEntriesSubmitDocument);
  const run = async (input: LogbookEntriesSubmitInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.logbookEntriesSubmit ?? null;
  };
  return [run, result] as const;
}
