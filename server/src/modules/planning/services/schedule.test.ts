import { describe, expect, it } from 'vitest';
import { deadlineAfter, defaultSchedule } from './schedule';

describe('default evaluation schedule', () => {
  it('has four quarters and the final period, deadlines 15 days after each end at 23:59 WIB', () => {
    const s = defaultSchedule(2026, '2026-01-01', '2026-12-31');
    expect(s.map((e) => [e.kind, e.startDate, e.endDate])).toEqual([
      ['QUARTERLY', '2026-01-01', '2026-03-31'], ['QUARTERLY', '2026-04-01', '2026-06-30'],
      ['QUARTERLY', '2026-07-01', '2026-09-30'], ['QUARTERLY', '2026-10-01', '2026-12-31'],
      ['FINAL', '2026-01-01', '2026-12-31'],
    ]);
    expect(s[4].deadline).toBe('2027-01-15T16:59:00.000Z');
  });
  it('clips quarters to a shorter period', () => {
    const s = defaultSchedule(2026, '2026-02-15', '2026-08-31');
    expect(s.map((e) => [e.startDate, e.endDate])).toEqual([['2026-02-15', '2026-03-31'], ['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-08-31'], ['2026-02-15', '2026-08-31']]);
  });
  it('computes a deadline across a month end', () => {
    expect(deadlineAfter('2026-01-31', 1)).toBe('2026-02-01T16:59:00.000Z');
  });
});
