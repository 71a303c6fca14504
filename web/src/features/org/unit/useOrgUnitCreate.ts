import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { OrgUnitCreateInput } from '../../../gql/graphql';

const OrgUnitCreateDocument = graphql(`
  mutation OrgUnitCreate($input: OrgUnitCreateInput!) {
    orgUnitCreate(input: $input) {
      orgUnit {
        id
        ...UnitTreeItem_unit
        parent {
          id
          children {
            ...UnitTreeItem_unit
          }
        }
        agency {
          id
          rootUnits {
            ...UnitTreeItem_unit
          }
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

/**
 * Creates a unit. The payload re-reads the parent's children (or the agency's top-level
 * units), so the tree shows the new unit in its sorted place without a refetch.
 */
export function useOrgUnitCreate() {
  const [mutate, result] = useMutation(OrgUnitCreateDocument);
  const create = async (input: OrgUnitCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.orgUnitCreate ?? null;
  };
  return [create, result] as const;
}
