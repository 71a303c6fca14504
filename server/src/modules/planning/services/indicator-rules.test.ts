import { describe, expect, it } from 'vitest';
import { UserErrorList, UserFacingError } from '../../../lib/errors';
import { checkIndicator, type IndicatorValues, type PlanKind } from './indicator-rules';

const base: IndicatorValues = { description: 'Jumlah dokumen', aspect: 'QUANTITY', targetValue: 10, targetMin: null, targetMax: null, unit: 'dokumen', lowerIsBetter: false, perspective: null };
const quant: PlanKind = { approach: 'QUANTITATIVE', positionType: 'JA' };
const qual: PlanKind = { approach: 'QUALITATIVE', positionType: 'JF' };
const jpt: PlanKind = { approach: 'QUANTITATIVE', positionType: 'JPT' };

function fields(v: Partial<IndicatorValues>, plan: PlanKind): string[] {
  try {
    checkIndicator({ ...base, ...v }, plan, ['input']);
    return [];
  } catch (e) {
    if (e instanceof UserErrorList) return e.errors.map((x) => x.field!.at(-1)!).sort();
    if (e instanceof UserFacingError) return [e.field!.at(-1)!];
    throw e;
  }
}

describe('indicator rules', () => {
  it.each([
    ['a complete quantitative indicator', {}, quant, []],
    ['no aspect, quantitative', { aspect: null }, quant, ['aspect']],
    ['no aspect, qualitative', { aspect: null, targetValue: null, unit: null }, qual, []],
    ['perspective on JA', { perspective: 'BUDGET' }, quant, ['perspective']],
    ['perspective on JPT', { perspective: 'BUDGET' }, jpt, []],
    ['target without unit', { unit: null }, quant, ['unit']],
    ['blank unit counts as none', { unit: '  ' }, quant, ['unit']],
    ['negative target', { targetValue: -1 }, quant, ['targetValue']],
    ['not a number', { targetValue: Number.NaN }, quant, ['targetValue']],
    ['inverted range', { targetMin: 5, targetMax: 1 }, quant, ['targetMin']],
    ['valid range', { targetValue: null, targetMin: 1, targetMax: 5 }, quant, []],
    ['short text', { description: 'ab' }, quant, ['description']],
    ['several at once', { aspect: null, unit: null, perspective: 'BUDGET' }, quant, ['aspect', 'perspective', 'unit']],
  ] as [string, Partial<IndicatorValues>, PlanKind, string[]][])('%s', (_name, v, plan, expected) => {
    expect(fields(v, plan)).toEqual(expected);
  });

  it('trims text and unit', () => {
    expect(checkIndicator({ ...base, description: '  Jumlah  ', unit: ' dok ' }, quant, ['input'])).toMatchObject({ description: 'Jumlah', unit: 'dok' });
  });
});
