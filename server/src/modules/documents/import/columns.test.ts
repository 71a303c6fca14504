import { describe, expect, it } from 'vitest';
import { mapHeader, parsePositionKind, parseRank, parseStatus } from './columns';

describe('import columns', () => {
  it('maps the headers of a national HR export loosely', () => {
    expect(mapHeader(['No', 'NIP Baru', 'Nama Lengkap', 'Pangkat / Gol.', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'Unit Induk', 'NIP Atasan', 'Status Pegawai'])).toEqual({
      nip: 1, name: 2, rank: 3, position: 4, positionType: 5, unit: 6, parentUnit: 7, superiorNip: 8, status: 9,
    });
  });

  it.each([
    ['JPT Pratama', { type: 'JPT', level: 'PRATAMA' }],
    ['JPT Madya', { type: 'JPT', level: 'MADYA' }],
    ['Jabatan Pimpinan Tinggi Utama', { type: 'JPT', level: 'UTAMA' }],
    ['JA Administrator', { type: 'JA', level: 'ADMINISTRATOR' }],
    ['JA - Pengawas', { type: 'JA', level: 'PENGAWAS' }],
    ['Pelaksana', { type: 'JA', level: 'PELAKSANA' }],
    ['Struktural Pengawas', { type: 'JA', level: 'PENGAWAS' }],
    ['JF Ahli Muda', { type: 'JF', level: 'AHLI_MUDA' }],
    ['Fungsional Ahli Utama', { type: 'JF', level: 'AHLI_UTAMA' }],
    ['jf  ahli   pertama', { type: 'JF', level: 'AHLI_PERTAMA' }],
    ['JF Terampil', { type: 'JF', level: 'TERAMPIL' }],
    ['Fungsional Penyelia', { type: 'JF', level: 'PENYELIA' }],
    ['Ahli Madya', { type: 'JF', level: 'AHLI_MADYA' }],
    ['Eselon II.a', { type: 'JPT', level: 'PRATAMA' }],
    ['Eselon III.b', { type: 'JA', level: 'ADMINISTRATOR' }],
    ['Eselon IV.a', { type: 'JA', level: 'PENGAWAS' }],
    ['Eselon I.b', { type: 'JPT', level: 'MADYA' }],
    ['Pratama', { type: 'JPT', level: 'PRATAMA' }],
    ['JF', null],
    ['JPT Pengawas', null],
    ['Guru', null],
    ['', null],
  ])('reads jenis jabatan %j', (text, expected) => {
    expect(parsePositionKind(text)).toEqual(expected);
  });

  it.each([
    ['III/d', 'PNS', 'III/d'],
    ['Penata Tk. I, III/d', 'PNS', 'III/d'],
    ['Pembina Utama Muda (IV/C)', 'PNS', 'IV/c'],
    ['II / a', 'PNS', 'II/a'],
    ['IX', 'PPPK', 'IX'],
    ['Golongan XI', 'PPPK', 'XI'],
    ['', 'PNS', null],
    ['-', 'PNS', null],
    ['Penata', 'PNS', undefined],
    ['IX', 'PNS', undefined],
    ['III/f', 'PNS', undefined],
  ] as const)('reads pangkat %j of a %s', (text, status, expected) => {
    expect(parseRank(text, status)).toBe(expected);
  });

  it.each([
    ['PNS', 'PNS'], ['cpns', 'PNS'], ['PPPK', 'PPPK'], ['P3K', 'PPPK'], ['Honorer', null], ['', null],
  ])('reads status %j', (text, expected) => {
    expect(parseStatus(text)).toBe(expected);
  });
});
