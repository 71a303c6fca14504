import { describe, expect, it } from 'vitest';
import { exceededShares, isAdditiveUnit, splitTarget, type Aspect } from './shares';

describe('isAdditiveUnit', () => {
  it.each<[string | null, Aspect | null, boolean]>([
    ['dokumen', 'QUANTITY', true],
    ['laporan', null, true],
    ['orang', 'QUANTITY', true],
    ['kegiatan', 'QUANTITY', true],
    ['Rupiah', 'COST', true],
    ['%', 'QUANTITY', false],
    ['persen', 'QUANTITY', false],
    ['Persentase', 'QUANTITY', false],
    ['indeks', 'QUANTITY', false],
    ['nilai', 'QUANTITY', false],
    ['skor', 'QUANTITY', false],
    ['rasio', 'QUANTITY', false],
    ['predikat', 'QUANTITY', false],
    ['rata-rata hari', 'QUANTITY', false],
    ['dokumen', 'QUALITY', false],
    ['bulan', 'TIME', false],
    [null, 'QUANTITY', false],
    ['  ', 'QUANTITY', false],
  ])('%s (%s) additive: %s', (unit, aspect, expected) => {
    expect(isAdditiveUnit(unit, aspect)).toBe(expected);
  });
});

describe('exceededShares', () => {
  const base = { indicatorId: 1, parentTarget: 100, unit: 'dokumen', aspect: 'QUANTITY' as Aspect, existing: 0, requested: [] as number[] };

  it.each([
    ['exactly the target', { requested: [60, 40] }, []],
    ['below the target', { requested: [10, 20] }, []],
    ['over with new shares only', { requested: [60, 41] }, [{ indicatorId: 1, total: 101, target: 100 }]],
    ['over counting existing shares', { existing: 70, requested: [31] }, [{ indicatorId: 1, total: 101, target: 100 }]],
    ['equal counting existing shares', { existing: 70, requested: [30] }, []],
    ['decimal shares within rounding', { parentTarget: 0.3, requested: [0.1, 0.2] }, []],
    ['no parent target', { parentTarget: null, requested: [1000] }, []],
    ['non-additive unit', { unit: '%', requested: [100, 100] }, []],
    ['quality aspect', { aspect: 'QUALITY' as Aspect, requested: [100, 100] }, []],
  ])('%s', (_name, over, expected) => {
    expect(exceededShares([{ ...base, ...over }])).toEqual(expected);
  });

  it('reports each exceeded indicator', () => {
    const r = exceededShares([
      { ...base, indicatorId: 1, requested: [101] },
      { ...base, indicatorId: 2, requested: [50] },
      { ...base, indicatorId: 3, existing: 100, requested: [1] },
    ]);
    expect(r.map((x) => x.indicatorId)).toEqual([1, 3]);
  });
});

describe('splitTarget', () => {
  it.each([
    [12, 3, [4, 4, 4]],
    [10, 3, [4, 3, 3]],
    [2, 4, [1, 1, 0, 0]],
    [5, 0, []],
  ])('splits %i into %i shares', (target, n, expected) => {
    const shares = splitTarget(target, n);
    expect(shares).toEqual(expected);
    if (n > 0) expect(shares.reduce((a, b) => a + b, 0)).toBe(target);
  });
});
