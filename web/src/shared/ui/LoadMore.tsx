import { useState } from 'react';
import { Button } from './Button';

/** "Muat lebih banyak" for a cursor connection, with the count shown so far. */
export function LoadMore(props: { shown: number; total: number; hasNextPage: boolean; onLoadMore: () => Promise<unknown> }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await props.onLoadMore();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="row" style={{ justifyContent: 'space-between', marginTop: 'var(--space-3)' }}>
      <span className="muted small" aria-live="polite">
        Menampilkan {props.shown} dari {props.total}
      </span>
      {failed && (
        <span className="field__error" role="alert">
          Gagal memuat. Coba lagi.
        </span>
      )}
      {props.hasNextPage && (
        <Button variant="secondary" small busy={busy} onClick={() => void load()}>
          {busy ? 'Memuat…' : 'Muat lebih banyak'}
        </Button>
      )}
    </div>
  );
}
