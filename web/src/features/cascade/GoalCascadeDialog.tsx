import type { CascadeType, PlanStatus } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { Checkbox, RadioGroup, TextAreaField, TextField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { localizeErrors } from '../planning/errors';
import { cascadeTypeHint, cascadeTypeLabel, formatTarget, planStatusLabel } from '../planning/labels';
import { buildTargets, initialCascadeValues, toColumnPaths } from './cascadeForm';
import type { CascadeColumn, CascadeFormValues, ParentIndicator } from './cascadeForm';
import { useGoalCascade } from './useGoalCascade';

/** Plan statuses that may still receive goals (the owner may edit them). */
const OPEN: PlanStatus[] = ['DRAFT', 'RETURNED', 'REVISION_SUBMITTED'];

interface Props {
  goal: { id: string; description: string; indicators: readonly ParentIndicator[] };
  columns: readonly (CascadeColumn & { position: string | null; alreadyHas: boolean; planStatus: PlanStatus | null })[];
  onClose: () => void;
  onDone?: (count: number) => void;
}

/**
 * Turunkan RHK: push one of the leader's goals to chosen direct reports, each DIRECT
 * (with target shares of the goal's indicators) or INDIRECT, optionally with its own
 * text. NOT_DIRECT_REPORT shows on that person, TARGET_SHARE_EXCEEDED on their shares.
 */
export function GoalCascadeDialog({ goal, columns, onClose, onDone }: Props) {
  const [cascade] = useGoalCascade();
  let count = 0;
  const sharesErrorId = (c: number) => `cascade-shares-${c}`;
  const form = useForm<CascadeFormValues>({
    initial: initialCascadeValues(columns, goal.indicators),
    submit: async (v) => {
      const built = buildTargets(v, columns, goal.indicators);
      if (built.errors.length) return built.errors;
      count = built.targets.length;
      const payload = await cascade({ goal: goal.id, targets: built.targets });
      return localizeErrors(toColumnPaths(payload?.userErrors, built.sent));
    },
    onSuccess: () => {
      onClose();
      onDone?.(count);
    },
  });
  const v = form.values;
  const err = form.fieldErrors;
  return (
    <Dialog title="Turunkan RHK kepada bawahan" onClose={onClose}>
      <p className="small">
        <span className="muted">RHK: </span>
        <strong>{goal.description}</strong>
      </p>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        {columns.length === 0 && <p className="muted">Anda tidak memiliki bawahan langsung saat ini.</p>}
        {columns.map((col, c) => {
          const selected = v[`targets.${c}.selected`] === true;
          const type = String(v[`targets.${c}.cascadeType`]) as CascadeType;
          const personError = err[`targets.${c}.employee`];
          const sharesError = err[`targets.${c}.targetShares`];
          return (
            <fieldset key={col.employeeId} className="cascade-target" data-invalid={personError || sharesError ? true : undefined}>
              <legend>{col.name}</legend>
              {col.position && <p className="small muted">{col.position}</p>}
              {col.alreadyHas ? (
                <p className="small muted">Sudah menerima RHK ini.</p>
              ) : col.planStatus && !OPEN.includes(col.planStatus) ? (
                <p className="small muted">
                  SKP-nya berstatus {planStatusLabel[col.planStatus].toLowerCase()}: RHK baru hanya dapat diterima SKP yang masih dapat
                  diubah (draf, dikembalikan, atau revisi diajukan).
                </p>
              ) : (
                <Checkbox label={`Turunkan kepada ${col.name}`} checked={selected} onChange={(x) => form.setValue(`targets.${c}.selected`, x)} />
              )}
              {personError && (
                <p className="field__error" role="alert">
                  {personError}
                </p>
              )}
              {selected && (
                <>
                  <RadioGroup<CascadeType>
                    legend="Jenis cascading"
                    name={`targets.${c}.cascadeType`}
                    value={type}
                    error={err[`targets.${c}.cascadeType`]}
                    onChange={(t) => form.setValue(`targets.${c}.cascadeType`, t)}
                    options={(['DIRECT', 'INDIRECT'] as const).map((t) => ({
                      value: t,
                      label: (
                        <span>
                          <strong>{cascadeTypeLabel[t]}</strong> <span className="small muted">— {cascadeTypeHint[t]}</span>
                        </span>
                      ),
                    }))}
                  />
                  <TextAreaField
                    label="Uraian RHK bawahan"
                    rows={2}
                    name={`targets.${c}.description`}
                    value={String(v[`targets.${c}.description`])}
                    error={err[`targets.${c}.description`]}
                    onChange={(e) => form.setValue(`targets.${c}.description`, e.target.value)}
                    hint="Kosongkan untuk memakai uraian RHK Anda."
                  />
                  {type === 'DIRECT' && goal.indicators.length > 0 && (
                    <div role="group" aria-label={`Target bagian ${col.name}`}>
                      {goal.indicators.map((ind) => (
                        <TextField
                          key={ind.id}
                          label={`Target bagian: ${ind.description}`}
                          hint={`Target RHK Anda: ${formatTarget(ind)}`}
                          inputMode="decimal"
                          name={`targets.${c}.share.${ind.id}`}
                          value={String(v[`targets.${c}.share.${ind.id}`])}
                          error={err[`targets.${c}.share.${ind.id}`]}
                          // The sum refused over all shares points every share at one message.
                          {...(sharesError && !err[`targets.${c}.share.${ind.id}`]
                            ? { 'aria-invalid': true, 'aria-describedby': sharesErrorId(c) }
                            : {})}
                          onChange={(e) => form.setValue(`targets.${c}.share.${ind.id}`, e.target.value)}
                        />
                      ))}
                    </div>
                  )}
                  {sharesError && (
                    <p className="field__error" role="alert" id={sharesErrorId(c)}>
                      {sharesError}
                    </p>
                  )}
                </>
              )}
            </fieldset>
          );
        })}
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting} disabled={columns.length === 0}>
            Turunkan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
