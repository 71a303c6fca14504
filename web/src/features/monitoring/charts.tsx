import type { ReactNode } from 'react';

/**
 * Hand-written SVG charts (no chart library): a stacked horizontal bar, a column chart
 * of shares and a progress bar. Each chart carries a text equivalent (legend, values),
 * so nothing is only in the picture.
 */
export interface Segment {
  key: string;
  label: string;
  value: number;
  /** CSS colour, e.g. `var(--chart-approved)`. */
  color: string;
}

export interface PlacedSegment extends Segment {
  x: number;
  width: number;
}

/** Lays segments side by side on [0, width] in proportion to their values (zeros omitted). */
export function stackSegments(segments: readonly Segment[], width = 100): PlacedSegment[] {
  const total = segments.reduce((s, x) => s + Math.max(0, x.value), 0);
  if (total <= 0) return [];
  let x = 0;
  return segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const w = (s.value / total) * width;
      const placed = { ...s, x, width: w };
      x += w;
      return placed;
    });
}

const percent = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
export const sharePct = (share: number) => `${percent.format(share * 100)} %`;

/** One horizontal bar made of segments, with an accessible summary. */
export function StackedBar({ segments, label, height = 18 }: { segments: readonly Segment[]; label: string; height?: number }) {
  const placed = stackSegments(segments);
  const total = segments.reduce((s, x) => s + x.value, 0);
  const summary = `${label}: ${segments.filter((s) => s.value > 0).map((s) => `${s.label} ${s.value}`).join(', ') || 'tidak ada data'}`;
  return (
    <svg className="chart-bar" viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" role="img" aria-label={summary} height={height}>
      <rect x="0" y="0" width="100" height={height} fill="var(--color-surface-muted)" rx="1" />
      {placed.map((s) => (
        <rect key={s.key} x={s.x} y="0" width={s.width} height={height} fill={s.color}>
          <title>{`${s.label}: ${s.value} dari ${total}`}</title>
        </rect>
      ))}
    </svg>
  );
}

export function Legend({ segments }: { segments: readonly Segment[] }) {
  return (
    <ul className="chart-legend">
      {segments.map((s) => (
        <li key={s.key}>
          <span className="chart-legend__swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label} <strong>{s.value}</strong>
        </li>
      ))}
    </ul>
  );
}

export interface Column {
  key: string;
  label: string;
  /** 0–1. */
  share: number;
  detail: string;
  highlight?: boolean;
}

/** Columns of shares (0–100 %) with gridlines at 25 % steps and the value above each column. */
export function ColumnChart({ columns, label }: { columns: readonly Column[]; label: string }) {
  const W = 320;
  const H = 160;
  const top = 18;
  const bottom = 22;
  const left = 30;
  const plot = H - top - bottom;
  const step = (W - left) / Math.max(1, columns.length);
  const bar = Math.min(36, step * 0.6);
  return (
    <svg className="chart-columns" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}: ${columns.map((c) => `${c.label} ${sharePct(c.share)}`).join(', ')}`}>
      {[0, 0.25, 0.5, 0.75, 1].map((g) => {
        const y = top + plot * (1 - g);
        return (
          <g key={g}>
            <line x1={left} x2={W} y1={y} y2={y} stroke="var(--color-border)" strokeWidth="1" />
            <text x={left - 4} y={y + 3} textAnchor="end" className="chart-axis">
              {g * 100}%
            </text>
          </g>
        );
      })}
      {columns.map((c, i) => {
        const h = plot * Math.max(0, Math.min(1, c.share));
        const x = left + step * i + (step - bar) / 2;
        return (
          <g key={c.key}>
            <rect x={x} y={top + plot - h} width={bar} height={h} fill={c.highlight ? 'var(--color-primary)' : 'var(--chart-muted)'} rx="2">
              <title>{`${c.label}: ${c.detail}`}</title>
            </rect>
            <text x={x + bar / 2} y={top + plot - h - 4} textAnchor="middle" className="chart-value">
              {sharePct(c.share)}
            </text>
            <text x={x + bar / 2} y={H - 6} textAnchor="middle" className="chart-axis">
              {c.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A labelled progress bar: `value` of `max`. */
export function ProgressRow({ label, value, max, children }: { label: string; value: number; max: number; children?: ReactNode }) {
  const share = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div className="progress-row">
      <span>{label}</span>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={`${label}: ${value} dari ${max}`}>
        <rect x="0" y="0" width="100" height="10" fill="var(--color-surface-muted)" rx="1" />
        <rect x="0" y="0" width={share * 100} height="10" fill="var(--color-primary)" rx="1" />
      </svg>
      <span className="num">
        {value} / {max}
        {children}
      </span>
    </div>
  );
}
