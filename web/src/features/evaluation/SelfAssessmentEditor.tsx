import { useId, useState } from 'react';
import { errorText } from '../../shared/forms/errorText';
import { mapUserErrors } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { TextAreaField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { localizeEvaluationErrors } from './labels';
import { useSelfAssessmentSet } from './useSelfAssessmentSet';

interface Props {
  planId: string;
  evaluationPeriodId: string;
  goal: { id: string; description: string };
  number: number;
  current: string | null;
  hadEvaluation: boolean;
}

/** Penilaian diri: the employee's note on one RHK, written before the appraiser rates. */
export function SelfAssessmentEditor({ planId, evaluationPeriodId, goal, number, current, hadEvaluation }: Props) {
  const id = useId();
  const [save, { loading }] = useSelfAssessmentSet(hadEvaluation);
  const [note, setNote] = useState(current ?? '');
  const [error, setError] = useState<string | undefined>();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    setSaved(false);
    setFormErrors([]);
    if (!note.trim()) {
      setError('Tuliskan penilaian diri untuk RHK ini.');
      return;
    }
    try {
      const payload = await save({ performancePlan: planId, evaluationPeriod: evaluationPeriodId, goal: goal.id, note: note.trim() });
      const mapped = mapUserErrors(localizeEvaluationErrors(payload?.userErrors), ['note'] as const);
      setError(mapped.fieldErrors.note);
      setFormErrors(mapped.formErrors);
      setSaved(!payload?.userErrors.length);
    } catch (err) {
      setFormErrors([errorText(err)]);
    }
  };
  return (
    <section className="feedback-item" aria-labelledby={id}>
      <h3 id={id}>
        {number}. {goal.description}
      </h3>
      <FormErrors errors={formErrors} />
      <TextAreaField
        label={`Penilaian diri RHK ${number}`}
        rows={3}
        maxLength={2000}
        value={note}
        error={error}
        hint="Capaian, kendala dan bukti dukung menurut Anda; dibaca pejabat penilai sebelum memberi rating."
        onChange={(e) => {
          setNote(e.target.value);
          setSaved(false);
          setError(undefined);
        }}
      />
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        {saved && (
          <span className="small" role="status" style={{ color: 'var(--color-success)' }}>
            Penilaian diri tersimpan.
          </span>
        )}
        <Button variant="secondary" small busy={loading} onClick={() => void submit()}>
          Simpan penilaian diri
        </Button>
      </div>
    </section>
  );
}
