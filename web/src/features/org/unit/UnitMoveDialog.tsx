import { useState } from 'react';
import { useForm } from '../../../shared/forms/useForm';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { Checkbox } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { AgencyTrees } from '../tree/AgencyTrees';
import { useOrgUnitMove } from './useOrgUnitMove';

interface Props {
  unit: { id: string; name: string; parent?: { id: string; name: string } | null };
  onClose: () => void;
}

/** Picks a new parent in the tree (or makes the unit top-level) and moves the unit there. */
export function UnitMoveDialog({ unit, onClose }: Props) {
  const [move] = useOrgUnitMove();
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const form = useForm({
    initial: { newParent: '', topLevel: false as boolean },
    submit: async (v) => {
      if (!v.topLevel && !target) {
        return [{ code: 'REQUIRED', field: ['input', 'newParent'], message: 'Pilih unit induk yang baru.' }];
      }
      const payload = await move({ id: unit.id, newParent: v.topLevel ? null : target!.id }, unit.parent?.id ?? null);
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  const topLevel = form.values.topLevel === true;

  return (
    <Dialog title={`Pindahkan ${unit.name}`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <p className="small muted">
          Unit induk saat ini: {unit.parent?.name ?? 'tidak ada (unit kerja utama)'}. Seluruh subunit, jabatan dan pegawainya
          ikut berpindah.
        </p>
        <Checkbox label="Jadikan unit kerja utama (tanpa induk)" checked={topLevel} onChange={(c) => form.setValue('topLevel', c)} />
        {!topLevel && (
          <div className="field">
            <span className="field__label" id="move-target-label">
              Unit induk baru{target ? `: ${target.name}` : ''}
            </span>
            <div className="card" style={{ padding: 'var(--space-2)', maxHeight: '40vh', overflow: 'auto' }}>
              <AgencyTrees label="Pilih unit induk baru" selectedId={target?.id ?? null} onSelect={(u) => setTarget(u)} />
            </div>
            {form.fieldErrors.newParent && (
              <span className="field__error" role="alert">
                {form.fieldErrors.newParent}
              </span>
            )}
          </div>
        )}
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Pindahkan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
