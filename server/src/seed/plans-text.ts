/**
 * Indonesian wording of the seeded agreements (PK), goals (RHK) and indicators (IKI):
 * templates in the style of real SKP documents, filled with the unit's name.
 */
export interface KeyIndicatorText {
  description: string;
  target: number;
  unit: string;
  perspective: 'SERVICE_RECIPIENTS' | 'BUSINESS_PROCESS' | 'INTERNAL_STRENGTHENING' | 'BUDGET';
}

export interface ObjectiveText {
  description: string;
  keyIndicators: KeyIndicatorText[];
}

/** Sasaran strategis and IKU of a JPT unit's agreement. */
export function agreementObjectives(unit: string): ObjectiveText[] {
  return [
    {
      description: `Meningkatnya kualitas pelayanan publik ${unit}`,
      keyIndicators: [
        { description: `Indeks kepuasan masyarakat terhadap layanan ${unit}`, target: 85, unit: 'indeks', perspective: 'SERVICE_RECIPIENTS' },
        { description: `Jumlah layanan ${unit} yang terdigitalisasi`, target: 24, unit: 'layanan', perspective: 'BUSINESS_PROCESS' },
      ],
    },
    {
      description: `Meningkatnya efektivitas pelaksanaan program ${unit}`,
      keyIndicators: [
        { description: `Jumlah program prioritas ${unit} yang terlaksana`, target: 36, unit: 'program', perspective: 'BUSINESS_PROCESS' },
        { description: `Persentase realisasi anggaran ${unit}`, target: 95, unit: '%', perspective: 'BUDGET' },
      ],
    },
    {
      description: `Meningkatnya akuntabilitas kinerja ${unit}`,
      keyIndicators: [
        { description: `Nilai evaluasi SAKIP ${unit}`, target: 80, unit: 'nilai', perspective: 'INTERNAL_STRENGTHENING' },
      ],
    },
  ];
}

export interface GoalTemplate {
  goal: string;
  indicator: string;
  unit: string;
  /** Range of the quantity target. */
  target: readonly [number, number];
}

const LEADER: GoalTemplate[] = [
  { goal: 'Terlaksananya program pembinaan yang tepat sasaran', indicator: 'Jumlah kegiatan pembinaan yang terlaksana', unit: 'kegiatan', target: [24, 48] },
  { goal: 'Tersedianya kebijakan teknis yang mendukung layanan', indicator: 'Jumlah rancangan kebijakan teknis yang ditetapkan', unit: 'dokumen', target: [12, 24] },
  { goal: 'Terkendalinya pelaksanaan kegiatan dan anggaran', indicator: 'Jumlah laporan pengendalian kegiatan yang disampaikan', unit: 'laporan', target: [24, 36] },
  { goal: 'Meningkatnya kualitas data kinerja', indicator: 'Jumlah data kinerja yang diverifikasi', unit: 'data', target: [120, 240] },
];

const SUPERVISOR: GoalTemplate[] = [
  { goal: 'Tersusunnya rencana kegiatan', indicator: 'Jumlah dokumen rencana kegiatan yang tersusun', unit: 'dokumen', target: [12, 24] },
  { goal: 'Terlaksananya pembinaan dan pengawasan teknis', indicator: 'Jumlah kegiatan pembinaan dan pengawasan yang terlaksana', unit: 'kegiatan', target: [12, 36] },
  { goal: 'Tersedianya data dan informasi yang mutakhir', indicator: 'Jumlah data yang dimutakhirkan', unit: 'data', target: [60, 180] },
  { goal: 'Terselesaikannya laporan kegiatan tepat waktu', indicator: 'Jumlah laporan kegiatan yang diselesaikan', unit: 'laporan', target: [12, 24] },
];

const STAFF: GoalTemplate[] = [
  { goal: 'Tersedianya bahan rapat koordinasi', indicator: 'Jumlah bahan rapat yang disiapkan', unit: 'dokumen', target: [12, 24] },
  { goal: 'Terolahnya data kegiatan', indicator: 'Jumlah data kegiatan yang diolah', unit: 'data', target: [60, 240] },
  { goal: 'Tersusunnya laporan bulanan', indicator: 'Jumlah laporan bulanan yang disusun', unit: 'laporan', target: [12, 12] },
  { goal: 'Terlaksananya layanan administrasi', indicator: 'Jumlah layanan administrasi yang diselesaikan', unit: 'layanan', target: [120, 360] },
  { goal: 'Terverifikasinya dokumen usulan', indicator: 'Jumlah dokumen usulan yang diverifikasi', unit: 'dokumen', target: [48, 120] },
  { goal: 'Terinputnya data ke dalam aplikasi', indicator: 'Jumlah data yang diinput', unit: 'data', target: [120, 480] },
];

export function goalTemplates(level: string): GoalTemplate[] {
  if (level === 'ADMINISTRATOR' || level === 'AHLI_MADYA' || level === 'AHLI_UTAMA') return LEADER;
  if (level === 'PENGAWAS' || level === 'AHLI_MUDA' || level === 'PENYELIA') return SUPERVISOR;
  return STAFF;
}

const BY_GOAL = new Map([...LEADER, ...SUPERVISOR, ...STAFF].map((t) => [t.goal, t]));

/** The template a goal text came from, if any. */
export const templateOf = (core: string): GoalTemplate | undefined => BY_GOAL.get(core);

export const QUALITY_INDICATOR = (unit: string) => `Persentase ${unit} yang diterima tanpa revisi`;
export const TIME_INDICATOR = 'Ketepatan waktu penyelesaian keluaran';

export const ADDITIONAL_GOALS = [
  'Menjadi anggota tim penyusun laporan kinerja instansi',
  'Menjadi narasumber sosialisasi aplikasi kinerja',
  'Menjadi anggota panitia pengadaan barang dan jasa',
  'Menjadi anggota tim reformasi birokrasi',
];

export const RETURN_REASONS = [
  'Indikator RHK kedua belum terukur; mohon dilengkapi target kuantitasnya.',
  'RHK belum selaras dengan RHK atasan yang diintervensi; mohon diperbaiki.',
  'Target waktu belum sesuai dengan jadwal kegiatan; mohon disesuaikan.',
];

/** Leader's specific expectation per core value (ekspektasi khusus pimpinan). */
export const SPECIFIC_EXPECTATIONS: Record<string, string> = {
  SERVICE_ORIENTED: 'Menanggapi permintaan layanan paling lambat satu hari kerja.',
  ACCOUNTABLE: 'Melaporkan penggunaan anggaran kegiatan setiap bulan tepat waktu.',
  COMPETENT: 'Mengikuti minimal 20 jam pelajaran pengembangan kompetensi.',
  HARMONIOUS: 'Aktif membantu rekan kerja menyelesaikan beban kerja tim.',
  LOYAL: 'Menjaga kerahasiaan data pegawai dan dokumen dinas.',
  ADAPTIVE: 'Menggunakan aplikasi kinerja untuk seluruh pelaporan harian.',
  COLLABORATIVE: 'Berkoordinasi dengan bidang lain dalam penyusunan laporan.',
};

export const CORE_VALUES = Object.keys(SPECIFIC_EXPECTATIONS);
