/**
 * Direct cascading (kaskade langsung): the subordinates' indicators deliver shares of
 * the same result, so where the unit adds up (documents, people, activities, rupiah)
 * the shares may not exceed the parent's target. Percentages, indexes, scores, ratios
 * and time or quality targets do not add up and are not checked.
 */
export type Aspect = 'QUANTITY' | 'QUALITY' | 'TIME' | 'COST';

const NON_ADDITIVE_UNIT =
  /%|\bpersen|\bpercent|\bindeks|\bindex|\bnilai|\bskor|\bscore|\brasio|\bratio|\bpredikat|\bopini|\bperingkat|\brata|\blevel|\btingkat|\bkategori|\bangka\b/i;

export function isAdditiveUnit(unit: string | null | undefined, aspect: Aspect | null | undefined): boolean {
  if (!unit || !unit.trim()) return false;
  if (aspect === 'QUALITY' || aspect === 'TIME') return false;
  return !NON_ADDITIVE_UNIT.test(unit);
}

export interface ShareCheck {
  indicatorId: number;
  parentTarget: number | null;
  unit: string | null;
  aspect: Aspect | null;
  /** Shares already given to existing DIRECT children of this indicator. */
  existing: number;
  /** Shares asked for now. */
  requested: number[];
}

/** Rounding slack for decimal targets (numeric in SQL, float in JS). */
const EPSILON = 1e-9;

/**
 * The indicators whose shares would exceed the parent target, with the total; empty
 * when every additive indicator stays within its target.
 */
export function exceededShares(checks: readonly ShareCheck[]): { indicatorId: number; total: number; target: number }[] {
  const out: { indicatorId: number; total: number; target: number }[] = [];
  for (const c of checks) {
    if (c.parentTarget == null || !isAdditiveUnit(c.unit, c.aspect)) continue;
    const total = c.requested.reduce((s, v) => s + v, c.existing);
    if (total > c.parentTarget + EPSILON * Math.max(1, Math.abs(c.parentTarget))) {
      out.push({ indicatorId: c.indicatorId, total, target: c.parentTarget });
    }
  }
  return out;
}

/** Splits `target` into `n` whole shares as evenly as possible (seed data, suggestions). */
export function splitTarget(target: number, n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(target / n);
  const rest = Math.round(target - base * n);
  return Array.from({ length: n }, (_v, i) => base + (i < rest ? 1 : 0));
}
