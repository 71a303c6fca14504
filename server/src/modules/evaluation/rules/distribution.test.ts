import { describe, expect, it } from 'vitest';
import type { DistributionViolationCode } from './distribution';
import { DISTRIBUTION_PATTERNS, checkDistribution, countRatings } from './distribution';
import type { OrgPerformance, PerformanceRating } from './rating-matrix';
import { ORG_PERFORMANCES } from './rating-matrix';

type Counts = Partial<Record<PerformanceRating, number>>;
const c = (VERY_GOOD = 0, GOOD = 0, NEEDS_IMPROVEMENT = 0, POOR = 0, VERY_POOR = 0): Counts => ({
  VERY_GOOD, GOOD, NEEDS_IMPROVEMENT, POOR, VERY_POOR,
});

describe('checkDistribution (SE MenPANRB 3/2023)', () => {
  // counts are VERY_GOOD, GOOD, NEEDS_IMPROVEMENT, POOR, VERY_POOR
  it.each<[string, OrgPerformance, Counts]>([
    ['OUTSTANDING, 7/10 VERY_GOOD (exactly 70 %)', 'OUTSTANDING', c(7, 2, 1)],
    ['OUTSTANDING, only lower ratings', 'OUTSTANDING', c(0, 5)],
    ['GOOD, 7/10 GOOD + 1 NEEDS_IMPROVEMENT', 'GOOD', c(1, 7, 1, 0, 1)],
    ['GOOD, a POOR satisfies "NI and/or POOR"', 'GOOD', c(1, 3, 0, 1)],
    ['NEEDS_IMPROVEMENT, 6/10 NI, 1/10 VERY_GOOD', 'NEEDS_IMPROVEMENT', c(1, 2, 6, 1)],
    ['POOR, 6/10 POOR, 1/10 NI, 1/10 VERY_GOOD', 'POOR', c(1, 1, 1, 6, 1)],
    ['VERY_POOR, 6/10 VP, 1/10 POOR', 'VERY_POOR', c(0, 3, 0, 1, 6)],
    ['VERY_POOR, 6/10 VP, 1/10 NI', 'VERY_POOR', c(0, 3, 1, 0, 6)],
  ])('accepts %s', (_name, org, counts) => {
    expect(checkDistribution(org, counts)).toEqual([]);
  });

  it.each(ORG_PERFORMANCES)('an empty %s unit has no violations', (org) => {
    expect(checkDistribution(org, c())).toEqual([]);
    expect(checkDistribution(org, {})).toEqual([]);
  });

  it.each<[string, OrgPerformance, Counts, [DistributionViolationCode, PerformanceRating[], unknown, number][]]>([
    ['OUTSTANDING, 8/10 VERY_GOOD', 'OUTSTANDING', c(8, 2), [['MAX_SHARE_EXCEEDED', ['VERY_GOOD'], { max: 0.7 }, 0.8]]],
    ['GOOD, 8/10 GOOD and nobody below', 'GOOD', c(2, 8), [
      ['MAX_SHARE_EXCEEDED', ['GOOD'], { max: 0.7 }, 0.8],
      ['REQUIRED_RATING_MISSING', ['NEEDS_IMPROVEMENT', 'POOR'], 'required', 0],
    ]],
    ['GOOD, VERY_POOR alone does not count as "NI and/or POOR"', 'GOOD', c(3, 5, 0, 0, 2), [
      ['REQUIRED_RATING_MISSING', ['NEEDS_IMPROVEMENT', 'POOR'], 'required', 0],
    ]],
    ['a 1-person GOOD unit rated GOOD', 'GOOD', c(0, 1), [
      ['MAX_SHARE_EXCEEDED', ['GOOD'], { max: 0.7 }, 1],
      ['REQUIRED_RATING_MISSING', ['NEEDS_IMPROVEMENT', 'POOR'], 'required', 0],
    ]],
    ['NEEDS_IMPROVEMENT, 5/10 NI, 2/10 VERY_GOOD', 'NEEDS_IMPROVEMENT', c(2, 3, 5), [
      ['MIN_SHARE_NOT_MET', ['NEEDS_IMPROVEMENT'], { min: 0.6 }, 0.5],
      ['MAX_SHARE_EXCEEDED', ['VERY_GOOD'], { max: 0.1 }, 0.2],
    ]],
    ['POOR, 5/8 POOR (62.5 %, fine) but no NI', 'POOR', c(0, 3, 0, 5), [
      ['MIN_SHARE_NOT_MET', ['NEEDS_IMPROVEMENT'], { min: 0.1 }, 0],
    ]],
    ['POOR, 4/10 POOR, 2/10 VERY_GOOD', 'POOR', c(2, 1, 3, 4), [
      ['MIN_SHARE_NOT_MET', ['POOR'], { min: 0.6 }, 0.4],
      ['MAX_SHARE_EXCEEDED', ['VERY_GOOD'], { max: 0.1 }, 0.2],
    ]],
    ['VERY_POOR, one VERY_GOOD and no POOR/NI', 'VERY_POOR', c(1, 2, 0, 0, 7), [
      ['MIN_SHARE_NOT_MET', ['POOR', 'NEEDS_IMPROVEMENT'], { min: 0.1 }, 0],
      ['FORBIDDEN_RATING_PRESENT', ['VERY_GOOD'], 'forbidden', 0.1],
    ]],
  ])('flags %s', (_name, org, counts, expected) => {
    const got = checkDistribution(org, counts);
    expect(got.map((v) => [v.code, v.ratings, v.expected, v.actualShare])).toEqual(
      expected.map(([code, ratings, exp, share]) => [code, ratings, exp, expect.closeTo(share, 9)]),
    );
    for (const v of got) expect(v.message).toMatch(/unit dengan capaian/);
  });

  it('writes readable messages', () => {
    const [v] = checkDistribution('OUTSTANDING', c(8, 2));
    expect(v?.message).toBe('Sangat Baik 80 %, maksimal 70 % untuk unit dengan capaian Istimewa.');
  });

  it.each([[{ GOOD: -1 }], [{ GOOD: 1.5 }]])('rejects invalid counts %j', (counts) => {
    expect(() => checkDistribution('GOOD', counts)).toThrow(RangeError);
  });
});

describe('DISTRIBUTION_PATTERNS', () => {
  it.each<[OrgPerformance, PerformanceRating, number]>([
    ['OUTSTANDING', 'VERY_GOOD', 5],
    ['GOOD', 'GOOD', 5],
    ['NEEDS_IMPROVEMENT', 'NEEDS_IMPROVEMENT', 5],
    ['POOR', 'POOR', 5],
    ['VERY_POOR', 'VERY_POOR', 4],
  ])('%s: dominant %s, %i ratings allowed', (org, dominant, allowed) => {
    const p = DISTRIBUTION_PATTERNS[org];
    expect(p.dominant).toBe(dominant);
    expect(p.allowed).toHaveLength(allowed);
    expect(p.description.length).toBeGreaterThan(20);
  });
});

describe('countRatings', () => {
  it('counts a list of ratings', () => {
    expect(countRatings(['GOOD', 'GOOD', 'POOR'])).toEqual({ VERY_GOOD: 0, GOOD: 2, NEEDS_IMPROVEMENT: 0, POOR: 1, VERY_POOR: 0 });
  });
});
