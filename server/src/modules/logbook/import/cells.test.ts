import { describe, expect, it } from 'vitest';
import { dateCell, linksCell, quantityCell, timeCell } from './cells';

describe('dateCell', () => {
  it.each<[unknown, string | null]>([
    ['2026-01-05', '2026-01-05'],
    ['05/01/2026', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    ['05-01-2026', '2026-01-05'],
    ['31.12.2026', '2026-12-31'],
    [46027, '2026-01-05'],
    ['46027', '2026-01-05'],
    [46027.75, '2026-01-05'],
    [new Date(Date.UTC(2026, 0, 5)), '2026-01-05'],
    ['31/02/2026', null],
    ['2026-02-30', null],
    ['kemarin', null],
    ['', null],
    [null, null],
    [true, null],
  ])('%s → %s', (v, expected) => {
    expect(dateCell(v)).toBe(expected);
  });
});

describe('timeCell', () => {
  it.each<[unknown, boolean, string | null]>([
    ['08:00', false, '08:00'],
    ['8:05', false, '08:05'],
    ['08.30', false, '08:30'],
    ['16:00:00', false, '16:00'],
    [0.5, false, '12:00'],
    [0.3333333333, false, '08:00'],
    [46027.75, false, '18:00'],
    [new Date(Date.UTC(1899, 11, 30, 7, 59, 59, 999)), false, '08:00'],
    ['24:00', true, '24:00'],
    ['24:00', false, null],
    [1, true, '24:00'],
    ['25:00', false, null],
    ['pagi', false, null],
    [null, false, null],
  ])('%s (midnight end %s) → %s', (v, midnight, expected) => {
    expect(timeCell(v, midnight)).toBe(expected);
  });
});

describe('quantityCell', () => {
  it.each<[unknown, number | null]>([
    [3, 3],
    ['3', 3],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1.250,5', 1250.5],
    ['', null],
    ['-', null],
    [null, null],
  ])('%s → %s', (v, expected) => {
    expect(quantityCell(v)).toBe(expected);
  });
  it('marks text as not a number', () => {
    expect(quantityCell('tiga')).toBeNaN();
  });
});

describe('linksCell', () => {
  it('splits on spaces, commas, semicolons and new lines', () => {
    expect(linksCell('https://a.id/1, https://a.id/2;https://a.id/3\nhttps://a.id/4')).toEqual(['https://a.id/1', 'https://a.id/2', 'https://a.id/3', 'https://a.id/4']);
    expect(linksCell(null)).toEqual([]);
  });
});
