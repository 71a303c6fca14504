import { describe, expect, it } from 'vitest';
import { addDays, groupByDay, isIsoDate, mondayOf, weekDays } from './week';

const entry = (id: string, date: string, startTime: string, endTime: string, durationMinutes: number) => ({ id, date, startTime, endTime, durationMinutes });

describe('weeks of the catatan harian', () => {
  it('finds the Monday of any day, across months and years', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // Sunday belongs to the week before it
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // Friday: the week started last year
    expect(mondayOf('2024-03-01')).toBe('2024-02-26'); // leap year
  });

  it('lists the seven days and adds days without zone shifts', () => {
    expect(weekDays('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate(null)).toBe(false);
  });

  it('groups entries Monday to Sunday, each day by start time, with the day totals; empty days stay', () => {
    const groups = groupByDay(
      [
        entry('c', '2026-11-24', '13:00', '15:00', 120),
        entry('a', '2026-11-24', '07:30', '09:00', 90),
        entry('b', '2026-11-24', '07:30', '08:00', 30),
        entry('d', '2026-11-29', '08:00', '09:00', 60),
        entry('x', '2026-11-30', '08:00', '09:00', 60), // next week: ignored
      ],
      '2026-11-23',
    );
    expect(groups.map((g) => [g.dayName, g.date, g.entries.map((e) => e.id), g.totalMinutes])).toEqual([
      ['Senin', '2026-11-23', [], 0],
      ['Selasa', '2026-11-24', ['b', 'a', 'c'], 240],
      ['Rabu', '2026-11-25', [], 0],
      ['Kamis', '2026-11-26', [], 0],
      ['Jumat', '2026-11-27', [], 0],
      ['Sabtu', '2026-11-28', [], 0],
      ['Minggu', '2026-11-29', ['d'], 60],
    ]);
  });
});
