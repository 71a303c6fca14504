import { describe, expect, it } from 'vitest';
import { AllowanceRulesError, computeMonthlyAllowance, DEFAULT_ALLOWANCE_RULES, prepareAllowanceRules } from './allowance';

describe('prepareAllowanceRules (validate once for batch computations)', () => {
  const attendance = [{ date: '2026-01-05', lateMinutes: 40, earlyLeaveMinutes: 0, absent: false }];

  it('gives the same result as the unprepared rules', () => {
    const prepared = prepareAllowanceRules(DEFAULT_ALLOWANCE_RULES);
    const input = { baseAmount: 5_000_000, rating: 'GOOD' as const, attendance };
    expect(computeMonthlyAllowance({ ...input, rules: prepared })).toEqual(computeMonthlyAllowance({ ...input, rules: DEFAULT_ALLOWANCE_RULES }));
  });

  it('refuses invalid rules up front', () => {
    expect(() => prepareAllowanceRules({ ...DEFAULT_ALLOWANCE_RULES, performanceWeight: 70 })).toThrow(AllowanceRulesError);
  });

  it('returns a frozen copy, so prepared rules cannot drift from what was validated', () => {
    const prepared = prepareAllowanceRules(DEFAULT_ALLOWANCE_RULES);
    expect(prepared).not.toBe(DEFAULT_ALLOWANCE_RULES);
    expect(Object.isFrozen(prepared) && Object.isFrozen(prepared.lateBands) && Object.isFrozen(prepared.lateBands[0])).toBe(true);
    expect(() => { (prepared as { performanceWeight: number }).performanceWeight = 70; }).toThrow(TypeError);
  });

  it('still validates rules that were not prepared', () => {
    expect(() => computeMonthlyAllowance({ rules: { ...DEFAULT_ALLOWANCE_RULES, disciplineWeight: 10 }, baseAmount: 1, rating: 'GOOD', attendance: [] })).toThrow(AllowanceRulesError);
  });
});
