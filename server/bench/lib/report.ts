/** Plain-text output of `npm run bench`: notes and aligned tables, nothing else. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : '-');
export const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}x` : '-');
export const int = (v: number | null | undefined) => (v == null ? '-' : v.toLocaleString('en-US'));

export class Report {
  private readonly started = performance.now();

  heading(text: string): void {
    console.log(`\n== ${text} ${'='.repeat(Math.max(0, 76 - text.length))}`);
  }

  note(text: string): void {
    console.log(`  ${text}`);
  }

  table(columns: string[], rows: (string | number)[][]): void {
    const cells = [columns, ...rows.map((r) => r.map(String))];
    const widths = columns.map((_c, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`;
    console.log(line(columns));
    console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    for (const r of cells.slice(1)) console.log(line(r));
  }

  elapsed(): string {
    return `${((performance.now() - this.started) / 1000).toFixed(1)} s`;
  }
}
