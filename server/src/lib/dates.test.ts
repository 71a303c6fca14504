import { describe, expect, it } from 'vitest';
import { addDays, today } from './dates';

describe('today()', () => {
  it('is the calendar date in WIB (UTC+7), also when asked again within the same second', () => {
    expect(today(new Date('2026-11-22T16:59:59.100Z'))).toBe('2026-11-22');
    expect(today(new Date('2026-11-22T16:59:59.900Z'))).toBe('2026-11-22');
    expect(today(new Date('2026-11-22T17:00:00.000Z'))).toBe('2026-11-23');
    expect(today(new Date('2026-11-22T16:59:59.500Z'))).toBe('2026-11-22');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
