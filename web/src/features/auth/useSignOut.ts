import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { clearSession } from '../../shared/auth/session';
import { navigate } from '../../shared/router/router';

/** Forgets the token and everything cached for this account. */
export function useSignOut(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    clearSession();
    void client.clearStore();
    navigate('/', { replace: true });
  }, [client]);
}
