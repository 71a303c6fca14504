/**
 * Legacy "penilaian prestasi kerja" of PP 46/2011 with the formulas of Perka BKN 1/2013
 * (research/domain.md §2.1). Still found in old data and some regional TPP applications.
 *
 * Rounding: everything is computed at full precision (as the Excel templates do) and each value
 * returned is rounded half up to 2 decimals for display.
 */
import type { PerformanceRating } from '../rating-matrix';
import { roundHalfUp } from '../round';

/** A target and its realisation (output, quality, months, rupiah). */
export interface TargetRealization {
  target: number;
  realization: number;
}

/** One kegiatan tugas jabatan with its aspects; any aspect may be omitted (cost usually is). */
export interface Pp46Activity {
  quantity?: TargetRealization;
  quality?: TargetRealization;
  time?: TargetRealization;
  cost?: TargetRealization;
}

export type Pp46Aspect = keyof Pp46Activity;

const ASPECTS: readonly Pp46Aspect[] = ['quantity', 'quality', 'time', 'cost'];

function checkPair(name: string, { target, realization }: TargetRealization): void {
  if (!Number.isFinite(target) || target <= 0) throw new RangeError(`${name} target must be > 0, got ${target}`);
  if (!Number.isFinite(realization) || realization < 0) throw new RangeError(`${name} realisation must be ≥ 0, got ${realization}`);
}

/**
 * Aspek kuantitas (Perka BKN 1/2013): RO / TO × 100; realisation 0 scores 0.
 */
export function quantityScore(target: number, realization: number): number {
  checkPair('Quantity', { target, realization });
  return (realization / target) * 100;
}

/**
 * Aspek kualitas (Perka BKN 1/2013): RK / TK × 100 (TK is normally 100).
 */
export function qualityScore(target: number, realization: number): number {
  checkPair('Quality', { target, realization });
  return (realization / target) * 100;
}

/**
 * Aspek waktu / biaya (Perka BKN 1/2013), with the weighted factor 1.76: efficiency
 * E = 100 − R/T × 100; E ≤ 24 → ((1.76·T − R)/T) × 100, E > 24 → 76 − ((((1.76·T − R)/T) × 100) − 100).
 * So R = T scores 76, R = 76 % of T scores 100 (the maximum), finishing faster is penalised.
 * Realisation 0 scores 0. Interpretation: a result below 0 (R > 1.76·T) is floored at 0.
 * E is rounded to 6 decimals before the 24 % comparison so that R = 0.76·T always scores 100.
 */
export function efficiencyScore(target: number, realization: number): number {
  checkPair('Time/cost', { target, realization });
  if (realization === 0) return 0;
  const efficiency = roundHalfUp(100 - (realization / target) * 100, 6);
  const weighted = ((1.76 * target - realization) / target) * 100;
  const score = efficiency <= 24 ? weighted : 76 - (weighted - 100);
  return Math.max(0, score);
}

/** Aspek waktu (Perka BKN 1/2013): `efficiencyScore` on target/realised months. */
export function timeScore(targetMonths: number, realizedMonths: number): number {
  return efficiencyScore(targetMonths, realizedMonths);
}

/** Aspek biaya (Perka BKN 1/2013): `efficiencyScore` on target/realised cost (TB/RB). */
export function costScore(targetCost: number, realizedCost: number): number {
  return efficiencyScore(targetCost, realizedCost);
}

/** Scores of one kegiatan. */
export interface Pp46ActivityScore {
  aspects: Partial<Record<Pp46Aspect, number>>;
  /** Perhitungan: sum of the aspect scores. */
  sum: number;
  aspectsUsed: number;
  /** Nilai capaian SKP of the kegiatan: sum / aspects used. */
  value: number;
}

const SCORERS: Readonly<Record<Pp46Aspect, (t: number, r: number) => number>> = {
  quantity: quantityScore,
  quality: qualityScore,
  time: timeScore,
  cost: costScore,
};

interface RawActivity {
  aspects: Partial<Record<Pp46Aspect, number>>;
  sum: number;
  used: number;
}

/** Full-precision aspect scores of a kegiatan (see `activityScore`). */
function rawActivity(activity: Pp46Activity): RawActivity {
  const used = ASPECTS.filter((a) => activity[a] !== undefined && !(a === 'cost' && activity.cost?.target === 0));
  if (used.length === 0) throw new RangeError('A kegiatan needs at least one aspect');
  const notDone = activity.quantity !== undefined && activity.quantity.realization === 0;
  const aspects: Partial<Record<Pp46Aspect, number>> = {};
  let sum = 0;
  for (const a of used) {
    const pair = activity[a] as TargetRealization;
    const score = notDone ? 0 : SCORERS[a](pair.target, pair.realization);
    aspects[a] = score;
    sum += score;
  }
  return { aspects, sum, used: used.length };
}

/**
 * One kegiatan tugas jabatan (Perka BKN 1/2013): perhitungan = Σ aspect scores, nilai capaian =
 * perhitungan / number of aspects used. A cost aspect with target 0 means "no budget" and is
 * omitted. A kegiatan whose quantity realisation is 0 was not done and scores 0 on every aspect.
 */
export function activityScore(activity: Pp46Activity): Pp46ActivityScore {
  const raw = rawActivity(activity);
  const aspects: Partial<Record<Pp46Aspect, number>> = {};
  for (const [a, v] of Object.entries(raw.aspects) as [Pp46Aspect, number][]) aspects[a] = roundHalfUp(v, 2);
  return { aspects, sum: roundHalfUp(raw.sum, 2), aspectsUsed: raw.used, value: roundHalfUp(raw.sum / raw.used, 2) };
}

/**
 * Nilai tugas tambahan (Perka BKN 1/2013): 1–3 tasks → 1, 4–6 → 2, ≥ 7 → 3, none → 0.
 */
export function additionalTaskPoints(count: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Task count must be a whole number ≥ 0, got ${count}`);
  if (count === 0) return 0;
  if (count <= 3) return 1;
  if (count <= 6) return 2;
  return 3;
}

/** Level at which a creative work was recognised (Perka BKN 1/2013). */
export type CreativityLevel = 'NONE' | 'UNIT' | 'ORGANIZATION' | 'NATIONAL';

/** Nilai kreativitas: unit kerja 3, instansi 6, nasional/presiden 12 (Perka BKN 1/2013). */
export const CREATIVITY_POINTS: Readonly<Record<CreativityLevel, number>> = {
  NONE: 0,
  UNIT: 3,
  ORGANIZATION: 6,
  NATIONAL: 12,
};

/** Input of the SKP value. */
export interface Pp46SkpInput {
  activities: Pp46Activity[];
  additionalTasks?: number;
  creativity?: CreativityLevel;
}

/** Breakdown of the SKP value. */
export interface Pp46SkpScore {
  activities: Pp46ActivityScore[];
  activitiesMean: number;
  additionalTaskPoints: number;
  creativityPoints: number;
  value: number;
}

/**
 * Nilai SKP (Perka BKN 1/2013): mean of the kegiatan values + tugas tambahan points + kreativitas
 * points. One creativity level per year (the highest recognition) is counted.
 */
export function skpValue(input: Pp46SkpInput): Pp46SkpScore {
  if (input.activities.length === 0) throw new RangeError('An SKP needs at least one kegiatan');
  const rawMean = input.activities
    .map(rawActivity)
    .reduce((acc, r) => acc + r.sum / r.used, 0) / input.activities.length;
  const extra = additionalTaskPoints(input.additionalTasks ?? 0);
  const creativity = CREATIVITY_POINTS[input.creativity ?? 'NONE'];
  return {
    activities: input.activities.map(activityScore),
    activitiesMean: roundHalfUp(rawMean, 2),
    additionalTaskPoints: extra,
    creativityPoints: creativity,
    value: roundHalfUp(rawMean + extra + creativity, 2),
  };
}

/** PP 46/2011 perilaku kerja aspects; kepemimpinan only for structural officials. */
export const PP46_BEHAVIOUR_ASPECTS = [
  'SERVICE_ORIENTATION',
  'INTEGRITY',
  'COMMITMENT',
  'DISCIPLINE',
  'TEAMWORK',
  'LEADERSHIP',
] as const;

/**
 * Nilai perilaku kerja (PP 46/2011 Pasal 12): mean of the 6 aspects (orientasi pelayanan,
 * integritas, komitmen, disiplin, kerja sama, kepemimpinan) or of the first 5 for officials
 * without kepemimpinan. Each score must lie in 0..100.
 */
export function behaviourValue(scores: readonly number[]): number {
  if (scores.length !== 5 && scores.length !== 6) throw new RangeError(`PP 46/2011 behaviour needs 5 or 6 scores, got ${scores.length}`);
  for (const s of scores) if (!Number.isFinite(s) || s < 0 || s > 100) throw new RangeError(`Behaviour score must be 0..100, got ${s}`);
  return roundHalfUp(scores.reduce((a, b) => a + b, 0) / scores.length, 2);
}

/**
 * Nilai prestasi kerja (PP 46/2011 Pasal 13, Perka BKN 1/2013): 60 % × nilai SKP + 40 % × nilai
 * perilaku. Computed from the values as shown (2 decimals), like the printed form.
 */
export function prestasiKerjaValue(skp: number, behaviour: number): number {
  return roundHalfUp(0.6 * skp + 0.4 * behaviour, 2);
}

/** Sebutan of a PP 46/2011 value. */
export type Pp46Category = 'SANGAT_BAIK' | 'BAIK' | 'CUKUP' | 'KURANG' | 'BURUK';

/**
 * Sebutan (PP 46/2011 Pasal 17 / Perka BKN 1/2013) for SKP, perilaku and NPK: ≥ 91 Sangat Baik,
 * 76–90 Baik, 61–75 Cukup, 51–60 Kurang, ≤ 50 Buruk. Fractional values between the integer
 * bands go to the upper band, as the official Excel template does (IF x ≤ 50, ≤ 60, ≤ 75, ≤ 90):
 * 90.5 is Sangat Baik, 50.01 is Kurang.
 */
export function pp46Category(value: number): Pp46Category {
  if (value <= 50) return 'BURUK';
  if (value <= 60) return 'KURANG';
  if (value <= 75) return 'CUKUP';
  if (value <= 90) return 'BAIK';
  return 'SANGAT_BAIK';
}

const RATING_BY_PP46: Readonly<Record<Pp46Category, PerformanceRating>> = {
  SANGAT_BAIK: 'VERY_GOOD',
  BAIK: 'GOOD',
  CUKUP: 'NEEDS_IMPROVEMENT',
  KURANG: 'POOR',
  BURUK: 'VERY_POOR',
};

/** PP 46/2011 sebutan → PermenPANRB 6/2022 predikat (Cukup ≈ Butuh Perbaikan, Buruk ≈ Sangat Kurang). */
export function pp46CategoryToRating(category: Pp46Category): PerformanceRating {
  return RATING_BY_PP46[category];
}
