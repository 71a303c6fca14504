import { isAdditiveUnit } from './units';

/**
 * Breaking an annual indicator target down into targets per evaluation period
 * (monthly, quarterly, …). Where the unit is additive the parts of one kind may not
 * add up to more than the annual target (they may add up to less while the
 * breakdown is being written). Non-additive units (Persen, Bulan, Nilai…) are not
 * summed: every month may carry "100 %".
 */
export interface TargetBreakdown {
  unit: string | null;
  annualTarget: number | null;
  /** Targets of the other action plans of the indicator in evaluation periods of the same kind. */
  otherTargets: readonly (number | null)[];
  target: number | null;
}

const EPSILON = 1e-9;

/** Null when acceptable, otherwise the sum the parts would reach. */
export function exceedsAnnualTarget(b: TargetBreakdown): number | null {
  if (b.target === null || b.annualTarget === null || !isAdditiveUnit(b.unit)) return null;
  const total = b.otherTargets.reduce<number>((s, t) => s + (t ?? 0), 0) + b.target;
  return total > b.annualTarget + EPSILON ? total : null;
}

/**
 * Capaian (achievement) in percent: realization / target × 100, and for
 * lower-is-better indicators (2 − realization / target) × 100 (PermenPANRB 8/2021),
 * never below 0. Null without a value or without a positive target.
 */
export function achievementPercent(value: number | null, target: number | null, lowerIsBetter: boolean): number | null {
  if (value === null || target === null || target <= 0) return null;
  const ratio = value / target;
  const pct = (lowerIsBetter ? 2 - ratio : ratio) * 100;
  return Math.max(0, Math.round(pct * 100) / 100);
}
