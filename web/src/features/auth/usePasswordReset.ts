import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';

const PasswordResetDocument = graphql(`
  mutation PasswordReset($input: PasswordResetInput!) {
    passwordReset(input: $input) {
      oneTimePassword
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Resets an employee's password to a one-time password (agency admins). */
export function usePasswordReset() {
  const [mutate, result] = useMutation(PasswordResetDocument);
  const reset = async (employee: string) => {
    const { data } = await mutate({ variables: { input: { employee } } });
    return data?.passwordReset ?? null;
  };
  return [reset, result] as const;
}
