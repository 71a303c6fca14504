/**
 * Satuan (units of output) and whether they add up.
 *
 * A unit is ADDITIVE when it counts discrete, separately delivered things, so that
 * the outputs of months add up to the year and the shares of DIRECT-cascaded
 * subordinates add up to their leader's result: Dokumen, Laporan, Kegiatan, Berkas,
 * Orang, Unit, Data, Surat, Paket, Rupiah…
 *
 * A unit is NOT additive when it measures a level, a proportion or a span:
 * percentages (Persen, %), time spans used as targets (Bulan, Hari, Minggu, Tahun,
 * Triwulan, Semester — "12 Bulan" is not the sum of twelve "1 Bulan"), scores and
 * indices (Nilai, Skor, Indeks, Predikat, Rasio, Peringkat, Level, Opini).
 *
 * Unknown units are treated as NOT additive: a missing check or roll-up is harmless,
 * a wrong sum is not. Matching looks at the normalised words of the unit: any
 * non-additive word wins, otherwise the first word must be a known count noun.
 */
const NON_ADDITIVE = new Set([
  '%', 'persen', 'persentase', 'prosentase', 'percent', 'percentage', 'pct',
  'bulan', 'hari', 'minggu', 'pekan', 'tahun', 'triwulan', 'kuartal', 'semester', 'month', 'months', 'day', 'days', 'week', 'weeks', 'year', 'years',
  'nilai', 'skor', 'score', 'indeks', 'index', 'predikat', 'rasio', 'ratio', 'peringkat', 'rank', 'ranking', 'level', 'tingkat', 'opini', 'rata', 'ratarata', 'average', 'kategori', 'status',
]);

const ADDITIVE = new Set([
  'dokumen', 'document', 'documents', 'laporan', 'report', 'reports', 'kegiatan', 'activity', 'activities', 'berkas', 'file', 'files',
  'orang', 'person', 'persons', 'people', 'pegawai', 'peserta', 'siswa', 'unit', 'units', 'buah', 'data', 'dokumentasi', 'surat', 'naskah', 'nota',
  'paket', 'rekomendasi', 'sk', 'eksemplar', 'buku', 'kali', 'times', 'sekolah', 'desa', 'kelurahan', 'kecamatan', 'lokasi', 'lembaga', 'instansi',
  'opd', 'perangkat', 'aplikasi', 'sistem', 'modul', 'item', 'items', 'rekaman', 'arsip', 'usulan', 'izin', 'sertifikat', 'rupiah', 'rp', 'idr',
  'jam', 'jp', 'hours', 'kasus', 'case', 'cases', 'pengaduan', 'layanan', 'lembar', 'halaman', 'set', 'titik', 'ruas', 'km',
  'meter', 'ton', 'kg', 'liter', 'ekor', 'batang', 'hektar', 'ha', 'kelompok', 'keluarga', 'kk', 'rumah', 'bidang', 'produk', 'konten', 'publikasi',
  'rapat', 'sosialisasi', 'pelatihan', 'kunjungan', 'koordinasi', 'verifikasi', 'rekap', 'rekapitulasi', 'draft', 'draf', 'konsep', 'telaahan',
]);

/** Lower-case words of a unit: `"Dokumen (PDF)"` → `["dokumen", "pdf"]`, `"%"` → `["%"]`. */
export function unitWords(unit: string): string[] {
  return unit
    .toLowerCase()
    .replace(/%/g, ' % ')
    .split(/[^a-z0-9%/]+/)
    .flatMap((w) => (w === '%' ? [w] : w.split('/').filter(Boolean)))
    .filter(Boolean);
}

/** Canonical form for comparing units: trimmed, lower case, single spaces. */
export function normalizeUnit(unit: string | null | undefined): string | null {
  if (unit == null) return null;
  const u = unit.trim().replace(/\s+/g, ' ').toLowerCase();
  return u === '' ? null : u;
}

export function sameUnit(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normalizeUnit(a);
  return x !== null && x === normalizeUnit(b);
}

export function isAdditiveUnit(unit: string | null | undefined): boolean {
  if (unit == null) return false;
  const words = unitWords(unit);
  if (words.length === 0) return false;
  if (words.some((w) => NON_ADDITIVE.has(w))) return false;
  return ADDITIVE.has(words[0]);
}
