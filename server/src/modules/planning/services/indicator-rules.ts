import type { IndicatorAspect, Perspective } from '../../../graphql/generated/types';
import { userError, UserErrorList, type UserFacingError } from '../../../lib/errors';

/** An indicator's values as the rules see them (create input or merged update). */
export interface IndicatorValues {
  description: string;
  aspect: IndicatorAspect | null;
  targetValue: number | null;
  targetMin: number | null;
  targetMax: number | null;
  unit: string | null;
  lowerIsBetter: boolean;
  perspective: Perspective | null;
}

export interface PlanKind {
  approach: 'QUANTITATIVE' | 'QUALITATIVE';
  /** Position type of the plan's position (JPT, JA, JF). */
  positionType: string | null;
}

/**
 * Validates and normalises an indicator (pure): text 3..1000, aspect required in the
 * quantitative approach, perspective only on JPT plans, non-negative finite target
 * with a unit, range min ≤ max. All problems at once, each on its field.
 */
export function checkIndicator(v: IndicatorValues, plan: PlanKind, field: string[]): IndicatorValues {
  const errors: UserFacingError[] = [];
  const f = (name: string) => [...field, name];
  const description = v.description.trim();
  // Characters as PostgreSQL counts them (code points), not UTF-16 units.
  const chars = [...description].length;
  if (chars < 3 || chars > 1000) errors.push(userError('INVALID_INPUT', 'The indicator text must have 3 to 1000 characters.', f('description')));
  if (plan.approach === 'QUANTITATIVE' && v.aspect == null) errors.push(userError('INVALID_INPUT', 'In the quantitative approach every indicator needs an aspect.', f('aspect')));
  if (v.perspective != null && plan.positionType !== 'JPT') errors.push(userError('INVALID_INPUT', 'Only JPT plans carry a perspective.', f('perspective')));
  for (const k of ['targetValue', 'targetMin', 'targetMax'] as const) {
    const n = v[k];
    if (n != null && (!Number.isFinite(n) || n < 0 || n > 1e12)) errors.push(userError('INVALID_INPUT', 'Targets are numbers from 0 to 10^12.', f(k)));
  }
  if (v.targetMin != null && v.targetMax != null && v.targetMin > v.targetMax) errors.push(userError('INVALID_INPUT', 'The lower bound is above the upper bound.', f('targetMin')));
  const unit = v.unit?.trim() || null;
  if (unit && unit.length > 50) errors.push(userError('INVALID_INPUT', 'The unit has at most 50 characters.', f('unit')));
  if ((v.targetValue != null || v.targetMin != null || v.targetMax != null) && !unit) errors.push(userError('INVALID_INPUT', 'A target needs a unit (satuan).', f('unit')));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrorList(errors);
  return { ...v, description, unit };
}
