import { graphql } from '../../gql';
import type { EvaluationSummary_EvaluationFragment } from '../../gql/graphql';
import { DownloadButton } from '../../shared/files/download';
import { formatDateTime } from '../../shared/format/date';
import { Badge } from '../../shared/ui/feedback';
import { evaluationStatusLabel, expectationLabel, ratingLabel, ratingTone } from './labels';
import { RatingMatrix } from './RatingMatrix';

/** Everything an evaluation screen shows; the mutations re-select it. */
export const EvaluationSummary_evaluation = graphql(`
  fragment EvaluationSummary_evaluation on Evaluation {
    id
    status
    isAnnual
    isUnitHead
    resultRating
    resultRatingSource
    behaviorRating
    performanceRating
    ratedAt
    confirmedAt
    distributionOverrideReason
    reopenReason
    viewerCanRate
    viewerCanReopen
    pdfUrl
    ratingMatrix {
      ...RatingMatrix_matrix
    }
    feedback {
      id
      coreValue
      note
      goal {
        id
      }
      options {
        id
        text
        tone
      }
    }
    selfAssessments {
      id
      note
      updatedAt
      goal {
        id
      }
    }
    creditPoints {
      level
      rating
      months
      percent
      coefficient
      creditPoints
    }
  }
`);

/** Predikat, the two ratings and the matrix with the cell marked; or "belum dinilai". */
export function EvaluationSummary({ evaluation }: { evaluation: EvaluationSummary_EvaluationFragment }) {
  const rating = evaluation.performanceRating;
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        {rating ? (
          <span className={`predikat predikat--large rating--${ratingTone[rating]}`}>Predikat: {ratingLabel[rating]}</span>
        ) : (
          <span className="muted">Belum dinilai pejabat penilai.</span>
        )}
        <Badge tone={evaluation.status === 'CONFIRMED' ? 'success' : undefined}>{evaluationStatusLabel[evaluation.status]}</Badge>
      </div>
      <dl className="dl">
        <dt>Rating hasil kerja</dt>
        <dd>
          {evaluation.resultRating ? expectationLabel[evaluation.resultRating] : '—'}
          {evaluation.resultRatingSource === 'ORG_PERFORMANCE' && <span className="small muted"> (dari capaian kinerja organisasi unit)</span>}
        </dd>
        <dt>Rating perilaku kerja</dt>
        <dd>{evaluation.behaviorRating ? expectationLabel[evaluation.behaviorRating] : '—'}</dd>
        {evaluation.confirmedAt && (
          <>
            <dt>Ditetapkan</dt>
            <dd>{formatDateTime(evaluation.confirmedAt)}</dd>
          </>
        )}
        {evaluation.distributionOverrideReason && (
          <>
            <dt>Alasan di luar kurva</dt>
            <dd>{evaluation.distributionOverrideReason}</dd>
          </>
        )}
        {evaluation.creditPoints && (
          <>
            <dt>Angka kredit</dt>
            <dd>
              {evaluation.creditPoints.creditPoints.toLocaleString('id-ID', { maximumFractionDigits: 3 })} ({evaluation.creditPoints.percent} % ×{' '}
              {evaluation.creditPoints.coefficient.toLocaleString('id-ID')} × {evaluation.creditPoints.months}/12)
            </dd>
          </>
        )}
      </dl>
      <RatingMatrix matrix={evaluation.ratingMatrix} />
      {evaluation.pdfUrl && evaluation.performanceRating && (
        <div>
          <DownloadButton path={evaluation.pdfUrl} fileName="evaluasi-kinerja.pdf" label={evaluation.isAnnual ? 'Unduh dokumen evaluasi tahunan (PDF)' : 'Unduh dokumen evaluasi (PDF)'} small />
        </div>
      )}
    </div>
  );
}
