import { useState } from 'react';
import type { CascadeType, GoalClassification, GoalKind, IndicatorSpec, ParentGoalOption_GoalFragment } from '../../gql/graphql';
import { useForm } from '../../shared/forms/useForm';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../shared/ui/Field';
import { FormErrors } from '../../shared/ui/feedback';
import { AgreementLinkField } from './AgreementLinkField';
import { localizeErrors } from './errors';
import { IndicatorFields } from './IndicatorFields';
import { indicatorValues, isBlankIndicator, readIndicator } from './indicatorForm';
import type { FormValues } from './indicatorForm';
import { classificationLabel, goalKindLabel } from './labels';
import { ParentGoalFields } from './ParentGoalFields';
import { useGoalCreate } from './useGoalCreate';

export interface GoalFormPlan {
  id: string;
  approach: 'QUANTITATIVE' | 'QUALITATIVE';
  isJpt: boolean;
  /** JA/JF: every MAIN goal needs a parent goal from the appraiser's plan. */
  needsParent: boolean;
  periodId: string;
  unitId: string | null;
}

interface Props {
  plan: GoalFormPlan;
  candidates: readonly ParentGoalOption_GoalFragment[];
  onClose: () => void;
}

const BASE_FIELDS = { kind: 'MAIN', assignedBy: '', classification: 'INDIVIDUAL', description: '', parentGoal: '', cascadeType: '', agreementLink: '' };

/**
 * Tambah RHK: kind, text, the superior's goal it supports (with the cascade type), the
 * agreement link for JPT, and its indicators, all in one `goalCreate`. Every userError
 * lands on the field named by its input path, including each indicator's fields.
 */
export function GoalCreateDialog({ plan, candidates, onClose }: Props) {
  const [create] = useGoalCreate();
  const [rows, setRows] = useState<number[]>([0]);
  const [nextRow, setNextRow] = useState(1);
  const form = useForm<FormValues>({
    initial: { ...BASE_FIELDS, ...indicatorValues('indicators.0.') },
    submit: async (v) => {
      const { input, errors, rowIds } = readGoal(v, rows, plan);
      if (errors.length) return errors;
      const payload = await create(input);
      return localizeErrors(toRowPaths(payload?.userErrors, rowIds));
    },
    onSuccess: onClose,
  });
  const v = form.values;
  const kind = v['kind'] as GoalKind;
  const keyIndicatorChosen = String(v['agreementLink']).startsWith('ki:');

  const addRow = () => {
    const id = nextRow;
    setNextRow(id + 1);
    setRows((r) => [...r, id]);
    form.setValues((prev) => ({ ...prev, ...indicatorValues(`indicators.${id}.`) }));
  };
  const removeRow = (id: number) => {
    setRows((r) => r.filter((x) => x !== id));
    form.setValues((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith(`indicators.${id}.`))));
  };

  return (
    <Dialog title="Tambah RHK" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        <FormErrors errors={form.formErrors} />
        <RadioGroup<GoalKind>
          legend="Jenis RHK"
          name="kind"
          value={kind}
          error={form.fieldErrors['kind']}
          onChange={(k) => form.setValue('kind', k)}
          options={(['MAIN', 'ADDITIONAL'] as const).map((k) => ({ value: k, label: goalKindLabel[k] }))}
        />
        {kind === 'ADDITIONAL' && (
          <TextField label="Penugasan dari" {...form.bind('assignedBy')} hint="Contoh: Surat Tugas Kepala Dinas Nomor …" />
        )}
        {plan.isJpt && plan.unitId && kind === 'MAIN' && (
          <AgreementLinkField
            period={plan.periodId}
            unit={plan.unitId}
            value={String(v['agreementLink'])}
            error={form.fieldErrors['agreementLink']}
            onChange={(x) => form.setValue('agreementLink', x)}
          />
        )}
        <TextAreaField
          label="Uraian RHK (rencana hasil kerja)"
          rows={3}
          {...form.bind('description')}
          hint={v['agreementLink'] ? 'Boleh dikosongkan: uraian diambil dari Perjanjian Kinerja.' : undefined}
          placeholder="contoh: Tersusunnya laporan bulanan seksi yang tepat waktu"
        />
        <SelectField label="Klasifikasi" {...form.bind('classification')}>
          {(['INDIVIDUAL', 'ORGANIZATION'] as const).map((c: GoalClassification) => (
            <option key={c} value={c}>
              {classificationLabel[c]}
            </option>
          ))}
        </SelectField>
        <ParentGoalFields
          candidates={candidates}
          parentGoal={String(v['parentGoal'])}
          cascadeType={String(v['cascadeType'])}
          errors={{ parentGoal: form.fieldErrors['parentGoal'], cascadeType: form.fieldErrors['cascadeType'] }}
          onParentChange={(id) => {
            form.setValue('parentGoal', id);
            if (!id) form.setValue('cascadeType', '');
            else if (!v['cascadeType']) form.setValue('cascadeType', 'INDIRECT');
          }}
          onCascadeTypeChange={(t: CascadeType) => form.setValue('cascadeType', t)}
          required={plan.needsParent && kind === 'MAIN'}
        />
        <h3>Indikator Kinerja Individu (IKI)</h3>
        {keyIndicatorChosen && <p className="small muted">Target IKU dari Perjanjian Kinerja menjadi IKI terkunci; IKI lain boleh ditambahkan.</p>}
        {rows.map((id, n) => (
          <fieldset key={id} className="indicator-fieldset">
            <legend>IKI {n + 1}</legend>
            <IndicatorFields
              prefix={`indicators.${id}.`}
              values={v}
              errors={form.fieldErrors}
              setValue={form.setValue}
              plan={plan}
              labelSuffix={rows.length > 1 ? `(IKI ${n + 1})` : ''}
            />
            {rows.length > 1 && (
              <Button variant="ghost" small onClick={() => removeRow(id)}>
                Hapus IKI {n + 1}
              </Button>
            )}
          </fieldset>
        ))}
        <Button variant="secondary" small onClick={addRow} disabled={rows.length >= 20}>
          + Tambah IKI
        </Button>
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan RHK
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * The server numbers the submitted (non-blank) indicator rows 0, 1, 2…; the form names a
 * row's fields by its row id, which differs once a row was removed. Rewrites
 * `["input", "indicators", "<index>", …]` to the row id so the error lands on that row.
 */
export function toRowPaths(errors: readonly UserErrorLike[] | null | undefined, rowIds: readonly number[]): UserErrorLike[] {
  return (errors ?? []).map((e) => {
    const f = e.field;
    if (!f || f[0] !== 'input' || f[1] !== 'indicators' || f[2] === undefined) return e;
    const row = rowIds[Number(f[2])];
    return row === undefined ? e : { ...e, field: ['input', 'indicators', String(row), ...f.slice(3)] };
  });
}

/** The GoalCreateInput of the form, with the client-side checks in the server's error shape. */
export function readGoal(v: FormValues, rows: readonly number[], plan: GoalFormPlan) {
  const errors: UserErrorLike[] = [];
  const text = (k: string) => String(v[k] ?? '').trim();
  const kind = text('kind') as GoalKind;
  const link = kind === 'MAIN' && plan.isJpt ? text('agreementLink') : '';
  const description = text('description');
  if (!description && !link) errors.push({ code: 'REQUIRED', field: ['input', 'description'], message: 'Uraian RHK wajib diisi.' });
  const parentGoal = text('parentGoal') || null;
  if (!parentGoal && kind === 'MAIN' && plan.needsParent) {
    errors.push({ code: 'REQUIRED', field: ['input', 'parentGoal'], message: 'Pilih RHK atasan yang diintervensi.' });
  }
  const indicators: IndicatorSpec[] = [];
  const rowIds: number[] = [];
  for (const id of rows) {
    const prefix = `indicators.${id}.`;
    if (isBlankIndicator(v, prefix)) continue;
    const r = readIndicator(v, prefix, ['input', 'indicators', String(id)], plan);
    errors.push(...r.errors);
    indicators.push(r.spec);
    rowIds.push(id);
  }
  if (indicators.length === 0 && !link.startsWith('ki:')) {
    errors.push({ code: 'REQUIRED', field: ['input', 'indicators'], message: 'Isi paling sedikit satu indikator (IKI).' });
  }
  const input = {
    plan: plan.id,
    kind,
    assignedBy: kind === 'ADDITIONAL' ? text('assignedBy') || null : null,
    classification: (text('classification') || 'INDIVIDUAL') as GoalClassification,
    description: description || null,
    parentGoal,
    cascadeType: parentGoal ? ((text('cascadeType') || 'INDIRECT') as CascadeType) : null,
    strategicObjective: link.startsWith('so:') ? link.slice(3) : null,
    keyIndicator: link.startsWith('ki:') ? link.slice(3) : null,
    indicators,
  };
  return { input, errors, rowIds };
}
