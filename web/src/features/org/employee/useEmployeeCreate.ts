import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { EmployeeCreateInput } from '../../../gql/graphql';

export const EmployeeCreateDocument = graphql(`
  mutation EmployeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) {
      employee {
        id
        ...EmployeeRow_employee
      }
      oneTimePassword
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Registers an employee; the payload carries the one-time password, shown once. */
export function useEmployeeCreate() {
  const [mutate, result] = useMutation(EmployeeCreateDocument);
  const create = async (input: EmployeeCreateInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.employeeCreate ?? null;
  };
  return [create, result] as const;
}
