import '../../test/setup';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ExpectationRating, PerformanceRating, RatingMatrix_MatrixFragment } from '../../gql/graphql';
import { EXPECTATIONS, expectationLabel, predikatFor, ratingLabel } from './labels';
import { RatingMatrix } from './RatingMatrix';

const COLUMNS: ExpectationRating[] = ['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS'];

/** The matrix as the API sends it, with the cell of `marked` (result, behaviour) marked. */
function matrix(marked?: [ExpectationRating, ExpectationRating]): RatingMatrix_MatrixFragment {
  return {
    marked: marked ? predikatFor(marked[0], marked[1]) : null,
    columns: COLUMNS.map((behaviorRating) => ({ behaviorRating, label: expectationLabel[behaviorRating] })),
    rows: EXPECTATIONS.map((resultRating) => ({
      resultRating,
      label: expectationLabel[resultRating],
      cells: COLUMNS.map((behaviorRating) => {
        const rating = predikatFor(resultRating, behaviorRating);
        return { behaviorRating, rating, label: ratingLabel[rating], marked: marked?.[0] === resultRating && marked?.[1] === behaviorRating };
      }),
    })),
  };
}

describe('predikatFor (PermenPANRB 6/2022 matrix)', () => {
  it.each<[ExpectationRating, ExpectationRating, PerformanceRating]>([
    ['ABOVE_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
    ['ABOVE_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'GOOD'],
    ['ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'VERY_GOOD'],
    ['MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
    ['MEETS_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'GOOD'],
    ['MEETS_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'GOOD'],
    ['BELOW_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'VERY_POOR'],
    ['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'NEEDS_IMPROVEMENT'],
    ['BELOW_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'NEEDS_IMPROVEMENT'],
  ])('result %s, behaviour %s → %s', (result, behavior, expected) => {
    expect(predikatFor(result, behavior)).toBe(expected);
  });
});

describe('RatingMatrix', () => {
  it('draws rows from above to below expectations and columns from below to above, as printed', () => {
    render(<RatingMatrix matrix={matrix()} />);
    const table = screen.getByRole('table', { name: /Kuadran kinerja/ });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Di bawah ekspektasi', 'Sesuai ekspektasi', 'Di atas ekspektasi']);
    expect(rows.slice(1).map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').map((c) => c.textContent)])).toEqual([
      ['Di atas ekspektasi', 'Kurang', 'Baik', 'Sangat Baik'],
      ['Sesuai ekspektasi', 'Kurang', 'Baik', 'Baik'],
      ['Di bawah ekspektasi', 'Sangat Kurang', 'Butuh Perbaikan', 'Butuh Perbaikan'],
    ]);
    expect(table.querySelector('[aria-current]')).toBeNull();
  });

  it("marks the employee's cell, and outlines an unsaved choice separately", () => {
    render(<RatingMatrix matrix={matrix(['BELOW_EXPECTATIONS', 'ABOVE_EXPECTATIONS'])} preview={{ result: 'ABOVE_EXPECTATIONS', behavior: 'ABOVE_EXPECTATIONS' }} />);
    const table = screen.getByRole('table');
    const marked = table.querySelectorAll('[aria-current="true"]');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toBe('Butuh Perbaikan ● predikat pegawai');
    // Third row (below expectations), third column (behaviour above).
    const bottomRow = within(table).getAllByRole('row')[3]!;
    expect(within(bottomRow).getAllByRole('cell')[2]).toBe(marked[0]);
    const preview = table.querySelector('.rating-matrix__cell--preview');
    expect(preview?.textContent).toBe('Sangat Baik ○ pilihan belum disimpan');
    expect(preview?.className).toContain('rating--very-good');
  });
});
