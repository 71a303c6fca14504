import { useForm } from '../../shared/forms/useForm';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { TextAreaField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';

/** Tolak catatan harian: the note (3 to 1000 characters) is shown to the employee. */
export function RejectDialog({ count, submit, onClose }: { count: number; submit: (note: string) => Promise<readonly UserErrorLike[]>; onClose: () => void }) {
  const form = useForm({
    initial: { note: '' },
    submit: async (v) => {
      const note = v.note.trim();
      if (note.length < 3) return [{ code: 'REQUIRED', field: ['input', 'note'], message: 'Tuliskan catatan penolakan, paling sedikit 3 karakter.' }];
      return submit(note);
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title={`Tolak ${count} catatan harian`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextAreaField
          label="Catatan penolakan"
          rows={4}
          maxLength={1000}
          hint="Ditampilkan kepada pegawai; jelaskan apa yang perlu diperbaiki (misalnya bukti dukung belum ada)."
          required
          {...form.bind('note')}
        />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" variant="danger" busy={form.submitting}>
            Tolak
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
