import { useForm } from '../../../shared/forms/useForm';
import { navigate } from '../../../shared/router/router';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { useOrgUnitCreate } from './useOrgUnitCreate';

interface Props {
  /** Parent unit, or null for a top-level unit of the viewer's agency. */
  parent: { id: string; name: string } | null;
  onClose: () => void;
}

export function UnitCreateDialog({ parent, onClose }: Props) {
  const [create] = useOrgUnitCreate();
  const form = useForm({
    initial: { code: '', name: '' },
    submit: async (v) => {
      const payload = await create({ parent: parent?.id ?? null, code: v.code.trim(), name: v.name.trim() });
      if (payload?.orgUnit) navigate(`/organisasi/unit/${encodeURIComponent(payload.orgUnit.id)}`);
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title={parent ? `Tambah subunit di ${parent.name}` : 'Tambah unit kerja utama'} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Nama unit kerja" {...form.bind('name')} placeholder="contoh: Bidang Pembinaan SD" required />
        <TextField label="Kode" {...form.bind('code')} hint="Unik dalam instansi, paling banyak 40 karakter." required />
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
