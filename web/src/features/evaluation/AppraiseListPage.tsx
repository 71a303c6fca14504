import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, navigate, pathWithQuery } from '../../shared/router/router';
import { Badge, Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Nip } from '../../shared/ui/Nip';
import { currentPeriod } from '../planning/currentPeriod';
import { EvaluationPeriodPicker } from './EvaluationPeriodPicker';
import { evaluationStatusLabel, ratingLabel, ratingTone } from './labels';
import { defaultEvaluationPeriod, startedPeriods } from './periods';
import { UnitDistribution, useUnitDistribution } from './UnitDistribution';
import '../planning/planning.css';
import './evaluation.css';

export const AppraisePeriodsDocument = graphql(`
  query AppraisePeriods {
    periods {
      id
      name
      year
      startDate
      endDate
      evaluationPeriods {
        id
        kind
        name
        startDate
        endDate
      }
    }
    viewer {
      employee {
        id
        unit {
          id
          name
        }
      }
    }
  }
`);

export const PlansToEvaluateDocument = graphql(`
  query PlansToEvaluate($period: ID!, $evaluationPeriod: ID!, $after: String) {
    plansToApprove(status: [APPROVED, REVISION_SUBMITTED, REVISION_REJECTED], period: $period, first: 50, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          employee {
            id
            name
            nip
          }
          position {
            id
            name
          }
          evaluation(evaluationPeriod: $evaluationPeriod) {
            id
            status
            performanceRating
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function PlansTable({ periodId, epId }: { periodId: string; epId: string }) {
  const { data, loading, error, refetch, fetchMore } = useQuery(PlansToEvaluateDocument, { variables: { period: periodId, evaluationPeriod: epId } });
  const list = data?.plansToApprove;
  if (!list) return loading ? <Loading label="Memuat SKP bawahan…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  if (list.edges.length === 0) {
    return <EmptyState title="Belum ada SKP bawahan yang disetujui">Penilaian diberikan atas SKP yang sudah Anda setujui.</EmptyState>;
  }
  return (
    <>
      <table className="table table--stack eval-table">
        <thead>
          <tr>
            <th scope="col">Pegawai</th>
            <th scope="col">Jabatan</th>
            <th scope="col">Penilaian</th>
            <th scope="col">
              <span className="visually-hidden">Tindakan</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.edges.map(({ node: p }) => {
            const ev = p.evaluation;
            return (
              <tr key={p.id}>
                <td data-label="Pegawai">
                  <strong>{p.employee?.name ?? 'Pegawai'}</strong>
                  <div className="small muted">
                    <Nip value={p.employee?.nip} />
                  </div>
                </td>
                <td data-label="Jabatan">{p.position?.name ?? '—'}</td>
                <td data-label="Penilaian">
                  {!ev ? (
                    <Badge>Belum dinilai</Badge>
                  ) : (
                    <span className="row">
                      {ev.performanceRating ? (
                        <span className={`predikat rating--${ratingTone[ev.performanceRating]}`}>{ratingLabel[ev.performanceRating]}</span>
                      ) : (
                        <span className="small muted">Umpan balik diberikan</span>
                      )}
                      <Badge tone={ev.status === 'CONFIRMED' ? 'success' : undefined}>{evaluationStatusLabel[ev.status]}</Badge>
                    </span>
                  )}
                </td>
                <td className="table__actions">
                  <Link className="btn btn--secondary btn--small" to={pathWithQuery(`/penilaian/skp/${encodeURIComponent(p.id)}`, { periode: epId })}>
                    {ev?.status === 'CONFIRMED' ? 'Lihat' : 'Nilai'}
                    <span className="visually-hidden"> {p.employee?.name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <LoadMore shown={list.edges.length} total={list.totalCount} hasNextPage={list.pageInfo.hasNextPage} onLoadMore={() => fetchMore({ variables: { after: list.pageInfo.endCursor } })} />
    </>
  );
}

/** Penilaian bawahan: the approved plans the viewer appraises, with each one's state in the chosen period and the unit's curve. */
export function AppraiseListPage({ period }: { period: string | null }) {
  usePageTitle('Penilaian bawahan');
  const { data, loading, error, refetch } = useQuery(AppraisePeriodsDocument);
  const today = todayIso();
  const annual = data ? currentPeriod(data.periods, today) : null;
  const ep = annual ? defaultEvaluationPeriod(annual.evaluationPeriods, today, { requested: period }) : null;
  const unit = data?.viewer?.employee.unit ?? null;
  const distribution = useUnitDistribution(unit?.id, ep?.id ?? '');
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Penilaian bawahan</h1>
          <p className="muted small">Umpan balik, rating hasil kerja dan perilaku kerja, dan penetapan predikat bagi pegawai yang Anda nilai.</p>
        </div>
        <Link className="btn btn--secondary" to="/penilaian">
          Hasil penilaian saya
        </Link>
      </div>
      {!data ? (
        loading ? (
          <Loading />
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )
      ) : !annual || !ep ? (
        <Card>
          <EmptyState title="Belum ada periode penilaian yang dimulai" />
        </Card>
      ) : (
        <div className="eval-grid">
          <Card>
            <div style={{ maxWidth: '22rem' }}>
              <EvaluationPeriodPicker
                periods={startedPeriods(annual.evaluationPeriods, today)}
                value={ep.id}
                onChange={(id) => navigate(pathWithQuery('/penilaian/bawahan', { periode: id }), { replace: true })}
              />
            </div>
            <PlansTable periodId={annual.id} epId={ep.id} />
          </Card>
          {unit && (
            <aside className="eval-aside">
              <Card>
                <UnitDistribution query={distribution} />
              </Card>
            </aside>
          )}
        </div>
      )}
    </>
  );
}
