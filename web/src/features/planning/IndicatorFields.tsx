import type { ChangeEvent } from 'react';
import type { IndicatorAspect, Perspective } from '../../gql/graphql';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../shared/ui/Field';
import type { FormValues } from './indicatorForm';
import { aspectLabel, perspectiveLabel } from './labels';

interface Props {
  prefix: string;
  values: FormValues;
  errors: Partial<Record<string, string>>;
  setValue: (name: string, value: string | boolean) => void;
  plan: { approach: 'QUANTITATIVE' | 'QUALITATIVE'; isJpt: boolean };
  /** Extra words for the labels when several indicators are on one form (`IKI 2`). */
  labelSuffix?: string;
}

const ASPECTS: IndicatorAspect[] = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];
const PERSPECTIVES: Perspective[] = ['SERVICE_RECIPIENTS', 'BUSINESS_PROCESS', 'INTERNAL_STRENGTHENING', 'BUDGET'];

/** The fields of one indicator (IKI): text, aspect, target with unit, range, direction, perspective (JPT). */
export function IndicatorFields({ prefix, values, errors, setValue, plan, labelSuffix = '' }: Props) {
  const bind = (f: string) => ({
    name: `${prefix}${f}`,
    value: String(values[`${prefix}${f}`] ?? ''),
    error: errors[`${prefix}${f}`],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValue(`${prefix}${f}`, e.target.value),
  });
  const s = labelSuffix ? ` ${labelSuffix}` : '';
  return (
    <>
      <TextAreaField label={`Uraian indikator${s}`} rows={2} {...bind('description')} placeholder="contoh: Jumlah laporan bulanan yang disusun" />
      <div className="form-grid">
        <SelectField
          label={`Aspek${s}`}
          {...bind('aspect')}
          hint={plan.approach === 'QUANTITATIVE' ? 'Wajib pada pendekatan kuantitatif.' : undefined}
        >
          <option value="">{plan.approach === 'QUANTITATIVE' ? '— pilih aspek —' : '— tanpa aspek —'}</option>
          {ASPECTS.map((a) => (
            <option key={a} value={a}>
              {aspectLabel[a]}
            </option>
          ))}
        </SelectField>
        <TextField label={`Target${s}`} inputMode="decimal" {...bind('targetValue')} placeholder="contoh: 12" />
        <TextField label={`Satuan${s}`} {...bind('unit')} placeholder="laporan, %, bulan" />
      </div>
      <div className="form-grid">
        <TextField label={`Rentang bawah${s}`} inputMode="decimal" {...bind('targetMin')} hint="Opsional, bila target berupa rentang." />
        <TextField label={`Rentang atas${s}`} inputMode="decimal" {...bind('targetMax')} />
        {plan.isJpt && (
          <SelectField label={`Perspektif${s}`} {...bind('perspective')}>
            <option value="">— tanpa perspektif —</option>
            {PERSPECTIVES.map((p) => (
              <option key={p} value={p}>
                {perspectiveLabel[p]}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <Checkbox
        label={`Makin rendah makin baik${s}`}
        checked={values[`${prefix}lowerIsBetter`] === true}
        onChange={(checked) => setValue(`${prefix}lowerIsBetter`, checked)}
        hint="Misalnya biaya atau waktu penyelesaian."
      />
    </>
  );
}
