import '../test/setup';
import { fireEvent, render, screen } from '@testing-library/react';
import { ApolloClient } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppViewerDocument } from '../features/auth/ViewerGate';
import { LoginDocument } from '../features/auth/useLogin';
import { getToken } from '../shared/auth/session';
import { App } from './App';
import { createApolloClient, createCache } from './apolloClient';

const NIP = '199311082017032004';

function clientWith(mocks: MockLink.MockedResponse[]) {
  return new ApolloClient({ link: new MockLink(mocks), cache: createCache() });
}

const login = (mustChangePassword: boolean) => ({
  request: { query: LoginDocument, variables: { input: { nip: NIP, password: 'Kinerja#2026' } } },
  result: {
    data: {
      login: { __typename: 'LoginPayload', token: 'tok', expiresAt: '2999-01-01T00:00:00Z', mustChangePassword, userErrors: [] },
    },
  },
});

function signIn() {
  fireEvent.change(screen.getByLabelText('NIP'), { target: { value: NIP } });
  fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'Kinerja#2026' } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('App sign-in flow', () => {
  it('shows the forced password change when the server requires it', async () => {
    const client = clientWith([
      login(true),
      {
        request: { query: AppViewerDocument },
        result: {
          data: { viewer: null },
          errors: [new GraphQLError('Change your one-time password first.', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } })],
        },
      },
    ]);
    render(<App client={client} />);
    signIn();
    expect(await screen.findByRole('heading', { name: 'Buat kata sandi baru' })).toBeTruthy();
    expect(getToken()).toBe('tok');
  });

  it('shows a wrong-password message from userErrors and stays signed out', async () => {
    const client = clientWith([
      {
        request: { query: LoginDocument, variables: { input: { nip: NIP, password: 'Kinerja#2026' } } },
        result: {
          data: {
            login: {
              __typename: 'LoginPayload',
              token: null,
              expiresAt: null,
              mustChangePassword: null,
              userErrors: [{ __typename: 'UserError', code: 'INVALID_CREDENTIALS', field: null, message: 'NIP atau kata sandi salah.' }],
            },
          },
        },
      },
    ]);
    render(<App client={client} />);
    signIn();
    expect((await screen.findByRole('alert')).textContent).toBe('NIP atau kata sandi salah.');
    expect(getToken()).toBeNull();
  });

  it('signs out when the server no longer accepts the token', async () => {
    window.localStorage.setItem('kinerja.session', JSON.stringify({ token: 'old', expiresAt: null }));
    // The real client (auth and error links) over a mocked transport.
    const client = createApolloClient({
      transport: new MockLink([
        {
          request: { query: AppViewerDocument },
          result: { errors: [new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ]),
    });
    render(<App client={client} />);
    expect(await screen.findByRole('button', { name: 'Masuk' })).toBeTruthy();
    expect(getToken()).toBeNull();
  });
});
