import { useState } from 'react';
import type { AssignmentKind } from '../../../gql/graphql';
import { useForm } from '../../../shared/forms/useForm';
import { dayBefore, formatDate, todayIso } from '../../../shared/format/date';
import { assignmentKindLabel } from '../../../shared/format/labels';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { Checkbox, RadioGroup, TextAreaField, TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { EmployeePicker } from './EmployeePicker';
import type { PickedEmployee } from './EmployeePicker';
import { PositionPicker } from './PositionPicker';
import type { PickedPosition } from './PositionPicker';
import { useAssignmentCreate } from './useAssignmentCreate';

interface Props {
  /** Fixed when opened from a position (then an employee is picked) … */
  position?: PickedPosition;
  /** … or from an employee (then a position is picked). */
  employee?: PickedEmployee;
  onClose: () => void;
}

const KINDS: AssignmentKind[] = ['DEFINITIVE', 'PLT', 'PLH'];

/** Penempatan: definitive, PLT or PLH, from a TMT; a transfer ends the current definitive post. */
export function AssignmentCreateDialog(props: Props) {
  const [create] = useAssignmentCreate();
  const [employee, setEmployee] = useState<PickedEmployee | null>(props.employee ?? null);
  const [position, setPosition] = useState<PickedPosition | null>(props.position ?? null);
  const form = useForm({
    initial: { kind: 'DEFINITIVE' as string, startDate: todayIso(), endDate: '', note: '', endCurrent: false as boolean, employee: '', position: '' },
    submit: async (v) => {
      if (!employee) return [{ code: 'REQUIRED', field: ['input', 'employee'], message: 'Pilih pegawai.' }];
      if (!position) return [{ code: 'REQUIRED', field: ['input', 'position'], message: 'Pilih jabatan.' }];
      const payload = await create({
        employee: employee.id,
        position: position.id,
        kind: v.kind as AssignmentKind,
        startDate: v.startDate,
        endDate: v.endDate || null,
        note: v.note.trim() || null,
        endCurrent: v.kind === 'DEFINITIVE' && v.endCurrent === true,
      });
      return payload?.userErrors;
    },
    onSuccess: props.onClose,
  });
  const kind = form.values.kind as AssignmentKind;
  const start = form.values.startDate as string;

  return (
    <Dialog title={position && props.position ? `Tempatkan pegawai: ${position.name}` : 'Tempatkan pada jabatan'} onClose={props.onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        {!props.employee && <EmployeePicker label="Pegawai" value={employee} onChange={setEmployee} error={form.fieldErrors.employee} />}
        {props.employee && <p>Pegawai: <strong>{props.employee.name}</strong></p>}
        {!props.position && <PositionPicker value={position} onChange={setPosition} error={form.fieldErrors.position} />}
        <RadioGroup
          legend="Jenis penempatan"
          name="kind"
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: assignmentKindLabel[k] }))}
          onChange={(k) => form.setValue('kind', k)}
          error={form.fieldErrors.kind}
        />
        <TextField label="TMT (mulai berlaku)" type="date" {...form.bind('startDate')} required />
        <TextField label="Berakhir (jika sudah diketahui)" type="date" {...form.bind('endDate')} />
        {kind === 'DEFINITIVE' && (
          <Checkbox
            label="Mutasi: akhiri jabatan definitif yang sedang diduduki"
            checked={form.values.endCurrent === true}
            onChange={(c) => form.setValue('endCurrent', c)}
            hint={start ? `Jabatan lama berakhir ${formatDate(dayBefore(start))}.` : undefined}
          />
        )}
        <TextAreaField label="Catatan (misalnya nomor SK)" {...form.bind('note')} maxLength={500} rows={2} />
        <div className="form-actions">
          <Button variant="secondary" onClick={props.onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan penempatan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
