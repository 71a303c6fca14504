import { useState } from 'react';
import type { EvaluationSummary_EvaluationFragment } from '../../gql/graphql';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { TextAreaField } from '../../shared/ui/Field';
import { Alert, FormErrors } from '../../shared/ui/feedback';
import { ReasonDialog } from '../planning/ReasonDialog';
import { localizeEvaluationErrors } from './labels';
import { useEvaluationConfirm } from './useEvaluationConfirm';
import { useEvaluationReopen } from './useEvaluationReopen';

function OverrideDialog({ warnings, evaluationId, onClose }: { warnings: readonly string[]; evaluationId: string; onClose: () => void }) {
  const [confirm] = useEvaluationConfirm();
  const form = useForm({
    initial: { distributionOverrideReason: '' },
    submit: async (v) => {
      const reason = v.distributionOverrideReason.trim();
      if (reason.length < 5) {
        return [{ code: 'REQUIRED', field: ['input', 'distributionOverrideReason'], message: 'Tuliskan alasan, paling sedikit 5 karakter.' }];
      }
      const payload = await confirm({ evaluation: evaluationId, distributionOverrideReason: reason });
      return localizeEvaluationErrors(payload?.userErrors);
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title="Tetapkan di luar kurva distribusi" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        {warnings.length > 0 && (
          <Alert tone="warning" title="Sebaran predikat unit tidak sesuai pola distribusi:">
            <ul className="violations">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Alert>
        )}
        <FormErrors errors={form.formErrors} />
        <TextAreaField
          label="Alasan penetapan"
          rows={4}
          maxLength={1000}
          required
          hint="Dicatat dalam jejak audit (5–1.000 karakter)."
          {...form.bind('distributionOverrideReason')}
        />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Tetapkan dengan alasan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * Penetapan: confirming locks the evaluation; only the appraiser confirms, only the
 * agency's admin reopens (viewerCanRate / viewerCanReopen from the server). When the unit's spread breaks its pattern
 * (from the last rating or the distribution check), a reason is asked first; a refusal
 * DISTRIBUTION_REASON_REQUIRED opens the same question.
 */
export function ConfirmPanel({ evaluation, warnings }: { evaluation: EvaluationSummary_EvaluationFragment; warnings: readonly string[] }) {
  const [confirm, { loading }] = useEvaluationConfirm();
  const [reopen] = useEvaluationReopen();
  const [dialog, setDialog] = useState<'override' | 'reopen' | null>(null);
  const [serverWarnings, setServerWarnings] = useState<string[]>([]);
  const [errors, setErrors] = useState<string[]>([]);

  if (evaluation.status === 'CONFIRMED') {
    return (
      <>
        <Alert tone="success">Penilaian sudah ditetapkan dan terkunci.</Alert>
        {evaluation.viewerCanReopen && (
          <Button variant="secondary" onClick={() => setDialog('reopen')}>
            Buka kembali penilaian…
          </Button>
        )}
        {dialog === 'reopen' && (
          <ReasonDialog
            title="Buka kembali penilaian"
            label="Alasan membuka kembali"
            hint="Dicatat dalam jejak audit."
            confirmLabel="Buka kembali"
            submit={async (reason) => localizeEvaluationErrors((await reopen(evaluation.id, reason))?.userErrors)}
            onClose={() => setDialog(null)}
          />
        )}
      </>
    );
  }
  // Only the appraiser confirms (viewerCanRate: the plan's appraiser, on a draft); others see the state.
  if (!evaluation.viewerCanRate) return <p className="small muted">Penilaian belum ditetapkan; penetapan dilakukan oleh pejabat penilai.</p>;
  if (!evaluation.performanceRating) return <p className="small muted">Berikan kedua rating sebelum menetapkan penilaian.</p>;

  const run = async () => {
    setErrors([]);
    if (warnings.length > 0) {
      setDialog('override');
      return;
    }
    try {
      const payload = await confirm({ evaluation: evaluation.id });
      const refusals = payload?.userErrors ?? [];
      if (refusals.some((e) => e.code === 'DISTRIBUTION_REASON_REQUIRED')) {
        setServerWarnings(refusals.map((e) => e.message));
        setDialog('override');
      } else if (refusals.length) setErrors(localizeEvaluationErrors(refusals).map(describeUserError));
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };

  return (
    <>
      <FormErrors errors={errors} />
      <p className="small muted">Setelah ditetapkan, penilaian terkunci; perubahan hanya melalui admin dengan alasan.</p>
      <Button busy={loading} onClick={() => void run()}>
        Tetapkan penilaian
      </Button>
      {dialog === 'override' && <OverrideDialog warnings={warnings.length ? warnings : serverWarnings} evaluationId={evaluation.id} onClose={() => setDialog(null)} />}
    </>
  );
}
