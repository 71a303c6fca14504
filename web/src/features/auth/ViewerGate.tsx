import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { clearSession } from '../../shared/auth/session';
import { hasErrorCode } from '../../shared/forms/errorText';
import { Loading, QueryError } from '../../shared/ui/feedback';
import { Button } from '../../shared/ui/Button';
import { PasswordChangePage } from './PasswordChangePage';
import { useSignOut } from './useSignOut';
import { ViewerContext } from './viewerContext';

export const AppViewerDocument = graphql(`
  query AppViewer {
    viewer {
      role
      mustChangePassword
      isAppraiser
      agency {
        id
        code
        name
      }
      employee {
        id
        name
        nip
      }
    }
  }
`);

/**
 * Loads the signed-in account once and decides what the user may see: the forced
 * password change while the password is a one-time password, the app otherwise.
 */
export function ViewerGate({ children }: { children: ReactNode }) {
  const { data, error, loading, refetch } = useQuery(AppViewerDocument, { fetchPolicy: 'cache-first' });
  const signOut = useSignOut();
  const viewer = data?.viewer;
  const missing = !loading && !error && data !== undefined && !viewer;

  useEffect(() => {
    // A token the server no longer accepts for this account: back to the sign-in page.
    if (missing) clearSession();
  }, [missing]);

  // With a one-time password the server answers only `viewer { role mustChangePassword }`
  // and refuses everything else with PASSWORD_CHANGE_REQUIRED.
  if (viewer?.mustChangePassword || hasErrorCode(error, 'PASSWORD_CHANGE_REQUIRED')) return <PasswordChangePage forced />;
  if (viewer) {
    return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
  }
  if (error) {
    return (
      <div className="centered-page">
        <div className="stack">
          <QueryError error={error} onRetry={() => void refetch()} />
          <Button variant="secondary" onClick={signOut}>
            Keluar
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="centered-page">
      <Loading label="Memuat akun Anda…" />
    </div>
  );
}
