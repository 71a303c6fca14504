import { useState } from 'react';
import { useForm } from '../../../shared/forms/useForm';
import { todayIso } from '../../../shared/format/date';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { TextAreaField, TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { EmployeePicker } from './EmployeePicker';
import type { PickedEmployee } from './EmployeePicker';
import { useAppraiserOverrideSet } from './useAppraiserOverrideSet';

/** Sets a pejabat penilai other than the reporting line, from a date, with a reason. */
export function AppraiserOverrideDialog(props: { employee: { id: string; name: string }; onClose: () => void }) {
  const [set] = useAppraiserOverrideSet();
  const [appraiser, setAppraiser] = useState<PickedEmployee | null>(null);
  const form = useForm({
    initial: { appraiser: '', reason: '', startDate: todayIso(), endDate: '' },
    submit: async (v) => {
      if (!appraiser) return [{ code: 'REQUIRED', field: ['input', 'appraiser'], message: 'Pilih pejabat penilai.' }];
      const payload = await set({
        employee: props.employee.id,
        appraiser: appraiser.id,
        reason: v.reason.trim(),
        startDate: v.startDate,
        endDate: v.endDate || null,
      });
      return payload?.userErrors;
    },
    onSuccess: props.onClose,
  });
  return (
    <Dialog title={`Pejabat penilai ${props.employee.name}`} onClose={props.onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <EmployeePicker
          label="Pejabat penilai pengganti"
          value={appraiser}
          onChange={setAppraiser}
          error={form.fieldErrors.appraiser}
          excludeId={props.employee.id}
        />
        <TextAreaField
          label="Alasan"
          {...form.bind('reason')}
          hint="5–1000 karakter, tercatat dalam jejak audit. Contoh: guru dinilai kepala sekolah."
          rows={3}
          required
        />
        <TextField label="Berlaku mulai" type="date" {...form.bind('startDate')} required />
        <TextField label="Berlaku sampai (jika diketahui)" type="date" {...form.bind('endDate')} />
        <div className="form-actions">
          <Button variant="secondary" onClick={props.onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Tetapkan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
