import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing this value (for example the route) clears a caught error. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/** Catches rendering failures so the user sees a way forward instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tampilan gagal dirender', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="card" role="alert">
        <h1>Terjadi kesalahan</h1>
        <p>Halaman ini tidak dapat ditampilkan. Data Anda tidak berubah.</p>
        <div className="row">
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Muat ulang
          </button>
          <a className="btn btn--secondary" href="#/">
            Ke beranda
          </a>
        </div>
      </div>
    );
  }
}
