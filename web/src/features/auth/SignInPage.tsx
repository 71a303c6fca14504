import { useState } from 'react';
import { useForm } from '../../shared/forms/useForm';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Button } from '../../shared/ui/Button';
import { TextField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { useLogin } from './useLogin';

/** Sign-in by NIP and password. */
export function SignInPage() {
  usePageTitle('Masuk');
  const [login] = useLogin();
  const [showPassword, setShowPassword] = useState(false);
  const form = useForm({
    initial: { nip: '', password: '' },
    submit: (v) => login(v.nip.trim(), v.password),
  });

  return (
    <main className="centered-page">
      <div className="card">
        <h1>Kinerja</h1>
        <p className="muted">Pengelolaan SKP dan kinerja ASN. Masuk dengan NIP dan kata sandi Anda.</p>
        <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
          <FormErrors errors={form.formErrors} />
          <TextField
            label="NIP"
            {...form.bind('nip')}
            inputMode="numeric"
            autoComplete="username"
            placeholder="18 digit, contoh 19860926 201505 1 001"
            required
          />
          <TextField
            label="Kata sandi"
            {...form.bind('password')}
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            required
          />
          <label className="choice small">
            <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} />
            Tampilkan kata sandi
          </label>
          <div className="form-actions">
            <Button type="submit" busy={form.submitting} style={{ width: '100%' }}>
              {form.submitting ? 'Memproses…' : 'Masuk'}
            </Button>
          </div>
        </form>
      </div>
    </main>
  );
}
