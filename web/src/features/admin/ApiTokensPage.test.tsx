import '../../test/setup';
import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { ViewerContext, type AppViewer } from '../auth/viewerContext';
import { ApiTokensDocument, ApiTokensPage } from './ApiTokensPage';

const viewer = (role: AppViewer['role']): AppViewer => ({
  role,
  mustChangePassword: false,
  isAppraiser: false,
  agency: { id: 'A1', code: 'PROV', name: 'Pemerintah Provinsi' },
  employee: { id: 'E0', name: role === 'ADMIN' ? 'Admin Instansi' : 'Superadmin Nasional', nip: '199002172014122009' },
});

const token = {
  __typename: 'ApiToken',
  id: 'T1',
  name: 'SIMPEG',
  displayPrefix: 'knj_ab12…',
  scopes: ['READ_ORG'],
  status: 'ACTIVE',
  expiresAt: '2027-11-22T00:00:00Z',
  revokedAt: null,
  revokedReason: null,
  lastUsedAt: null,
  createdAt: '2026-11-22T00:00:00Z',
  createdBy: { __typename: 'Employee', id: 'E0', name: 'Admin Instansi' },
  rotatedFrom: null,
};

const mocks = [
  {
    request: { query: ApiTokensDocument, variables: { includeInactive: false } },
    result: {
      data: {
        apiTokens: {
          __typename: 'ApiTokenConnection',
          totalCount: 1,
          edges: [{ __typename: 'ApiTokenEdge', cursor: 'c1', node: token }],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
        },
      },
    },
  },
];

function renderAs(role: AppViewer['role']) {
  return render(
    <ViewerContext.Provider value={viewer(role)}>
      <MockedProvider mocks={mocks}>
        <ApiTokensPage />
      </MockedProvider>
    </ViewerContext.Provider>,
  );
}

describe('ApiTokensPage', () => {
  it('lets the agency admin create, rotate and revoke tokens', async () => {
    renderAs('ADMIN');
    expect(await screen.findByText('SIMPEG')).toBeTruthy();
    expect(screen.getByRole('button', { name: '+ Buat token' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rotasi SIMPEG' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cabut SIMPEG' })).toBeTruthy();
  });

  it('shows the national superadmin the list only (it manages no agency\'s tokens)', async () => {
    renderAs('SUPERADMIN');
    expect(await screen.findByText('SIMPEG')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+ Buat token' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rotasi SIMPEG' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cabut SIMPEG' })).toBeNull();
  });
});
