/**
 * Pola distribusi predikat kinerja pegawai (the "kurva"), SE MenPANRB 3/2023, step 2 of the
 * evaluation: the unit's predikat kinerja organisasi sets which spread of employee ratings is
 * expected. Per DOMAIN.md these are advisory: violations are warnings an appraiser may override
 * with a reason, never hard errors.
 *
 * Source of the percentages: research/domain.md §1.6 (single secondary summary of the SE [S]).
 *
 * Interpretation of "sebagian besar (maks. 70 %)" (OUTSTANDING and GOOD units): the SE names the
 * dominant predikat ("most employees") and caps it at 70 %, without giving a floor. We check the
 * cap only (share of the dominant rating ≤ 70 %) and do not warn when the dominant rating is
 * under 50 % or not the most frequent one: a floor would be invented, and for a GOOD unit the SE
 * itself requires some employees below GOOD. The dominant rating is still exported (`dominant`)
 * so charts can highlight it.
 *
 * "X and/or Y" constraints are checked on the combined share of X and Y.
 * Shares are fractions 0..1 of all rated employees in the unit. An empty unit has no violations.
 * Small units are not special-cased: a 1-person GOOD unit whose employee is GOOD violates both the
 * 70 % cap and the "must have some NEEDS_IMPROVEMENT/POOR" rule; the override reason covers it.
 */
import type { OrgPerformance, PerformanceRating } from './rating-matrix';
import { ORG_PERFORMANCE_LABELS_ID, PERFORMANCE_RATINGS, PERFORMANCE_RATING_LABELS_ID } from './rating-matrix';

/** One constraint of a distribution pattern, on the combined share of `ratings`. */
export type DistributionConstraint =
  | { kind: 'MAX_SHARE'; ratings: PerformanceRating[]; share: number }
  | { kind: 'MIN_SHARE'; ratings: PerformanceRating[]; share: number }
  | { kind: 'REQUIRED'; ratings: PerformanceRating[] }
  | { kind: 'FORBIDDEN'; ratings: PerformanceRating[] };

/** The expected spread of employee predikat for one predikat kinerja organisasi. */
export interface DistributionPattern {
  orgPerformance: OrgPerformance;
  /** The predikat most employees are expected to get ("sebagian besar" / "minimal 60 %"). */
  dominant: PerformanceRating;
  /** Ratings that may occur at all in the unit (everything not FORBIDDEN). */
  allowed: PerformanceRating[];
  constraints: DistributionConstraint[];
  /** Indonesian summary for chart captions and the "POLA DISTRIBUSI" block of the document. */
  description: string;
}

function pattern(
  orgPerformance: OrgPerformance,
  dominant: PerformanceRating,
  constraints: DistributionConstraint[],
  description: string,
): DistributionPattern {
  const forbidden = new Set(constraints.flatMap((c) => (c.kind === 'FORBIDDEN' ? c.ratings : [])));
  const allowed = PERFORMANCE_RATINGS.filter((r) => !forbidden.has(r));
  return { orgPerformance, dominant, allowed, constraints, description };
}

/** SE MenPANRB 3/2023 pola distribusi per predikat kinerja organisasi (research §1.6), as data for charts. */
export const DISTRIBUTION_PATTERNS: Readonly<Record<OrgPerformance, DistributionPattern>> = {
  OUTSTANDING: pattern('OUTSTANDING', 'VERY_GOOD', [{ kind: 'MAX_SHARE', ratings: ['VERY_GOOD'], share: 0.7 }],
    'Sebagian besar (maks. 70 %) Sangat Baik; sisanya Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang.'),
  GOOD: pattern('GOOD', 'GOOD', [
    { kind: 'MAX_SHARE', ratings: ['GOOD'], share: 0.7 },
    { kind: 'REQUIRED', ratings: ['NEEDS_IMPROVEMENT', 'POOR'] },
  ], 'Sebagian besar (maks. 70 %) Baik; harus ada Butuh Perbaikan dan/atau Kurang/Misconduct; sisanya Sangat Baik dan/atau Sangat Kurang.'),
  NEEDS_IMPROVEMENT: pattern('NEEDS_IMPROVEMENT', 'NEEDS_IMPROVEMENT', [
    { kind: 'MIN_SHARE', ratings: ['NEEDS_IMPROVEMENT'], share: 0.6 },
    { kind: 'MAX_SHARE', ratings: ['VERY_GOOD'], share: 0.1 },
  ], 'Minimal 60 % Butuh Perbaikan; Sangat Baik maks. 10 %; sisanya Baik, Kurang/Misconduct, Sangat Kurang.'),
  POOR: pattern('POOR', 'POOR', [
    { kind: 'MIN_SHARE', ratings: ['POOR'], share: 0.6 },
    { kind: 'MIN_SHARE', ratings: ['NEEDS_IMPROVEMENT'], share: 0.1 },
    { kind: 'MAX_SHARE', ratings: ['VERY_GOOD'], share: 0.1 },
  ], 'Minimal 60 % Kurang/Misconduct; minimal 10 % Butuh Perbaikan; Sangat Baik maks. 10 %; sisanya Baik, Sangat Kurang.'),
  VERY_POOR: pattern('VERY_POOR', 'VERY_POOR', [
    { kind: 'MIN_SHARE', ratings: ['VERY_POOR'], share: 0.6 },
    { kind: 'MIN_SHARE', ratings: ['POOR', 'NEEDS_IMPROVEMENT'], share: 0.1 },
    { kind: 'FORBIDDEN', ratings: ['VERY_GOOD'] },
  ], 'Minimal 60 % Sangat Kurang; minimal 10 % Kurang/Misconduct dan/atau Butuh Perbaikan; sisanya Baik; tidak ada Sangat Baik.'),
};

export type DistributionViolationCode =
  | 'MAX_SHARE_EXCEEDED'
  | 'MIN_SHARE_NOT_MET'
  | 'REQUIRED_RATING_MISSING'
  | 'FORBIDDEN_RATING_PRESENT';

/** One advisory warning of the distribution check. */
export interface DistributionViolation {
  code: DistributionViolationCode;
  ratings: PerformanceRating[];
  expected: { min: number } | { max: number } | 'required' | 'forbidden';
  /** Combined share of `ratings` in the unit, 0..1. */
  actualShare: number;
  message: string;
}

/** Tolerance for comparing shares computed by division (7/10 vs 0.7). */
const EPS = 1e-9;

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

function names(ratings: PerformanceRating[]): string {
  return ratings.map((r) => PERFORMANCE_RATING_LABELS_ID[r]).join(' dan/atau ');
}

function checkConstraint(c: DistributionConstraint, counts: Record<PerformanceRating, number>, total: number, unit: string): DistributionViolation | null {
  const count = c.ratings.reduce((sum, r) => sum + counts[r], 0);
  const actualShare = count / total;
  const base = { ratings: [...c.ratings], actualShare };
  switch (c.kind) {
    case 'MAX_SHARE':
      return actualShare > c.share + EPS
        ? { ...base, code: 'MAX_SHARE_EXCEEDED', expected: { max: c.share },
            message: `${names(c.ratings)} ${pct(actualShare)}, maksimal ${pct(c.share)} untuk unit dengan capaian ${unit}.` }
        : null;
    case 'MIN_SHARE':
      return actualShare < c.share - EPS
        ? { ...base, code: 'MIN_SHARE_NOT_MET', expected: { min: c.share },
            message: `${names(c.ratings)} ${pct(actualShare)}, minimal ${pct(c.share)} untuk unit dengan capaian ${unit}.` }
        : null;
    case 'REQUIRED':
      return count === 0
        ? { ...base, code: 'REQUIRED_RATING_MISSING', expected: 'required',
            message: `Harus ada pegawai dengan predikat ${names(c.ratings)} untuk unit dengan capaian ${unit}.` }
        : null;
    case 'FORBIDDEN':
      return count > 0
        ? { ...base, code: 'FORBIDDEN_RATING_PRESENT', expected: 'forbidden',
            message: `Predikat ${names(c.ratings)} tidak boleh ada untuk unit dengan capaian ${unit} (${count} pegawai).` }
        : null;
  }
}

/**
 * Checks a unit's employee predikat counts against the SE MenPANRB 3/2023 pola distribusi for its
 * predikat kinerja organisasi. Returns advisory violations (empty when the spread fits or the
 * unit has no rated employees). Missing ratings in `counts` count as 0; counts must be whole ≥ 0.
 */
export function checkDistribution(
  orgPerformance: OrgPerformance,
  counts: Partial<Record<PerformanceRating, number>>,
): DistributionViolation[] {
  const p = DISTRIBUTION_PATTERNS[orgPerformance];
  if (!p) throw new RangeError(`Unknown organisation performance: ${orgPerformance}`);
  const full = {} as Record<PerformanceRating, number>;
  for (const r of PERFORMANCE_RATINGS) {
    const n = counts[r] ?? 0;
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Count for ${r} must be a whole number ≥ 0, got ${n}`);
    full[r] = n;
  }
  const total = PERFORMANCE_RATINGS.reduce((sum, r) => sum + full[r], 0);
  if (total === 0) return [];
  const unit = ORG_PERFORMANCE_LABELS_ID[orgPerformance];
  return p.constraints
    .map((c) => checkConstraint(c, full, total, unit))
    .filter((v): v is DistributionViolation => v !== null);
}

/**
 * Counts predikat per rating from a list (e.g. all final ratings of a unit), the input shape of
 * `checkDistribution` (SE MenPANRB 3/2023 monitoring kurva).
 */
export function countRatings(ratings: Iterable<PerformanceRating>): Record<PerformanceRating, number> {
  const counts = Object.fromEntries(PERFORMANCE_RATINGS.map((r) => [r, 0])) as Record<PerformanceRating, number>;
  for (const r of ratings) {
    if (!(r in counts)) throw new RangeError(`Unknown performance rating: ${r}`);
    counts[r] += 1;
  }
  return counts;
}
