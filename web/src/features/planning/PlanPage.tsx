import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link } from '../../shared/router/router';
import { Card, Loading, QueryError } from '../../shared/ui/feedback';
import { PlanView } from './PlanView';

const PlanPageDocument = graphql(`
  query PlanPage($id: ID!) {
    performancePlan(id: $id) {
      id
      employee {
        id
        name
      }
      ...PlanView_plan
    }
  }
`);

/** An SKP by its id: how an appraiser opens a subordinate's plan from the approvals list. */
export function PlanPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(PlanPageDocument, { variables: { id } });
  const plan = data?.performancePlan;
  usePageTitle(plan ? `SKP ${plan.employee?.name ?? ''}` : 'SKP');
  if (!data) return loading ? <Loading label="Memuat SKP…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  if (!plan) {
    return (
      <Card>
        <h1>SKP tidak ditemukan</h1>
        <p>SKP ini tidak ada atau di luar kewenangan Anda.</p>
        <Link to="/skp">Ke SKP saya</Link>
      </Card>
    );
  }
  return (
    <>
      <nav className="breadcrumbs" aria-label="Lokasi">
        <ol>
          <li>
            <Link to="/persetujuan">Persetujuan SKP</Link>
          </li>
          <li aria-current="page">{plan.employee?.name ?? 'SKP'}</li>
        </ol>
      </nav>
      <div className="page-header">
        <h1>SKP {plan.employee?.name ?? ''}</h1>
      </div>
      <PlanView plan={plan} />
    </>
  );
}
