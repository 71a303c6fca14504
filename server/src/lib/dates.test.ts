import { describe, expect, it } from 'vitest';
import { addDays, today, isoInstant } from './dates';

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

describe('isoInstant', () => {
  it('rewrites PostgreSQL UTC timestamptz text like toISOString of the Date pg would parse', () => {
    for (const [pgText, iso] of [
      ['2026-01-05 08:00:00.123456+00', '2026-01-05T08:00:00.123Z'],
      ['2026-01-05 08:00:00.9999+00', '2026-01-05T08:00:00.999Z'],
      ['2026-01-05 08:00:00.5+00', '2026-01-05T08:00:00.500Z'],
      ['2026-01-05 08:00:00.01+00', '2026-01-05T08:00:00.010Z'],
      ['2026-12-31 23:59:59+00', '2026-12-31T23:59:59.000Z'],
    ]) {
      expect(isoInstant(pgText)).toBe(iso);
    }
  });

  it('converts other offsets, Dates and ISO strings through Date', () => {
    expect(isoInstant('2026-01-05 15:00:00.25+07')).toBe('2026-01-05T08:00:00.250Z');
    expect(isoInstant('2026-01-05 03:30:00+05:30')).toBe('2026-01-04T22:00:00.000Z');
    expect(isoInstant(new Date('2026-01-05T08:00:00.123Z'))).toBe('2026-01-05T08:00:00.123Z');
    expect(isoInstant('2026-01-05T08:00:00.123Z')).toBe('2026-01-05T08:00:00.123Z');
  });
});
