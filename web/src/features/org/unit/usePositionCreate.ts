import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { PositionCreateInput } from '../../../gql/graphql';

const PositionCreateDocument = graphql(`
  mutation PositionCreate($input: PositionCreateInput!) {
    positionCreate(input: $input) {
      position {
        id
        ...PositionRow_position
        unit {
          id
          positions {
            ...PositionRow_position
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

/** Creates a position; the payload re-reads the unit's positions in their seniority order. */
export function usePositionCreate() {
  const [mutate, result] = useMutation(PositionCreateDocument);
  const create = async (input: PositionCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.positionCreate ?? null;
  };
  return [create, result] as const;
}
