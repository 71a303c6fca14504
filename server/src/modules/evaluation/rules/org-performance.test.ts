import { describe, expect, it } from 'vitest';
import { resultRatingFromOrgPerformance } from './org-performance';

describe('resultRatingFromOrgPerformance (SE MenPANRB 3/2023 step 3, unit leader)', () => {
  it.each([
    ['OUTSTANDING', 'ABOVE_EXPECTATIONS'],
    ['GOOD', 'MEETS_EXPECTATIONS'],
    ['NEEDS_IMPROVEMENT', 'BELOW_EXPECTATIONS'],
    ['POOR', 'BELOW_EXPECTATIONS'],
    ['VERY_POOR', 'BELOW_EXPECTATIONS'],
  ] as const)('%s → %s', (org, result) => {
    expect(resultRatingFromOrgPerformance(org)).toBe(result);
  });

  it('refuses an unknown value', () => {
    expect(() => resultRatingFromOrgPerformance('EXCELLENT' as never)).toThrow(RangeError);
  });
});
