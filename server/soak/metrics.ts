/**
 * Counters and latency samples of the soak, per operation kind, with a per-minute
 * window for progress lines and the totals for the final report.
 */
export interface KindStats {
  count: number;
  errors: number;
  latencies: number[];
  codes: Record<string, number>;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export class Metrics {
  readonly kinds = new Map<string, KindStats>();
  private window: { count: number; errors: number; latencies: number[] } = { count: 0, errors: 0, latencies: [] };
  readonly started = Date.now();

  record(kind: string, ms: number, errorCode: string | null): void {
    let k = this.kinds.get(kind);
    if (!k) this.kinds.set(kind, (k = { count: 0, errors: 0, latencies: [], codes: {} }));
    k.count += 1;
    k.latencies.push(ms);
    this.window.count += 1;
    this.window.latencies.push(ms);
    if (errorCode) {
      k.errors += 1;
      k.codes[errorCode] = (k.codes[errorCode] ?? 0) + 1;
      this.window.errors += 1;
    }
  }

  /** The window since the last call: requests/s, p99 and errors. */
  takeWindow(seconds: number): { rps: number; p50: number; p99: number; errors: number; count: number } {
    const w = this.window;
    this.window = { count: 0, errors: 0, latencies: [] };
    return { rps: w.count / seconds, p50: percentile(w.latencies, 50), p99: percentile(w.latencies, 99), errors: w.errors, count: w.count };
  }

  totals(): { count: number; errors: number; latencies: number[] } {
    const all = [...this.kinds.values()];
    return { count: all.reduce((s, k) => s + k.count, 0), errors: all.reduce((s, k) => s + k.errors, 0), latencies: all.flatMap((k) => k.latencies) };
  }
}
