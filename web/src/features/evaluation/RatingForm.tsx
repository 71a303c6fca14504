import { useState } from 'react';
import type { EvaluationSummary_EvaluationFragment, ExpectationRating, RatingMatrix_MatrixFragment } from '../../gql/graphql';
import { errorText } from '../../shared/forms/errorText';
import { mapUserErrors } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { RadioGroup } from '../../shared/ui/Field';
import { Alert, FormErrors } from '../../shared/ui/feedback';
import { EXPECTATIONS, expectationLabel, localizeEvaluationErrors, predikatFor, ratingLabel, ratingTone } from './labels';
import { RatingMatrix } from './RatingMatrix';
import { useEvaluationRate } from './useEvaluationRate';

interface Props {
  planId: string;
  evaluationPeriodId: string;
  evaluation: EvaluationSummary_EvaluationFragment | null;
  /** The unmarked matrix, for a period not evaluated yet. */
  blankMatrix: RatingMatrix_MatrixFragment;
  /** Warnings returned by the last rating, for the confirmation step. */
  onWarnings: (messages: string[]) => void;
}

const options = EXPECTATIONS.map((value) => ({ value, label: expectationLabel[value] }));

/**
 * Rating hasil kerja and rating perilaku kerja, with the predikat they give shown on the
 * matrix before saving. For a unit head the result rating is the unit's organisational
 * performance and cannot be chosen.
 */
export function RatingForm({ planId, evaluationPeriodId, evaluation, blankMatrix, onWarnings }: Props) {
  const [rate, { loading }] = useEvaluationRate(evaluation != null);
  const fromUnit = evaluation?.isUnitHead ?? false;
  const [result, setResult] = useState<ExpectationRating | ''>(evaluation?.resultRating ?? '');
  const [behavior, setBehavior] = useState<ExpectationRating | ''>(evaluation?.behaviorRating ?? '');
  const [fieldErrors, setFieldErrors] = useState<{ resultRating?: string; behaviorRating?: string }>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const preview = result && behavior ? predikatFor(result, behavior) : null;
  const changed = result !== (evaluation?.resultRating ?? '') || behavior !== (evaluation?.behaviorRating ?? '');

  const save = async () => {
    setSaved(null);
    const missing: typeof fieldErrors = {};
    if (!fromUnit && !result) missing.resultRating = 'Pilih rating hasil kerja.';
    if (!behavior) missing.behaviorRating = 'Pilih rating perilaku kerja.';
    setFieldErrors(missing);
    setFormErrors([]);
    if (missing.resultRating || missing.behaviorRating) return;
    try {
      const payload = await rate({
        performancePlan: planId,
        evaluationPeriod: evaluationPeriodId,
        behaviorRating: behavior as ExpectationRating,
        ...(fromUnit ? {} : { resultRating: result as ExpectationRating }),
      });
      const mapped = mapUserErrors(localizeEvaluationErrors(payload?.userErrors), ['resultRating', 'behaviorRating'] as const);
      setFieldErrors(mapped.fieldErrors);
      setFormErrors(mapped.formErrors);
      if (payload?.evaluation && !payload.userErrors.length) {
        const warnings = (payload.distributionWarnings ?? []).map((w) => w.message);
        onWarnings(warnings);
        setSaved(payload.evaluation.performanceRating ? `Rating tersimpan. Predikat: ${ratingLabel[payload.evaluation.performanceRating]}.` : 'Rating tersimpan.');
      }
    } catch (err) {
      setFormErrors([errorText(err)]);
    }
  };

  return (
    <div className="stack">
      <FormErrors errors={formErrors} />
      {saved && <Alert tone="success">{saved}</Alert>}
      {fromUnit ? (
        <div className="field">
          <span className="field__label">Rating hasil kerja</span>
          <span>
            {evaluation?.resultRating ? expectationLabel[evaluation.resultRating] : 'Menunggu capaian kinerja organisasi unit'}{' '}
            <span className="small muted">(pegawai adalah kepala unit: mengikuti capaian kinerja organisasi)</span>
          </span>
          {fieldErrors.resultRating && <span className="field__error">{fieldErrors.resultRating}</span>}
        </div>
      ) : (
        <RadioGroup
          legend="Rating hasil kerja"
          name={`result-${evaluationPeriodId}`}
          value={result as ExpectationRating}
          options={options}
          onChange={(v) => {
            setResult(v);
            setSaved(null);
          }}
          error={fieldErrors.resultRating}
        />
      )}
      <RadioGroup
        legend="Rating perilaku kerja"
        name={`behavior-${evaluationPeriodId}`}
        value={behavior as ExpectationRating}
        options={options}
        onChange={(v) => {
          setBehavior(v);
          setSaved(null);
        }}
        error={fieldErrors.behaviorRating}
      />
      {preview && changed && (
        <p>
          Predikat yang dihasilkan: <span className={`predikat rating--${ratingTone[preview]}`}>{ratingLabel[preview]}</span>
        </p>
      )}
      <RatingMatrix
        matrix={evaluation?.ratingMatrix ?? blankMatrix}
        preview={changed ? { result: fromUnit ? (evaluation?.resultRating ?? null) : result || null, behavior: behavior || null } : undefined}
      />
      <div className="form-actions">
        <Button busy={loading} onClick={() => void save()}>
          Simpan rating
        </Button>
      </div>
    </div>
  );
}
