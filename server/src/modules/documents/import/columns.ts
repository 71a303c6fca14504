import type { EmploymentType, PositionLevel, PositionType } from '../../../graphql/generated/types';

/**
 * The columns of a national HR export (SIASN/SAPK style) and how their cell texts are
 * read. Headers are matched loosely (case, spaces and punctuation ignored) against
 * the usual spellings.
 */
export type ColumnKey = 'nip' | 'name' | 'rank' | 'position' | 'positionType' | 'unit' | 'parentUnit' | 'superiorNip' | 'status' | 'unitCode';

export interface ColumnDef {
  key: ColumnKey;
  /** Header as written in the template and in error messages. */
  label: string;
  aliases: string[];
  required: boolean;
}

export const COLUMNS: ColumnDef[] = [
  { key: 'nip', label: 'NIP', aliases: ['nip', 'nipbaru', 'nippegawai', 'nip18'], required: true },
  { key: 'name', label: 'Nama', aliases: ['nama', 'namapegawai', 'namalengkap', 'name'], required: true },
  { key: 'rank', label: 'Pangkat/Golongan', aliases: ['pangkatgolongan', 'pangkatgol', 'golongan', 'pangkat', 'golruang', 'gol', 'golonganruang'], required: false },
  { key: 'position', label: 'Jabatan', aliases: ['jabatan', 'namajabatan'], required: true },
  { key: 'positionType', label: 'Jenis Jabatan', aliases: ['jenisjabatan', 'jenisjab', 'jenisdanjenjangjabatan'], required: true },
  { key: 'unit', label: 'Unit Kerja', aliases: ['unitkerja', 'unor', 'namaunor', 'unitorganisasi'], required: true },
  { key: 'parentUnit', label: 'Unit Induk', aliases: ['unitinduk', 'unorinduk', 'indukunitkerja', 'indukunor', 'unitatasan'], required: true },
  { key: 'superiorNip', label: 'NIP Atasan', aliases: ['nipatasan', 'nipatasanlangsung', 'atasannip'], required: true },
  { key: 'status', label: 'Status', aliases: ['status', 'statuspegawai', 'statuskepegawaian', 'jenispegawai', 'pnspppk'], required: true },
  { key: 'unitCode', label: 'Kode Unit', aliases: ['kodeunit', 'kodeunor', 'kodeunitkerja'], required: false },
];

export const normHeader = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column index of each known header; unknown headers are ignored. */
export function mapHeader(header: string[]): Partial<Record<ColumnKey, number>> {
  const map: Partial<Record<ColumnKey, number>> = {};
  header.forEach((h, i) => {
    const n = normHeader(h);
    const def = COLUMNS.find((c) => c.aliases.includes(n));
    if (def && map[def.key] === undefined) map[def.key] = i;
  });
  return map;
}

/** Trimmed text with inner whitespace collapsed. */
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Identity of a unit or position name: case and spacing do not matter. */
export const nameKey = (s: string) => clean(s).toLowerCase();

export function parseStatus(text: string): EmploymentType | null {
  const t = normHeader(text);
  if (t === 'pns' || t === 'cpns' || t === 'pegawainegerisipil') return 'PNS';
  if (t === 'pppk' || t === 'p3k' || t === 'pegawaipemerintahdenganperjanjiankerja') return 'PPPK';
  return null;
}

const PPPK_GRADES = ['XVII', 'XVI', 'XV', 'XIV', 'XIII', 'XII', 'XI', 'X', 'IX', 'VIII', 'VII', 'VI', 'V', 'IV', 'III', 'II', 'I'];

/**
 * Pangkat/golongan: `Penata Tk. I, III/d` or `III/d` → `III/d`; a PPPK golongan `IX`.
 * Empty → null; unreadable → undefined.
 */
export function parseRank(text: string, status: EmploymentType | null): string | null | undefined {
  const t = clean(text);
  if (t === '' || t === '-') return null;
  const pns = /(?:^|[^A-Za-z])(IV|III|II|I)\s*\/\s*([a-eA-E])(?![A-Za-z])/.exec(t);
  if (pns) return `${pns[1]}/${pns[2].toLowerCase()}`;
  if (status !== 'PNS') {
    const words = t.toUpperCase().split(/[^A-Z]+/).filter(Boolean);
    const grade = PPPK_GRADES.find((g) => words.includes(g));
    if (grade) return grade;
  }
  return undefined;
}

const JF_LEVELS: [RegExp, PositionLevel][] = [
  [/ahli\s*utama/, 'AHLI_UTAMA'], [/ahli\s*madya/, 'AHLI_MADYA'], [/ahli\s*muda/, 'AHLI_MUDA'], [/ahli\s*pertama/, 'AHLI_PERTAMA'],
  [/penyelia/, 'PENYELIA'], [/mahir/, 'MAHIR'], [/terampil/, 'TERAMPIL'], [/pemula/, 'PEMULA'],
];
const JA_LEVELS: [RegExp, PositionLevel][] = [[/administrator/, 'ADMINISTRATOR'], [/pengawas/, 'PENGAWAS'], [/pelaksana/, 'PELAKSANA']];
const JPT_LEVELS: [RegExp, PositionLevel][] = [[/utama/, 'UTAMA'], [/madya/, 'MADYA'], [/pratama/, 'PRATAMA']];
const ESELON: [RegExp, PositionType, PositionLevel][] = [
  [/eselon\s*(iv|4)/, 'JA', 'PENGAWAS'], [/eselon\s*(iii|3)/, 'JA', 'ADMINISTRATOR'], [/eselon\s*(ii|2)/, 'JPT', 'PRATAMA'], [/eselon\s*(i|1)(?![iv])/, 'JPT', 'MADYA'],
];

const pick = (t: string, table: [RegExp, PositionLevel][]) => table.find(([re]) => re.test(t))?.[1] ?? null;

/**
 * Jenis jabatan with its jenjang: `JPT Pratama`, `JA Pengawas`, `JF Ahli Muda`,
 * `Jabatan Fungsional Terampil`, `Pelaksana`, `Eselon III.a`… → type and level, or null.
 */
export function parsePositionKind(text: string): { type: PositionType; level: PositionLevel } | null {
  const t = ` ${clean(text).toLowerCase().replace(/[._-]/g, ' ')} `;
  const eselon = ESELON.find(([re]) => re.test(t));
  if (eselon) return { type: eselon[1], level: eselon[2] };
  let type: PositionType | null = null;
  if (/\sjpt\s|pimpinan\s*tinggi/.test(t)) type = 'JPT';
  else if (/\sjf\s|fungsional/.test(t) || /ahli\s|terampil|mahir|penyelia|pemula/.test(t)) type = 'JF';
  else if (/\sja\s|administrasi|struktural|administrator|pengawas|pelaksana/.test(t)) type = 'JA';
  else if (/pratama|madya|utama/.test(t)) type = 'JPT';
  if (!type) return null;
  const level = pick(t, type === 'JF' ? JF_LEVELS : type === 'JA' ? JA_LEVELS : JPT_LEVELS);
  return level ? { type, level } : null;
}
