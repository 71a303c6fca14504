import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Alert, Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { ApprovalItem } from './ApprovalItem';
import '../planning/planning.css';

export const PlansToApproveDocument = graphql(`
  query PlansToApprove($after: String) {
    plansToApprove(first: 20, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ApprovalItem_plan
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Persetujuan SKP: plans and revisions of direct reports waiting for the viewer's decision, oldest first. */
export function ApprovalsPage() {
  usePageTitle('Persetujuan SKP');
  const { data, loading, error, refetch, fetchMore } = useQuery(PlansToApproveDocument, { notifyOnNetworkStatusChange: false });
  const queue = data?.plansToApprove;
  const [conflicts, setConflicts] = useState<string[]>([]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Persetujuan SKP</h1>
          <p className="muted small">SKP dan revisi SKP bawahan yang diajukan kepada Anda sebagai pejabat penilai.</p>
        </div>
      </div>
      {conflicts.length > 0 && (
        <Alert tone="warning" title="Sudah diproses pihak lain.">
          SKP {conflicts.join(', ')} telah disetujui atau dikembalikan oleh pihak lain sebelum keputusan Anda tersimpan; keputusan Anda
          tidak dicatat. Daftar di bawah sudah diperbarui.
        </Alert>
      )}
      <Card>
        {!queue ? (
          loading ? (
            <Loading label="Memuat SKP yang menunggu persetujuan…" />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : queue.edges.length === 0 ? (
          <EmptyState title="Tidak ada SKP yang menunggu persetujuan">SKP bawahan yang diajukan kepada Anda akan tampil di sini.</EmptyState>
        ) : (
          <>
            <ul className="list" aria-label="SKP menunggu persetujuan">
              {queue.edges.map(({ node }) => (
                <ApprovalItem
                  key={node.id}
                  plan={node}
                  onStale={() => void refetch()}
                  onConflict={(name) => setConflicts((c) => (c.includes(name) ? c : [...c, name]))}
                />
              ))}
            </ul>
            <LoadMore
              shown={queue.edges.length}
              total={queue.totalCount}
              hasNextPage={queue.pageInfo.hasNextPage}
              onLoadMore={() => fetchMore({ variables: { after: queue.pageInfo.endCursor } })}
            />
          </>
        )}
      </Card>
    </>
  );
}
