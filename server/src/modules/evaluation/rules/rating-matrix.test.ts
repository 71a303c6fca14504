import { describe, expect, it } from 'vitest';
import type { ExpectationRating, PerformanceRating } from './rating-matrix';
import { performanceRating, performanceRatingRank, ratingMatrixTable } from './rating-matrix';

describe('performanceRating (PermenPANRB 6/2022 kuadran)', () => {
  it.each<[ExpectationRating, ExpectationRating, PerformanceRating]>([
    ['ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'VERY_GOOD'],
    ['ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'GOOD'],
    ['ABOVE_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
    ['MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'GOOD'],
    ['MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'GOOD'],
    ['MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
    ['BELOW_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'NEEDS_IMPROVEMENT'],
    ['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'NEEDS_IMPROVEMENT'],
    ['BELOW_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'VERY_POOR'],
  ])('result %s × behaviour %s → %s', (result, behavior, expected) => {
    expect(performanceRating(result, behavior)).toBe(expected);
  });

  it('rejects an unknown rating', () => {
    expect(() => performanceRating('GREAT' as ExpectationRating, 'MEETS_EXPECTATIONS')).toThrow(RangeError);
  });
});

describe('ratingMatrixTable', () => {
  it('lays the matrix out as printed: rows result ABOVE→BELOW, columns behaviour BELOW→ABOVE', () => {
    const t = ratingMatrixTable();
    expect(t.columns.map((c) => c.behavior)).toEqual(['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS']);
    expect(t.rows.map((r) => r.result)).toEqual(['ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS']);
    expect(t.rows.map((r) => r.cells.map((c) => c.rating))).toEqual([
      ['POOR', 'GOOD', 'VERY_GOOD'],
      ['POOR', 'GOOD', 'GOOD'],
      ['VERY_POOR', 'NEEDS_IMPROVEMENT', 'NEEDS_IMPROVEMENT'],
    ]);
    expect(t.rows[0]?.cells[2]?.label).toBe('Sangat Baik');
    expect(t.columns[0]?.label).toBe('Di Bawah Ekspektasi');
    expect(t.marked).toBeNull();
    expect(t.rows.flatMap((r) => r.cells).some((c) => c.marked)).toBe(false);
  });

  it.each<[ExpectationRating, ExpectationRating, number, number, PerformanceRating]>([
    ['ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 0, 2, 'VERY_GOOD'],
    ['MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS', 1, 0, 'POOR'],
    ['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 2, 1, 'NEEDS_IMPROVEMENT'],
  ])('marks exactly the cell of result %s × behaviour %s (row %i, col %i)', (result, behavior, row, col, rating) => {
    const t = ratingMatrixTable({ result, behavior });
    const marked = t.rows.flatMap((r, i) => r.cells.map((c, j) => ({ i, j, c }))).filter((x) => x.c.marked);
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ i: row, j: col, c: { rating } });
    expect(t.marked).toBe(rating);
  });
});

describe('performanceRatingRank', () => {
  it.each<[PerformanceRating, number]>([
    ['VERY_GOOD', 0],
    ['GOOD', 1],
    ['NEEDS_IMPROVEMENT', 2],
    ['POOR', 3],
    ['VERY_POOR', 4],
  ])('%s has rank %i', (rating, rank) => {
    expect(performanceRatingRank(rating)).toBe(rank);
  });
});
