import type { IndicatorRow_IndicatorFragment } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { FormErrors } from '../../shared/ui/feedback';
import { localizeErrors } from './errors';
import { IndicatorFields } from './IndicatorFields';
import { indicatorValues, readIndicator } from './indicatorForm';
import type { FormValues } from './indicatorForm';
import { useIndicatorCreate } from './useIndicatorCreate';
import { useIndicatorUpdate } from './useIndicatorUpdate';

interface Props {
  /** Goal to add an indicator to (create), or null to edit `indicator`. */
  goalId: string | null;
  indicator?: IndicatorRow_IndicatorFragment;
  plan: { approach: 'QUANTITATIVE' | 'QUALITATIVE'; isJpt: boolean };
  onClose: () => void;
}

/** Adds or edits one indicator (IKI). */
export function IndicatorDialog({ goalId, indicator, plan, onClose }: Props) {
  const [create] = useIndicatorCreate();
  const [update] = useIndicatorUpdate();
  const editing = goalId === null && indicator;
  const form = useForm<FormValues>({
    initial: indicatorValues('', indicator ?? {}),
    map: { prefix: editing ? ['input'] : ['input', 'indicator'] },
    submit: async (v) => {
      const { spec, errors } = readIndicator(v, '', editing ? ['input'] : ['input', 'indicator'], plan);
      if (errors.length) return errors;
      if (editing) {
        const payload = await update({ indicator: indicator.id, ...spec });
        return localizeErrors(payload?.userErrors);
      }
      const payload = await create({ goal: goalId!, indicator: spec });
      return localizeErrors(payload?.userErrors);
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title={editing ? 'Ubah indikator (IKI)' : 'Tambah indikator (IKI)'} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <IndicatorFields prefix="" values={form.values} errors={form.fieldErrors} setValue={form.setValue} plan={plan} />
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
