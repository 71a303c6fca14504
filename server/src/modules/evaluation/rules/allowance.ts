/**
 * TPP (Tambahan Penghasilan Pegawai, Kepmendagri 900-4700/2020 + each Perkada) and tukin-style
 * monthly allowance, as data per agency and year (DOMAIN.md "Allowance", research §7).
 *
 * Pagu (base amount) = performance part (produktivitas kerja) + discipline part (disiplin kerja).
 * Performance part × percent for the month's predikat or score. Discipline part minus attendance
 * deductions (late arrival / early leave by band, missing check-in/out, absence per day), the
 * month's deductions capped at a percentage of the deduction base; approved documents (leave,
 * permits, official duty) neutralise the whole day or only its arrival or departure.
 *
 * Rounding (whole rupiah, half up): pagu kinerja = round(pagu × weight); pagu disiplin = pagu −
 * pagu kinerja (so the two always add up to the pagu); performance amount = round(pagu kinerja ×
 * percent); deduction amount = round(deduction base × capped percent). Each is rounded once and
 * the total is the sum of the rounded parts, so the printed breakdown adds up exactly.
 */
import type { PerformanceRating } from './rating-matrix';
import { roundHalfUp } from './round';
import { validateAllowanceRules } from './allowance-rules';
import type { AllowanceRules, MinuteBand, NeutralisationScope, ScoreBand } from './allowance-rules';

export type { AllowanceRuleError, AllowanceRuleErrorCode, AllowanceRules, MinuteBand, NeutralisationScope, ScoreBand } from './allowance-rules';
export { DEFAULT_ALLOWANCE_RULES, validateAllowanceRules } from './allowance-rules';

/** One working day of the month as reported by the attendance system. */
export interface AttendanceDay {
  /** YYYY-MM-DD. */
  date: string;
  /** Minutes late at check-in; null when there is no check-in record. */
  lateMinutes: number | null;
  /** Minutes left before the end of the day; null when there is no check-out record. */
  earlyLeaveMinutes: number | null;
  /** Absent without a recorded reason (tanpa keterangan). */
  absent: boolean;
  /** Kind of the approved supporting document (dokumen pendukung) for the day, if any. */
  neutralisedBy?: string;
}

export type DeductionKind = 'LATE_ARRIVAL' | 'EARLY_LEAVE' | 'MISSING_CHECK_IN' | 'MISSING_CHECK_OUT' | 'ABSENT';

/** One deduction, in percent of the deduction base. */
export interface DeductionLine {
  date: string;
  kind: DeductionKind;
  /** Minutes (rounded up to whole minutes) for lateness and early leave. */
  minutes: number | null;
  band: MinuteBand | null;
  percent: number;
}

export type PerformanceInput =
  | { rating: PerformanceRating; score?: undefined }
  | { score: number; rating?: undefined };

export type MonthlyAllowanceInput = PerformanceInput & {
  rules: AllowanceRules;
  /** Pagu TPP of the month, whole rupiah. */
  baseAmount: number;
  attendance: readonly AttendanceDay[];
};

export interface MonthlyAllowance {
  baseAmount: number;
  performance: {
    weight: number;
    /** Pagu kinerja. */
    pagu: number;
    source: 'RATING' | 'SCORE';
    rating: PerformanceRating | null;
    score: number | null;
    scoreBand: ScoreBand | null;
    percent: number;
    amount: number;
  };
  discipline: {
    weight: number;
    /** Pagu disiplin, before deductions. */
    pagu: number;
    deductions: DeductionLine[];
    neutralised: { date: string; documentKind: string; scope: NeutralisationScope }[];
    /** Documents given for a day whose kind the rules do not accept. */
    ignoredDocuments: { date: string; documentKind: string }[];
    /** Sum of the deduction percentages before the cap. */
    deductionPercent: number;
    /** Percentage actually deducted (after the monthly cap). */
    appliedPercent: number;
    capApplied: boolean;
    deductionBase: 'DISCIPLINE_PART' | 'BASE_AMOUNT';
    deductionBaseAmount: number;
    deductionAmount: number;
    /**
     * Pagu disiplin minus deductions. Negative only when deductions are taken from the whole pagu
     * (BASE_AMOUNT) and exceed the discipline part; performance.amount + amount = total (before the floor).
     */
    amount: number;
  };
  /** Allowance paid for the month, not below 0. */
  total: number;
}

/** The rules failed `validateAllowanceRules`. */
export class AllowanceRulesError extends Error {
  override name = 'AllowanceRulesError';
  constructor(readonly errors: ReturnType<typeof validateAllowanceRules>) {
    super(`Invalid allowance rules: ${errors.map((e) => `${e.code} at ${e.path}`).join('; ')}`);
  }
}

/** Rule tables validated by `prepareAllowanceRules` (frozen, so they cannot change afterwards). */
const PREPARED = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates a rule table once and returns a frozen copy that `computeMonthlyAllowance` does
 * not validate again: for batch computations (the allowance of every employee of a unit
 * subtree) with the same rules. Throws AllowanceRulesError for invalid rules.
 */
export function prepareAllowanceRules(rules: AllowanceRules): Readonly<AllowanceRules> {
  const errors = validateAllowanceRules(rules);
  if (errors.length > 0) throw new AllowanceRulesError(errors);
  const prepared = deepFreeze(structuredClone(rules));
  PREPARED.add(prepared);
  return prepared;
}

/** Whole rupiah of `amount × percent / 100`, half up. */
function percentOfAmount(amount: number, percent: number): number {
  return roundHalfUp((amount * percent) / 100, 0);
}

function performancePart(input: MonthlyAllowanceInput, pagu: number): MonthlyAllowance['performance'] {
  const { rules } = input;
  const base = { weight: rules.performanceWeight, pagu, rating: null, score: null, scoreBand: null };
  if (input.rating !== undefined) {
    const percent = rules.ratingPercent?.[input.rating];
    if (percent === undefined) throw new RangeError(`The rules map no percentage for rating ${input.rating}`);
    return { ...base, source: 'RATING', rating: input.rating, percent, amount: percentOfAmount(pagu, percent) };
  }
  const score = input.score;
  if (!Number.isFinite(score)) throw new RangeError(`Score must be a number, got ${score}`);
  if (!rules.scoreBands || rules.scoreBands.length === 0) throw new RangeError('The rules map no score bands');
  // Scores below the first band earn 0 %.
  const band = rules.scoreBands.find((b) => score >= b.minScore && (b.maxScore === null || score < b.maxScore)) ?? null;
  const percent = band?.percent ?? 0;
  return { ...base, source: 'SCORE', score, scoreBand: band, percent, amount: percentOfAmount(pagu, percent) };
}

/** Band of a lateness / early-leave duration; fractions of a minute count as a full minute. */
function bandFor(bands: readonly MinuteBand[], rawMinutes: number): { minutes: number; band: MinuteBand | null } {
  if (!Number.isFinite(rawMinutes) || rawMinutes < 0) throw new RangeError(`Minutes must be ≥ 0, got ${rawMinutes}`);
  const minutes = Math.ceil(rawMinutes);
  const band = bands.find((b) => minutes >= b.fromMinutes && (b.toMinutes === null || minutes <= b.toMinutes)) ?? null;
  return { minutes, band };
}

function edgeDeduction(
  rules: AllowanceRules,
  date: string,
  value: number | null,
  side: 'ARRIVAL' | 'DEPARTURE',
): DeductionLine | null {
  if (value === null) {
    const percent = side === 'ARRIVAL' ? rules.missingCheckInPercent : rules.missingCheckOutPercent;
    const kind = side === 'ARRIVAL' ? 'MISSING_CHECK_IN' : 'MISSING_CHECK_OUT';
    return percent > 0 ? { date, kind, minutes: null, band: null, percent } : null;
  }
  const bands = side === 'ARRIVAL' ? rules.lateBands : rules.earlyLeaveBands;
  const { minutes, band } = bandFor(bands, value);
  if (!band || minutes === 0 || band.percent === 0) return null;
  return { date, kind: side === 'ARRIVAL' ? 'LATE_ARRIVAL' : 'EARLY_LEAVE', minutes, band, percent: band.percent };
}

interface DayOutcome {
  lines: DeductionLine[];
  neutralised: MonthlyAllowance['discipline']['neutralised'][number] | null;
  ignored: MonthlyAllowance['discipline']['ignoredDocuments'][number] | null;
}

/**
 * Deductions of one day. Absence supersedes lateness; a DAY document clears everything, an
 * ARRIVAL (DEPARTURE) document clears lateness/missing check-in (early leave/missing check-out).
 */
function dayDeductions(rules: AllowanceRules, day: AttendanceDay): DayOutcome {
  const kind = day.neutralisedBy;
  const docs = rules.neutralisingDocuments;
  const scope = kind !== undefined && Object.hasOwn(docs, kind) ? docs[kind] : undefined;
  const neutralised = kind !== undefined && scope !== undefined ? { date: day.date, documentKind: kind, scope } : null;
  const ignored = kind !== undefined && scope === undefined ? { date: day.date, documentKind: kind } : null;
  if (scope === 'DAY') return { lines: [], neutralised, ignored };
  if (day.absent) {
    const lines: DeductionLine[] = rules.absencePercentPerDay > 0
      ? [{ date: day.date, kind: 'ABSENT', minutes: null, band: null, percent: rules.absencePercentPerDay }]
      : [];
    return { lines, neutralised, ignored };
  }
  const lines = [
    scope === 'ARRIVAL' ? null : edgeDeduction(rules, day.date, day.lateMinutes, 'ARRIVAL'),
    scope === 'DEPARTURE' ? null : edgeDeduction(rules, day.date, day.earlyLeaveMinutes, 'DEPARTURE'),
  ].filter((l): l is DeductionLine => l !== null);
  return { lines, neutralised, ignored };
}

function checkAttendance(days: readonly AttendanceDay[]): void {
  const seen = new Set<string>();
  for (const day of days) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day.date)) throw new RangeError(`Attendance date must be YYYY-MM-DD, got ${day.date}`);
    if (seen.has(day.date)) throw new RangeError(`Attendance date ${day.date} appears twice`);
    seen.add(day.date);
  }
}

function disciplinePart(rules: AllowanceRules, input: MonthlyAllowanceInput, pagu: number): MonthlyAllowance['discipline'] {
  checkAttendance(input.attendance);
  const outcomes = input.attendance.map((d) => dayDeductions(rules, d));
  const deductions = outcomes.flatMap((o) => o.lines);
  const deductionPercent = roundHalfUp(deductions.reduce((sum, l) => sum + l.percent, 0), 4);
  const appliedPercent = Math.min(deductionPercent, rules.monthlyCapPercent);
  const deductionBaseAmount = rules.deductionBase === 'DISCIPLINE_PART' ? pagu : input.baseAmount;
  const deductionAmount = percentOfAmount(deductionBaseAmount, appliedPercent);
  return {
    weight: rules.disciplineWeight,
    pagu,
    deductions,
    neutralised: outcomes.flatMap((o) => (o.neutralised ? [o.neutralised] : [])),
    ignoredDocuments: outcomes.flatMap((o) => (o.ignored ? [o.ignored] : [])),
    deductionPercent,
    appliedPercent,
    capApplied: deductionPercent > rules.monthlyCapPercent,
    deductionBase: rules.deductionBase,
    deductionBaseAmount,
    deductionAmount,
    amount: pagu - deductionAmount,
  };
}

/**
 * Monthly TPP / tukin of one employee (Kepmendagri 900-4700/2020 pattern as implemented by regional
 * Perkada; research §7): performance part × percent for the predikat (PermenPANRB 6/2022) or score
 * (8/2021-style) + discipline part − attendance deductions (capped). When deductions are taken from
 * the whole pagu (BASE_AMOUNT) they may exceed the discipline part and reduce the total, which is
 * floored at 0. Throws AllowanceRulesError for invalid rules and RangeError for invalid input. Rules from
 * `prepareAllowanceRules` are not validated again.
 */
export function computeMonthlyAllowance(input: MonthlyAllowanceInput): MonthlyAllowance {
  const { rules, baseAmount } = input;
  const errors = PREPARED.has(rules) ? [] : validateAllowanceRules(rules);
  if (errors.length > 0) throw new AllowanceRulesError(errors);
  if (!Number.isInteger(baseAmount) || baseAmount < 0) throw new RangeError(`Base amount must be whole rupiah ≥ 0, got ${baseAmount}`);
  const performancePagu = percentOfAmount(baseAmount, rules.performanceWeight);
  const performance = performancePart(input, performancePagu);
  const discipline = disciplinePart(rules, input, baseAmount - performancePagu);
  const total = Math.max(0, performance.amount + discipline.amount);
  return { baseAmount, performance, discipline, total };
}
