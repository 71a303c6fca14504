/**
 * Numeric SKP scoring of PermenPANRB 8/2021 (Sistem Manajemen Kinerja PNS), replaced by 6/2022
 * but still feeding regional TPP engines. Source: research/domain.md §2.3 (regulation appendix
 * pages + vendor code).
 *
 * Rounding: capaian is rounded half up to 2 decimals before it is mapped (the SKP forms show it
 * with 2 decimals, so a displayed "100,00 %" scores 109); nilai values are rounded to 2 decimals.
 */
import type { PerformanceRating } from '../rating-matrix';
import { roundHalfUp } from '../round';

/** Kategori capaian IKI / nilai SKP. */
export type IkiCategory = 'SANGAT_BAIK' | 'BAIK' | 'CUKUP' | 'KURANG' | 'SANGAT_KURANG';

/** One IKI (indikator kinerja individu) with its target and realisation. */
export interface IkiInput {
  target: number;
  realization: number;
  /** "Kondisi khusus": lower realisation is better (time, cost, complaints). */
  lowerIsBetter?: boolean;
  /** Ranged target (e.g. 80–90); `target` is ignored when given. */
  range?: { min: number; max: number };
  /** The target is the maximum achievable (e.g. 100 % of documents): meeting it scores 120. */
  targetIsMaximum?: boolean;
}

/** Capaian and nilai of one IKI. */
export interface IkiScore {
  /** Capaian IKI in percent, ≥ 0, 2 decimals. */
  achievement: number;
  /** Nilai capaian IKI, 0..120, 2 decimals. */
  value: number;
  category: IkiCategory;
}

/**
 * Capaian IKI in percent (PermenPANRB 8/2021 lampiran): R/T × 100, or (1 + (1 − R/T)) × 100 for
 * lower-is-better. Ranged target: realisation above the range is measured against the upper
 * bound, below it against the lower bound; inside the range it meets the target (100 %).
 * Interpretations: negative capaian (lower-is-better, R > 2T) is floored at 0; a zero target is
 * met (100 %) by a zero realisation, and for lower-is-better any positive realisation scores 0.
 */
export function ikiAchievement(input: IkiInput): number {
  const { realization: r, lowerIsBetter = false, range } = input;
  if (!Number.isFinite(r) || r < 0) throw new RangeError(`Realisation must be a number ≥ 0, got ${r}`);
  let t = input.target;
  if (range) {
    if (!(range.min >= 0 && range.max >= range.min)) throw new RangeError(`Invalid target range ${range.min}–${range.max}`);
    if (r >= range.min && r <= range.max) return 100;
    t = r > range.max ? range.max : range.min;
  }
  if (!Number.isFinite(t) || t < 0) throw new RangeError(`Target must be a number ≥ 0, got ${t}`);
  if (t === 0) {
    if (r === 0) return 100;
    if (lowerIsBetter) return 0;
    throw new RangeError('A zero target cannot be measured for a higher-is-better indicator');
  }
  const ratio = r / t;
  const capaian = lowerIsBetter ? (1 + (1 - ratio)) * 100 : ratio * 100;
  return roundHalfUp(Math.max(0, capaian), 2);
}

/**
 * Kategori of a capaian IKI (PermenPANRB 8/2021): > 100 % Sangat Baik, = 100 % Baik (Sangat Baik
 * when the target is the maximum achievable), 80–99 % Cukup, 60–79 % Kurang, 0–59 % Sangat Kurang.
 * Fractional capaian between the integer bands belongs to the lower band (99.5 % is Cukup).
 */
export function ikiCategory(achievement: number, targetIsMaximum = false): IkiCategory {
  if (achievement > 100) return 'SANGAT_BAIK';
  if (achievement === 100) return targetIsMaximum ? 'SANGAT_BAIK' : 'BAIK';
  if (achievement >= 80) return 'CUKUP';
  if (achievement >= 60) return 'KURANG';
  return 'SANGAT_KURANG';
}

/**
 * Nilai capaian IKI on 0..120 (PermenPANRB 8/2021 lampiran): Sangat Baik 101–110 % →
 * 110 + (120 − 110)/(110 − 101) × (c − 101), > 110 % → 120; Baik 100 % → 109 (120 when the target
 * is the maximum achievable); Cukup 80–99 % → 70 + (89 − 70)/(99 − 80) × (c − 80); Kurang 60–79 % →
 * 50 + (69 − 50)/(79 − 60) × (c − 60); Sangat Kurang 0–59 % → c/59 × 49.
 * Between the integer bands each formula is extended to the next band, except 100 < c < 101,
 * which scores 110 (the Sangat Baik floor) so that the value never drops below 109 above 100 %.
 */
export function ikiValue(achievement: number, targetIsMaximum = false): number {
  const c = achievement;
  if (!Number.isFinite(c) || c < 0) throw new RangeError(`Capaian must be ≥ 0, got ${c}`);
  if (targetIsMaximum && c >= 100) return 120;
  let v: number;
  if (c > 110) v = 120;
  else if (c > 100) v = 110 + ((120 - 110) / (110 - 101)) * (Math.max(c, 101) - 101);
  else if (c === 100) v = 109;
  else if (c >= 80) v = 70 + ((89 - 70) / (99 - 80)) * (c - 80);
  else if (c >= 60) v = 50 + ((69 - 50) / (79 - 60)) * (c - 60);
  else v = (c / 59) * 49;
  return roundHalfUp(v, 2);
}

/**
 * Capaian, nilai and kategori of one IKI (PermenPANRB 8/2021 lampiran).
 */
export function scoreIki(input: IkiInput): IkiScore {
  const achievement = ikiAchievement(input);
  const max = input.targetIsMaximum ?? false;
  return { achievement, value: ikiValue(achievement, max), category: ikiCategory(achievement, max) };
}

/**
 * Kategori of a nilai on the 0..120 scale (aggregated SKP values). Bands of PP 30/2019 Pasal 41,
 * which PermenPANRB 8/2021 implements: ≥ 110 Sangat Baik, ≥ 90 Baik, ≥ 70 Cukup, ≥ 50 Kurang,
 * < 50 Sangat Kurang. (PP 30/2019 also asks new ideas for Sangat Baik; that is not checked here.)
 * Consistent with `ikiValue`: 109 is Baik, 110 Sangat Baik, 89.x Cukup, 69.x Kurang, 49.x Sangat Kurang.
 */
export function valueCategory(value: number): IkiCategory {
  if (value >= 110) return 'SANGAT_BAIK';
  if (value >= 90) return 'BAIK';
  if (value >= 70) return 'CUKUP';
  if (value >= 50) return 'KURANG';
  return 'SANGAT_KURANG';
}

const RATING_BY_CATEGORY: Readonly<Record<IkiCategory, PerformanceRating>> = {
  SANGAT_BAIK: 'VERY_GOOD',
  BAIK: 'GOOD',
  CUKUP: 'NEEDS_IMPROVEMENT',
  KURANG: 'POOR',
  SANGAT_KURANG: 'VERY_POOR',
};

/**
 * Kategori (PermenPANRB 8/2021 / PP 30/2019) → predikat of PermenPANRB 6/2022; Cukup maps to
 * Butuh Perbaikan, which several tools still label "Cukup".
 */
export function categoryToRating(category: IkiCategory): PerformanceRating {
  return RATING_BY_CATEGORY[category];
}

/** A RHK with its IKI, for plan-level aggregation. */
export interface RhkInput {
  kind: 'MAIN' | 'ADDITIONAL';
  indicators: IkiInput[];
}

/** Plan-level result of an aggregation. */
export interface PlanScore8 {
  method: 'MEAN' | 'CRK_POINTS';
  /** Nilai SKP, 2 decimals. */
  value: number;
  category: IkiCategory;
  goals: { kind: 'MAIN' | 'ADDITIONAL'; indicators: IkiScore[]; points?: number; crk?: number; bonus?: number }[];
}

function mainGoalsOrThrow(goals: RhkInput[]): void {
  if (!goals.some((g) => g.kind === 'MAIN' && g.indicators.length > 0)) {
    throw new RangeError('At least one MAIN goal with an indicator is needed to score a plan');
  }
}

/**
 * Simple aggregation: nilai SKP = arithmetic mean of the nilai of every IKI of the MAIN goals
 * (each indicator weighs the same). Additional goals are listed but not counted: the 8/2021
 * weights of kinerja tambahan (JPT formula) were not captured in the references.
 */
export function aggregateMean(goals: RhkInput[]): PlanScore8 {
  mainGoalsOrThrow(goals);
  const scored = goals.map((g) => ({ kind: g.kind, indicators: g.indicators.map(scoreIki) }));
  const values = scored.filter((g) => g.kind === 'MAIN').flatMap((g) => g.indicators.map((i) => i.value));
  const value = roundHalfUp(values.reduce((a, b) => a + b, 0) / values.length, 2);
  return { method: 'MEAN', value, category: valueCategory(value), goals: scored };
}

/** Points per IKI category of the vendor CRK scheme. */
export const CRK_POINTS: Readonly<Record<IkiCategory, number>> = {
  SANGAT_BAIK: 16, BAIK: 13, CUKUP: 8, KURANG: 3, SANGAT_KURANG: 1,
};

/** Bonus per category of a RHK tambahan in the vendor CRK scheme. */
export const CRK_ADDITIONAL_BONUS: Readonly<Record<IkiCategory, number>> = {
  SANGAT_BAIK: 2.4, BAIK: 1.6, CUKUP: 1.0, KURANG: 0.5, SANGAT_KURANG: 0.1,
};

/**
 * Capaian rencana kinerja of one RHK from the sum of its IKI points (vendor CRK scheme for
 * PermenPANRB 8/2021 JA/JF): > 42 → 120, ≥ 34 → 100, ≥ 19 → 80, ≥ 7 → 60, else 25.
 */
export function crkFromPoints(points: number): number {
  if (points > 42) return 120;
  if (points >= 34) return 100;
  if (points >= 19) return 80;
  if (points >= 7) return 60;
  return 25;
}

const CRK_CATEGORY: Readonly<Record<number, IkiCategory>> = {
  120: 'SANGAT_BAIK', 100: 'BAIK', 80: 'CUKUP', 60: 'KURANG', 25: 'SANGAT_KURANG',
};

/**
 * JA/JF aggregation as found in vendor code for PermenPANRB 8/2021 ("capaian rencana kinerja";
 * regulation text not seen, research §2.3 [S]). Each IKI earns points by category (16/13/8/3/1);
 * the sum per RHK maps to a CRK value (`crkFromPoints`); nilai SKP = mean CRK of the MAIN RHK +
 * Σ bonus of the ADDITIONAL RHK (2.4/1.6/1.0/0.5/0.1 by the category of the RHK's own CRK;
 * an additional RHK without IKI earns nothing).
 * The thresholds assume three IKI per RHK (kuantitas, kualitas, waktu): an RHK with a single IKI
 * can reach at most 16 points (CRK 60). We keep the scheme as found and document the assumption.
 */
export function aggregateCrkPoints(goals: RhkInput[]): PlanScore8 {
  mainGoalsOrThrow(goals);
  const scored = goals.map((g) => {
    const indicators = g.indicators.map(scoreIki);
    const points = indicators.reduce((sum, i) => sum + CRK_POINTS[i.category], 0);
    const crk = crkFromPoints(points);
    const bonus = g.kind === 'ADDITIONAL' && indicators.length > 0 ? CRK_ADDITIONAL_BONUS[CRK_CATEGORY[crk] ?? 'SANGAT_KURANG'] : undefined;
    return { kind: g.kind, indicators, points, crk, ...(bonus === undefined ? {} : { bonus }) };
  });
  const mains = scored.filter((g) => g.kind === 'MAIN' && g.indicators.length > 0);
  const mean = mains.reduce((sum, g) => sum + g.crk, 0) / mains.length;
  const bonus = scored.reduce((sum, g) => sum + (g.bonus ?? 0), 0);
  const value = roundHalfUp(mean + bonus, 2);
  return { method: 'CRK_POINTS', value, category: valueCategory(value), goals: scored };
}
