import { describe, expect, it } from 'vitest';
import { daysLeft, upcomingDeadlines } from './deadlines';
import { formatTarget } from './labels';
import { parseDecimal } from './indicatorForm';

const ep = (id: string, deadline: string, unlockedUntil: string | null = null) => ({
  id,
  name: id,
  periodName: 'SKP 2026',
  kind: 'MONTHLY',
  deadline,
  unlockedUntil,
  isLocked: false,
});

describe('upcomingDeadlines', () => {
  const now = new Date('2026-11-22T10:00:00+07:00');
  it('lists future deadlines by date and counts a running admin unlock as a deadline', () => {
    const items = [
      ep('Oktober', '2026-11-05T23:59:00+07:00'),
      ep('Desember', '2027-01-05T23:59:00+07:00'),
      ep('November', '2026-12-05T23:59:00+07:00'),
      ep('September (dibuka)', '2026-10-05T23:59:00+07:00', '2026-11-25T23:59:00+07:00'),
    ];
    expect(upcomingDeadlines(items, now).map((i) => i.id)).toEqual(['September (dibuka)', 'November', 'Desember']);
    expect(upcomingDeadlines(items, now, 1)).toHaveLength(1);
  });
  it('says how far away a deadline is in days', () => {
    expect(daysLeft('2026-11-22T23:59:00+07:00', now)).toBe('hari ini');
    expect(daysLeft('2026-11-23T23:59:00+07:00', now)).toBe('besok');
    expect(daysLeft('2026-12-05T23:59:00+07:00', now)).toBe('dalam 13 hari');
  });
});

describe('numbers', () => {
  it('reads Indonesian decimals and writes targets with their unit', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('1.250,5')).toBe(1250.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('dua')).toBeNaN();
    expect(formatTarget({ targetValue: 1250.5, unit: 'dokumen' })).toBe('1.250,5 dokumen');
    expect(formatTarget({ targetMin: 80, targetMax: 100, unit: '%' })).toBe('80–100 %');
    expect(formatTarget({ targetValue: null, unit: null })).toBe('—');
  });
});
