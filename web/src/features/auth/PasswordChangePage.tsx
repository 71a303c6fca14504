import { useState } from 'react';
import { useForm } from '../../shared/forms/useForm';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { Alert, FormErrors } from '../../shared/ui/feedback';
import { usePasswordChange } from './usePasswordChange';
import { useSignOut } from './useSignOut';

const RULES = '10–128 karakter, memuat huruf dan angka, berbeda dari kata sandi lama, dan tidak memuat NIP.';

/**
 * Password change. `forced` is the one-time-password screen shown before anything else
 * after an admin created or reset the account.
 */
export function PasswordChangePage({ forced = false }: { forced?: boolean }) {
  usePageTitle('Ganti kata sandi');
  const [change] = usePasswordChange();
  const signOut = useSignOut();
  const [done, setDone] = useState(false);
  const form = useForm({
    initial: { oldPassword: '', newPassword: '', confirm: '' },
    submit: async (v) => {
      if (v.newPassword !== v.confirm) {
        return [{ code: 'REQUIRED', field: ['input', 'confirm'], message: 'Konfirmasi tidak sama dengan kata sandi baru.' }];
      }
      return change(v.oldPassword, v.newPassword);
    },
    onSuccess: () => setDone(true),
  });

  const body = (
    <div className="card">
      <h1>{forced ? 'Buat kata sandi baru' : 'Ganti kata sandi'}</h1>
      {forced && (
        <Alert tone="warning">
          Anda masuk dengan kata sandi sekali pakai. Buat kata sandi pribadi sebelum melanjutkan.
        </Alert>
      )}
      {done && !forced && <Alert tone="success">Kata sandi berhasil diganti.</Alert>}
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField
          label={forced ? 'Kata sandi sekali pakai' : 'Kata sandi saat ini'}
          type="password"
          autoComplete="current-password"
          {...form.bind('oldPassword')}
        />
        <TextField label="Kata sandi baru" type="password" autoComplete="new-password" hint={RULES} {...form.bind('newPassword')} />
        <TextField label="Ulangi kata sandi baru" type="password" autoComplete="new-password" {...form.bind('confirm')} />
        <div className="form-actions">
          {forced && (
            <Button variant="secondary" onClick={signOut}>
              Keluar
            </Button>
          )}
          <Button type="submit" busy={form.submitting}>
            {form.submitting ? 'Menyimpan…' : 'Simpan kata sandi'}
          </Button>
        </div>
      </form>
    </div>
  );
  return forced ? <main className="centered-page">{body}</main> : <div style={{ maxWidth: '30rem' }}>{body}</div>;
}
