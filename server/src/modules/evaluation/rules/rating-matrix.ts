/**
 * Predikat kinerja pegawai, PermenPANRB 6/2022 (kuadran kinerja): the employee's rating is read
 * from a 3×3 matrix of the rating hasil kerja (result) and the rating perilaku kerja (behaviour).
 * No numeric weighting is prescribed by 6/2022; see `scoring/` for the older numeric schemes.
 */

/** Rating hasil kerja / perilaku kerja: Di Atas / Sesuai / Di Bawah Ekspektasi. */
export type ExpectationRating = 'ABOVE_EXPECTATIONS' | 'MEETS_EXPECTATIONS' | 'BELOW_EXPECTATIONS';

/** Predikat kinerja pegawai: Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang. */
export type PerformanceRating = 'VERY_GOOD' | 'GOOD' | 'NEEDS_IMPROVEMENT' | 'POOR' | 'VERY_POOR';

/** Predikat kinerja organisasi (SE MenPANRB 3/2023): Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. */
export type OrgPerformance = 'OUTSTANDING' | 'GOOD' | 'NEEDS_IMPROVEMENT' | 'POOR' | 'VERY_POOR';

/** Best first, as printed in the SKP documents. */
export const EXPECTATION_RATINGS: readonly ExpectationRating[] = [
  'ABOVE_EXPECTATIONS',
  'MEETS_EXPECTATIONS',
  'BELOW_EXPECTATIONS',
];

/** Best first: Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang. */
export const PERFORMANCE_RATINGS: readonly PerformanceRating[] = [
  'VERY_GOOD',
  'GOOD',
  'NEEDS_IMPROVEMENT',
  'POOR',
  'VERY_POOR',
];

/** Best first: Istimewa > Baik > Butuh Perbaikan > Kurang > Sangat Kurang. */
export const ORG_PERFORMANCES: readonly OrgPerformance[] = [
  'OUTSTANDING',
  'GOOD',
  'NEEDS_IMPROVEMENT',
  'POOR',
  'VERY_POOR',
];

/** Indonesian labels used by the UI and the printed documents. */
export const EXPECTATION_RATING_LABELS_ID: Readonly<Record<ExpectationRating, string>> = {
  ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi',
  MEETS_EXPECTATIONS: 'Sesuai Ekspektasi',
  BELOW_EXPECTATIONS: 'Di Bawah Ekspektasi',
};

export const PERFORMANCE_RATING_LABELS_ID: Readonly<Record<PerformanceRating, string>> = {
  VERY_GOOD: 'Sangat Baik',
  GOOD: 'Baik',
  NEEDS_IMPROVEMENT: 'Butuh Perbaikan',
  POOR: 'Kurang/Misconduct',
  VERY_POOR: 'Sangat Kurang',
};

export const ORG_PERFORMANCE_LABELS_ID: Readonly<Record<OrgPerformance, string>> = {
  OUTSTANDING: 'Istimewa',
  GOOD: 'Baik',
  NEEDS_IMPROVEMENT: 'Butuh Perbaikan',
  POOR: 'Kurang',
  VERY_POOR: 'Sangat Kurang',
};

/** MATRIX[result][behaviour], transcribed from the PermenPANRB 6/2022 kuadran (DOMAIN.md). */
const MATRIX: Readonly<Record<ExpectationRating, Readonly<Record<ExpectationRating, PerformanceRating>>>> = {
  ABOVE_EXPECTATIONS: {
    BELOW_EXPECTATIONS: 'POOR',
    MEETS_EXPECTATIONS: 'GOOD',
    ABOVE_EXPECTATIONS: 'VERY_GOOD',
  },
  MEETS_EXPECTATIONS: {
    BELOW_EXPECTATIONS: 'POOR',
    MEETS_EXPECTATIONS: 'GOOD',
    ABOVE_EXPECTATIONS: 'GOOD',
  },
  BELOW_EXPECTATIONS: {
    BELOW_EXPECTATIONS: 'VERY_POOR',
    MEETS_EXPECTATIONS: 'NEEDS_IMPROVEMENT',
    ABOVE_EXPECTATIONS: 'NEEDS_IMPROVEMENT',
  },
};

/**
 * Predikat kinerja pegawai from rating hasil kerja and rating perilaku (PermenPANRB 6/2022,
 * kuadran kinerja). Behaviour below expectation caps the result at POOR (Kurang/Misconduct) or
 * VERY_POOR; results below expectation cap it at NEEDS_IMPROVEMENT; VERY_GOOD needs both above.
 */
export function performanceRating(result: ExpectationRating, behavior: ExpectationRating): PerformanceRating {
  const row = MATRIX[result];
  const rating = row?.[behavior];
  if (!rating) throw new RangeError(`Unknown expectation rating: result=${result}, behavior=${behavior}`);
  return rating;
}

/** One cell of the printable matrix. */
export interface RatingMatrixCell {
  behavior: ExpectationRating;
  rating: PerformanceRating;
  label: string;
  marked: boolean;
}

/** One row of the printable matrix: a rating hasil kerja with its three cells. */
export interface RatingMatrixRow {
  result: ExpectationRating;
  label: string;
  cells: RatingMatrixCell[];
}

/** The matrix as the "Kuadran Kinerja" page prints it. */
export interface RatingMatrixTable {
  /** Column headers, left to right: rating perilaku BELOW, MEETS, ABOVE. */
  columns: { behavior: ExpectationRating; label: string }[];
  /** Rows, top to bottom: rating hasil kerja ABOVE, MEETS, BELOW. */
  rows: RatingMatrixRow[];
  /** The employee's predikat when a cell is marked. */
  marked: PerformanceRating | null;
}

/** Column order of the official kuadran: behaviour from below to above expectation. */
const COLUMN_ORDER: readonly ExpectationRating[] = [...EXPECTATION_RATINGS].reverse();

/**
 * The PermenPANRB 6/2022 kuadran as a 3×3 table for the UI and the PDF ("Kuadran Kinerja" page),
 * with the cell of the given ratings marked. Rows: result ABOVE→BELOW; columns: behaviour BELOW→ABOVE.
 */
export function ratingMatrixTable(mark?: { result: ExpectationRating; behavior: ExpectationRating }): RatingMatrixTable {
  const rows = EXPECTATION_RATINGS.map((result) => ({
    result,
    label: EXPECTATION_RATING_LABELS_ID[result],
    cells: COLUMN_ORDER.map((behavior) => {
      const rating = performanceRating(result, behavior);
      return {
        behavior,
        rating,
        label: PERFORMANCE_RATING_LABELS_ID[rating],
        marked: mark !== undefined && mark.result === result && mark.behavior === behavior,
      };
    }),
  }));
  return {
    columns: COLUMN_ORDER.map((behavior) => ({ behavior, label: EXPECTATION_RATING_LABELS_ID[behavior] })),
    rows,
    marked: mark ? performanceRating(mark.result, mark.behavior) : null,
  };
}

/**
 * Position of a predikat in the PermenPANRB 6/2022 order, 0 = VERY_GOOD … 4 = VERY_POOR;
 * used to compare ratings ("at least GOOD").
 */
export function performanceRatingRank(rating: PerformanceRating): number {
  const rank = PERFORMANCE_RATINGS.indexOf(rating);
  if (rank < 0) throw new RangeError(`Unknown performance rating: ${rating}`);
  return rank;
}
