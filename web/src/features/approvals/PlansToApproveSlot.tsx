import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format/date';
import { Link } from '../../shared/router/router';
import { Badge, Card, Loading, QueryError } from '../../shared/ui/feedback';
import { planStatusLabel, planStatusTone } from '../planning/labels';
import '../planning/planning.css';

export const PlansToApproveSlotDocument = graphql(`
  query PlansToApproveSlot {
    plansToApprove(first: 5) {
      totalCount
      nodes {
        id
        status
        submittedAt
        employee {
          id
          name
        }
      }
    }
  }
`);

/** Home slot "SKP menunggu persetujuan": count and the oldest few, linked to the approvals page. */
export function PlansToApproveSlot() {
  const { data, loading, error, refetch } = useQuery(PlansToApproveSlotDocument);
  const queue = data?.plansToApprove;
  return (
    <div data-slot="plans-to-approve">
      <Card title="SKP menunggu persetujuan">
        {!queue ? (
          loading ? (
            <Loading />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : queue.totalCount === 0 ? (
          <p className="small muted">Tidak ada SKP bawahan yang menunggu persetujuan Anda.</p>
        ) : (
          <>
            <p>
              <strong>{queue.totalCount}</strong> SKP menunggu keputusan Anda.
            </p>
            <ul className="slot-list">
              {queue.nodes.map((p) => (
                <li key={p.id}>
                  <span>
                    <Link to={`/skp/${encodeURIComponent(p.id)}`}>{p.employee?.name ?? 'Pegawai'}</Link>
                    <span className="small muted"> · {formatDateTime(p.submittedAt)}</span>
                  </span>
                  <Badge tone={planStatusTone[p.status]}>{planStatusLabel[p.status]}</Badge>
                </li>
              ))}
            </ul>
            <Link to="/persetujuan">Buka semua persetujuan</Link>
          </>
        )}
      </Card>
    </div>
  );
}
