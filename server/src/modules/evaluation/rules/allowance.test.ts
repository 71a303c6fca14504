import { describe, expect, it } from 'vitest';
import type { AllowanceRuleErrorCode, AllowanceRules, AttendanceDay, MinuteBand } from './allowance';
import { AllowanceRulesError, DEFAULT_ALLOWANCE_RULES, computeMonthlyAllowance, validateAllowanceRules } from './allowance';

const R = DEFAULT_ALLOWANCE_RULES;
const day = (date: string, lateMinutes: number | null = 0, earlyLeaveMinutes: number | null = 0, extra: Partial<AttendanceDay> = {}): AttendanceDay => ({
  date, lateMinutes, earlyLeaveMinutes, absent: false, ...extra,
});
const absentDays = (n: number): AttendanceDay[] =>
  Array.from({ length: n }, (_, i) => day(`2025-03-${String(i + 1).padStart(2, '0')}`, null, null, { absent: true }));

describe('validateAllowanceRules', () => {
  const band = (fromMinutes: number, toMinutes: number | null, percent = 1): MinuteBand => ({ fromMinutes, toMinutes, percent });

  it('accepts the default 60/40 rules', () => {
    expect(validateAllowanceRules(R)).toEqual([]);
  });

  it.each<[string, Partial<AllowanceRules>, [AllowanceRuleErrorCode, string][]]>([
    ['weights 60/30', { disciplineWeight: 30 }, [['WEIGHTS_NOT_100', 'performanceWeight']]],
    ['weights 120/−20', { performanceWeight: 120, disciplineWeight: -20 }, [
      ['PERCENT_OUT_OF_RANGE', 'performanceWeight'], ['PERCENT_OUT_OF_RANGE', 'disciplineWeight'],
    ]],
    ['incomplete rating mapping', { ratingPercent: { VERY_GOOD: 100, GOOD: 100, NEEDS_IMPROVEMENT: 75, VERY_POOR: 25 } }, [
      ['RATING_MAPPING_INCOMPLETE', 'ratingPercent.POOR'],
    ]],
    ['rating percent above 100', { ratingPercent: { VERY_GOOD: 150, GOOD: 100, NEEDS_IMPROVEMENT: 75, POOR: 50, VERY_POOR: 25 } }, [
      ['PERCENT_OUT_OF_RANGE', 'ratingPercent.VERY_GOOD'],
    ]],
    ['no performance mapping', { ratingPercent: undefined, scoreBands: [] }, [['NO_PERFORMANCE_MAPPING', 'ratingPercent']]],
    ['overlapping late bands 1–30, 30–60', { lateBands: [band(1, 30), band(30, 60), band(61, null)] }, [['BANDS_OVERLAP', 'lateBands[1]']]],
    ['gap in late bands 1–30, 32–', { lateBands: [band(1, 30), band(32, null)] }, [['BANDS_GAP', 'lateBands[1]']]],
    ['unordered late bands', { lateBands: [band(31, 60), band(1, 30), band(61, null)] }, [['BANDS_NOT_ORDERED', 'lateBands[1]']]],
    ['open band first', { earlyLeaveBands: [band(1, null), band(31, 60)] }, [
      ['OPEN_BAND_NOT_LAST', 'earlyLeaveBands[0]'], ['LAST_BAND_NOT_OPEN', 'earlyLeaveBands[1]'],
    ]],
    ['closed last band', { lateBands: [band(1, 30), band(31, 60)] }, [['LAST_BAND_NOT_OPEN', 'lateBands[1]']]],
    ['band from 0 minutes', { lateBands: [band(0, 30), band(31, null)] }, [['BAND_INVALID', 'lateBands[0]']]],
    ['band with from > to', { lateBands: [band(40, 30), band(41, null)] }, [['BAND_INVALID', 'lateBands[0]']]],
    ['band percent 101', { lateBands: [band(1, null, 101)] }, [['PERCENT_OUT_OF_RANGE', 'lateBands[0].percent']]],
    ['score bands with a gap', { scoreBands: [{ minScore: 0, maxScore: 50, percent: 50 }, { minScore: 60, maxScore: null, percent: 100 }] }, [
      ['BANDS_GAP', 'scoreBands[1]'],
    ]],
    ['overlapping score bands', { scoreBands: [{ minScore: 0, maxScore: 50, percent: 50 }, { minScore: 40, maxScore: null, percent: 100 }] }, [
      ['BANDS_OVERLAP', 'scoreBands[1]'],
    ]],
    ['empty score band', { scoreBands: [{ minScore: 50, maxScore: 50, percent: 50 }] }, [['BAND_INVALID', 'scoreBands[0]']]],
    ['absence 150 % per day, cap −1', { absencePercentPerDay: 150, monthlyCapPercent: -1 }, [
      ['PERCENT_OUT_OF_RANGE', 'absencePercentPerDay'], ['PERCENT_OUT_OF_RANGE', 'monthlyCapPercent'],
    ]],
    ['unknown neutralisation scope', { neutralisingDocuments: { LEAVE: 'NIGHT' as 'DAY' } }, [['UNKNOWN_VALUE', 'neutralisingDocuments.LEAVE']]],
  ])('reports %s', (_name, patch, expected) => {
    expect(validateAllowanceRules({ ...R, ...patch }).map((e) => [e.code, e.path])).toEqual(expected);
  });

  it('accepts rules without lateness bands (no lateness deduction)', () => {
    expect(validateAllowanceRules({ ...R, lateBands: [], earlyLeaveBands: [] })).toEqual([]);
  });
});

describe('computeMonthlyAllowance: deductions of a single day (default rules, % of the discipline part)', () => {
  it.each<[string, AttendanceDay, [string, string | null, number][]]>([
    ['on time', day('2025-03-03'), []],
    ['late 1 min → TL1', day('2025-03-03', 1), [['LATE_ARRIVAL', 'TL1', 0.5]]],
    ['late 30 min → TL1', day('2025-03-03', 30), [['LATE_ARRIVAL', 'TL1', 0.5]]],
    ['late 30.2 min counts as 31 → TL2', day('2025-03-03', 30.2), [['LATE_ARRIVAL', 'TL2', 1]]],
    ['late 61 min → TL3', day('2025-03-03', 61), [['LATE_ARRIVAL', 'TL3', 1.25]]],
    ['late 90 min → TL3', day('2025-03-03', 90), [['LATE_ARRIVAL', 'TL3', 1.25]]],
    ['late 91 min → TL4', day('2025-03-03', 91), [['LATE_ARRIVAL', 'TL4', 1.5]]],
    ['late 45 and early 70', day('2025-03-03', 45, 70), [['LATE_ARRIVAL', 'TL2', 1], ['EARLY_LEAVE', 'PSW3', 1.25]]],
    ['no check-in record', day('2025-03-03', null, 0), [['MISSING_CHECK_IN', null, 1.5]]],
    ['no check-in nor check-out record', day('2025-03-03', null, null), [['MISSING_CHECK_IN', null, 1.5], ['MISSING_CHECK_OUT', null, 1.5]]],
    ['absent (lateness ignored)', day('2025-03-03', 120, null, { absent: true }), [['ABSENT', null, 3]]],
    ['absent with leave (cuti)', day('2025-03-03', null, null, { absent: true, neutralisedBy: 'LEAVE' }), []],
    ['late 100 with morning duty, early 10', day('2025-03-03', 100, 10, { neutralisedBy: 'OFFICIAL_DUTY_MORNING' }), [['EARLY_LEAVE', 'PSW1', 0.5]]],
    ['late 20 and no check-out, afternoon duty', day('2025-03-03', 20, null, { neutralisedBy: 'OFFICIAL_DUTY_AFTERNOON' }), [['LATE_ARRIVAL', 'TL1', 0.5]]],
    ['absent, morning duty does not cover the day', day('2025-03-03', null, null, { absent: true, neutralisedBy: 'OFFICIAL_DUTY_MORNING' }), [['ABSENT', null, 3]]],
    ['unknown document is ignored', day('2025-03-03', 20, 0, { neutralisedBy: 'toString' }), [['LATE_ARRIVAL', 'TL1', 0.5]]],
  ])('%s', (_name, d, expected) => {
    const r = computeMonthlyAllowance({ rules: R, baseAmount: 5_000_000, rating: 'GOOD', attendance: [d] });
    expect(r.discipline.deductions.map((l) => [l.kind, l.band?.code ?? null, l.percent])).toEqual(expected);
  });
});

describe('computeMonthlyAllowance: worked examples (whole rupiah)', () => {
  it('a month with mixed attendance, pagu Rp 5 000 000, Baik', () => {
    // pagu kinerja 60 % = 3 000 000 × 100 % (Baik); pagu disiplin 2 000 000
    // deductions 0.5 + (1 + 1.25) + 3 + 1.5 + 0.5 + 0.5 = 8.25 % of 2 000 000 = 165 000
    // total 3 000 000 + 2 000 000 − 165 000 = 4 835 000
    const attendance = [
      day('2025-03-03', 15),
      day('2025-03-04', 45, 70),
      day('2025-03-05', null, null, { absent: true }),
      day('2025-03-06', null, null, { absent: true, neutralisedBy: 'LEAVE' }),
      day('2025-03-07', null, 0),
      day('2025-03-10', 100, 10, { neutralisedBy: 'OFFICIAL_DUTY_MORNING' }),
      day('2025-03-11'),
      day('2025-03-12', 20, 0, { neutralisedBy: 'BIRTHDAY' }),
    ];
    const r = computeMonthlyAllowance({ rules: R, baseAmount: 5_000_000, rating: 'GOOD', attendance });
    expect(r.performance).toMatchObject({ pagu: 3_000_000, source: 'RATING', percent: 100, amount: 3_000_000 });
    expect(r.discipline).toMatchObject({
      pagu: 2_000_000, deductionPercent: 8.25, appliedPercent: 8.25, capApplied: false,
      deductionBaseAmount: 2_000_000, deductionAmount: 165_000, amount: 1_835_000,
    });
    expect(r.discipline.deductions.map((l) => l.date)).toEqual([
      '2025-03-03', '2025-03-04', '2025-03-04', '2025-03-05', '2025-03-07', '2025-03-10', '2025-03-12',
    ]);
    expect(r.discipline.neutralised).toEqual([
      { date: '2025-03-06', documentKind: 'LEAVE', scope: 'DAY' },
      { date: '2025-03-10', documentKind: 'OFFICIAL_DUTY_MORNING', scope: 'ARRIVAL' },
    ]);
    expect(r.discipline.ignoredDocuments).toEqual([{ date: '2025-03-12', documentKind: 'BIRTHDAY' }]);
    expect(r.total).toBe(4_835_000);
  });

  it.each<[string, Parameters<typeof computeMonthlyAllowance>[0], { perf: number; ded: number; total: number }]>([
    // pagu kinerja 1 500 150; disiplin 1 000 100; Butuh Perbaikan 75 % = 1 125 112.5 → 1 125 113;
    // late 30 min: 0.5 % × 1 000 100 = 5 000.5 → 5 001; total 1 125 113 + 1 000 100 − 5 001 = 2 120 212
    ['halves round up', { rules: R, baseAmount: 2_500_250, rating: 'NEEDS_IMPROVEMENT', attendance: [day('2025-03-03', 30)] },
      { perf: 1_125_113, ded: 5_001, total: 2_120_212 }],
    // pagu kinerja 2 593 192.2 → 2 593 192; disiplin 4 321 987 − 2 593 192 = 1 728 795;
    // 75 % = 1 944 894; 0.5 % × 1 728 795 = 8 643.975 → 8 644; total 3 665 045
    ['odd pagu', { rules: R, baseAmount: 4_321_987, rating: 'NEEDS_IMPROVEMENT', attendance: [day('2025-03-03', 1)] },
      { perf: 1_944_894, ded: 8_644, total: 3_665_045 }],
    // score 85.45 → band [70, 90) → 75 % of 3 000 000
    ['score 85.45', { rules: R, baseAmount: 5_000_000, score: 85.45, attendance: [] }, { perf: 2_250_000, ded: 0, total: 4_250_000 }],
    ['score 90 (band lower bound inclusive)', { rules: R, baseAmount: 5_000_000, score: 90, attendance: [] }, { perf: 3_000_000, ded: 0, total: 5_000_000 }],
    ['score 49.99', { rules: R, baseAmount: 5_000_000, score: 49.99, attendance: [] }, { perf: 750_000, ded: 0, total: 2_750_000 }],
    ['score below the first band earns 0 %', { rules: R, baseAmount: 5_000_000, score: -1, attendance: [] }, { perf: 0, ded: 0, total: 2_000_000 }],
    // 20 days × 3 % = 60 %, capped at 50 % of 2 000 000
    ['monthly cap 50 %', { rules: { ...R, monthlyCapPercent: 50 }, baseAmount: 5_000_000, rating: 'GOOD', attendance: absentDays(20) },
      { perf: 3_000_000, ded: 1_000_000, total: 4_000_000 }],
    // default cap 100 %: 22 × 3 % = 66 % of 2 000 000 = 1 320 000
    ['22 days absent', { rules: R, baseAmount: 5_000_000, rating: 'VERY_GOOD', attendance: absentDays(22) },
      { perf: 3_000_000, ded: 1_320_000, total: 3_680_000 }],
    // tukin style: 20 × 3 % = 60 % of the whole 5 000 000 = 3 000 000 > discipline part 2 000 000
    ['deductions from the whole pagu', { rules: { ...R, deductionBase: 'BASE_AMOUNT' }, baseAmount: 5_000_000, rating: 'POOR', attendance: absentDays(20) },
      { perf: 1_500_000, ded: 3_000_000, total: 500_000 }],
    // 30 × 3 % = 90 % = 4 500 000: total floors at 0
    ['total floors at 0', { rules: { ...R, deductionBase: 'BASE_AMOUNT' }, baseAmount: 5_000_000, rating: 'POOR', attendance: absentDays(30) },
      { perf: 1_500_000, ded: 4_500_000, total: 0 }],
    ['pagu 0', { rules: R, baseAmount: 0, rating: 'GOOD', attendance: absentDays(2) }, { perf: 0, ded: 0, total: 0 }],
  ])('%s', (_name, input, expected) => {
    const r = computeMonthlyAllowance(input);
    expect({ perf: r.performance.amount, ded: r.discipline.deductionAmount, total: r.total }).toEqual(expected);
    if (r.total > 0) expect(r.performance.amount + r.discipline.amount).toBe(r.total);
  });

  it('reports when the cap applies', () => {
    const r = computeMonthlyAllowance({ rules: { ...R, monthlyCapPercent: 50 }, baseAmount: 5_000_000, rating: 'GOOD', attendance: absentDays(20) });
    expect(r.discipline).toMatchObject({ deductionPercent: 60, appliedPercent: 50, capApplied: true });
  });
});

describe('computeMonthlyAllowance: invalid input', () => {
  it('throws AllowanceRulesError with the validation errors', () => {
    try {
      computeMonthlyAllowance({ rules: { ...R, disciplineWeight: 30 }, baseAmount: 1, rating: 'GOOD', attendance: [] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AllowanceRulesError);
      expect((e as AllowanceRulesError).errors.map((x) => x.code)).toEqual(['WEIGHTS_NOT_100']);
    }
  });

  it.each<[string, Parameters<typeof computeMonthlyAllowance>[0]]>([
    ['fractional pagu', { rules: R, baseAmount: 1000.5, rating: 'GOOD', attendance: [] }],
    ['negative pagu', { rules: R, baseAmount: -1, rating: 'GOOD', attendance: [] }],
    ['duplicate day', { rules: R, baseAmount: 1000, rating: 'GOOD', attendance: [day('2025-03-03'), day('2025-03-03')] }],
    ['bad date', { rules: R, baseAmount: 1000, rating: 'GOOD', attendance: [day('3/3/2025')] }],
    ['negative minutes', { rules: R, baseAmount: 1000, rating: 'GOOD', attendance: [day('2025-03-03', -5)] }],
    ['rating without a rating mapping', { rules: { ...R, ratingPercent: undefined }, baseAmount: 1000, rating: 'GOOD', attendance: [] }],
    ['score without score bands', { rules: { ...R, scoreBands: undefined }, baseAmount: 1000, score: 80, attendance: [] }],
  ])('rejects %s', (_name, input) => {
    expect(() => computeMonthlyAllowance(input)).toThrow(RangeError);
  });
});
