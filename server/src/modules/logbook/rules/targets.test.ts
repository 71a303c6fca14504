import { describe, expect, it } from 'vitest';
import { achievementPercent, exceedsAnnualTarget } from './targets';

describe('exceedsAnnualTarget', () => {
  it.each([
    ['12 monthly Dokumen within 12', { unit: 'Dokumen', annualTarget: 12, otherTargets: Array(11).fill(1), target: 1 }, null],
    ['13th Dokumen over 12', { unit: 'Dokumen', annualTarget: 12, otherTargets: Array(12).fill(1), target: 1 }, 13],
    ['first month alone over the year', { unit: 'Laporan', annualTarget: 4, otherTargets: [], target: 5 }, 5],
    ['percent is not summed', { unit: 'Persen', annualTarget: 100, otherTargets: Array(11).fill(100), target: 100 }, null],
    ['months are not summed', { unit: 'Bulan', annualTarget: 12, otherTargets: [12], target: 12 }, null],
    ['no annual target', { unit: 'Dokumen', annualTarget: null, otherTargets: [5], target: 5 }, null],
    ['no target', { unit: 'Dokumen', annualTarget: 1, otherTargets: [5], target: null }, null],
    ['decimals at the limit', { unit: 'Kegiatan', annualTarget: 1, otherTargets: [0.1, 0.2], target: 0.7 }, null],
    ['null parts count as 0', { unit: 'Berkas', annualTarget: 3, otherTargets: [null, 2], target: 1 }, null],
  ])('%s', (_name, input, expected) => {
    expect(exceedsAnnualTarget(input)).toBe(expected);
  });
});

describe('achievementPercent', () => {
  it.each([
    [12, 12, false, 100],
    [6, 12, false, 50],
    [15, 12, false, 125],
    [10, 10, true, 100],
    [5, 10, true, 150],
    [30, 10, true, 0],
    [null, 10, false, null],
    [5, 0, false, null],
    [5, null, false, null],
  ])('value %s target %s lowerIsBetter %s → %s', (v, t, l, expected) => {
    expect(achievementPercent(v, t, l)).toBe(expected);
  });
});
