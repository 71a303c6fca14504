import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format/date';
import { Badge, Card, Loading, QueryError } from '../../shared/ui/feedback';
import { daysLeft, upcomingDeadlines } from './deadlines';
import './planning.css';

export const DeadlinesSlotDocument = graphql(`
  query DeadlinesSlot {
    periods {
      id
      name
      evaluationPeriods {
        id
        kind
        name
        deadline
        unlockedUntil
        isLocked
      }
    }
  }
`);

/** Home slot "Batas waktu": the next deadlines (batas pengisian) of the agency's periods. */
export function DeadlinesSlot() {
  const { data, loading, error, refetch } = useQuery(DeadlinesSlotDocument);
  const now = new Date();
  const items = data
    ? upcomingDeadlines(
        data.periods.flatMap((p) => p.evaluationPeriods.map((e) => ({ ...e, periodName: p.name }))),
        now,
      )
    : [];
  return (
    <div data-slot="deadlines">
      <Card title="Batas waktu">
        {!data ? (
          loading ? (
            <Loading />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : items.length === 0 ? (
          <p className="small muted">Tidak ada batas pengisian yang akan datang.</p>
        ) : (
          <ul className="slot-list">
            {items.map((i) => {
              const left = daysLeft(i.due, now);
              const soon = left === 'hari ini' || left === 'besok' || /^dalam [1-7] hari$/.test(left);
              return (
                <li key={i.id}>
                  <span>
                    <strong>{i.name}</strong>
                    <span className="small muted">
                      {' '}
                      · batas {formatDateTime(i.due)}
                      {i.unlockedUntil && i.due === i.unlockedUntil ? ' (dibuka kembali oleh admin)' : ''}
                    </span>
                  </span>
                  <Badge tone={soon ? 'warning' : undefined}>{left}</Badge>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}
