import { Suspense, useMemo } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { SignInPage } from '../features/auth/SignInPage';
import { ViewerGate } from '../features/auth/ViewerGate';
import { useSession } from '../shared/auth/session';
import { resolveRoute, useLocation } from '../shared/router/router';
import { Loading } from '../shared/ui/feedback';
import { AppShell } from './AppShell';
import { createApolloClient } from './apolloClient';
import { ErrorBoundary } from './ErrorBoundary';
import { NotFoundPage, routes } from './routes';

function Routes() {
  const location = useLocation();
  return (
    <ErrorBoundary resetKey={location.path}>
      <Suspense fallback={<Loading />}>{resolveRoute(routes, location) ?? <NotFoundPage />}</Suspense>
    </ErrorBoundary>
  );
}

/** Signed out: the sign-in page at any address. Signed in: the account gate, then the app. */
export function App({ client }: { client?: ApolloClient }) {
  const apollo = useMemo(() => client ?? createApolloClient(), [client]);
  const session = useSession();
  return (
    <ApolloProvider client={apollo}>
      <ErrorBoundary>
        {session ? (
          <ViewerGate key={session.token}>
            <AppShell>
              <Routes />
            </AppShell>
          </ViewerGate>
        ) : (
          <SignInPage />
        )}
      </ErrorBoundary>
    </ApolloProvider>
  );
}
