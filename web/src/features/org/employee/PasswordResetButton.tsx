import { useState } from 'react';
import { describeUserError } from '../../../shared/forms/userErrors';
import { errorText } from '../../../shared/forms/errorText';
import { Button } from '../../../shared/ui/Button';
import { Dialog } from '../../../shared/ui/Dialog';
import { FormErrors } from '../../../shared/ui/feedback';
import { usePasswordReset } from '../../auth/usePasswordReset';
import { OneTimePassword } from './OneTimePassword';

/** Admin action: confirm, reset, then show the new one-time password once. */
export function PasswordResetButton({ employee }: { employee: { id: string; name: string } }) {
  const [reset, { loading }] = usePasswordReset();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const close = () => {
    setOpen(false);
    setPassword(null);
    setErrors([]);
  };
  const confirm = async () => {
    try {
      const payload = await reset(employee.id);
      setErrors(payload?.userErrors.map(describeUserError) ?? []);
      if (payload?.oneTimePassword) setPassword(payload.oneTimePassword);
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };
  return (
    <>
      <Button small variant="ghost" onClick={() => setOpen(true)}>
        Reset kata sandi
      </Button>
      {open && (
        <Dialog title="Reset kata sandi" onClose={close}>
          <FormErrors errors={errors} />
          {password ? (
            <OneTimePassword name={employee.name} password={password} />
          ) : (
            <p>Kata sandi {employee.name} akan diganti dengan kata sandi sekali pakai. Lanjutkan?</p>
          )}
          <div className="form-actions">
            {password ? (
              <Button onClick={close}>Selesai</Button>
            ) : (
              <>
                <Button variant="secondary" onClick={close}>
                  Batal
                </Button>
                <Button variant="danger" busy={loading} onClick={() => void confirm()}>
                  Reset kata sandi
                </Button>
              </>
            )}
          </div>
        </Dialog>
      )}
    </>
  );
}
