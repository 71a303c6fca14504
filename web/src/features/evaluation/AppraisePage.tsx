import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AppraiseEvaluationQuery, CoreValue } from '../../gql/graphql';
import { DownloadButton } from '../../shared/files/download';
import { todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link, navigate, pathWithQuery } from '../../shared/router/router';
import { Card, EmptyState, Loading, QueryError } from '../../shared/ui/feedback';
import { Nip } from '../../shared/ui/Nip';
import { planStatusLabel } from '../planning/labels';
import { ConfirmPanel } from './ConfirmPanel';
import { EvaluationPeriodPicker } from './EvaluationPeriodPicker';
import { EvaluationSummary } from './EvaluationSummary';
import { FeedbackEditor } from './FeedbackEditor';
import { coreValueLabel, formatPercent } from './labels';
import { defaultEvaluationPeriod, startedPeriods } from './periods';
import { RatingForm } from './RatingForm';
import { UnitDistribution, useUnitDistribution } from './UnitDistribution';
import { useFeedbackSet } from './useFeedbackSet';
import { useViewer } from '../auth/viewerContext';
import '../planning/planning.css';
import './evaluation.css';

export const AppraisePlanDocument = graphql(`
  query AppraisePlan($id: ID!) {
    performancePlan(id: $id) {
      id
      status
      pdfUrl
      employee {
        id
        name
        nip
      }
      position {
        id
        name
      }
      unit {
        id
        name
      }
      period {
        id
        name
        evaluationPeriods {
          id
          kind
          name
          startDate
          endDate
        }
      }
      evaluations {
        id
        period {
          id
        }
      }
    }
  }
`);

export const AppraiseEvaluationDocument = graphql(`
  query AppraiseEvaluation($id: ID!, $evaluationPeriod: ID!) {
    performancePlan(id: $id) {
      id
      goals {
        id
        kind
        description
        indicators {
          id
          description
        }
      }
      behaviorExpectations {
        coreValue
        specificExpectation
      }
      progress(evaluationPeriod: $evaluationPeriod) {
        targetValue
        unit
        value
        achievementPercent
        indicator {
          id
        }
      }
      evaluation(evaluationPeriod: $evaluationPeriod) {
        id
        ...EvaluationSummary_evaluation
      }
    }
    feedbackOptions {
      id
      target
      coreValue
      tone
      text
    }
    ratingMatrix {
      ...RatingMatrix_matrix
    }
  }
`);

const CORE_VALUES: CoreValue[] = ['SERVICE_ORIENTED', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE'];

type Detail = NonNullable<AppraiseEvaluationQuery['performancePlan']>;

function valueText(v: number | null | undefined, unit: string | null | undefined): string {
  return v == null ? '—' : `${v.toLocaleString('id-ID', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;
}

function FeedbackSections({ planId, epId, plan, options }: { planId: string; epId: string; plan: Detail; options: AppraiseEvaluationQuery['feedbackOptions'] }) {
  const evaluation = plan.evaluation;
  const [setFeedback] = useFeedbackSet(evaluation != null);
  const viewer = useViewer();
  // Before the first write there is no evaluation to ask: only appraisers get the editors.
  const readOnly = evaluation ? !evaluation.viewerCanRate : !viewer.isAppraiser;
  const progress = new Map(plan.progress.map((p) => [p.indicator.id, p]));
  const save = (target: { goal: string } | { coreValue: CoreValue }) => async (v: { options: string[]; note: string | null }) =>
    (await setFeedback({ performancePlan: planId, evaluationPeriod: epId, ...target, options: v.options, note: v.note }))?.userErrors ?? [];
  const feedbackFor = (goalId: string | null, coreValue: CoreValue | null) =>
    evaluation?.feedback.find((f) => (goalId ? f.goal?.id === goalId : f.coreValue === coreValue)) ?? null;
  const goalChoices = options.filter((o) => o.target === 'GOAL');
  return (
    <>
      <Card title="Umpan balik hasil kerja (per RHK)">
        {plan.goals.length === 0 ? (
          <EmptyState title="SKP ini belum memiliki RHK" />
        ) : (
          plan.goals.map((g, i) => {
            const f = feedbackFor(g.id, null);
            const self = evaluation?.selfAssessments.find((s) => s.goal?.id === g.id);
            return (
              <FeedbackEditor
                key={g.id}
                title={`${i + 1}. ${g.description}`}
                choices={goalChoices}
                current={f ? { optionIds: f.options.map((o) => o.id), note: f.note ?? null } : null}
                readOnly={readOnly}
                save={save({ goal: g.id })}
              >
                {g.indicators.length > 0 && (
                  <table className="table table--stack progress-table eval-table">
                    <thead>
                      <tr>
                        <th scope="col">Indikator (IKI)</th>
                        <th scope="col" className="num">
                          Target
                        </th>
                        <th scope="col" className="num">
                          Realisasi
                        </th>
                        <th scope="col" className="num">
                          Capaian
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {g.indicators.map((ind) => {
                        const p = progress.get(ind.id);
                        return (
                          <tr key={ind.id}>
                            <td data-label="Indikator">{ind.description}</td>
                            <td data-label="Target" className="num">
                              {valueText(p?.targetValue, p?.unit)}
                            </td>
                            <td data-label="Realisasi" className="num">
                              {valueText(p?.value, p?.unit)}
                            </td>
                            <td data-label="Capaian" className="num">
                              {p?.achievementPercent == null ? '—' : formatPercent(p.achievementPercent)}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                )}
                {self && (
                  <p className="self-note small">
                    <strong>Penilaian diri pegawai:</strong> {self.note}
                  </p>
                )}
              </FeedbackEditor>
            );
          })
        )}
      </Card>
      <Card title="Umpan balik perilaku kerja (BerAKHLAK)">
        {CORE_VALUES.map((cv) => {
          const f = feedbackFor(null, cv);
          const expectation = plan.behaviorExpectations.find((b) => b.coreValue === cv)?.specificExpectation;
          return (
            <FeedbackEditor
              key={cv}
              title={coreValueLabel[cv]}
              choices={options.filter((o) => o.target === 'CORE_VALUE' && (o.coreValue == null || o.coreValue === cv))}
              current={f ? { optionIds: f.options.map((o) => o.id), note: f.note ?? null } : null}
              readOnly={readOnly}
              collapsible
              save={save({ coreValue: cv })}
            >
              {expectation && <p className="small muted">Ekspektasi khusus pimpinan: {expectation}</p>}
            </FeedbackEditor>
          );
        })}
      </Card>
    </>
  );
}

function EvaluationDetail({ planId, epId, unitId }: { planId: string; epId: string; unitId: string | null }) {
  const { data, loading, error, refetch } = useQuery(AppraiseEvaluationDocument, { variables: { id: planId, evaluationPeriod: epId } });
  const distribution = useUnitDistribution(unitId, epId);
  const [rateWarnings, setRateWarnings] = useState<string[] | null>(null);
  const viewer = useViewer();
  if (!data) return loading ? <Loading label="Memuat penilaian…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  const plan = data.performancePlan;
  if (!plan) return <EmptyState title="SKP tidak ditemukan" />;
  const evaluation = plan.evaluation;
  const checkWarnings = distribution.data?.distributionCheck?.violations.map((v) => v.message) ?? [];
  const warnings = rateWarnings ?? checkWarnings;
  // Ratings are the appraiser's (DOMAIN.md); an admin sees the result, not the form.
  const canRate = evaluation ? evaluation.viewerCanRate : viewer.isAppraiser;
  return (
    <div className="eval-grid">
      <div className="stack">
        <FeedbackSections planId={planId} epId={epId} plan={plan} options={data.feedbackOptions} />
      </div>
      <aside className="eval-aside" aria-label="Rating dan penetapan">
        <Card title="Rating dan predikat">
          {canRate ? (
            <RatingForm planId={planId} evaluationPeriodId={epId} evaluation={evaluation ?? null} blankMatrix={data.ratingMatrix} onWarnings={setRateWarnings} />
          ) : evaluation ? (
            <EvaluationSummary evaluation={evaluation} />
          ) : (
            <p className="small muted">Belum dinilai; rating diberikan oleh pejabat penilai.</p>
          )}
        </Card>
        {evaluation && (
          <Card title="Penetapan">
            <ConfirmPanel evaluation={evaluation} warnings={warnings} />
            {evaluation.pdfUrl && evaluation.performanceRating && (
              <p>
                <DownloadButton path={evaluation.pdfUrl} fileName="evaluasi-kinerja.pdf" label="Unduh dokumen evaluasi (PDF)" small />
              </p>
            )}
          </Card>
        )}
        <Card>
          <UnitDistribution query={distribution} />
        </Card>
      </aside>
    </div>
  );
}

/**
 * Penilaian kinerja by the appraiser, for one plan and one evaluation period: feedback
 * per RHK (with target and realisasi) and per core value, the two ratings with the
 * resulting predikat on the matrix, the unit's kurva distribusi, and the confirmation.
 */
export function AppraisePage({ planId, period }: { planId: string; period: string | null }) {
  const { data, loading, error, refetch } = useQuery(AppraisePlanDocument, { variables: { id: planId } });
  const plan = data?.performancePlan;
  usePageTitle(plan?.employee ? `Penilaian ${plan.employee.name}` : 'Penilaian kinerja');
  if (!data) return loading ? <Loading label="Memuat SKP…" /> : <QueryError error={error} onRetry={() => void refetch()} />;
  if (!plan) return <EmptyState title="SKP tidak ditemukan">SKP ini tidak ada atau Anda tidak berwenang melihatnya.</EmptyState>;
  const today = todayIso();
  const periods = startedPeriods(plan.period.evaluationPeriods, today);
  const ep = defaultEvaluationPeriod(plan.period.evaluationPeriods, today, { requested: period, evaluated: plan.evaluations.map((e) => e.period.id) });
  const approved = plan.status === 'APPROVED' || plan.status === 'REVISION_SUBMITTED' || plan.status === 'REVISION_REJECTED';
  return (
    <>
      <nav className="breadcrumbs" aria-label="Lokasi">
        <ol>
          <li>
            <Link to="/penilaian/bawahan">Penilaian bawahan</Link>
          </li>
          <li aria-current="page">{plan.employee?.name ?? 'Pegawai'}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>Penilaian kinerja {plan.employee?.name ?? ''}</h1>
          <p className="muted small">
            {plan.employee && <Nip value={plan.employee.nip} />} · {plan.position?.name ?? 'tanpa jabatan'} · {plan.unit?.name ?? ''} · {plan.period.name} · SKP{' '}
            {planStatusLabel[plan.status].toLowerCase()}
          </p>
        </div>
        <div className="row">
          <DownloadButton path={plan.pdfUrl} fileName="skp.pdf" label="Unduh SKP (PDF)" small />
          <Link className="btn btn--secondary btn--small" to={`/skp/${encodeURIComponent(plan.id)}`}>
            Lihat SKP
          </Link>
        </div>
      </div>
      {!approved ? (
        <Card>
          <EmptyState title="SKP belum disetujui">Penilaian dapat diberikan setelah SKP disetujui.</EmptyState>
        </Card>
      ) : !ep ? (
        <Card>
          <EmptyState title="Belum ada periode penilaian yang dimulai" />
        </Card>
      ) : (
        <div className="stack">
          <div style={{ maxWidth: '22rem' }}>
            <EvaluationPeriodPicker periods={periods} value={ep.id} onChange={(id) => navigate(pathWithQuery(`/penilaian/skp/${encodeURIComponent(plan.id)}`, { periode: id }), { replace: true })} />
          </div>
          <EvaluationDetail key={ep.id} planId={plan.id} epId={ep.id} unitId={plan.unit?.id ?? null} />
        </div>
      )}
    </>
  );
}
