import { graphql } from '../../gql';
import type { ApiTokenRow_TokenFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date';
import { Button } from '../../shared/ui/Button';
import { Badge } from '../../shared/ui/feedback';
import { scopeLabel, tokenStatusLabel, tokenStatusTone } from './tokenLabels';

export const ApiTokenRow_token = graphql(`
  fragment ApiTokenRow_token on ApiToken {
    id
    name
    displayPrefix
    scopes
    status
    expiresAt
    revokedAt
    revokedReason
    lastUsedAt
    createdAt
    createdBy {
      id
      name
    }
    rotatedFrom {
      id
      displayPrefix
    }
  }
`);

/** One integration token: name, prefix, scopes, status, expiry, last use, and rotate / revoke (`actions`, for its agency's admin). */
export function ApiTokenRow({ token, actions }: { token: ApiTokenRow_TokenFragment; actions: { onRotate: () => void; onRevoke: () => void } | null }) {
  const revokingLater = token.status === 'ACTIVE' && token.revokedAt != null;
  return (
    <li className="list-item" aria-label={token.name}>
      <div className="list-item__main">
        <div className="row">
          <span className="list-item__title">{token.name}</span>
          <Badge tone={tokenStatusTone[token.status]}>{tokenStatusLabel[token.status]}</Badge>
        </div>
        <div className="small">
          <code className="mono">{token.displayPrefix}</code>
          {token.rotatedFrom && <span className="muted"> · menggantikan {token.rotatedFrom.displayPrefix}</span>}
        </div>
        <div className="small muted">{token.scopes.map((s) => scopeLabel[s]).join(' · ')}</div>
        <div className="small muted">
          Dibuat {formatDateTime(token.createdAt)}
          {token.createdBy ? ` oleh ${token.createdBy.name}` : ''} · berlaku sampai {formatDateTime(token.expiresAt)} · terakhir dipakai{' '}
          {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'belum pernah'}
        </div>
        {revokingLater && <div className="small">Dicabut otomatis pada {formatDateTime(token.revokedAt)} (masa peralihan rotasi).</div>}
        {token.status === 'REVOKED' && token.revokedReason && <div className="small muted">Alasan pencabutan: {token.revokedReason}</div>}
      </div>
      {token.status === 'ACTIVE' && actions && (
        <div className="row">
          <Button variant="secondary" small onClick={actions.onRotate} aria-label={`Rotasi ${token.name}`}>
            Rotasi
          </Button>
          <Button variant="danger" small onClick={actions.onRevoke} aria-label={`Cabut ${token.name}`}>
            Cabut
          </Button>
        </div>
      )}
    </li>
  );
}
