import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { DownloadButton } from '../../shared/files/download';
import { todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, navigate, pathWithQuery } from '../../shared/router/router';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { useViewer } from '../auth/viewerContext';
import { AllowanceCard } from './AllowanceCard';
import { CreditPointsCard } from './CreditPointsCard';
import { EvaluationPeriodPicker } from './EvaluationPeriodPicker';
import { EvaluationSummary } from './EvaluationSummary';
import { FeedbackEditor } from './FeedbackEditor';
import { coreValueLabel } from './labels';
import { defaultEvaluationPeriod, startedPeriods } from './periods';
import { SelfAssessmentEditor } from './SelfAssessmentEditor';
import '../planning/planning.css';
import './evaluation.css';

export const MyResultsDocument = graphql(`
  query MyResults {
    viewer {
      employee {
        id
        currentPlan {
          id
          status
          pdfUrl
          period {
            id
            name
            year
            evaluationPeriods {
              id
              kind
              name
              startDate
              endDate
            }
          }
          goals {
            id
            description
          }
          evaluations {
            id
            period {
              id
            }
          }
        }
      }
    }
  }
`);

export const MyEvaluationDocument = graphql(`
  query MyEvaluation($plan: ID!, $evaluationPeriod: ID!) {
    performancePlan(id: $plan) {
      id
      evaluation(evaluationPeriod: $evaluationPeriod) {
        id
        ...EvaluationSummary_evaluation
      }
    }
  }
`);

type Goal = { id: string; description: string };

function MyEvaluation({ planId, epId, goals }: { planId: string; epId: string; goals: readonly Goal[] }) {
  const { data, loading, error, refetch } = useQuery(MyEvaluationDocument, { variables: { plan: planId, evaluationPeriod: epId } });
  if (!data) return loading ? <Loading label="Memuat penilaian…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  const evaluation = data.performancePlan?.evaluation ?? null;
  const rated = evaluation?.resultRating != null || evaluation?.behaviorRating != null;
  const self = (goalId: string) => evaluation?.selfAssessments.find((s) => s.goal?.id === goalId)?.note ?? null;
  const goalFeedback = evaluation?.feedback.filter((f) => f.goal) ?? [];
  const valueFeedback = evaluation?.feedback.filter((f) => f.coreValue) ?? [];
  return (
    <div className="eval-grid">
      <div className="stack">
        {!rated ? (
          <Card title="Penilaian diri">
            <p className="small muted">Sebelum pejabat penilai memberi rating, tuliskan penilaian diri Anda untuk setiap RHK.</p>
            {goals.length === 0 ? (
              <EmptyState title="SKP Anda belum memiliki RHK" />
            ) : (
              goals.map((g, i) => (
                <SelfAssessmentEditor
                  key={g.id}
                  planId={planId}
                  evaluationPeriodId={epId}
                  goal={g}
                  number={i + 1}
                  current={self(g.id)}
                  hadEvaluation={evaluation != null}
                />
              ))
            )}
          </Card>
        ) : (
          <Card title="Umpan balik pejabat penilai">
            {goals.map((g, i) => {
              const f = goalFeedback.find((x) => x.goal?.id === g.id);
              return (
                <FeedbackEditor
                  key={g.id}
                  title={`${i + 1}. ${g.description}`}
                  choices={f?.options ?? []}
                  current={f ? { optionIds: f.options.map((o) => o.id), note: f.note ?? null } : null}
                  readOnly
                  save={async () => []}
                >
                  {self(g.id) && (
                    <p className="self-note small">
                      <strong>Penilaian diri Anda:</strong> {self(g.id)}
                    </p>
                  )}
                </FeedbackEditor>
              );
            })}
            {valueFeedback.map((f) => (
              <FeedbackEditor
                key={f.id}
                title={`Perilaku kerja: ${f.coreValue ? coreValueLabel[f.coreValue] : ''}`}
                choices={f.options}
                current={{ optionIds: f.options.map((o) => o.id), note: f.note ?? null }}
                readOnly
                save={async () => []}
              />
            ))}
          </Card>
        )}
      </div>
      <aside className="eval-aside">
        <Card title="Hasil penilaian">{evaluation ? <EvaluationSummary evaluation={evaluation} /> : <p className="muted">Belum dinilai pejabat penilai.</p>}</Card>
      </aside>
    </div>
  );
}

/**
 * Hasil penilaian saya: per evaluation period the self-assessment before rating, then the
 * predikat on the matrix with the feedback; the year's angka kredit and a month's TPP.
 */
export function MyResultsPage({ period }: { period: string | null }) {
  usePageTitle('Penilaian kinerja');
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(MyResultsDocument);
  const today = todayIso();
  const plan = data?.viewer?.employee.currentPlan ?? null;
  const ep = plan ? defaultEvaluationPeriod(plan.period.evaluationPeriods, today, { requested: period, evaluated: plan.evaluations.map((e) => e.period.id) }) : null;
  const approved = plan && (plan.status === 'APPROVED' || plan.status === 'REVISION_SUBMITTED' || plan.status === 'REVISION_REJECTED');
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Penilaian kinerja</h1>
          <p className="muted small">Penilaian diri, umpan balik, predikat kinerja, angka kredit dan TPP Anda.</p>
        </div>
        <div className="row">
          {viewer.isAppraiser && (
            <Link className="btn" to="/penilaian/bawahan">
              Penilaian bawahan
            </Link>
          )}
          {plan && <DownloadButton path={plan.pdfUrl} fileName="skp.pdf" label="Unduh SKP (PDF)" />}
        </div>
      </div>
      <div className="stack">
        {!data ? (
          loading ? (
            <Loading label="Memuat penilaian Anda…" />
          ) : (
            <QueryError error={error} onRetry={() => void refetch()} />
          )
        ) : !plan ? (
          <Card>
            <EmptyState title="Anda belum memiliki SKP">
              <Link to="/skp">Buat SKP</Link> lebih dulu; penilaian diberikan atas SKP yang disetujui.
            </EmptyState>
          </Card>
        ) : !approved ? (
          <Card>
            <EmptyState title="SKP Anda belum disetujui">Penilaian diri dan penilaian pejabat penilai dimulai setelah SKP disetujui.</EmptyState>
          </Card>
        ) : !ep ? (
          <Card>
            <EmptyState title="Belum ada periode penilaian yang dimulai" />
          </Card>
        ) : (
          <>
            <div style={{ maxWidth: '22rem' }}>
              <EvaluationPeriodPicker
                periods={startedPeriods(plan.period.evaluationPeriods, today)}
                value={ep.id}
                onChange={(id) => navigate(pathWithQuery('/penilaian', { periode: id }), { replace: true })}
              />
            </div>
            <MyEvaluation key={ep.id} planId={plan.id} epId={ep.id} goals={plan.goals} />
          </>
        )}
        <div className="grid-wide">
          <CreditPointsCard year={plan?.period.year ?? Number(today.slice(0, 4))} />
          <AllowanceCard defaultMonth={today.slice(0, 7)} />
        </div>
      </div>
    </>
  );
}
