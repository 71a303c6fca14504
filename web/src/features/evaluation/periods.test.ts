import { describe, expect, it } from 'vitest';
import { defaultEvaluationPeriod, startedPeriods } from './periods';
import type { EvaluationPeriodLike } from './periods';

const ep = (id: string, kind: EvaluationPeriodLike['kind'], startDate: string, endDate: string): EvaluationPeriodLike => ({ id, kind, name: id, startDate, endDate });
const PERIODS = [
  ep('okt', 'MONTHLY', '2026-10-01', '2026-10-31'),
  ep('nov', 'MONTHLY', '2026-11-01', '2026-11-30'),
  ep('des', 'MONTHLY', '2026-12-01', '2026-12-31'),
  ep('tw4', 'QUARTERLY', '2026-10-01', '2026-12-31'),
  ep('tahunan', 'FINAL', '2026-01-01', '2026-12-31'),
];

describe('evaluation periods', () => {
  it('offers only started periods, latest first', () => {
    expect(startedPeriods(PERIODS, '2026-11-23').map((p) => p.id)).toEqual(['nov', 'okt', 'tw4', 'tahunan']);
  });

  it('opens the requested period, else one already evaluated, else the shortest one containing today', () => {
    expect(defaultEvaluationPeriod(PERIODS, '2026-11-23')?.id).toBe('nov');
    expect(defaultEvaluationPeriod(PERIODS, '2026-11-23', { evaluated: ['tw4'] })?.id).toBe('tw4');
    expect(defaultEvaluationPeriod(PERIODS, '2026-11-23', { requested: 'okt', evaluated: ['tw4'] })?.id).toBe('okt');
    expect(defaultEvaluationPeriod(PERIODS, '2027-01-10')?.id).toBe('des');
    expect(defaultEvaluationPeriod(PERIODS, '2025-12-31')).toBeNull();
  });
});
