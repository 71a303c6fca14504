import type { IndicatorAspect, IndicatorSpec, Perspective } from '../../gql/graphql';
import type { UserErrorLike } from '../../shared/forms/userErrors';

/**
 * Indicator (IKI) fields as flat form values. Inside the goal form each indicator's
 * fields are named after the server's input path (`indicators.0.unit`), so a userError at
 * `["input", "indicators", "0", "unit"]` lands on that very field without any alias.
 */
export type FormValues = Record<string, string | boolean>;

export const INDICATOR_FIELDS = ['description', 'aspect', 'targetValue', 'targetMin', 'targetMax', 'unit', 'lowerIsBetter', 'perspective'] as const;

export interface IndicatorInitial {
  description?: string;
  aspect?: IndicatorAspect | null;
  targetValue?: number | null;
  targetMin?: number | null;
  targetMax?: number | null;
  unit?: string | null;
  lowerIsBetter?: boolean;
  perspective?: Perspective | null;
}

const num = (n: number | null | undefined) => (n == null ? '' : String(n).replace('.', ','));

export function indicatorValues(prefix: string, i: IndicatorInitial = {}): FormValues {
  return {
    [`${prefix}description`]: i.description ?? '',
    [`${prefix}aspect`]: i.aspect ?? '',
    [`${prefix}targetValue`]: num(i.targetValue),
    [`${prefix}targetMin`]: num(i.targetMin),
    [`${prefix}targetMax`]: num(i.targetMax),
    [`${prefix}unit`]: i.unit ?? '',
    [`${prefix}lowerIsBetter`]: i.lowerIsBetter ?? false,
    [`${prefix}perspective`]: i.perspective ?? '',
  };
}

/** Whether the indicator row at `prefix` was left completely empty (it is then ignored). */
export function isBlankIndicator(v: FormValues, prefix: string): boolean {
  return INDICATOR_FIELDS.every((f) => (f === 'lowerIsBetter' ? v[`${prefix}${f}`] === false : String(v[`${prefix}${f}`] ?? '').trim() === ''));
}

/** `12,5` or `12.5` → 12.5; empty → null; anything else → NaN. */
export function parseDecimal(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, '');
  if (s === '') return null;
  // Indonesian thousands dots (`1.250,5`) when a comma is present; else the dot is decimal.
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/**
 * The IndicatorSpec of the row at `prefix`, with client-side checks in the server's
 * shape (`field` = the input path), so they show on the same fields.
 */
export function readIndicator(
  v: FormValues,
  prefix: string,
  path: readonly string[],
  plan: { approach: 'QUANTITATIVE' | 'QUALITATIVE'; isJpt: boolean },
): { spec: IndicatorSpec; errors: UserErrorLike[] } {
  const errors: UserErrorLike[] = [];
  const at = (f: string) => [...path, f];
  const text = (f: string) => String(v[`${prefix}${f}`] ?? '').trim();
  const description = text('description');
  if (!description) errors.push({ code: 'REQUIRED', field: at('description'), message: 'Uraian indikator wajib diisi.' });
  const aspect = (text('aspect') || null) as IndicatorAspect | null;
  if (plan.approach === 'QUANTITATIVE' && !aspect) {
    errors.push({ code: 'REQUIRED', field: at('aspect'), message: 'Pendekatan kuantitatif: pilih aspek indikator.' });
  }
  const numbers: Record<'targetValue' | 'targetMin' | 'targetMax', number | null> = { targetValue: null, targetMin: null, targetMax: null };
  for (const f of ['targetValue', 'targetMin', 'targetMax'] as const) {
    const n = parseDecimal(text(f));
    if (Number.isNaN(n)) errors.push({ code: 'REQUIRED', field: at(f), message: 'Isi dengan angka, misalnya 12 atau 12,5.' });
    else numbers[f] = n;
  }
  const unit = text('unit') || null;
  if ((numbers.targetValue != null || numbers.targetMin != null || numbers.targetMax != null) && !unit) {
    errors.push({ code: 'REQUIRED', field: at('unit'), message: 'Target memerlukan satuan.' });
  }
  const perspective = plan.isJpt ? ((text('perspective') || null) as Perspective | null) : null;
  return {
    spec: { description, aspect, ...numbers, unit, lowerIsBetter: v[`${prefix}lowerIsBetter`] === true, perspective },
    errors,
  };
}
