import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { LogbookImportInput } from '../../gql/graphql';
import { forgetLogbookLists } from './cacheUpdates';

export const LogbookImportDocument = graphql(`
  mutation LogbookImport($input: LogbookImportInput!) {
    logbookImport(input: $input) {
      dryRun
      rowCount
      importedCount
      violations {
        row
        column
        code
        message
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Imports own entries from a CSV/XLSX sheet: a dry run reports every bad row; a real run writes all or none. */
export function useLogbookImport() {
  const [mutate, result] = useMutation(LogbookImportDocument, {
    update: (cache, { data }) => {
      if ((data?.logbookImport.importedCount ?? 0) > 0) forgetLogbookLists(cache, ['logbookEntries']);
    },
  });
  const run = async (input: LogbookImportInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.logbookImport ?? null;
  };
  return [run, result] as const;
}
