import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AssignmentEndInput } from '../../../gql/graphql';

const AssignmentEndDocument = graphql(`
  mutation AssignmentEnd($input: AssignmentEndInput!) {
    assignmentEnd(input: $input) {
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

/** Ends an assignment at a date; holders and lists on screen follow. */
export function useAssignmentEnd() {
  const [mutate, result] = useMutation(AssignmentEndDocument);
  const end = async (input: AssignmentEndInput) => {
    const { data } = await mutate({ variables: { input }, refetchQueries: ['UnitEmployees', 'EmployeeDetail'] });
    return data?.assignmentEnd ?? null;
  };
  return [end, result] as const;
}
