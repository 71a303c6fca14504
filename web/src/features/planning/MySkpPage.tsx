import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { formatDateRange } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link } from '../../shared/router/router';
import { Badge, Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { currentPeriod } from './currentPeriod';
import { planStatusLabel, planStatusTone } from './labels';
import { PlanCreateCard } from './PlanCreateCard';
import { PlanView } from './PlanView';

export const MySkpDocument = graphql(`
  query MySkp {
    periods {
      id
      name
      year
      startDate
      endDate
      isLocked
    }
    viewer {
      employee {
        id
        currentPlan {
          id
          ...PlanView_plan
        }
        performancePlans(first: 10) {
          nodes {
            id
            status
            startDate
            endDate
            period {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * SKP saya: the plan in force today, or the form to create it for the current period;
 * earlier plans of the year (closed by a transfer) and past years are linked below.
 */
export function MySkpPage() {
  usePageTitle('SKP saya');
  const { data, loading, error, refetch } = useQuery(MySkpDocument);
  if (!data) return loading ? <Loading label="Memuat SKP Anda…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  const employee = data.viewer?.employee;
  const plan = employee?.currentPlan ?? null;
  const period = currentPeriod(data.periods);
  const others = (employee?.performancePlans.nodes ?? []).filter((p) => p.id !== plan?.id);
  return (
    <>
      <div className="page-header">
        <h1>SKP saya</h1>
      </div>
      <div className="stack">
        {plan ? (
          <PlanView plan={plan} />
        ) : !period ? (
          <Card>
            <EmptyState title="Belum ada periode SKP">Admin instansi belum membuka periode SKP tahun ini.</EmptyState>
          </Card>
        ) : period.isLocked ? (
          <Card>
            <EmptyState title={`${period.name} sudah dikunci`}>Batas pengisian telah lewat. Hubungi admin untuk membuka kembali.</EmptyState>
          </Card>
        ) : (
          <PlanCreateCard period={period} />
        )}
        {others.length > 0 && (
          <Card title="SKP lainnya">
            <ul className="list">
              {others.map((p) => (
                <li key={p.id} className="list-item">
                  <div className="list-item__main">
                    <Link to={`/skp/${encodeURIComponent(p.id)}`}>{p.period.name}</Link>
                    <div className="small muted">{formatDateRange(p.startDate, p.endDate)}</div>
                  </div>
                  <Badge tone={planStatusTone[p.status]}>{planStatusLabel[p.status]}</Badge>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}
