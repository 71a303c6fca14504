import type { PositionLevel, PositionType } from '../../../gql/graphql';
import { useForm } from '../../../shared/forms/useForm';
import { levelsByType, positionLevelLabel, positionTypeLabel } from '../../../shared/format/labels';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { SelectField, TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { SuperiorSelect } from './SuperiorSelect';
import { usePositionCreate } from './usePositionCreate';

const TYPES: PositionType[] = ['JPT', 'JA', 'JF'];

export function PositionCreateDialog({ unitId, unitName, onClose }: { unitId: string; unitName: string; onClose: () => void }) {
  const [create] = usePositionCreate();
  const form = useForm({
    initial: { name: '', type: 'JA' as string, level: 'PELAKSANA' as string, superior: '' },
    submit: async (v) => {
      const payload = await create({
        unit: unitId,
        superior: v.superior || null,
        name: v.name.trim(),
        type: v.type as PositionType,
        level: v.level as PositionLevel,
      });
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  const type = form.values.type as PositionType;

  const onTypeChange = (next: PositionType) => {
    form.setValue('type', next);
    if (!levelsByType[next].includes(form.values.level as PositionLevel)) form.setValue('level', levelsByType[next][0]!);
  };

  return (
    <Dialog title={`Tambah jabatan di ${unitName}`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Nama jabatan" {...form.bind('name')} placeholder="contoh: Kepala Seksi Kurikulum" required />
        <SelectField
          label="Jenis jabatan"
          value={type}
          error={form.fieldErrors.type}
          onChange={(e) => onTypeChange(e.target.value as PositionType)}
        >
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {positionTypeLabel[t]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Jenjang" {...form.bind('level')}>
          {levelsByType[type].map((l) => (
            <option key={l} value={l}>
              {positionLevelLabel[l]}
            </option>
          ))}
        </SelectField>
        <SuperiorSelect unitId={unitId} {...form.bind('superior')} />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan jabatan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
