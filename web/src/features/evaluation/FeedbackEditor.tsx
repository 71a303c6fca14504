import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { FeedbackTone } from '../../gql/graphql';
import { errorText } from '../../shared/forms/errorText';
import { mapUserErrors } from '../../shared/forms/userErrors';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { TextAreaField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { localizeEvaluationErrors } from './labels';

export interface FeedbackChoice {
  id: string;
  text: string;
  tone: FeedbackTone;
}

interface Props {
  title: ReactNode;
  children?: ReactNode;
  /** Options of the reference list that fit this goal or core value. */
  choices: readonly FeedbackChoice[];
  /** Feedback given so far. */
  current: { optionIds: readonly string[]; note: string | null } | null;
  readOnly: boolean;
  /** Folded until opened (core values), unless feedback was given already. */
  collapsible?: boolean;
  save: (value: { options: string[]; note: string | null }) => Promise<readonly UserErrorLike[]>;
}

const TONES: [FeedbackTone, string][] = [
  ['APPRECIATION', 'Apresiasi'],
  ['IMPROVEMENT', 'Perbaikan'],
];

/**
 * Umpan balik on one goal (RHK) or one core value: options from the reference list plus
 * free text. Read-only once the evaluation is confirmed or for viewers who do not rate.
 */
export function FeedbackEditor({ title, children, choices, current, readOnly, collapsible, save }: Props) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>(() => [...(current?.optionIds ?? [])]);
  const [note, setNote] = useState(current?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<{ options?: string; note?: string; form: string[] }>({ form: [] });
  const byId = new Map(choices.map((c) => [c.id, c]));

  const toggle = (optionId: string, on: boolean) => {
    setSaved(false);
    setSelected((prev) => (on ? [...prev, optionId] : prev.filter((x) => x !== optionId)));
  };

  const submit = async () => {
    setSaved(false);
    if (selected.length === 0 && !note.trim()) {
      setErrors({ options: 'Pilih paling sedikit satu umpan balik atau tulis catatan.', form: [] });
      return;
    }
    setBusy(true);
    try {
      const result = localizeEvaluationErrors(await save({ options: selected, note: note.trim() || null }));
      const mapped = mapUserErrors(result, ['options', 'note'] as const);
      setErrors({ ...mapped.fieldErrors, form: mapped.formErrors });
      setSaved(result.length === 0);
    } catch (err) {
      setErrors({ form: [errorText(err)] });
    } finally {
      setBusy(false);
    }
  };

  if (readOnly) {
    const given = (current?.optionIds ?? []).map((o) => byId.get(o)?.text ?? null).filter(Boolean);
    return (
      <section className="feedback-item" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{title}</h3>
        {children}
        {given.length === 0 && !current?.note ? (
          <p className="small muted">Belum ada umpan balik.</p>
        ) : (
          <ul className="given-feedback">
            {given.map((t) => (
              <li key={t}>• {t}</li>
            ))}
            {current?.note && <li className="prewrap">“{current.note}”</li>}
          </ul>
        )}
      </section>
    );
  }

  const given = (current?.optionIds.length ?? 0) > 0 || Boolean(current?.note);
  const editor = (
    <>
      {children}
      <FormErrors errors={errors.form} />
      {TONES.map(([tone, label]) => {
        const items = choices.filter((c) => c.tone === tone);
        if (items.length === 0) return null;
        return (
          <fieldset key={tone} className="feedback-options" aria-describedby={errors.options ? `${id}-options-error` : undefined}>
            <legend>{label}</legend>
            {items.map((c) => (
              <label key={c.id} className="choice">
                <input type="checkbox" checked={selected.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                {c.text}
              </label>
            ))}
          </fieldset>
        );
      })}
      {errors.options && (
        <p className="field__error" id={`${id}-options-error`}>
          {errors.options}
        </p>
      )}
      <TextAreaField
        label="Catatan umpan balik"
        rows={2}
        maxLength={2000}
        value={note}
        error={errors.note}
        onChange={(e) => {
          setSaved(false);
          setNote(e.target.value);
        }}
      />
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        {saved && (
          <span className="small" role="status" style={{ color: 'var(--color-success)' }}>
            Umpan balik tersimpan.
          </span>
        )}
        <Button variant="secondary" small busy={busy} onClick={() => void submit()}>
          Simpan umpan balik
        </Button>
      </div>
    </>
  );
  if (collapsible) {
    return (
      <details className="feedback-item feedback-collapsible" open={given || undefined} aria-labelledby={`${id}-title`}>
        <summary>
          <span id={`${id}-title`}>{title}</span>
          <span className={given ? 'badge badge--success' : 'badge'}>{given ? 'Sudah diberi umpan balik' : 'Belum ada umpan balik'}</span>
        </summary>
        {editor}
      </details>
    );
  }
  return (
    <section className="feedback-item" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {editor}
    </section>
  );
}
