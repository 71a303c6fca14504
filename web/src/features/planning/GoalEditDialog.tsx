import type { CascadeType, GoalCard_GoalFragment, GoalClassification, ParentGoalOption_GoalFragment } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { localizeErrors } from './errors';
import { classificationLabel } from './labels';
import { ParentGoalFields } from './ParentGoalFields';
import { useGoalUpdate } from './useGoalUpdate';

interface Props {
  goal: GoalCard_GoalFragment;
  candidates: readonly ParentGoalOption_GoalFragment[];
  needsParent: boolean;
  onClose: () => void;
}

/** Ubah RHK: text, classification, "penugasan dari" and the superior's goal (unlocked goals only). */
export function GoalEditDialog({ goal, candidates, needsParent, onClose }: Props) {
  const [update] = useGoalUpdate();
  const form = useForm({
    initial: {
      description: goal.description,
      classification: goal.classification as string,
      assignedBy: goal.assignedBy ?? '',
      parentGoal: goal.parentGoal?.id ?? '',
      cascadeType: (goal.cascadeType ?? '') as string,
    },
    submit: async (v) => {
      const description = v.description.trim();
      if (!description) return [{ code: 'REQUIRED', field: ['input', 'description'], message: 'Uraian RHK wajib diisi.' }];
      if (!v.parentGoal && needsParent && goal.kind === 'MAIN') {
        return [{ code: 'REQUIRED', field: ['input', 'parentGoal'], message: 'Pilih RHK atasan yang diintervensi.' }];
      }
      const payload = await update({
        goal: goal.id,
        description,
        classification: v.classification as GoalClassification,
        ...(goal.kind === 'ADDITIONAL' ? { assignedBy: v.assignedBy.trim() || null } : {}),
        parentGoal: v.parentGoal || null,
        cascadeType: v.parentGoal ? ((v.cascadeType || 'INDIRECT') as CascadeType) : null,
      });
      return localizeErrors(payload?.userErrors);
    },
    onSuccess: onClose,
  });
  // The current parent may be outside the candidates (another period's goal): keep it selectable.
  const options =
    goal.parentGoal && !candidates.some((c) => c.id === goal.parentGoal!.id)
      ? [{ __typename: 'Goal' as const, id: goal.parentGoal.id, description: goal.parentGoal.description, kind: 'MAIN' as const, owner: goal.parentGoal.owner, indicators: [] }, ...candidates]
      : candidates;
  return (
    <Dialog title="Ubah RHK" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextAreaField label="Uraian RHK (rencana hasil kerja)" rows={3} {...form.bind('description')} />
        {goal.kind === 'ADDITIONAL' && <TextField label="Penugasan dari" {...form.bind('assignedBy')} />}
        <SelectField label="Klasifikasi" {...form.bind('classification')}>
          {(['INDIVIDUAL', 'ORGANIZATION'] as const).map((c) => (
            <option key={c} value={c}>
              {classificationLabel[c]}
            </option>
          ))}
        </SelectField>
        <ParentGoalFields
          candidates={options}
          parentGoal={form.values.parentGoal}
          cascadeType={form.values.cascadeType}
          errors={{ parentGoal: form.fieldErrors.parentGoal, cascadeType: form.fieldErrors.cascadeType }}
          onParentChange={(id) => {
            form.setValue('parentGoal', id);
            if (!id) form.setValue('cascadeType', '');
            else if (!form.values.cascadeType) form.setValue('cascadeType', 'INDIRECT');
          }}
          onCascadeTypeChange={(t) => form.setValue('cascadeType', t)}
          required={needsParent && goal.kind === 'MAIN'}
        />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
