import { useState } from 'react';
import { Button } from '../../../shared/ui/Button';
import { Alert } from '../../../shared/ui/feedback';

/**
 * A one-time password, shown exactly once: it is not stored anywhere in the app and
 * disappears when the dialog closes. The employee must change it at first sign-in.
 */
export function OneTimePassword({ name, password }: { name: string; password: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div>
      <Alert tone="warning" title="Catat sekarang.">
        Kata sandi sekali pakai untuk {name} hanya ditampilkan kali ini. Serahkan kepada pegawai yang bersangkutan; ia wajib
        menggantinya saat pertama kali masuk.
      </Alert>
      <p className="secret" aria-label="Kata sandi sekali pakai">
        {password}
      </p>
      <div className="row">
        <Button variant="secondary" small onClick={() => void copy()}>
          {copied ? 'Tersalin' : 'Salin'}
        </Button>
      </div>
    </div>
  );
}
