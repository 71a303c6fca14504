import { useForm } from '../../../shared/forms/useForm';
import { todayIso } from '../../../shared/format/date';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { useAssignmentEnd } from './useAssignmentEnd';

export function AssignmentEndDialog(props: { assignment: { id: string; positionName: string }; onClose: () => void }) {
  const [end] = useAssignmentEnd();
  const form = useForm({
    initial: { endDate: todayIso() },
    submit: async (v) => (await end({ id: props.assignment.id, endDate: v.endDate }))?.userErrors,
    onSuccess: props.onClose,
  });
  return (
    <Dialog title={`Akhiri penempatan: ${props.assignment.positionName}`} onClose={props.onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Hari terakhir menjabat" type="date" {...form.bind('endDate')} required />
        <p className="small muted">Riwayat penempatan tetap tersimpan.</p>
        <div className="form-actions">
          <Button variant="secondary" onClick={props.onClose}>
            Batal
          </Button>
          <Button type="submit" variant="danger" busy={form.submitting}>
            Akhiri penempatan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
