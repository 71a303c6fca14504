import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link } from '../../shared/router/router';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { ResultRoleMatrixTable } from './ResultRoleMatrixTable';
import './cascade.css';

const MyResultRoleMatrixDocument = graphql(`
  query MyResultRoleMatrix {
    viewer {
      employee {
        id
        currentPlan {
          id
          resultRoleMatrix {
            ...ResultRoleMatrixTable_matrix
          }
        }
      }
    }
  }
`);

const ResultRoleMatrixPageDocument = graphql(`
  query ResultRoleMatrixPage($plan: ID!) {
    resultRoleMatrix(plan: $plan) {
      ...ResultRoleMatrixTable_matrix
    }
  }
`);

/** Matriks Peran Hasil of the viewer's current plan, or of a plan by id (a leader below the viewer). */
export function ResultRoleMatrixPage({ planId }: { planId: string | null }) {
  usePageTitle('Matriks Peran Hasil');
  const viewer = useViewer();
  const mine = useQuery(MyResultRoleMatrixDocument, { skip: planId !== null });
  const byId = useQuery(ResultRoleMatrixPageDocument, { variables: { plan: planId ?? '' }, skip: planId === null });
  const q = planId === null ? mine : byId;
  const matrix = planId === null ? mine.data?.viewer?.employee.currentPlan?.resultRoleMatrix : byId.data?.resultRoleMatrix;

  const header = (
    <div className="page-header">
      <div>
        <h1>Matriks Peran Hasil</h1>
        {matrix && (
          <p className="muted small">
            {matrix.plan.employee?.name} · {matrix.plan.period.name}
          </p>
        )}
      </div>
    </div>
  );
  if (!q.data) return q.loading ? <Loading label="Memuat matriks…" /> : <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!matrix) {
    return (
      <>
        {header}
        <Card>
          <EmptyState title={planId === null ? 'Anda belum memiliki SKP periode ini' : 'Matriks tidak ditemukan'}>
            {planId === null ? <Link to="/skp">Buat SKP terlebih dahulu</Link> : 'SKP ini tidak ada atau di luar kewenangan Anda.'}
          </EmptyState>
        </Card>
      </>
    );
  }
  return (
    <>
      {header}
      <Card>
        <ResultRoleMatrixTable matrix={matrix} canCascade={matrix.plan.employee?.id === viewer.employee.id} />
      </Card>
    </>
  );
}
