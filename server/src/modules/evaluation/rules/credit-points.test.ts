import { describe, expect, it } from 'vitest';
import type { FunctionalLevel } from './credit-points';
import { FUNCTIONAL_LEVEL_COEFFICIENTS, annualCreditPoints, creditPoints, creditPointsForYear } from './credit-points';
import type { PerformanceRating } from './rating-matrix';

describe('creditPoints (PermenPANRB 1/2023: % predikat × koefisien × months / 12)', () => {
  it.each<[FunctionalLevel, PerformanceRating, number, number]>([
    // BKN example: Ahli Pertama, 2 months Baik → 2/12 × 100 % × 12.5 = 2.0833
    ['AHLI_PERTAMA', 'GOOD', 2, 2.083],
    // BKN example: 150 % × 12.5
    ['AHLI_PERTAMA', 'VERY_GOOD', 12, 18.75],
    ['AHLI_MUDA', 'GOOD', 12, 25],
    // 75 % × 37.5 × 6/12 = 14.0625 → half up
    ['AHLI_MADYA', 'NEEDS_IMPROVEMENT', 6, 14.063],
    ['AHLI_UTAMA', 'VERY_POOR', 12, 12.5],
    // 50 % × 5 / 12 = 0.20833
    ['TERAMPIL', 'POOR', 1, 0.208],
    // 150 % × 12.5 × 3/12 = 4.6875
    ['MAHIR', 'VERY_GOOD', 3, 4.688],
    ['PENYELIA', 'GOOD', 12, 25],
    ['PEMULA', 'GOOD', 12, 3.75],
  ])('%s, %s, %i months → %f', (level, rating, months, expected) => {
    expect(creditPoints(level, rating, months)).toBe(expected);
  });

  it.each([0, 13, 1.5, -1])('rejects %f months', (months) => {
    expect(() => creditPoints('AHLI_MUDA', 'GOOD', months)).toThrow(RangeError);
  });

  it('marks only the Pemula coefficient as unverified', () => {
    const unverified = Object.entries(FUNCTIONAL_LEVEL_COEFFICIENTS).filter(([, c]) => !c.verified).map(([l]) => l);
    expect(unverified).toEqual(['PEMULA']);
  });
});

describe('annualCreditPoints', () => {
  it.each<[FunctionalLevel, number, number]>([
    ['TERAMPIL', 7.5, 5],
    ['MAHIR', 18.75, 12.5],
    ['PENYELIA', 37.5, 25],
    ['AHLI_PERTAMA', 18.75, 12.5],
    ['AHLI_MUDA', 37.5, 25],
    ['AHLI_MADYA', 56.25, 37.5],
    ['AHLI_UTAMA', 75, 50],
  ])('%s: Sangat Baik %f, Baik %f', (level, veryGood, good) => {
    expect(annualCreditPoints(level, 'VERY_GOOD')).toBe(veryGood);
    expect(annualCreditPoints(level, 'GOOD')).toBe(good);
  });
});

describe('creditPointsForYear', () => {
  it('converts each period and sums the recorded values', () => {
    // 2 months Baik: 2.083; 4 months Sangat Baik: 1.5 × 12.5 × 4/12 = 6.25;
    // promoted to Ahli Muda for 6 months Baik: 25 × 6/12 = 12.5; total 20.833
    const r = creditPointsForYear('AHLI_PERTAMA', [
      { rating: 'GOOD', months: 2 },
      { rating: 'VERY_GOOD', months: 4 },
      { rating: 'GOOD', months: 6, level: 'AHLI_MUDA' },
    ]);
    expect(r.periods.map((p) => p.creditPoints)).toEqual([2.083, 6.25, 12.5]);
    expect(r.months).toBe(12);
    expect(r.total).toBe(20.833);
  });

  it('sums rounded period values, so twelve monthly periods can differ from the annual figure', () => {
    // each month: 12.5 / 12 = 1.0417 → 1.042; 12 × 1.042 = 12.504 (annual conversion: 12.5)
    const r = creditPointsForYear('AHLI_PERTAMA', Array.from({ length: 12 }, () => ({ rating: 'GOOD' as const, months: 1 })));
    expect(r.total).toBe(12.504);
  });

  it('rejects more than 12 months', () => {
    expect(() => creditPointsForYear('AHLI_MUDA', [{ rating: 'GOOD', months: 8 }, { rating: 'GOOD', months: 5 }])).toThrow(RangeError);
  });
});
