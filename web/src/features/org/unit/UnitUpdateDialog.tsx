import { useForm } from '../../../shared/forms/useForm';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { useOrgUnitUpdate } from './useOrgUnitUpdate';

export function UnitUpdateDialog({ unit, onClose }: { unit: { id: string; code: string; name: string }; onClose: () => void }) {
  const [update] = useOrgUnitUpdate();
  const form = useForm({
    initial: { code: unit.code, name: unit.name },
    submit: async (v) => {
      const code = v.code.trim();
      const name = v.name.trim();
      const payload = await update({
        id: unit.id,
        ...(code !== unit.code ? { code } : {}),
        ...(name !== unit.name ? { name } : {}),
      });
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title="Ubah unit kerja" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Nama unit kerja" {...form.bind('name')} required />
        <TextField label="Kode" {...form.bind('code')} hint="Unik dalam instansi." required />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan perubahan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
