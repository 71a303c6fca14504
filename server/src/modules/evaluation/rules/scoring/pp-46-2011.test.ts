import { describe, expect, it } from 'vitest';
import type { Pp46Activity, Pp46Category } from './pp-46-2011';
import {
  activityScore,
  additionalTaskPoints,
  behaviourValue,
  costScore,
  efficiencyScore,
  pp46Category,
  pp46CategoryToRating,
  prestasiKerjaValue,
  quantityScore,
  qualityScore,
  skpValue,
  timeScore,
} from './pp-46-2011';

/*
 * Worked examples, derived by hand from Perka BKN 1/2013:
 *   time/cost: E = 100 − R/T × 100; E ≤ 24 → (1.76T − R)/T × 100; E > 24 → 76 − ((1.76T − R)/T × 100 − 100)
 *
 * Kegiatan A: 10 reports of 10, quality 90 of 100, 12 of 12 months
 *   quantity 100, quality 90, time E = 0 → (21.12 − 12)/12 × 100 = 76; sum 266; value 266/3 = 88.67
 * Kegiatan B: 15 of 20, quality 80, 9 of 12 months, Rp 8 000 000 of Rp 10 000 000
 *   quantity 75, quality 80,
 *   time E = 25 > 24 → (21.12 − 9)/12 × 100 = 101 → 76 − (101 − 100) = 75,
 *   cost E = 20 ≤ 24 → (17.6 − 8)/10 × 100 = 96; sum 326; value 326/4 = 81.5
 * SKP = (88.6667 + 81.5)/2 = 85.0833 + tugas tambahan (2 tasks → 1) + kreativitas (unit → 3) = 89.08
 * Perilaku = (80 + 85 + 90 + 75 + 80 + 70)/6 = 80
 * NPK = 0.6 × 89.08 + 0.4 × 80 = 53.448 + 32 = 85.45 → Baik
 */
const A: Pp46Activity = {
  quantity: { target: 10, realization: 10 },
  quality: { target: 100, realization: 90 },
  time: { target: 12, realization: 12 },
};
const B: Pp46Activity = {
  quantity: { target: 20, realization: 15 },
  quality: { target: 100, realization: 80 },
  time: { target: 12, realization: 9 },
  cost: { target: 10_000_000, realization: 8_000_000 },
};

describe('aspect scores (Perka BKN 1/2013)', () => {
  it.each([
    [10, 10, 100],
    [20, 15, 75],
    [4, 5, 125],
    [5, 0, 0],
  ])('quantity %i/%i → %f', (t, r, expected) => {
    expect(quantityScore(t, r)).toBe(expected);
  });

  it.each([
    [100, 90, 90],
    [100, 80, 80],
  ])('quality %i/%i → %f', (t, r, expected) => {
    expect(qualityScore(t, r)).toBe(expected);
  });

  it.each([
    ['on time: E = 0 → 1.76·12 − 12 over 12', 12, 12, 76],
    ['E = 25 > 24 → 76 − (101 − 100)', 12, 9, 75],
    ['E = 24 exactly (R = 76 % of T) → maximum 100', 25, 19, 100],
    ['E = 28 → 76 − (104 − 100)', 25, 18, 72],
    ['E = 50 → 76 − (126 − 100)', 12, 6, 50],
    ['late, E = −25 → (21.12 − 15)/12', 12, 15, 51],
    ['very late, (17.6 − 18)/10 = −4 floors at 0', 10, 18, 0],
    ['realisation 0', 12, 0, 0],
  ])('time: %s', (_name, t, r, expected) => {
    expect(timeScore(t, r)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['E = 20 → (17.6 − 8)/10', 10_000_000, 8_000_000, 96],
    ['E = 40 → 76 − (116 − 100)', 10_000_000, 6_000_000, 60],
    ['over budget, E = −10 → (17.6 − 11)/10', 10_000_000, 11_000_000, 66],
  ])('cost: %s', (_name, t, r, expected) => {
    expect(costScore(t, r)).toBeCloseTo(expected, 9);
  });

  it.each([
    [0, 5],
    [10, -1],
  ])('rejects target %f / realisation %f', (t, r) => {
    expect(() => efficiencyScore(t, r)).toThrow(RangeError);
  });
});

describe('activityScore', () => {
  it.each<[string, Pp46Activity, { sum: number; aspectsUsed: number; value: number }]>([
    ['A: 100 + 90 + 76', A, { sum: 266, aspectsUsed: 3, value: 88.67 }],
    ['B: 75 + 80 + 75 + 96', B, { sum: 326, aspectsUsed: 4, value: 81.5 }],
    ['not done: quantity realisation 0 zeroes the kegiatan', { ...A, quantity: { target: 5, realization: 0 } }, { sum: 0, aspectsUsed: 3, value: 0 }],
    ['no budget: cost target 0 is omitted', { ...A, quality: { target: 100, realization: 100 }, cost: { target: 0, realization: 0 } }, { sum: 276, aspectsUsed: 3, value: 92 }],
  ])('%s', (_name, activity, expected) => {
    expect(activityScore(activity)).toMatchObject(expected);
  });

  it('reports each aspect', () => {
    expect(activityScore(B).aspects).toEqual({ quantity: 75, quality: 80, time: 75, cost: 96 });
  });

  it('rejects a kegiatan without aspects', () => {
    expect(() => activityScore({})).toThrow(RangeError);
  });
});

describe('SKP, perilaku and NPK', () => {
  it.each([
    [0, 0], [1, 1], [3, 1], [4, 2], [6, 2], [7, 3], [12, 3],
  ])('%i tugas tambahan → %i', (count, points) => {
    expect(additionalTaskPoints(count)).toBe(points);
  });

  it.each([
    ['A and B, 2 tasks, unit creativity', { activities: [A, B], additionalTasks: 2, creativity: 'UNIT' as const }, 85.08, 89.08],
    ['A only', { activities: [A] }, 88.67, 88.67],
    ['A, 7 tasks, national creativity', { activities: [A], additionalTasks: 7, creativity: 'NATIONAL' as const }, 88.67, 103.67],
    ['A, organisation creativity', { activities: [A], creativity: 'ORGANIZATION' as const }, 88.67, 94.67],
  ])('skpValue: %s', (_name, input, mean, value) => {
    const r = skpValue(input);
    expect(r.activitiesMean).toBe(mean);
    expect(r.value).toBe(value);
  });

  it.each([
    ['6 aspects (with kepemimpinan)', [80, 85, 90, 75, 80, 70], 80],
    ['5 aspects', [80, 85, 90, 75, 80], 82],
    ['6 aspects, rounded to 2 decimals', [90, 91, 91, 90, 91, 90], 90.5],
    ['5 aspects, 2 decimals', [77, 78, 80, 81, 83], 79.8],
    ['rejects 3 aspects', [90, 91, 91], null],
    ['rejects a score above 100', [101, 90, 90, 90, 90], null],
  ])('behaviourValue: %s', (_name, scores, expected) => {
    if (expected === null) expect(() => behaviourValue(scores)).toThrow(RangeError);
    else expect(behaviourValue(scores)).toBe(expected);
  });

  it.each([
    ['worked example', 89.08, 80, 85.45],
    ['all 100', 100, 100, 100],
    ['60/40 split', 70, 90, 78],
  ])('NPK %s: 0.6 × %f + 0.4 × %f = %f', (_name, skp, behaviour, expected) => {
    expect(prestasiKerjaValue(skp, behaviour)).toBe(expected);
  });

  it.each<[number, Pp46Category]>([
    [100, 'SANGAT_BAIK'],
    [91, 'SANGAT_BAIK'],
    [90.5, 'SANGAT_BAIK'],
    [90, 'BAIK'],
    [85.45, 'BAIK'],
    [76, 'BAIK'],
    [75.5, 'BAIK'],
    [75, 'CUKUP'],
    [61, 'CUKUP'],
    [60, 'KURANG'],
    [51, 'KURANG'],
    [50.01, 'KURANG'],
    [50, 'BURUK'],
    [0, 'BURUK'],
  ])('category of %f is %s', (value, category) => {
    expect(pp46Category(value)).toBe(category);
  });

  it.each([
    ['SANGAT_BAIK', 'VERY_GOOD'],
    ['BAIK', 'GOOD'],
    ['CUKUP', 'NEEDS_IMPROVEMENT'],
    ['KURANG', 'POOR'],
    ['BURUK', 'VERY_POOR'],
  ] as const)('%s maps to %s', (category, rating) => {
    expect(pp46CategoryToRating(category)).toBe(rating);
  });
});
