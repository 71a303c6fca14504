import { describe, expect, it } from 'vitest';
import { isAdditiveUnit, normalizeUnit, sameUnit } from './units';

describe('isAdditiveUnit', () => {
  it.each([
    ['Dokumen', true],
    ['dokumen', true],
    ['Laporan', true],
    ['Kegiatan', true],
    ['Berkas', true],
    ['Orang', true],
    ['Unit', true],
    ['Dokumen (PDF)', true],
    ['Orang/Kegiatan', true],
    ['Rupiah', true],
    ['Persen', false],
    ['%', false],
    ['Persentase', false],
    ['Bulan', false],
    ['12 Bulan', false],
    ['Hari', false],
    ['Nilai', false],
    ['Indeks', false],
    ['Predikat', false],
    ['Dokumen per Bulan', false],
    ['Opini WTP', false],
    ['Satuan tak dikenal', false],
    ['', false],
    [null, false],
  ])('%s → %s', (unit, expected) => {
    expect(isAdditiveUnit(unit)).toBe(expected);
  });
});

describe('unit comparison', () => {
  it.each([
    ['Dokumen', 'dokumen', true],
    [' Dokumen  Laporan ', 'dokumen laporan', true],
    ['Dokumen', 'Laporan', false],
    ['', '', false],
    [null, 'Dokumen', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(sameUnit(a, b)).toBe(expected);
  });
  it('normalises', () => {
    expect(normalizeUnit('  Berkas ')).toBe('berkas');
    expect(normalizeUnit('   ')).toBeNull();
  });
});
