import { makeNip } from '../modules/org/nip';
import { personName, withTitles, type Education, type Field, type Gender } from './names';
import type { Rand } from './prng';

/**
 * Seed people: rank (golongan) fitting the position level, a birth date fitting the rank,
 * an appointment (TMT CPNS) after age 18, and a NIP whose gender digit matches the name.
 */
export type Level =
  | 'UTAMA' | 'MADYA' | 'PRATAMA'
  | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA'
  | 'PEMULA' | 'TERAMPIL' | 'MAHIR' | 'PENYELIA' | 'AHLI_PERTAMA' | 'AHLI_MUDA' | 'AHLI_MADYA' | 'AHLI_UTAMA';
export type PositionTypeName = 'JPT' | 'JA' | 'JF';
export type EmploymentType = 'PNS' | 'PPPK';

export function positionType(level: Level): PositionTypeName {
  if (level === 'UTAMA' || level === 'MADYA' || level === 'PRATAMA') return 'JPT';
  if (level === 'ADMINISTRATOR' || level === 'PENGAWAS' || level === 'PELAKSANA') return 'JA';
  return 'JF';
}

const PNS_RANKS: Record<Level, readonly string[]> = {
  UTAMA: ['IV/e'],
  MADYA: ['IV/c', 'IV/c', 'IV/d'],
  PRATAMA: ['IV/a', 'IV/b', 'IV/b'],
  ADMINISTRATOR: ['III/d', 'IV/a', 'IV/a'],
  PENGAWAS: ['III/b', 'III/c', 'III/d'],
  PELAKSANA: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c'],
  PEMULA: ['II/a', 'II/b'],
  TERAMPIL: ['II/c', 'II/d'],
  MAHIR: ['III/a', 'III/b'],
  PENYELIA: ['III/c', 'III/d'],
  AHLI_PERTAMA: ['III/a', 'III/b'],
  AHLI_MUDA: ['III/c', 'III/d'],
  AHLI_MADYA: ['IV/a', 'IV/b', 'IV/c'],
  AHLI_UTAMA: ['IV/d', 'IV/e'],
};

/** PPPK golongan (I-XVII) by entry education: V = SMA, VII = D3, IX = S1, X = S2. */
const PPPK_RANKS: Partial<Record<Level, readonly string[]>> = {
  PELAKSANA: ['V', 'VII', 'VII'],
  PEMULA: ['V'],
  TERAMPIL: ['VII'],
  MAHIR: ['VIII'],
  PENYELIA: ['VIII'],
  AHLI_PERTAMA: ['IX'],
  AHLI_MUDA: ['X'],
};

/** Birth years plausible for each PNS rank (promotion roughly every four years). */
const BIRTH_BY_RANK: Record<string, readonly [number, number]> = {
  'II/a': [1992, 2000], 'II/b': [1988, 1998], 'II/c': [1984, 1996], 'II/d': [1980, 1992],
  'III/a': [1988, 1998], 'III/b': [1984, 1995], 'III/c': [1978, 1990], 'III/d': [1974, 1986],
  'IV/a': [1970, 1982], 'IV/b': [1968, 1978], 'IV/c': [1966, 1973], 'IV/d': [1965, 1970], 'IV/e': [1965, 1968],
};

export function canBePppk(level: Level): boolean {
  return PPPK_RANKS[level] !== undefined;
}

function education(rand: Rand, level: Level, rank: string): Education {
  if (rank === 'V') return 'SMA';
  if (rank === 'VII' || rank === 'VIII') return 'D3';
  if (rank === 'IX') return 'S1';
  if (rank === 'X') return 'S2';
  if (level === 'MADYA' || level === 'UTAMA' || level === 'PRATAMA' || level === 'AHLI_MADYA' || level === 'AHLI_UTAMA') {
    return rand.chance(0.3) ? 'S3' : 'S2';
  }
  if (level === 'ADMINISTRATOR') return rand.chance(0.8) ? 'S2' : 'S1';
  if (level === 'PENGAWAS' || level === 'AHLI_MUDA') return rand.chance(0.45) ? 'S2' : 'S1';
  if (level === 'TERAMPIL' || level === 'MAHIR' || level === 'PENYELIA' || level === 'PEMULA') return 'D3';
  if (rank.startsWith('II/')) return rank === 'II/a' || rank === 'II/b' ? 'SMA' : rand.chance(0.7) ? 'D3' : 'SMA';
  return rand.chance(0.9) ? 'S1' : 'S2';
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad2 = (n: number) => String(n).padStart(2, '0');

function randomDate(rand: Rand, year: number): string {
  const month = rand.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = rand.int(1, month === 2 && leap ? 29 : DAYS[month - 1]);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Tracks used NIPs; serials restart per 15-digit prefix and are drawn from
 * [serialMin, serialMax] so different seeders can use disjoint serial ranges.
 */
export class NipRegistry {
  private readonly used = new Set<string>();
  constructor(
    readonly serialMin: number,
    readonly serialMax: number,
  ) {}

  has(nip: string): boolean {
    return this.used.has(nip);
  }

  /** A free NIP with this prefix, starting near `start` and counting up (wrapping). */
  take(prefix: string, start: number): string {
    const span = this.serialMax - this.serialMin + 1;
    for (let i = 0; i < span; i++) {
      const serial = this.serialMin + ((start - this.serialMin + i) % span);
      const nip = `${prefix}${String(serial).padStart(3, '0')}`;
      if (!this.used.has(nip)) {
        this.used.add(nip);
        return nip;
      }
    }
    throw new Error(`No free NIP serial left for prefix ${prefix}`);
  }

  release(nip: string): void {
    this.used.delete(nip);
  }

  /** Marks NIPs taken elsewhere (for example already in the database). */
  block(nip: string): void {
    this.used.add(nip);
  }
}

export interface Person {
  name: string;
  gender: Gender;
  birthDate: string;
  /** TMT CPNS `YYYY-MM`; for PPPK the "month" is the agreement code (21). */
  appointment: string;
  nip: string;
  rank: string;
  employmentType: EmploymentType;
}

export interface PersonRequest {
  level: Level;
  field: Field;
  pppk?: boolean;
  /** Fixed identity for named demo accounts (full name with titles). */
  fixed?: { name: string; gender: Gender; birthDate: string; appointment: string; rank?: string };
}

/** Picks the first 15 NIP digits' ingredients and the serial, deterministically from `rand`. */
export function makePerson(rand: Rand, req: PersonRequest, nips: NipRegistry): Person {
  const employmentType: EmploymentType = req.pppk && canBePppk(req.level) ? 'PPPK' : 'PNS';
  const rank = req.fixed?.rank ?? rand.pick(employmentType === 'PPPK' ? PPPK_RANKS[req.level]! : PNS_RANKS[req.level]);
  const gender: Gender = req.fixed?.gender ?? (rand.chance(positionType(req.level) === 'JPT' ? 0.65 : 0.5) ? 'MALE' : 'FEMALE');
  const [minYear, maxYear] = employmentType === 'PPPK' ? [1980, 1998] : (BIRTH_BY_RANK[rank] ?? [1975, 1995]);
  const birthDate = req.fixed?.birthDate ?? randomDate(rand, rand.int(minYear, maxYear));
  const birthYear = Number(birthDate.slice(0, 4));
  const appointment = req.fixed?.appointment ?? randomAppointment(rand, birthYear, rank, employmentType);
  const prefix = makeNip(birthDate, appointment, gender, 0).slice(0, 15);
  const nip = nips.take(prefix, nips.serialMin + rand.int(0, 9));
  const name = req.fixed?.name ?? withTitles(rand, personName(rand, gender), req.field, education(rand, req.level, rank), birthYear);
  return { name, gender, birthDate, appointment, nip, rank, employmentType };
}

function randomAppointment(rand: Rand, birthYear: number, rank: string, type: EmploymentType): string {
  if (type === 'PPPK') return `${rand.int(2022, 2023)}-21`;
  const [minAge, maxAge] = rank.startsWith('II/') ? [19, 24] : [23, 29];
  const year = Math.max(birthYear + 18, Math.min(2023, birthYear + rand.int(minAge, maxAge)));
  return `${year}-${pad2(rand.int(1, 12))}`;
}

/** "Ahli Muda", "Terampil", ... as written after a functional position's name. */
export function jfLevelTitle(level: Level): string {
  const words = level.split('_').map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  return words.join(' ');
}
