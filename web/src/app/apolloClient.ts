import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import type { TypePolicies } from '@apollo/client';
import { clearSession, getToken } from '../shared/auth/session';
import { hasErrorCode } from '../shared/forms/errorText';

/**
 * Cache rules. Connections merge page by page (cursor pagination); single-object queries
 * read from already-cached entities first, so opening a unit or an employee seen in a
 * list renders at once.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      employeeSearch: relayStylePagination(['query', 'unit']),
      plansToApprove: relayStylePagination(['status', 'period']),
      logbookEntries: relayStylePagination(['employee', 'from', 'to', 'status']),
      logbookVerificationInbox: relayStylePagination(['employee', 'from', 'to']),
      apiTokens: relayStylePagination(['includeInactive']),
      orgUnit: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'OrgUnit', id: args?.['id'] }) },
      employee: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Employee', id: args?.['id'] }) },
      viewer: { merge: true },
    },
  },
  Viewer: { keyFields: false, merge: true },
  OrgUnit: {
    fields: {
      employees: relayStylePagination(['includeSubunits', 'at']),
      descendants: relayStylePagination(),
    },
  },
  PerformancePlan: {
    fields: {
      auditTrail: relayStylePagination(),
    },
  },
  Employee: {
    fields: {
      directSubordinates: relayStylePagination(['at']),
      subordinates: relayStylePagination(['at']),
    },
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}

/** The app's client; `transport` replaces the HTTP link (tests pass a MockLink). */
export function createApolloClient(options: { uri?: string; transport?: ApolloLink } = {}): ApolloClient {
  const transport = options.transport ?? new HttpLink({ uri: options.uri ?? '/graphql' });
  // Adds the bearer token of the current session to every request.
  const authLink = new SetContextLink((prev) => {
    const token = getToken();
    return token ? { headers: { ...prev['headers'], authorization: `Bearer ${token}` } } : {};
  });

  // An expired or revoked token signs the user out; the app then shows the sign-in page.
  // A password reset by an admin mid-session: re-read the viewer, which then shows the
  // forced password change.
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (isUnauthenticated(error) && getToken()) {
      clearSession();
      void client.clearStore();
    } else if (hasErrorCode(error, 'PASSWORD_CHANGE_REQUIRED') && operation.operationName !== 'AppViewer') {
      void client.refetchQueries({ include: ['AppViewer'] });
    }
  });

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, transport]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
  return client;
}
