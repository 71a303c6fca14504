import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatShortDate } from '../../shared/format/date';
import { Link, pathWithQuery } from '../../shared/router/router';
import { Badge, Card, Loading, QueryError } from '../../shared/ui/feedback';
import '../planning/planning.css';

export const EntriesToVerifySlotDocument = graphql(`
  query EntriesToVerifySlot {
    logbookVerificationInbox(first: 100) {
      totalCount
      edges {
        cursor
        node {
          id
          date
          employee {
            id
            name
          }
        }
      }
    }
  }
`);

interface PersonQueue {
  id: string;
  name: string;
  count: number;
  oldest: string;
}

/** The people behind the first entries of the inbox, with how many each and since when. */
export function byEmployee(entries: readonly { date: string; employee?: { id: string; name: string } | null }[]): PersonQueue[] {
  const people = new Map<string, PersonQueue>();
  for (const e of entries) {
    if (!e.employee) continue;
    const p = people.get(e.employee.id) ?? { id: e.employee.id, name: e.employee.name, count: 0, oldest: e.date };
    p.count += 1;
    if (e.date < p.oldest) p.oldest = e.date;
    people.set(p.id, p);
  }
  return [...people.values()].sort((a, b) => a.oldest.localeCompare(b.oldest) || a.name.localeCompare(b.name));
}

/** Home slot "Catatan harian untuk diverifikasi": how many wait, by employee, linked to the inbox. */
export function EntriesToVerifySlot() {
  const { data, loading, error, refetch } = useQuery(EntriesToVerifySlotDocument);
  const inbox = data?.logbookVerificationInbox;
  const people = inbox ? byEmployee(inbox.edges.map((e) => e.node)) : [];
  return (
    <div data-slot="entries-to-verify">
      <Card title="Catatan harian untuk diverifikasi">
        {!inbox ? (
          loading ? (
            <Loading />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : inbox.totalCount === 0 ? (
          <p className="small muted">Tidak ada catatan harian bawahan yang menunggu verifikasi Anda.</p>
        ) : (
          <>
            <p>
              <strong>{inbox.totalCount}</strong> catatan harian menunggu verifikasi Anda.
            </p>
            <ul className="slot-list">
              {people.slice(0, 5).map((p) => (
                <li key={p.id}>
                  <span>
                    <Link to={pathWithQuery('/verifikasi', { pegawai: p.id })}>{p.name}</Link>
                    <span className="small muted"> · sejak {formatShortDate(p.oldest)}</span>
                  </span>
                  <Badge tone="primary">{p.count}</Badge>
                </li>
              ))}
            </ul>
            <Link to="/verifikasi">Buka kotak verifikasi</Link>
          </>
        )}
      </Card>
    </div>
  );
}
