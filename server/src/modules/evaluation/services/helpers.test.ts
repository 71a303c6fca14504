import { describe, expect, it } from 'vitest';
import { populations } from './distribution';
import { monthsCovered } from './credit-points';
import { evaluationForMonth, performanceInput } from './allowance';
import { rulePath } from './allowance-rules';
import { computeScore } from './scoring';
import { DEFAULT_ALLOWANCE_RULES } from '../rules/allowance';
import type { ScoringIndicatorRow } from '../repo';
import type { AllowanceRuleTableRow } from '../types';

const seg = (...ids: number[]) => ids.map((id) => `${String(id).padStart(10, '0')}.`).join('');

describe('populations: each rated group counts in its nearest rated unit inside the subtree', () => {
  const groups = [
    { unitId: 1, path: seg(1), rating: 'GOOD' as const, n: 2, confirmed: 1 },
    { unitId: 2, path: seg(1, 2), rating: 'GOOD' as const, n: 3, confirmed: 3 },
    { unitId: 3, path: seg(1, 2, 3), rating: 'POOR' as const, n: 1, confirmed: 0 },
    { unitId: 4, path: seg(1, 4), rating: 'VERY_GOOD' as const, n: 5, confirmed: 5 },
  ];
  it.each([
    ['no rated unit: all in the root', new Set<number>(), { 1: 11 }],
    ['unit 2 rated: its subtree apart', new Set([2]), { 1: 7, 2: 4 }],
    ['units 2 and 3 rated: the deepest wins', new Set([2, 3]), { 1: 7, 2: 3, 3: 1 }],
    ['the root rated too', new Set([1, 2]), { 1: 7, 2: 4 }],
  ])('%s', (_name, rated, expected) => {
    const pops = populations(1, groups, rated);
    const totals = Object.fromEntries([...pops].map(([k, v]) => [k, Object.values(v.counts).reduce((a, b) => a + b, 0)]));
    expect(totals).toEqual(expected);
  });

  it('ignores rated units above the subtree root', () => {
    const pops = populations(2, groups.slice(1, 3), new Set([1]));
    expect([...pops.keys()]).toEqual([2]);
  });
});

describe('monthsCovered: calendar months of a plan inside an evaluation period', () => {
  it.each([
    ['2026-01-01', null, '2026-01-01', '2026-12-31', 12],
    ['2026-01-01', null, '2026-01-01', '2026-03-31', 3],
    ['2026-07-15', null, '2026-01-01', '2026-12-31', 6],
    ['2026-01-01', '2026-02-10', '2026-01-01', '2026-12-31', 2],
    ['2026-01-01', null, '2026-02-01', '2026-02-28', 1],
    ['2026-05-01', null, '2026-01-01', '2026-03-31', 0],
  ] as const)('plan %s–%s in %s–%s → %i', (ps, pe, es, ee, months) => {
    expect(monthsCovered(ps, pe, es, ee)).toBe(months);
  });
});

describe('evaluationForMonth: the finest confirmed evaluation covering the month', () => {
  const ev = (kind: string, periodStart: string, periodEnd: string, status = 'CONFIRMED') =>
    ({ kind, periodStart, periodEnd, status, performanceRating: 'GOOD' as const }) as never;
  it('prefers monthly over quarterly over FINAL and skips drafts', () => {
    const final = ev('FINAL', '2026-01-01', '2026-12-31');
    const q1 = ev('QUARTERLY', '2026-01-01', '2026-03-31');
    const jan = ev('MONTHLY', '2026-01-01', '2026-01-31', 'DRAFT');
    expect(evaluationForMonth([final, q1, jan], '2026-01')).toBe(q1);
    expect(evaluationForMonth([final, q1], '2026-05')).toBe(final);
    expect(evaluationForMonth([jan], '2026-01')).toBeNull();
  });
});

describe('rulePath: rule validation paths as GraphQL field paths', () => {
  it.each([
    ['performanceWeight', ['input', 'rules', 'performanceWeight']],
    ['lateBands[2].percent', ['input', 'rules', 'lateBands', '2', 'percent']],
    ['scoreBands[0]', ['input', 'rules', 'scoreBands', '0']],
    ['ratingPercent.GOOD', ['input', 'rules', 'ratingPercents']],
  ])('%s', (path, field) => expect(rulePath(path)).toEqual(field));
});

describe('performanceInput: score under numeric strategies with score bands, else the predikat', () => {
  const table = { rules: DEFAULT_ALLOWANCE_RULES } as AllowanceRuleTableRow;
  it.each([
    ['PERMENPANRB_6_2022', 'GOOD', 80, { rating: 'GOOD' }],
    ['PERMENPANRB_8_2021', 'GOOD', 80, { score: 80 }],
    ['PERMENPANRB_8_2021', 'GOOD', null, { rating: 'GOOD' }],
    ['PP_46_2011', null, null, null],
  ] as const)('%s, rating %s, score %s', (strategy, rating, score, expected) => {
    expect(performanceInput(table, strategy, rating, () => score)).toEqual(expected);
  });
});

describe('computeScore', () => {
  const row = (over: Partial<ScoringIndicatorRow>): ScoringIndicatorRow => ({
    planId: 1, evaluationPeriodId: 1, indicatorId: 1, goalId: 1, goalKind: 'MAIN', aspect: 'QUANTITY',
    targetValue: 10, targetMin: null, targetMax: null, lowerIsBetter: false, realization: 10, ...over,
  });
  it('explains why the 6/2022 matrix has nothing to show before the ratings', () => {
    expect(computeScore('PERMENPANRB_6_2022', { resultRating: null, behaviorRating: null, legacyBehaviorScores: null }, []).unavailableReason).toMatch(/not rated/);
  });
  it('skips indicators without a target (qualitative)', () => {
    const r = computeScore('PERMENPANRB_8_2021', { resultRating: null, behaviorRating: null, legacyBehaviorScores: null }, [row({}), row({ indicatorId: 2, targetValue: null })]);
    expect(r.indicators.map((l) => l.indicatorId)).toEqual([1]);
    expect(r.score).toBe(109);
  });
  it('uses ranged targets (8/2021)', () => {
    const r = computeScore('PERMENPANRB_8_2021', { resultRating: null, behaviorRating: null, legacyBehaviorScores: null }, [row({ targetValue: null, targetMin: 80, targetMax: 90, realization: 85 })]);
    expect(r.indicators[0]).toMatchObject({ achievement: 100, value: 109 });
  });
  it('reports a measurable plan without main goals as unavailable', () => {
    const r = computeScore('PERMENPANRB_8_2021', { resultRating: null, behaviorRating: null, legacyBehaviorScores: null }, [row({ goalKind: 'ADDITIONAL' })]);
    expect(r.score).toBeNull();
    expect(r.unavailableReason).toMatch(/MAIN/);
  });
});
