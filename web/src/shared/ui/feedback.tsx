import type { ReactNode } from 'react';
import { errorText } from '../forms/errorText';
import { Button } from './Button';

/** Loading, empty and error states: every screen shows one of them rather than nothing. */
export function Loading({ label = 'Memuat…' }: { label?: string }) {
  return (
    <div className="spinner" role="status" aria-live="polite">
      {label}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty__title">{title}</p>
      {children && <div>{children}</div>}
    </div>
  );
}

type Tone = 'error' | 'success' | 'warning' | 'info';

export function Alert({ tone = 'info', title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <strong>{title} </strong>}
      {children}
    </div>
  );
}

/** Form-level messages (from `userErrors` without a field, or a failed request). */
export function FormErrors({ errors }: { errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert">
      {errors.length === 1 ? (
        errors[0]
      ) : (
        <ul>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="alert alert--error" role="alert">
      <p>{errorText(error)}</p>
      {onRetry && (
        <Button variant="secondary" small onClick={onRetry}>
          Coba lagi
        </Button>
      )}
    </div>
  );
}

export function Badge({ tone, children }: { tone?: 'primary' | 'warning' | 'success'; children: ReactNode }) {
  return <span className={tone ? `badge badge--${tone}` : 'badge'}>{children}</span>;
}

export function Card({ title, actions, children, slot }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; slot?: boolean }) {
  return (
    <section className={slot ? 'card card--slot' : 'card'}>
      {(title || actions) && (
        <div className="card__header">
          {title && <h2>{title}</h2>}
          {actions && <div className="row">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
