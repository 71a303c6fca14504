/**
 * TPP / tukin rule tables as data (one per agency and year) and their validation
 * (DOMAIN.md "Allowance", research §7). Computation is in `allowance.ts`.
 */
import type { PerformanceRating } from './rating-matrix';
import { PERFORMANCE_RATINGS } from './rating-matrix';

/**
 * A lateness / early-leave band in whole minutes, both ends inclusive (e.g. 1–30, 31–60);
 * `toMinutes: null` is open-ended and must be the last band. Durations below the first band are
 * a grace period (no deduction).
 */
export interface MinuteBand {
  /** Code printed on the slip, e.g. TL1 / PSW1. */
  code?: string;
  fromMinutes: number;
  toMinutes: number | null;
  /** Deduction in percent of the deduction base. */
  percent: number;
}

/**
 * A score band [minScore, maxScore) → percent of the performance part; `maxScore: null` is
 * open-ended and must be the last band. Scores below the first band earn 0 %.
 */
export interface ScoreBand {
  minScore: number;
  maxScore: number | null;
  percent: number;
}

/** What an approved supporting document clears: the whole day, the arrival, or the departure. */
export type NeutralisationScope = 'DAY' | 'ARRIVAL' | 'DEPARTURE';

export interface AllowanceRules {
  name: string;
  /** Produktivitas kerja share of the pagu, percent. */
  performanceWeight: number;
  /** Disiplin kerja share of the pagu, percent; the two weights sum to 100. */
  disciplineWeight: number;
  /** Predikat → percent of the performance part paid (complete when given). */
  ratingPercent?: Partial<Record<PerformanceRating, number>>;
  /** Numeric score → percent of the performance part paid. */
  scoreBands?: ScoreBand[];
  lateBands: MinuteBand[];
  earlyLeaveBands: MinuteBand[];
  /** Deduction when there is no check-in / check-out record. */
  missingCheckInPercent: number;
  missingCheckOutPercent: number;
  /** Deduction per day absent without reason (tanpa keterangan). */
  absencePercentPerDay: number;
  /** What deduction percentages apply to: the discipline part (regional TPP) or the whole pagu (tukin). */
  deductionBase: 'DISCIPLINE_PART' | 'BASE_AMOUNT';
  /** Cap of the month's total deduction, percent of the deduction base. */
  monthlyCapPercent: number;
  /** Document kinds that neutralise attendance, with what each clears. */
  neutralisingDocuments: Readonly<Record<string, NeutralisationScope>>;
}

/**
 * Example rules of the common regional practice (research §7): 60 % produktivitas + 40 % disiplin;
 * deductions from the discipline part with the common TL/PSW table 0.5 / 1 / 1.25 / 1.5 % (no
 * record = 1.5 %), 3 % per day absent, capped at 100 % of the discipline part. The rating and
 * score percentages are illustrative (Perkada set their own): Sangat Baik and Baik 100 %.
 */
export const DEFAULT_ALLOWANCE_RULES: AllowanceRules = {
  name: 'Contoh TPP daerah 60/40',
  performanceWeight: 60,
  disciplineWeight: 40,
  ratingPercent: { VERY_GOOD: 100, GOOD: 100, NEEDS_IMPROVEMENT: 75, POOR: 50, VERY_POOR: 25 },
  scoreBands: [
    { minScore: 0, maxScore: 50, percent: 25 },
    { minScore: 50, maxScore: 70, percent: 50 },
    { minScore: 70, maxScore: 90, percent: 75 },
    { minScore: 90, maxScore: null, percent: 100 },
  ],
  lateBands: [
    { code: 'TL1', fromMinutes: 1, toMinutes: 30, percent: 0.5 },
    { code: 'TL2', fromMinutes: 31, toMinutes: 60, percent: 1 },
    { code: 'TL3', fromMinutes: 61, toMinutes: 90, percent: 1.25 },
    { code: 'TL4', fromMinutes: 91, toMinutes: null, percent: 1.5 },
  ],
  earlyLeaveBands: [
    { code: 'PSW1', fromMinutes: 1, toMinutes: 30, percent: 0.5 },
    { code: 'PSW2', fromMinutes: 31, toMinutes: 60, percent: 1 },
    { code: 'PSW3', fromMinutes: 61, toMinutes: 90, percent: 1.25 },
    { code: 'PSW4', fromMinutes: 91, toMinutes: null, percent: 1.5 },
  ],
  missingCheckInPercent: 1.5,
  missingCheckOutPercent: 1.5,
  absencePercentPerDay: 3,
  deductionBase: 'DISCIPLINE_PART',
  monthlyCapPercent: 100,
  neutralisingDocuments: {
    LEAVE: 'DAY', // cuti
    PERMIT: 'DAY', // izin
    SICK_LEAVE: 'DAY', // sakit dengan surat keterangan
    OFFICIAL_TRAVEL: 'DAY', // dinas luar / perjalanan dinas
    OFFICIAL_DUTY_MORNING: 'ARRIVAL', // tugas luar pagi
    OFFICIAL_DUTY_AFTERNOON: 'DEPARTURE', // tugas luar sore
  },
};

export type AllowanceRuleErrorCode =
  | 'WEIGHTS_NOT_100'
  | 'PERCENT_OUT_OF_RANGE'
  | 'NO_PERFORMANCE_MAPPING'
  | 'RATING_MAPPING_INCOMPLETE'
  | 'BAND_INVALID'
  | 'BANDS_NOT_ORDERED'
  | 'BANDS_OVERLAP'
  | 'BANDS_GAP'
  | 'OPEN_BAND_NOT_LAST'
  | 'LAST_BAND_NOT_OPEN'
  | 'UNKNOWN_VALUE';

/** One problem in a rule table, with the path of the offending field. */
export interface AllowanceRuleError {
  code: AllowanceRuleErrorCode;
  path: string;
  message: string;
}

function checkPercent(errors: AllowanceRuleError[], path: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    errors.push({ code: 'PERCENT_OUT_OF_RANGE', path, message: `${path} must be a percentage 0..100, got ${value}` });
  }
}

/** A band reduced to [lo, hi] for the sequence checks; `next` is where the following band must start. */
interface Span {
  lo: number;
  hi: number | null;
  next: number | null;
}

function checkSequence(errors: AllowanceRuleError[], path: string, spans: Span[]): void {
  spans.forEach((s, i) => {
    if (s.hi === null && i < spans.length - 1) {
      errors.push({ code: 'OPEN_BAND_NOT_LAST', path: `${path}[${i}]`, message: 'Only the last band may be open-ended' });
    }
  });
  const last = spans[spans.length - 1];
  if (last && last.hi !== null) {
    errors.push({ code: 'LAST_BAND_NOT_OPEN', path: `${path}[${spans.length - 1}]`, message: 'The last band must be open-ended (no upper bound)' });
  }
  const unordered = spans.findIndex((s, i) => i > 0 && s.lo <= (spans[i - 1] as Span).lo);
  if (unordered > 0) {
    // Overlaps and gaps are meaningless until the bands are sorted.
    errors.push({ code: 'BANDS_NOT_ORDERED', path: `${path}[${unordered}]`, message: 'Bands must be in ascending order' });
    return;
  }
  for (let i = 1; i < spans.length; i += 1) {
    const prev = spans[i - 1] as Span;
    const cur = spans[i] as Span;
    const at = `${path}[${i}]`;
    if (prev.next !== null && cur.lo < prev.next) {
      errors.push({ code: 'BANDS_OVERLAP', path: at, message: `Band starts at ${cur.lo}, inside the previous band (ends before ${prev.next})` });
    } else if (prev.next !== null && cur.lo > prev.next) {
      errors.push({ code: 'BANDS_GAP', path: at, message: `Band starts at ${cur.lo}, leaving a gap after the previous band (expected ${prev.next})` });
    }
  }
}

function checkMinuteBands(errors: AllowanceRuleError[], path: string, bands: readonly MinuteBand[]): void {
  const spans: Span[] = [];
  bands.forEach((b, i) => {
    const at = `${path}[${i}]`;
    checkPercent(errors, `${at}.percent`, b.percent);
    const wholeFrom = Number.isInteger(b.fromMinutes) && b.fromMinutes >= 1;
    const wholeTo = b.toMinutes === null || (Number.isInteger(b.toMinutes) && b.toMinutes >= b.fromMinutes);
    if (!wholeFrom || !wholeTo) {
      errors.push({ code: 'BAND_INVALID', path: at, message: 'Minute bands need whole minutes with 1 ≤ from ≤ to' });
      return;
    }
    spans.push({ lo: b.fromMinutes, hi: b.toMinutes, next: b.toMinutes === null ? null : b.toMinutes + 1 });
  });
  if (spans.length === bands.length) checkSequence(errors, path, spans);
}

function checkScoreBands(errors: AllowanceRuleError[], path: string, bands: readonly ScoreBand[]): void {
  const spans: Span[] = [];
  bands.forEach((b, i) => {
    const at = `${path}[${i}]`;
    checkPercent(errors, `${at}.percent`, b.percent);
    const valid = Number.isFinite(b.minScore) && (b.maxScore === null || (Number.isFinite(b.maxScore) && b.maxScore > b.minScore));
    if (!valid) {
      errors.push({ code: 'BAND_INVALID', path: at, message: 'Score bands need min < max' });
      return;
    }
    spans.push({ lo: b.minScore, hi: b.maxScore, next: b.maxScore });
  });
  if (spans.length === bands.length) checkSequence(errors, path, spans);
}

function checkPerformanceMapping(errors: AllowanceRuleError[], rules: AllowanceRules): void {
  const { ratingPercent, scoreBands } = rules;
  if (!ratingPercent && (!scoreBands || scoreBands.length === 0)) {
    errors.push({ code: 'NO_PERFORMANCE_MAPPING', path: 'ratingPercent', message: 'Map the predikat (ratingPercent) and/or the score (scoreBands) to a percentage' });
  }
  if (ratingPercent) {
    for (const r of PERFORMANCE_RATINGS) {
      const value = ratingPercent[r];
      if (value === undefined) {
        errors.push({ code: 'RATING_MAPPING_INCOMPLETE', path: `ratingPercent.${r}`, message: `No percentage for ${r}` });
      } else {
        checkPercent(errors, `ratingPercent.${r}`, value);
      }
    }
  }
  if (scoreBands) checkScoreBands(errors, 'scoreBands', scoreBands);
}

/**
 * Validates a TPP rule table (Kepmendagri 900-4700/2020: the Perkada fixes the weights, the
 * performance mapping and the deduction table). Returns every problem found (empty when valid):
 * WEIGHTS_NOT_100, PERCENT_OUT_OF_RANGE, NO_PERFORMANCE_MAPPING, RATING_MAPPING_INCOMPLETE,
 * BAND_INVALID, BANDS_NOT_ORDERED, BANDS_OVERLAP, BANDS_GAP, OPEN_BAND_NOT_LAST,
 * LAST_BAND_NOT_OPEN, UNKNOWN_VALUE.
 */
export function validateAllowanceRules(rules: AllowanceRules): AllowanceRuleError[] {
  const errors: AllowanceRuleError[] = [];
  checkPercent(errors, 'performanceWeight', rules.performanceWeight);
  checkPercent(errors, 'disciplineWeight', rules.disciplineWeight);
  if (Math.abs(rules.performanceWeight + rules.disciplineWeight - 100) > 1e-9) {
    errors.push({ code: 'WEIGHTS_NOT_100', path: 'performanceWeight', message: `Weights must sum to 100, got ${rules.performanceWeight + rules.disciplineWeight}` });
  }
  checkPerformanceMapping(errors, rules);
  checkMinuteBands(errors, 'lateBands', rules.lateBands);
  checkMinuteBands(errors, 'earlyLeaveBands', rules.earlyLeaveBands);
  checkPercent(errors, 'missingCheckInPercent', rules.missingCheckInPercent);
  checkPercent(errors, 'missingCheckOutPercent', rules.missingCheckOutPercent);
  checkPercent(errors, 'absencePercentPerDay', rules.absencePercentPerDay);
  checkPercent(errors, 'monthlyCapPercent', rules.monthlyCapPercent);
  if (rules.deductionBase !== 'DISCIPLINE_PART' && rules.deductionBase !== 'BASE_AMOUNT') {
    errors.push({ code: 'UNKNOWN_VALUE', path: 'deductionBase', message: `Unknown deduction base ${String(rules.deductionBase)}` });
  }
  for (const [kind, scope] of Object.entries(rules.neutralisingDocuments)) {
    if (scope !== 'DAY' && scope !== 'ARRIVAL' && scope !== 'DEPARTURE') {
      errors.push({ code: 'UNKNOWN_VALUE', path: `neutralisingDocuments.${kind}`, message: `Unknown neutralisation scope ${String(scope)}` });
    }
  }
  return errors;
}
