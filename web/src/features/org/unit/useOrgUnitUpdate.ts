import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OrgUnitUpdateInput } from '../../../gql/graphql';

const OrgUnitUpdateDocument = graphql(`
  mutation OrgUnitUpdate($input: OrgUnitUpdateInput!) {
    orgUnitUpdate(input: $input) {
      orgUnit {
        id
        code
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Renames or recodes a unit; the normalized cache updates the tree and the detail. */
export function useOrgUnitUpdate() {
  const [mutate, result] = useMutation(OrgUnitUpdateDocument);
  const update = async (input: OrgUnitUpdateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.orgUnitUpdate ?? null;
  };
  return [update, result] as const;
}
