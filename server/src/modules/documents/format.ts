import type { PositionLevel, PositionType } from '../../graphql/generated/types';

/** Indonesian wording shared by exports and printable documents. */
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2026-01-05` → `5 Januari 2026`. */
export function tanggal(date: string | null | undefined): string {
  if (!date) return '-';
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const LEVEL: Record<PositionLevel, string> = {
  UTAMA: 'Utama', MADYA: 'Madya', PRATAMA: 'Pratama', ADMINISTRATOR: 'Administrator', PENGAWAS: 'Pengawas', PELAKSANA: 'Pelaksana',
  PEMULA: 'Pemula', TERAMPIL: 'Terampil', MAHIR: 'Mahir', PENYELIA: 'Penyelia',
  AHLI_PERTAMA: 'Ahli Pertama', AHLI_MUDA: 'Ahli Muda', AHLI_MADYA: 'Ahli Madya', AHLI_UTAMA: 'Ahli Utama',
};

/** `JF` + `AHLI_MUDA` → `JF Ahli Muda` (the import reads it back). */
export const jenisJabatan = (type: string, level: string) => `${type as PositionType} ${LEVEL[level as PositionLevel] ?? level}`;

export const jenisKelamin = (g: string) => (g === 'FEMALE' ? 'Perempuan' : 'Laki-laki');

export const penugasan = (kind: string) => (kind === 'DEFINITIVE' ? 'Definitif' : kind === 'PLT' ? 'Plt.' : 'Plh.');

/** A date string as a spreadsheet date (UTC midnight, so no zone shifts it). */
export const excelDate = (d: string | null) => (d ? new Date(`${d.slice(0, 10)}T00:00:00Z`) : null);
