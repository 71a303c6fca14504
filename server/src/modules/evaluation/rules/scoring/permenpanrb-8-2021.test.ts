import { describe, expect, it } from 'vitest';
import type { IkiCategory, IkiInput, RhkInput } from './permenpanrb-8-2021';
import {
  aggregateCrkPoints,
  aggregateMean,
  categoryToRating,
  crkFromPoints,
  ikiAchievement,
  ikiCategory,
  ikiValue,
  scoreIki,
  valueCategory,
} from './permenpanrb-8-2021';

describe('ikiAchievement (capaian IKI, PermenPANRB 8/2021)', () => {
  it.each<[string, IkiInput, number]>([
    ['target met', { target: 85, realization: 85 }, 100],
    ['98 of 100', { target: 100, realization: 98 }, 98],
    ['1 of 3, rounded to 2 decimals', { target: 3, realization: 1 }, 33.33],
    ['exceeded', { target: 40, realization: 44 }, 110],
    ['lower-is-better, 8 days for 10 → (1 + (1 − 0.8)) × 100', { target: 10, realization: 8, lowerIsBetter: true }, 120],
    ['lower-is-better, 12 days for 10', { target: 10, realization: 12, lowerIsBetter: true }, 80],
    ['lower-is-better, beyond twice the target floors at 0', { target: 10, realization: 25, lowerIsBetter: true }, 0],
    ['range 80–90, above → upper bound: 95/90', { target: 0, realization: 95, range: { min: 80, max: 90 } }, 105.56],
    ['range 80–90, below → lower bound: 70/80', { target: 0, realization: 70, range: { min: 80, max: 90 } }, 87.5],
    ['range 80–90, inside', { target: 0, realization: 85, range: { min: 80, max: 90 } }, 100],
    ['range 80–90, on the lower edge', { target: 0, realization: 80, range: { min: 80, max: 90 } }, 100],
    ['range 10–12 days lower-is-better, 14 → upper bound: 2 − 14/12', { target: 0, realization: 14, lowerIsBetter: true, range: { min: 10, max: 12 } }, 83.33],
    ['range 10–12 days lower-is-better, 8 → lower bound: 2 − 8/10', { target: 0, realization: 8, lowerIsBetter: true, range: { min: 10, max: 12 } }, 120],
    ['zero target met by zero', { target: 0, realization: 0, lowerIsBetter: true }, 100],
    ['zero target (e.g. 0 complaints) missed', { target: 0, realization: 3, lowerIsBetter: true }, 0],
  ])('%s → %f', (_name, input, expected) => {
    expect(ikiAchievement(input)).toBe(expected);
  });

  it.each<[string, IkiInput]>([
    ['negative realisation', { target: 10, realization: -1 }],
    ['negative target', { target: -10, realization: 1 }],
    ['zero target, higher-is-better', { target: 0, realization: 3 }],
    ['inverted range', { target: 0, realization: 3, range: { min: 5, max: 2 } }],
  ])('rejects %s', (_name, input) => {
    expect(() => ikiAchievement(input)).toThrow(RangeError);
  });
});

describe('ikiValue (nilai capaian IKI 0–120)', () => {
  it.each<[number, boolean, number]>([
    // worked examples of the appendix
    [100, false, 109],
    [98, false, 88],
    // Sangat Baik: 110 + 10/9 × (c − 101), > 110 → 120
    [101, false, 110],
    [105.5, false, 115],
    [105.56, false, 115.07],
    [110, false, 120],
    [111, false, 120],
    [250, false, 120],
    [100.5, false, 110], // between 100 and 101: Sangat Baik floor
    // target is the maximum achievable
    [100, true, 120],
    [98, true, 88],
    // Cukup: 70 + 19/19 × (c − 80)
    [80, false, 70],
    [90, false, 80],
    [99, false, 89],
    [99.5, false, 89.5],
    // Kurang: 50 + 19/19 × (c − 60)
    [60, false, 50],
    [70, false, 60],
    [79, false, 69],
    // Sangat Kurang: c / 59 × 49
    [59, false, 49],
    [29.5, false, 24.5],
    [50, false, 41.53],
    [0, false, 0],
  ])('capaian %f (target max: %s) → %f', (capaian, targetIsMaximum, expected) => {
    expect(ikiValue(capaian, targetIsMaximum)).toBe(expected);
  });

  it('never decreases as capaian grows', () => {
    let prev = -1;
    for (let c = 0; c <= 130; c += 0.01) {
      const v = ikiValue(Math.round(c * 100) / 100);
      expect(v).toBeGreaterThanOrEqual(prev);
      prev = v;
    }
  });
});

describe('categories', () => {
  it.each<[number, boolean, IkiCategory]>([
    [105, false, 'SANGAT_BAIK'],
    [100.01, false, 'SANGAT_BAIK'],
    [100, false, 'BAIK'],
    [100, true, 'SANGAT_BAIK'],
    [99.5, false, 'CUKUP'],
    [80, false, 'CUKUP'],
    [79.99, false, 'KURANG'],
    [60, false, 'KURANG'],
    [59.99, false, 'SANGAT_KURANG'],
    [0, false, 'SANGAT_KURANG'],
  ])('capaian %f (target max: %s) is %s', (capaian, max, expected) => {
    expect(ikiCategory(capaian, max)).toBe(expected);
  });

  it.each<[number, IkiCategory]>([
    [120, 'SANGAT_BAIK'],
    [110, 'SANGAT_BAIK'],
    [109, 'BAIK'],
    [90, 'BAIK'],
    [89.5, 'CUKUP'],
    [70, 'CUKUP'],
    [69, 'KURANG'],
    [50, 'KURANG'],
    [49.83, 'SANGAT_KURANG'],
  ])('value %f is %s', (value, expected) => {
    expect(valueCategory(value)).toBe(expected);
  });

  it.each([
    ['SANGAT_BAIK', 'VERY_GOOD'],
    ['BAIK', 'GOOD'],
    ['CUKUP', 'NEEDS_IMPROVEMENT'],
    ['KURANG', 'POOR'],
    ['SANGAT_KURANG', 'VERY_POOR'],
  ] as const)('%s maps to %s', (category, rating) => {
    expect(categoryToRating(category)).toBe(rating);
  });
});

describe('scoreIki (appendix worked examples)', () => {
  it.each<[IkiInput, { achievement: number; value: number; category: IkiCategory }]>([
    [{ target: 85, realization: 85 }, { achievement: 100, value: 109, category: 'BAIK' }],
    [{ target: 100, realization: 98 }, { achievement: 98, value: 88, category: 'CUKUP' }],
    [{ target: 100, realization: 100, targetIsMaximum: true }, { achievement: 100, value: 120, category: 'SANGAT_BAIK' }],
  ])('%j → %j', (input, expected) => {
    expect(scoreIki(input)).toEqual(expected);
  });
});

describe('crkFromPoints (vendor JA/JF scheme)', () => {
  it.each([
    [48, 120], [43, 120], [42, 100], [34, 100], [33, 80], [19, 80], [18, 60], [7, 60], [6, 25], [0, 25],
  ])('%i points → CRK %i', (points, crk) => {
    expect(crkFromPoints(points)).toBe(crk);
  });
});

describe('plan aggregation', () => {
  const met = (t: number): IkiInput => ({ target: t, realization: t });
  const plan: RhkInput[] = [
    { kind: 'MAIN', indicators: [met(85), { target: 100, realization: 98 }] }, // 109, 88
    { kind: 'MAIN', indicators: [{ target: 10, realization: 8, lowerIsBetter: true }] }, // 120 % → 120
    { kind: 'ADDITIONAL', indicators: [{ target: 100, realization: 50 }] }, // not counted by MEAN
  ];

  it('MEAN: (109 + 88 + 120) / 3 = 105.67 → Baik', () => {
    const r = aggregateMean(plan);
    expect(r.value).toBe(105.67);
    expect(r.category).toBe('BAIK');
    expect(r.goals[2]?.indicators[0]?.value).toBe(41.53);
  });

  it.each<[string, RhkInput[], number, IkiCategory]>([
    [
      // RHK 1: 3 × Baik = 39 pts → 100; RHK 2: SB 16 + Baik 13 + Cukup 8 = 37 → 100; RHK 3: 3 × SB = 48 → 120;
      // mean (100 + 100 + 120) / 3 = 106.667; additional RHK: 1 × Baik = 13 pts → CRK 60 (Kurang) → +0.5
      'mixed plan: 106.667 + 0.5',
      [
        { kind: 'MAIN', indicators: [met(10), met(100), met(12)] },
        { kind: 'MAIN', indicators: [{ target: 100, realization: 105 }, met(100), { target: 100, realization: 98 }] },
        { kind: 'MAIN', indicators: [{ target: 100, realization: 120 }, { target: 100, realization: 115 }, { target: 10, realization: 8, lowerIsBetter: true }] },
        { kind: 'ADDITIONAL', indicators: [met(1)] },
      ],
      107.17,
      'BAIK',
    ],
    [
      // 3 × SB → 120; additional 3 × SB → CRK 120 (SB) → +2.4
      'all Sangat Baik with a Sangat Baik additional RHK: 120 + 2.4',
      [
        { kind: 'MAIN', indicators: Array.from({ length: 3 }, () => ({ target: 10, realization: 12 })) },
        { kind: 'ADDITIONAL', indicators: Array.from({ length: 3 }, () => ({ target: 10, realization: 12 })) },
        { kind: 'ADDITIONAL', indicators: [] },
      ],
      122.4,
      'SANGAT_BAIK',
    ],
    [
      // a single Baik IKI earns only 13 points → CRK 60: the scheme assumes three IKI per RHK
      'single-IKI RHK',
      [{ kind: 'MAIN', indicators: [met(5)] }],
      60,
      'KURANG',
    ],
  ])('CRK_POINTS: %s → %f', (_name, goals, value, category) => {
    const r = aggregateCrkPoints(goals);
    expect(r.value).toBe(value);
    expect(r.category).toBe(category);
  });

  it.each([aggregateMean, aggregateCrkPoints])('%o rejects a plan without main indicators', (fn) => {
    expect(() => fn([{ kind: 'ADDITIONAL', indicators: [met(1)] }])).toThrow(RangeError);
  });
});
