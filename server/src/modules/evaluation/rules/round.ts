/**
 * Decimal rounding shared by the evaluation rules.
 *
 * Regulations and the official Excel templates (Perka BKN 1/2013, PermenPANRB 8/2021,
 * PermenPANRB 1/2023 conversions, TPP slips) round half up on the decimal value a person
 * would write down; plain `Math.round(x * 100) / 100` gets that wrong for values such as
 * 1.005 whose binary form lies just below the half. We nudge by a few ULPs first.
 */

/**
 * Rounds half away from zero to `decimals` places (used for capaian/nilai, PermenPANRB 8/2021
 * and PP 46/2011 scores, PermenPANRB 1/2023 credit points and whole-rupiah TPP amounts).
 */
export function roundHalfUp(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}`);
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor * (1 + 4 * Number.EPSILON);
  const rounded = Math.round(scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
