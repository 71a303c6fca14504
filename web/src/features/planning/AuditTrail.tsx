import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format/date';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { auditActionLabel, auditStateLabel } from './labels';

export const PlanAuditTrailDocument = graphql(`
  query PlanAuditTrail($id: ID!, $after: String) {
    performancePlan(id: $id) {
      id
      auditTrail(first: 20, after: $after) {
        totalCount
        edges {
          cursor
          node {
            action
            at
            from
            to
            reason
            actor {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Riwayat: the plan's append-only audit trail, oldest first (who, when, from, to, reason). */
export function AuditTrail({ planId, version }: { planId: string; version: number }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(PlanAuditTrailDocument, { variables: { id: planId } });
  // A transition on screen bumps the plan's version: read the trail again.
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
  const trail = data?.performancePlan?.auditTrail;
  return (
    <Card title="Riwayat SKP">
      {!trail ? (
        loading ? (
          <Loading label="Memuat riwayat…" />
        ) : error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <EmptyState title="Riwayat tidak tersedia" />
        )
      ) : trail.edges.length === 0 ? (
        <EmptyState title="Belum ada riwayat" />
      ) : (
        <>
          <ol className="timeline">
            {trail.edges.map(({ cursor, node }) => (
              <li key={cursor}>
                <div className="timeline__head">
                  <strong>{auditActionLabel(node.action)}</strong>
                  <span className="small muted">{formatDateTime(node.at)}</span>
                </div>
                <div className="small">
                  {node.actor?.name ?? 'Sistem'}
                  {(node.from || node.to) && (
                    <span className="muted">
                      {' '}
                      · {auditStateLabel(node.from)} → {auditStateLabel(node.to)}
                    </span>
                  )}
                </div>
                {node.reason && <p className="small timeline__reason">Alasan: {node.reason}</p>}
              </li>
            ))}
          </ol>
          <LoadMore
            shown={trail.edges.length}
            total={trail.totalCount}
            hasNextPage={trail.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: trail.pageInfo.endCursor } })}
          />
        </>
      )}
    </Card>
  );
}
