import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { setSession } from '../../shared/auth/session';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      mustChangePassword
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Signs in; on success the session is stored and the app re-renders as signed in. */
export function useLogin() {
  const [mutate, result] = useMutation(LoginDocument);
  const login = async (nip: string, password: string): Promise<readonly UserErrorLike[]> => {
    const { data } = await mutate({ variables: { input: { nip, password } } });
    const payload = data?.login;
    if (!payload) return [{ code: 'NO_RESPONSE', field: null, message: 'Server tidak memberi jawaban. Coba lagi.' }];
    if (payload.token && payload.userErrors.length === 0) {
      setSession({ token: payload.token, expiresAt: payload.expiresAt ?? null });
    }
    return payload.userErrors;
  };
  return [login, result] as const;
}
