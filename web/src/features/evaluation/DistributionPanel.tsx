import { graphql } from '../../gql';
import type { DistributionPanel_CheckFragment, PerformanceRating } from '../../gql/graphql';
import { Alert } from '../../shared/ui/feedback';
import { formatShare, orgPerformanceLabel, RATINGS, ratingLabel, ratingTone } from './labels';
import './evaluation.css';

export const DistributionPanel_check = graphql(`
  fragment DistributionPanel_check on DistributionCheckResult {
    total
    confirmed
    unit {
      id
      name
    }
    orgPerformance {
      id
      rating
    }
    pattern {
      orgPerformance
      dominant
      allowed
      description
      constraints {
        kind
        ratings
        share
      }
    }
    counts {
      rating
      count
      share
    }
    violations {
      code
      ratings
      min
      max
      actualShare
      message
    }
  }
`);

export interface Limit {
  min: number | null;
  max: number | null;
  forbidden: boolean;
  required: boolean;
}

/** What the pattern says about one predikat on its own (combined constraints are listed in text). */
export function limitsOf(pattern: DistributionPanel_CheckFragment['pattern'], rating: PerformanceRating): Limit {
  const limit: Limit = { min: null, max: null, forbidden: false, required: false };
  if (!pattern) return limit;
  if (!pattern.allowed.includes(rating)) limit.forbidden = true;
  for (const c of pattern.constraints) {
    if (c.ratings.length !== 1 || c.ratings[0] !== rating) continue;
    if (c.kind === 'MAX_SHARE') limit.max = c.share ?? null;
    if (c.kind === 'MIN_SHARE') limit.min = c.share ?? null;
    if (c.kind === 'FORBIDDEN') limit.forbidden = true;
    if (c.kind === 'REQUIRED') limit.required = true;
  }
  return limit;
}

function constraintText(c: { kind: string; ratings: readonly PerformanceRating[]; share?: number | null }): string {
  const names = c.ratings.map((r) => ratingLabel[r]).join(' + ');
  if (c.kind === 'MAX_SHARE') return `${names}: paling banyak ${formatShare(c.share ?? 0)}`;
  if (c.kind === 'MIN_SHARE') return `${names}: paling sedikit ${formatShare(c.share ?? 0)}`;
  if (c.kind === 'REQUIRED') return `${names}: harus ada`;
  return `${names}: tidak boleh ada`;
}

/** One bar of the chart: the share, with the allowed maximum (dashed) and minimum (dotted) drawn in. */
function ShareBar({ share, limit, tone }: { share: number; limit: Limit; tone: string }) {
  const pct = (v: number) => `${Math.max(0, Math.min(1, v)) * 100}%`;
  return (
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" className={`rating--${tone}`} aria-hidden="true">
      <rect x="0" y="1" width="100" height="8" fill="var(--color-surface-muted)" />
      <rect x="0" y="1" width={pct(share)} height="8" fill="var(--rating)" />
      {limit.max != null && <line x1={pct(limit.max)} x2={pct(limit.max)} y1="0" y2="10" stroke="var(--color-text)" strokeWidth="0.8" strokeDasharray="2 1" />}
      {limit.min != null && <line x1={pct(limit.min)} x2={pct(limit.min)} y1="0" y2="10" stroke="var(--color-text)" strokeWidth="0.8" strokeDasharray="0.6 0.8" />}
    </svg>
  );
}

/**
 * Kurva distribusi of a unit: the spread of its employees' predikat against the pattern
 * that follows from the unit's organisational performance (SE MenPANRB 3/2023), with the
 * warnings. Warnings are advisory: confirming despite them needs a reason.
 */
export function DistributionPanel({ check, heading = 'h3' }: { check: DistributionPanel_CheckFragment; heading?: 'h2' | 'h3' }) {
  const H = heading;
  const count = new Map(check.counts.map((c) => [c.rating, c]));
  return (
    <div className="stack">
      <div>
        <H style={{ margin: 0 }}>Kurva distribusi {check.unit.name}</H>
        <p className="small muted" style={{ margin: 0 }}>
          {check.orgPerformance
            ? `Capaian kinerja organisasi: ${orgPerformanceLabel[check.orgPerformance.rating]}. ${check.total} pegawai dinilai, ${check.confirmed} ditetapkan.`
            : `Capaian kinerja organisasi unit belum ditetapkan, sehingga pola distribusi belum diperiksa. ${check.total} pegawai dinilai.`}
        </p>
      </div>
      <div className="dist" role="table" aria-label={`Sebaran predikat ${check.unit.name}`}>
        {RATINGS.map((r) => {
          const c = count.get(r);
          const limit = limitsOf(check.pattern, r);
          const share = c?.share ?? 0;
          return (
            <div className="dist-row" role="row" key={r}>
              <span role="rowheader">
                {ratingLabel[r]}
                {limit.forbidden && check.pattern && <span className="small muted"> (tidak diharapkan)</span>}
              </span>
              <span role="cell" aria-label={`${formatShare(share)}${limit.max != null ? `, paling banyak ${formatShare(limit.max)}` : ''}${limit.min != null ? `, paling sedikit ${formatShare(limit.min)}` : ''}`}>
                <ShareBar share={share} limit={limit} tone={ratingTone[r]} />
              </span>
              <span role="cell" className="num">
                {c?.count ?? 0} · {formatShare(share)}
              </span>
            </div>
          );
        })}
      </div>
      {check.pattern && (
        <div className="small">
          <p style={{ margin: 0 }}>
            <strong>Pola distribusi:</strong> {check.pattern.description}
          </p>
          {check.pattern.constraints.length > 0 && (
            <ul className="violations muted">
              {check.pattern.constraints.map((c, i) => (
                <li key={i}>{constraintText(c)}</li>
              ))}
            </ul>
          )}
          <p className="muted" style={{ margin: 0 }}>
            Garis putus-putus: batas paling banyak; garis titik-titik: batas paling sedikit.
          </p>
        </div>
      )}
      {check.violations.length > 0 ? (
        <Alert tone="warning" title="Peringatan kurva distribusi:">
          <ul className="violations">
            {check.violations.map((v, i) => (
              <li key={i}>{v.message}</li>
            ))}
          </ul>
          Penetapan penilaian tetap dapat dilakukan dengan menuliskan alasan.
        </Alert>
      ) : (
        check.pattern && check.total > 0 && <Alert tone="success">Sebaran predikat sesuai pola distribusi.</Alert>
      )}
    </div>
  );
}
