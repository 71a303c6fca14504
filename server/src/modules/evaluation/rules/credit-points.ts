/**
 * Angka kredit of jabatan fungsional from the predikat kinerja (konversi predikat),
 * PermenPANRB 1/2023 + Peraturan BKN 3/2023 (research/domain.md §6):
 *   AK = % predikat × koefisien jenjang × months / 12.
 * Results are rounded half up to 3 decimals (as the BKN examples and e-Kinerja show them).
 */
import type { PerformanceRating } from './rating-matrix';
import { roundHalfUp } from './round';

/** Jenjang jabatan fungsional (keterampilan and keahlian). */
export type FunctionalLevel =
  | 'PEMULA'
  | 'TERAMPIL'
  | 'MAHIR'
  | 'PENYELIA'
  | 'AHLI_PERTAMA'
  | 'AHLI_MUDA'
  | 'AHLI_MADYA'
  | 'AHLI_UTAMA';

/** Koefisien per year of a jenjang; `verified: false` marks a value not confirmed in a primary source. */
export interface LevelCoefficient {
  coefficient: number;
  verified: boolean;
}

/**
 * Koefisien angka kredit tahunan per jenjang (PermenPANRB 1/2023 lampiran). PEMULA 3.75 comes
 * from background knowledge only (research §6 [K]); confirm before relying on it.
 */
export const FUNCTIONAL_LEVEL_COEFFICIENTS: Readonly<Record<FunctionalLevel, LevelCoefficient>> = {
  PEMULA: { coefficient: 3.75, verified: false },
  TERAMPIL: { coefficient: 5, verified: true },
  MAHIR: { coefficient: 12.5, verified: true },
  PENYELIA: { coefficient: 25, verified: true },
  AHLI_PERTAMA: { coefficient: 12.5, verified: true },
  AHLI_MUDA: { coefficient: 25, verified: true },
  AHLI_MADYA: { coefficient: 37.5, verified: true },
  AHLI_UTAMA: { coefficient: 50, verified: true },
};

/** Persentase konversi predikat (PermenPANRB 1/2023): 150 / 100 / 75 / 50 / 25 %. */
export const CREDIT_PERCENT_BY_RATING: Readonly<Record<PerformanceRating, number>> = {
  VERY_GOOD: 150,
  GOOD: 100,
  NEEDS_IMPROVEMENT: 75,
  POOR: 50,
  VERY_POOR: 25,
};

function coefficientOf(level: FunctionalLevel): number {
  const entry = FUNCTIONAL_LEVEL_COEFFICIENTS[level];
  if (!entry) throw new RangeError(`Unknown functional level: ${level}`);
  return entry.coefficient;
}

function percentOf(rating: PerformanceRating): number {
  const percent = CREDIT_PERCENT_BY_RATING[rating];
  if (percent === undefined) throw new RangeError(`Unknown performance rating: ${rating}`);
  return percent;
}

/**
 * Angka kredit of one evaluation period (PermenPANRB 1/2023, Peraturan BKN 3/2023):
 * % predikat × koefisien × months / 12, rounded to 3 decimals. `months` is a whole number 1..12.
 * Example: Ahli Pertama, 2 months Baik → 100 % × 12.5 × 2/12 = 2.083.
 */
export function creditPoints(level: FunctionalLevel, rating: PerformanceRating, months: number): number {
  if (!Number.isInteger(months) || months < 1 || months > 12) throw new RangeError(`Months must be a whole number 1..12, got ${months}`);
  return roundHalfUp((percentOf(rating) / 100) * coefficientOf(level) * (months / 12), 3);
}

/**
 * Angka kredit tahunan (PermenPANRB 1/2023): % predikat × koefisien, e.g. Ahli Pertama Sangat
 * Baik → 150 % × 12.5 = 18.75.
 */
export function annualCreditPoints(level: FunctionalLevel, rating: PerformanceRating): number {
  return creditPoints(level, rating, 12);
}

/** One period of a year: its predikat, length and (optionally) the jenjang held then. */
export interface CreditPeriod {
  rating: PerformanceRating;
  months: number;
  /** Jenjang in that period; defaults to the year's level (a promotion mid-year changes it). */
  level?: FunctionalLevel;
}

/** Angka kredit of a year, period by period. */
export interface YearCreditPoints {
  periods: { rating: PerformanceRating; months: number; level: FunctionalLevel; creditPoints: number }[];
  months: number;
  total: number;
}

/**
 * Angka kredit of a year from its evaluation periods (Peraturan BKN 3/2023, AK periodik): each
 * period is converted and rounded on its own, as each is recorded separately; the total is the
 * sum of the recorded values. The periods together may cover at most 12 months.
 */
export function creditPointsForYear(level: FunctionalLevel, periods: readonly CreditPeriod[]): YearCreditPoints {
  const rows = periods.map((p) => {
    const lvl = p.level ?? level;
    return { rating: p.rating, months: p.months, level: lvl, creditPoints: creditPoints(lvl, p.rating, p.months) };
  });
  const months = rows.reduce((sum, r) => sum + r.months, 0);
  if (months > 12) throw new RangeError(`Periods cover ${months} months, more than a year`);
  const total = roundHalfUp(rows.reduce((sum, r) => sum + r.creditPoints, 0), 3);
  return { periods: rows, months, total };
}
