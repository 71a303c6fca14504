import { useState } from 'react';
import type { EmploymentType, Role } from '../../../gql/graphql';
import { useForm } from '../../../shared/forms/useForm';
import { employmentTypeLabel, isAgencyAdmin, roleLabel } from '../../../shared/format/labels';
import { nipLengthHint } from '../../../shared/format/nip';
import { Link } from '../../../shared/router/router';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { RadioGroup, SelectField, TextField } from '../../../shared/ui/Field';
import { FormErrors } from '../../../shared/ui/feedback';
import { useViewer } from '../../auth/viewerContext';
import { OneTimePassword } from './OneTimePassword';
import { useEmployeeCreate } from './useEmployeeCreate';

interface Props {
  /** Unit the dialog was opened from; an OPERATOR created here maintains this unit. */
  unit: { id: string; name: string } | null;
  onClose: () => void;
}

const TYPES: { value: EmploymentType; label: string }[] = [
  { value: 'PNS', label: `${employmentTypeLabel.PNS} (Pegawai Negeri Sipil)` },
  { value: 'PPPK', label: `${employmentTypeLabel.PPPK} (Pegawai Pemerintah dengan Perjanjian Kerja)` },
];

export function EmployeeCreateDialog({ unit, onClose }: Props) {
  const viewer = useViewer();
  const [create] = useEmployeeCreate();
  const [created, setCreated] = useState<{ id: string; name: string; password: string } | null>(null);
  const roles: Role[] = isAgencyAdmin(viewer.role) ? ['EMPLOYEE', 'OPERATOR', 'ADMIN'] : ['EMPLOYEE'];
  const form = useForm({
    initial: { nip: '', name: '', rank: '', employmentType: 'PNS' as string, role: 'EMPLOYEE' as string },
    map: { aliases: { operatorUnit: 'role' } },
    submit: async (v) => {
      const role = v.role as Role;
      const payload = await create({
        nip: v.nip,
        name: v.name.trim(),
        rank: v.rank.trim() || null,
        employmentType: v.employmentType as EmploymentType,
        role,
        operatorUnit: role === 'OPERATOR' ? (unit?.id ?? null) : null,
      });
      if (payload?.employee && payload.oneTimePassword) {
        setCreated({ id: payload.employee.id, name: payload.employee.name, password: payload.oneTimePassword });
      }
      return payload?.userErrors;
    },
  });

  if (created) {
    return (
      <Dialog title="Pegawai terdaftar" onClose={onClose}>
        <OneTimePassword name={created.name} password={created.password} />
        <div className="form-actions">
          <Link className="btn btn--secondary" to={`/pegawai/${encodeURIComponent(created.id)}`} onClick={onClose}>
            Buka data pegawai
          </Link>
          <Button onClick={onClose}>Selesai</Button>
        </div>
      </Dialog>
    );
  }

  const nip = form.bind('nip');
  return (
    <Dialog title={unit ? `Tambah pegawai (${unit.name})` : 'Tambah pegawai'} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField
          label="NIP"
          {...nip}
          inputMode="numeric"
          autoComplete="off"
          hint={nipLengthHint(nip.value) ?? '18 angka: tanggal lahir, TMT pengangkatan, jenis kelamin, nomor urut.'}
          required
        />
        <TextField label="Nama lengkap dengan gelar" {...form.bind('name')} required />
        <TextField label="Pangkat/golongan" {...form.bind('rank')} placeholder="contoh: Penata, III/c" />
        <RadioGroup
          legend="Status kepegawaian"
          name="employmentType"
          value={form.values.employmentType as EmploymentType}
          options={TYPES}
          onChange={(v) => form.setValue('employmentType', v)}
          error={form.fieldErrors.employmentType}
        />
        <SelectField
          label="Peran akun"
          {...form.bind('role')}
          hint={unit ? `Operator mengelola pegawai di ${unit.name} dan subunitnya.` : 'Operator dibuat dari halaman unit kerjanya.'}
        >
          {roles
            .filter((r) => r !== 'OPERATOR' || unit)
            .map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
        </SelectField>
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Daftarkan pegawai
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
