import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ApiTokenRow_TokenFragment } from '../../gql/graphql';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { isAgencyAdmin } from '../../shared/format/labels';
import { Link } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Checkbox } from '../../shared/ui/Field';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { ApiTokenRow } from './ApiTokenRow';
import { SecretDialog, TokenCreateDialog, TokenRevokeDialog, TokenRotateDialog } from './TokenDialogs';
import { useViewer } from '../auth/viewerContext';

export const ApiTokensDocument = graphql(`
  query ApiTokens($includeInactive: Boolean!, $after: String) {
    apiTokens(includeInactive: $includeInactive, first: 50, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ApiTokenRow_token
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Open = { kind: 'create' } | { kind: 'rotate' | 'revoke'; token: ApiTokenRow_TokenFragment } | null;

/**
 * Token API: integration tokens of the agency — create (secret shown once), list, rotate,
 * revoke. The national superadmin sees the list only (it manages no agency's tokens).
 */
export function ApiTokensPage() {
  usePageTitle('Token API');
  const canManage = isAgencyAdmin(useViewer().role);
  const [includeInactive, setIncludeInactive] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ApiTokensDocument, { variables: { includeInactive } });
  const [open, setOpen] = useState<Open>(null);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const list = data?.apiTokens;
  const onSecret = (name: string, value: string) => setSecret({ name, secret: value });
  return (
    <>
      <nav className="breadcrumbs" aria-label="Lokasi">
        <ol>
          <li>
            <Link to="/admin">Admin</Link>
          </li>
          <li aria-current="page">Token API</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>Token API</h1>
          <p className="muted small">Kredensial sistem lain (TPP, SIMPEG, presensi) untuk membaca data kinerja instansi dan menulis presensi.</p>
        </div>
        {canManage && <Button onClick={() => setOpen({ kind: 'create' })}>+ Buat token</Button>}
      </div>
      <Card>
        <Checkbox label="Tampilkan juga token yang kedaluwarsa atau dicabut" checked={includeInactive} onChange={setIncludeInactive} />
        {!list ? (
          loading ? (
            <Loading />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : list.edges.length === 0 ? (
          <EmptyState title="Belum ada token API">Buat token untuk setiap sistem klien, dengan cakupan sesempit mungkin.</EmptyState>
        ) : (
          <>
            <ul className="list" aria-label="Token API">
              {list.edges.map(({ node }) => (
                <ApiTokenRow key={node.id} token={node} actions={canManage ? { onRotate: () => setOpen({ kind: 'rotate', token: node }), onRevoke: () => setOpen({ kind: 'revoke', token: node }) } : null} />
              ))}
            </ul>
            <LoadMore shown={list.edges.length} total={list.totalCount} hasNextPage={list.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: list.pageInfo.endCursor } })} />
          </>
        )}
      </Card>
      {open?.kind === 'create' && <TokenCreateDialog onClose={() => setOpen(null)} onSecret={onSecret} />}
      {open?.kind === 'rotate' && <TokenRotateDialog token={open.token} onClose={() => setOpen(null)} onSecret={onSecret} />}
      {open?.kind === 'revoke' && <TokenRevokeDialog token={open.token} onClose={() => setOpen(null)} />}
      {secret && <SecretDialog name={secret.name} secret={secret.secret} onClose={() => setSecret(null)} />}
    </>
  );
}
