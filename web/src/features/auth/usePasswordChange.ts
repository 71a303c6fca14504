import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { setSession } from '../../shared/auth/session';

const PasswordChangeDocument = graphql(`
  mutation PasswordChange($input: PasswordChangeInput!) {
    passwordChange(input: $input) {
      changed
      token
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Changes the viewer's password. The server answers with a fresh token without the
 * must-change flag; the viewer is then re-read so the app opens.
 */
export function usePasswordChange() {
  const client = useApolloClient();
  const [mutate, result] = useMutation(PasswordChangeDocument);
  const change = async (oldPassword: string, newPassword: string): Promise<readonly UserErrorLike[]> => {
    const { data } = await mutate({ variables: { input: { oldPassword, newPassword } } });
    const payload = data?.passwordChange;
    if (!payload) return [{ code: 'NO_RESPONSE', field: null, message: 'Server tidak memberi jawaban. Coba lagi.' }];
    if (payload.userErrors.length > 0) return payload.userErrors;
    // The payload carries no expiry; the server rejects the token when it lapses (error link signs out).
    if (payload.token) setSession({ token: payload.token, expiresAt: null });
    await client.refetchQueries({ include: ['AppViewer'] });
    return [];
  };
  return [change, result] as const;
}
