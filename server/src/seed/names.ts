import type { Rand } from './prng';

/**
 * Indonesian name pools for seed data. First names are gendered so the NIP gender digit
 * (1 male, 2 female) matches the name; family names (Batak, Minahasa, Maluku, ...) are
 * neutral. Mixed regional origins, as in any provincial civil service.
 */
export type Gender = 'MALE' | 'FEMALE';

export const MALE_FIRST = [
  'Bambang', 'Agus', 'Budi', 'Hendra', 'Rizky', 'Andi', 'Dedi', 'Eko', 'Joko', 'Slamet',
  'Wahyu', 'Yudi', 'Arif', 'Fajar', 'Hadi', 'Irwan', 'Rudi', 'Teguh', 'Dimas', 'Bayu',
  'Ahmad', 'Muhammad', 'Yusuf', 'Ilham', 'Rahmat', 'Hasan', 'Taufik', 'Fikri', 'Reza', 'Adi',
  'Gilang', 'Galih', 'Aditya', 'Surya', 'Heru', 'Dwi', 'Tri', 'Imam', 'Sigit', 'Wawan',
  'Yohanes', 'Petrus', 'Daniel', 'Frans', 'Robert', 'Asep', 'Ujang', 'Dadang', 'Iwan', 'Bagus',
  'Andika', 'Rangga', 'Yoga', 'Gede', 'Arief', 'Ridwan', 'Syahrul', 'Zulkifli', 'Firman', 'Anton',
] as const;

export const FEMALE_FIRST = [
  'Siti', 'Dewi', 'Sri', 'Ratna', 'Rina', 'Nur', 'Ani', 'Wulan', 'Ayu', 'Fitri',
  'Indah', 'Lestari', 'Putri', 'Rahma', 'Yuni', 'Endang', 'Tuti', 'Yanti', 'Eka', 'Dian',
  'Maya', 'Nia', 'Intan', 'Mega', 'Nurul', 'Annisa', 'Aisyah', 'Fatimah', 'Kartika', 'Sari',
  'Novi', 'Desi', 'Lina', 'Retno', 'Wahyuni', 'Yulia', 'Vina', 'Rini', 'Tari', 'Citra',
  'Maria', 'Theresia', 'Agnes', 'Yohana', 'Elisabeth', 'Cut', 'Nining', 'Euis', 'Neneng', 'Ratih',
  'Nanda', 'Hana', 'Laila', 'Zahra', 'Nabila', 'Riska', 'Winda', 'Dina', 'Ika', 'Anisa',
] as const;

export const MALE_LAST = [
  'Sutrisno', 'Hermawan', 'Gunawan', 'Pratama', 'Saputra', 'Nugroho', 'Santoso', 'Wibowo', 'Hidayat', 'Setiawan',
  'Kurniawan', 'Prasetyo', 'Susanto', 'Purnomo', 'Firmansyah', 'Ramadhan', 'Syahputra', 'Wijaya', 'Suryadi', 'Kusuma',
  'Hakim', 'Rahman', 'Effendi', 'Maulana', 'Permana', 'Suharto', 'Haryanto', 'Mulyadi', 'Sudirman', 'Siswanto',
  'Suarjana', 'Wirawan', 'Arsyad', 'Rosyid', 'Fauzi', 'Iskandar', 'Syamsuddin', 'Darmawan', 'Budiman', 'Nasrullah',
] as const;

export const FEMALE_LAST = [
  'Rahmawati', 'Lestari', 'Wulandari', 'Handayani', 'Anggraini', 'Sari', 'Kurniasih', 'Safitri', 'Puspitasari', 'Permatasari',
  'Susanti', 'Rahayu', 'Maharani', 'Utami', 'Fitriani', 'Novitasari', 'Wahyuningsih', 'Suryani', 'Hartati', 'Purwanti',
  'Andriani', 'Oktaviani', 'Pertiwi', 'Ramadhani', 'Yuliani', 'Marlina', 'Hasanah', 'Kusumawati', 'Setyaningsih', 'Febriani',
  'Nurhayati', 'Astuti', 'Agustina', 'Damayanti', 'Indriani', 'Mulyani', 'Sulastri', 'Aprilia', 'Saraswati', 'Yuliana',
] as const;

/** Clan and family names used by both genders. */
export const FAMILY = [
  'Siregar', 'Nasution', 'Harahap', 'Lubis', 'Simanjuntak', 'Sinaga', 'Tambunan', 'Pardede', 'Hutapea', 'Sitompul',
  'Manurung', 'Tarigan', 'Ginting', 'Sembiring', 'Lumbantobing', 'Wenas', 'Pattiasina', 'Latuconsina', 'Tanjung', 'Daulay',
] as const;

/** A name without titles, e.g. "Siti Rahmawati", "Dewi Kartika Sari", "Rudi Siregar". */
export function personName(rand: Rand, gender: Gender): string {
  const first = gender === 'MALE' ? MALE_FIRST : FEMALE_FIRST;
  const last = gender === 'MALE' ? MALE_LAST : FEMALE_LAST;
  const r = rand.next();
  if (r < 0.45) return `${rand.pick(first)} ${rand.pick(last)}`;
  if (r < 0.65) return uniqueWords([rand.pick(first), rand.pick(first), rand.pick(last)]);
  if (r < 0.8) return `${rand.pick(first)} ${rand.pick(FAMILY)}`;
  if (r < 0.9) return balineseName(rand, gender);
  if (gender === 'MALE') return `${rand.pick(['Muhammad', 'Ahmad', 'Moh.'])} ${rand.pick(last)}`;
  return `${rand.pick(['Nur', 'Siti', 'Sri'])} ${rand.pick(last)}`;
}

const BALI_MALE = ['Suarjana', 'Wirawan', 'Artawan', 'Sudarsana', 'Mahendra', 'Widiana', 'Adnyana', 'Sukadana', 'Arimbawa', 'Wiratama'] as const;
const BALI_FEMALE = ['Lestari', 'Sariasih', 'Widiastuti', 'Puspawati', 'Ariani', 'Suryani', 'Wulandari', 'Pradnyani', 'Astiti', 'Dewi'] as const;

/** "I Made Suarjana", "Ni Luh Ayu Widiastuti", "Ni Kadek Sariasih". */
function balineseName(rand: Rand, gender: Gender): string {
  const birthOrder = rand.pick(['Putu', 'Made', 'Nyoman', 'Ketut', 'Gede', 'Kadek', 'Wayan']);
  if (gender === 'MALE') return `I ${birthOrder} ${rand.pick(BALI_MALE)}`;
  return uniqueWords(['Ni', rand.pick(['Luh', birthOrder]), rand.pick(['Ayu', 'Eka', 'Sri']), rand.pick(BALI_FEMALE)]);
}

function uniqueWords(words: string[]): string {
  return [...new Set(words)].join(' ');
}

/** Field of work, which decides the usual degrees. */
export type Field = 'GOV' | 'EDU' | 'HEALTH' | 'HR' | 'PLAN' | 'IT' | 'FIN';
export type Education = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';

const DEGREES: Record<Field, { d3: readonly string[]; s1: readonly string[]; s2: readonly string[] }> = {
  GOV: { d3: ['A.Md.'], s1: ['S.H.', 'S.Sos.', 'S.IP.', 'S.STP', 'S.A.P.'], s2: ['M.Si.', 'M.AP.', 'M.H.'] },
  EDU: { d3: ['A.Md.'], s1: ['S.Pd.', 'S.Pd.', 'S.Si.', 'S.E.'], s2: ['M.Pd.', 'M.Si.'] },
  HEALTH: { d3: ['A.Md.Kes.', 'A.Md.Kep.'], s1: ['S.K.M.', 'S.Kep., Ners', 'S.Gz.'], s2: ['M.Kes.', 'M.K.M.'] },
  HR: { d3: ['A.Md.'], s1: ['S.H.', 'S.Psi.', 'S.E.', 'S.Sos.'], s2: ['M.M.', 'M.Si.', 'M.Psi.'] },
  PLAN: { d3: ['A.Md.'], s1: ['S.E.', 'S.T.', 'S.P.', 'S.Si.'], s2: ['M.E.', 'M.T.', 'M.Si.', 'M.Sc.'] },
  IT: { d3: ['A.Md.Kom.', 'A.Md.T.'], s1: ['S.Kom.', 'S.T.', 'S.I.Kom.'], s2: ['M.T.', 'M.Kom.', 'M.Cs.'] },
  FIN: { d3: ['A.Md.Ak.'], s1: ['S.E.', 'S.Ak.'], s2: ['M.Ak.', 'M.M.'] },
};

/**
 * Adds academic titles the Indonesian way: front titles (Dr., Ir., dr.) before the name,
 * degrees after a comma, e.g. "Dr. Ir. Bambang Sutrisno, M.Si.", "Agus Hermawan, S.K.M., M.Kes.".
 */
export function withTitles(rand: Rand, name: string, field: Field, education: Education, birthYear: number): string {
  if (education === 'SMA') return name;
  const deg = DEGREES[field];
  if (education === 'D3') return `${name}, ${rand.pick(deg.d3)}`;
  const front: string[] = [];
  if (education === 'S3') front.push('Dr.');
  const doctor = field === 'HEALTH' && rand.chance(0.4);
  const engineer = !doctor && (field === 'PLAN' || field === 'IT') && birthYear < 1976 && rand.chance(0.5);
  if (doctor) front.push('dr.');
  if (engineer) front.push('Ir.');
  const back: string[] = [];
  if (!doctor && !engineer && (education === 'S1' || rand.chance(0.6))) back.push(rand.pick(deg.s1));
  if (education !== 'S1') back.push(rand.pick(deg.s2));
  const full = [...front, name].join(' ');
  return back.length ? `${full}, ${back.join(', ')}` : full;
}
