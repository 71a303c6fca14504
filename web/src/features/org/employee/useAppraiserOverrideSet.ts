import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AppraiserOverrideSetInput } from '../../../gql/graphql';

const AppraiserOverrideSetDocument = graphql(`
  mutation AppraiserOverrideSet($input: AppraiserOverrideSetInput!) {
    appraiserOverrideSet(input: $input) {
      appraiserOverride {
        id
        employee {
          id
          ...AppraiserCard_employee
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Overrides an employee's appraiser; the payload re-reads the employee's appraiser block. */
export function useAppraiserOverrideSet() {
  const [mutate, result] = useMutation(AppraiserOverrideSetDocument);
  const set = async (input: AppraiserOverrideSetInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.appraiserOverrideSet ?? null;
  };
  return [set, result] as const;
}
