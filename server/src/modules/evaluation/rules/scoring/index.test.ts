import { describe, expect, it } from 'vitest';
import type { ScoringIndicator, ScoringInput, ScoringStrategyId } from './index';
import { ScoringInputError, getScoringStrategy, scoringStrategies } from './index';

describe('scoring registry', () => {
  it.each<ScoringStrategyId>(['PERMENPANRB_6_2022', 'PERMENPANRB_8_2021', 'PP_46_2011'])('has %s', (id) => {
    const s = getScoringStrategy(id);
    expect(s.id).toBe(id);
    expect(scoringStrategies[id]).toBe(s);
    expect(s.description.length).toBeGreaterThan(20);
  });

  it('rejects an unknown id', () => {
    expect(() => getScoringStrategy('PP_30_2019')).toThrow(RangeError);
  });
});

describe('PERMENPANRB_6_2022 strategy', () => {
  const s = getScoringStrategy('PERMENPANRB_6_2022');

  it.each([
    ['ABOVE_EXPECTATIONS', 'ABOVE_EXPECTATIONS', 'VERY_GOOD'],
    ['MEETS_EXPECTATIONS', 'BELOW_EXPECTATIONS', 'POOR'],
    ['BELOW_EXPECTATIONS', 'MEETS_EXPECTATIONS', 'NEEDS_IMPROVEMENT'],
  ] as const)('result %s × behaviour %s → %s, no score', (resultRating, behaviorRating, rating) => {
    const r = s.score({ indicators: [], resultRating, behaviorRating });
    expect(r).toMatchObject({ strategy: 'PERMENPANRB_6_2022', score: null, rating });
    expect(r.breakdown.kind === 'PERMENPANRB_6_2022' && r.breakdown.matrix.marked).toBe(rating);
  });

  it('needs both ratings', () => {
    expect(() => s.score({ indicators: [], resultRating: 'MEETS_EXPECTATIONS' })).toThrow(ScoringInputError);
  });
});

describe('PERMENPANRB_8_2021 strategy', () => {
  const s = getScoringStrategy('PERMENPANRB_8_2021');
  // goal g1: 85/85 → 109 and 98/100 → 88; goal g2: 8 days for 10 (lower-is-better) → 120; extra: not counted by MEAN
  const indicators: ScoringIndicator[] = [
    { goalId: 'g1', target: 85, realization: 85 },
    { goalId: 'g1', target: 100, realization: 98 },
    { goalId: 'g2', target: 10, realization: 8, lowerIsBetter: true },
    { goalId: 'x', goalKind: 'ADDITIONAL', target: 100, realization: 50 },
  ];

  it.each<[string, Partial<ScoringInput>, number, string]>([
    ['MEAN (default): (109 + 88 + 120) / 3', {}, 105.67, 'GOOD'],
    // g1: Baik 13 + Cukup 8 = 21 → 80; g2: SB 16 → 60; mean 70; extra: SK 1 → 25 → +0.1
    ['CRK_POINTS: (80 + 60) / 2 + 0.1', { aggregation: 'CRK_POINTS' }, 70.1, 'NEEDS_IMPROVEMENT'],
  ])('%s', (_name, extra, score, rating) => {
    const r = s.score({ indicators, ...extra });
    expect(r.score).toBe(score);
    expect(r.rating).toBe(rating);
    expect(r.breakdown.kind).toBe('PERMENPANRB_8_2021');
  });

  it('treats indicators without goalId as goals of their own', () => {
    const r = s.score({ indicators: [{ target: 10, realization: 10 }, { target: 10, realization: 10 }], aggregation: 'CRK_POINTS' });
    // two RHK with one Baik IKI each: 13 points → CRK 60
    expect(r.score).toBe(60);
  });

  it.each<[string, ScoringIndicator[]]>([
    ['no indicators', []],
    ['only additional goals', [{ goalKind: 'ADDITIONAL', target: 1, realization: 1 }]],
  ])('rejects %s', (_name, inds) => {
    expect(() => s.score({ indicators: inds })).toThrow(ScoringInputError);
  });
});

describe('PP_46_2011 strategy', () => {
  const s = getScoringStrategy('PP_46_2011');
  // Same kegiatan A and B as pp-46-2011.test.ts: SKP 85.08 + 1 (two additional goals) + 3 (unit) = 89.08;
  // perilaku 80; NPK 0.6 × 89.08 + 0.4 × 80 = 85.45 → Baik
  const indicators: ScoringIndicator[] = [
    { goalId: 'A', aspect: 'QUANTITY', target: 10, realization: 10 },
    { goalId: 'A', aspect: 'QUALITY', target: 100, realization: 90 },
    { goalId: 'A', aspect: 'TIME', target: 12, realization: 12 },
    { goalId: 'B', aspect: 'QUANTITY', target: 20, realization: 15 },
    { goalId: 'B', aspect: 'QUALITY', target: 100, realization: 80 },
    { goalId: 'B', aspect: 'TIME', target: 12, realization: 9 },
    { goalId: 'B', aspect: 'COST', target: 10_000_000, realization: 8_000_000 },
    { goalId: 'T1', goalKind: 'ADDITIONAL', target: 1, realization: 1 },
    { goalId: 'T2', goalKind: 'ADDITIONAL', target: 1, realization: 1 },
  ];
  const behaviorScores = [80, 85, 90, 75, 80, 70];

  it('scores the worked example', () => {
    const r = s.score({ indicators, behaviorScores, creativity: 'UNIT' });
    expect(r).toMatchObject({ strategy: 'PP_46_2011', score: 85.45, rating: 'GOOD' });
    if (r.breakdown.kind !== 'PP_46_2011') throw new Error('wrong breakdown');
    expect(r.breakdown.skp).toMatchObject({ activitiesMean: 85.08, additionalTaskPoints: 1, creativityPoints: 3, value: 89.08 });
    expect(r.breakdown.behaviour).toBe(80);
    expect(r.breakdown.category).toBe('BAIK');
  });

  it('uses an explicit tugas tambahan count over the number of additional goals', () => {
    // 7 tasks → 3: SKP 85.08 + 3 + 3 = 91.08; NPK 0.6 × 91.08 + 32 = 86.65 (86.648)
    const r = s.score({ indicators, behaviorScores, creativity: 'UNIT', additionalTasks: 7 });
    expect(r.score).toBe(86.65);
  });

  it.each<[string, ScoringInput]>([
    ['missing behaviour scores', { indicators }],
    ['missing aspect', { indicators: [{ goalId: 'A', target: 1, realization: 1 }], behaviorScores }],
    ['duplicate aspect', { indicators: [indicators[0]!, indicators[0]!], behaviorScores }],
    ['ranged target', { indicators: [{ aspect: 'QUANTITY', target: 1, realization: 1, range: { min: 1, max: 2 } }], behaviorScores }],
    ['no main kegiatan', { indicators: [{ goalKind: 'ADDITIONAL', aspect: 'QUANTITY', target: 1, realization: 1 }], behaviorScores }],
  ])('rejects %s', (_name, input) => {
    expect(() => s.score(input)).toThrow(ScoringInputError);
  });
});
