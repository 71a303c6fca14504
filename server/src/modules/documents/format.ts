import type { PositionLevel, PositionType } from '../../graphql/generated/types';

/** Indonesian wording shared by exports and printable documents. */
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2026-01` → `Januari 2026`. */
export const bulan = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

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

/** NIP as printed on official forms: `19800101 200501 1 001`. */
export const nipText = (nip: string) => (/^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip);

/** Indonesian number format: `1.234,5`. */
export function angka(n: number | null | undefined): string {
  if (n == null) return '-';
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
}

const ASPECT: Record<string, string> = { QUANTITY: 'Kuantitas', QUALITY: 'Kualitas', TIME: 'Waktu', COST: 'Biaya' };
export const aspek = (a: string | null) => (a ? (ASPECT[a] ?? a) : '-');

const PERSPECTIVE: Record<string, string> = {
  SERVICE_RECIPIENTS: 'Penerima Layanan', BUSINESS_PROCESS: 'Proses Bisnis', INTERNAL_STRENGTHENING: 'Penguatan Internal', BUDGET: 'Anggaran',
};
export const perspektif = (p: string | null) => (p ? (PERSPECTIVE[p] ?? p) : '-');

/** Target of an indicator: `12 dokumen`, `90 – 100 %`, `maks. 3 hari`. */
export function target(i: { targetValue: number | null; targetMin: number | null; targetMax: number | null; unit: string | null; lowerIsBetter: boolean }): string {
  const unit = i.unit ? ` ${i.unit}` : '';
  if (i.targetMin != null && i.targetMax != null) return `${angka(i.targetMin)} – ${angka(i.targetMax)}${unit}`;
  if (i.targetValue != null) return `${i.lowerIsBetter ? 'maks. ' : ''}${angka(i.targetValue)}${unit}`;
  if (i.targetMin != null) return `min. ${angka(i.targetMin)}${unit}`;
  if (i.targetMax != null) return `maks. ${angka(i.targetMax)}${unit}`;
  return '-';
}

/** Place for the signature line, from the agency name: `Kabupaten Bandung` → `Bandung`. */
export function tempat(agencyName: string): string {
  const m = /^(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|kab\.)\s+(.+)$/i.exec(agencyName.trim());
  return m ? m[1] : agencyName.trim();
}
