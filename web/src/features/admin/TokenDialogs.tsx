import { useState } from 'react';
import type { ApiTokenRow_TokenFragment, ApiTokenScope } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { TextAreaField, TextField } from '../../shared/ui/Field';
import { Alert, FormErrors } from '../../shared/ui/feedback';
import { SCOPES, scopeLabel } from './tokenLabels';
import { useApiTokenCreate } from './useApiTokenCreate';
import { useApiTokenRevoke } from './useApiTokenRevoke';
import { useApiTokenRotate } from './useApiTokenRotate';

const required = (field: string, message: string): UserErrorLike => ({ code: 'REQUIRED', field: ['input', field], message });

function days(value: string, field: string): { value: number | null; error: UserErrorLike | null } {
  const t = value.trim();
  if (!t) return { value: null, error: null };
  const n = Number(t);
  return Number.isInteger(n) && n >= 1 && n <= 730 ? { value: n, error: null } : { value: null, error: required(field, 'Isi 1 sampai 730 hari.') };
}

/**
 * The secret of a new or rotated token, shown only this once: copy it into the client
 * system now; Kinerja keeps only its hash.
 */
export function SecretDialog({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Dialog title={`Rahasia token ${name}`} onClose={onClose}>
      <Alert tone="warning">Salin sekarang: rahasia ini hanya ditampilkan sekali. Kinerja hanya menyimpan hash-nya.</Alert>
      <p className="secret" aria-label="Rahasia token" style={{ overflowWrap: 'anywhere' }}>
        {secret}
      </p>
      <p className="small muted">
        Kirim sebagai header <code className="mono">Authorization: Bearer &lt;rahasia&gt;</code> ke <code className="mono">/graphql</code>.
      </p>
      <div className="form-actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? 'Tersalin' : 'Salin'}
        </Button>
        <Button onClick={onClose}>Sudah saya simpan</Button>
      </div>
    </Dialog>
  );
}

export function TokenCreateDialog({ onClose, onSecret }: { onClose: () => void; onSecret: (name: string, secret: string) => void }) {
  const [create] = useApiTokenCreate();
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['READ_PLANS']);
  const form = useForm({
    initial: { name: '', scopes: '', expiresInDays: '365' },
    submit: async (v) => {
      const errors: UserErrorLike[] = [];
      if (v.name.trim().length < 2) errors.push(required('name', 'Isi nama sistem klien, misalnya "Aplikasi TPP".'));
      if (scopes.length === 0) errors.push(required('scopes', 'Pilih paling sedikit satu cakupan.'));
      const d = days(v.expiresInDays, 'expiresInDays');
      if (d.error) errors.push(d.error);
      if (errors.length) return errors;
      const payload = await create({ name: v.name.trim(), scopes, expiresInDays: d.value ?? 365 });
      if (payload?.secret && payload.apiToken) onSecret(payload.apiToken.name, payload.secret);
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title="Buat token API" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <TextField label="Nama sistem klien" maxLength={100} required placeholder="mis. SIMPEG Provinsi" {...form.bind('name')} />
        <fieldset className="field" aria-describedby={form.fieldErrors.scopes ? 'scopes-error' : undefined}>
          <legend className="field__label">Cakupan</legend>
          {SCOPES.map((s) => (
            <label key={s} className="choice">
              <input
                type="checkbox"
                checked={scopes.includes(s)}
                onChange={(e) => {
                  setScopes((prev) => (e.target.checked ? [...prev, s] : prev.filter((x) => x !== s)));
                  form.setValue('scopes', '');
                }}
              />
              {scopeLabel[s]}
            </label>
          ))}
          {form.fieldErrors.scopes && (
            <span className="field__error" id="scopes-error">
              {form.fieldErrors.scopes}
            </span>
          )}
        </fieldset>
        <TextField label="Masa berlaku (hari)" inputMode="numeric" hint="1 sampai 730 hari." {...form.bind('expiresInDays')} />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Buat token
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function TokenRotateDialog({ token, onClose, onSecret }: { token: ApiTokenRow_TokenFragment; onClose: () => void; onSecret: (name: string, secret: string) => void }) {
  const [rotate] = useApiTokenRotate();
  const form = useForm({
    initial: { expiresInDays: '365', previousValidForMinutes: '0' },
    submit: async (v) => {
      const d = days(v.expiresInDays, 'expiresInDays');
      const grace = Number(v.previousValidForMinutes.trim() || '0');
      const errors: UserErrorLike[] = d.error ? [d.error] : [];
      if (!Number.isInteger(grace) || grace < 0 || grace > 10080) errors.push(required('previousValidForMinutes', 'Isi 0 sampai 10.080 menit (7 hari).'));
      if (errors.length) return errors;
      const payload = await rotate({ id: token.id, expiresInDays: d.value, previousValidForMinutes: grace });
      if (payload?.secret && payload.apiToken) onSecret(payload.apiToken.name, payload.secret);
      return payload?.userErrors;
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title={`Rotasi token ${token.name}`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <p className="small muted">Token baru dengan nama dan cakupan yang sama dibuat; token lama dicabut.</p>
        <FormErrors errors={form.formErrors} />
        <TextField label="Masa berlaku token baru (hari)" inputMode="numeric" {...form.bind('expiresInDays')} />
        <TextField
          label="Token lama tetap berlaku (menit)"
          inputMode="numeric"
          hint="Masa peralihan agar sistem klien dapat berganti tanpa terputus; 0 = dicabut sekarang."
          {...form.bind('previousValidForMinutes')}
        />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Rotasi
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function TokenRevokeDialog({ token, onClose }: { token: ApiTokenRow_TokenFragment; onClose: () => void }) {
  const [revoke] = useApiTokenRevoke();
  const form = useForm({
    initial: { reason: '' },
    submit: async (v) => (await revoke({ id: token.id, reason: v.reason.trim() || null }))?.userErrors,
    onSuccess: onClose,
  });
  return (
    <Dialog title={`Cabut token ${token.name}?`} onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <p>Sistem klien yang memakai token ini langsung ditolak.</p>
        <FormErrors errors={form.formErrors} />
        <TextAreaField label="Alasan (dicatat dalam jejak audit)" rows={3} maxLength={500} {...form.bind('reason')} />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" variant="danger" busy={form.submitting}>
            Cabut token
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
