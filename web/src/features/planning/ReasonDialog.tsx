import { useForm } from '../../shared/forms/useForm';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { TextAreaField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';

interface Props {
  title: string;
  label: string;
  hint?: string;
  confirmLabel: string;
  danger?: boolean;
  /** Sends the reason; returns the payload's userErrors (a reason error lands on the field). */
  submit: (reason: string) => Promise<readonly UserErrorLike[] | null | undefined>;
  onClose: () => void;
  onDone?: () => void;
}

/** A workflow step that needs a reason (return, revision, rejected revision): 5 to 1000 characters. */
export function ReasonDialog({ title, label, hint, confirmLabel, danger, submit, onClose, onDone }: Props) {
  const form = useForm({
    initial: { reason: '' },
    submit: async (v) => {
      const reason = v.reason.trim();
      if (reason.length < 5) return [{ code: 'REQUIRED', field: ['input', 'reason'], message: 'Tuliskan alasan, paling sedikit 5 karakter.' }];
      return submit(reason);
    },
    onSuccess: () => {
      onClose();
      onDone?.();
    },
  });
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextAreaField label={label} rows={4} maxLength={1000} hint={hint} {...form.bind('reason')} required />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" variant={danger ? 'danger' : 'primary'} busy={form.submitting}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
