import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AssignmentCreateInput } from '../../../gql/graphql';

const AssignmentCreateDocument = graphql(`
  mutation AssignmentCreate($input: AssignmentCreateInput!) {
    assignmentCreate(input: $input) {
      assignment {
        id
        ...AssignmentHistory_assignment
        position {
          id
          ...PositionRow_position
        }
        employee {
          id
          ...EmployeeRow_employee
          assignments {
            ...AssignmentHistory_assignment
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
 * Places an employee in a position. The payload refreshes the position's holders and the
 * employee's history; unit employee lists on screen are refetched (membership changed).
 */
export function useAssignmentCreate() {
  const [mutate, result] = useMutation(AssignmentCreateDocument);
  const create = async (input: AssignmentCreateInput) => {
    const { data } = await mutate({ variables: { input }, refetchQueries: ['UnitEmployees', 'OrgUnitDetail'] });
    return data?.assignmentCreate ?? null;
  };
  return [create, result] as const;
}
