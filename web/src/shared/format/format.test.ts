import { describe, expect, it } from 'vitest';
import { dayBefore, formatDate, formatDateRange, formatLongDate, todayIso } from './date';
import { formatNip, nipLengthHint } from './nip';

describe('formatNip', () => {
  it('groups the 18 digits as birth date, appointment, gender and serial', () => {
    expect(formatNip('198609262015051001')).toBe('19860926 201505 1 001');
    expect(formatNip('19860926 201505 1 001')).toBe('19860926 201505 1 001');
  });
  it('leaves anything else as it is', () => {
    expect(formatNip('12345')).toBe('12345');
    expect(formatNip(null)).toBe('—');
  });
  it('hints at the length while typing', () => {
    expect(nipLengthHint('')).toBeNull();
    expect(nipLengthHint('1986 0926')).toBe('NIP terdiri dari 18 angka (sekarang 8).');
    expect(nipLengthHint('19860926x')).toBe('NIP hanya berisi angka.');
    expect(nipLengthHint('19860926 201505 1 001')).toBeNull();
  });
});

describe('Indonesian dates', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-01-05')).toBe('5 Januari 2026');
    expect(formatDate('2025-12-31')).toBe('31 Desember 2025');
    expect(formatLongDate('2026-01-05')).toBe('Senin, 5 Januari 2026');
    expect(formatDate(null)).toBe('—');
  });
  it('formats ranges and computes neighbouring dates', () => {
    expect(formatDateRange('2026-01-01', null)).toBe('sejak 1 Januari 2026');
    expect(formatDateRange('2026-01-01', '2026-03-31')).toBe('1 Januari 2026 – 31 Maret 2026');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
