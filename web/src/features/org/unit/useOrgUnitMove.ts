import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { graphql } from '../../../gql';
import type { OrgUnitMoveInput } from '../../../gql/graphql';

const OrgUnitMoveDocument = graphql(`
  mutation OrgUnitMove($input: OrgUnitMoveInput!) {
    orgUnitMove(input: $input) {
      orgUnit {
        id
        depth
        ancestors {
          id
          name
        }
        parent {
          id
          name
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
 * Moves a unit with its subtree. The payload refreshes the new parent's children and the
 * top-level units; the unit is removed from its old parent's children in the cache.
 */
export function useOrgUnitMove() {
  const [mutate, result] = useMutation(OrgUnitMoveDocument);
  const move = async (input: OrgUnitMoveInput, oldParentId: string | null) => {
    const { data } = await mutate({
      variables: { input },
      update(cache, { data: moved }) {
        if (!oldParentId || !moved?.orgUnitMove.orgUnit) return;
        cache.modify<{ children: Reference[] }>({
          id: cache.identify({ __typename: 'OrgUnit', id: oldParentId }),
          fields: {
            children: (refs, { readField }) => refs.filter((ref) => readField('id', ref) !== input.id),
          },
        });
      },
    });
    return data?.orgUnitMove ?? null;
  };
  return [move, result] as const;
}
