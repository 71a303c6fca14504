import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const OrgTreeRootsDocument = graphql(`
  query OrgTreeRoots {
    agencies {
      id
      code
      name
      rootUnits {
        ...UnitTreeItem_unit
      }
    }
  }
`);

/** Agencies visible to the viewer with their top-level units (one for everyone but a superadmin). */
export function useOrgRoots() {
  return useQuery(OrgTreeRootsDocument);
}
