import type { ChangeEvent } from 'react';
import type { FieldErrors } from '../../shared/forms/userErrors';
import { TextAreaField, TextField } from '../../shared/ui/Field';
import { ActionPlanSelect, useActionPlans } from './ActionPlanSelect';
import type { EntryField, EntryValues } from './entryForm';

interface Props {
  values: EntryValues;
  errors: FieldErrors<EntryField>;
  setValue: (name: EntryField, value: string) => void;
  /** Latest day allowed (today): logbook entries record work already done. */
  maxDate?: string;
}

/** The fields of one catatan harian: day, times, activity, output (realisasi), evidence, rencana aksi. */
export function EntryFields({ values, errors, setValue, maxDate }: Props) {
  const { plans, loading, error } = useActionPlans(values.date);
  const bind = (name: EntryField) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(name, e.target.value),
  });
  return (
    <>
      <TextField label="Tanggal" type="date" max={maxDate} required {...bind('date')} />
      <div className="entry-times">
        <TextField label="Jam mulai" type="time" required {...bind('startTime')} />
        <TextField label="Jam selesai" type="time" required {...bind('endTime')} />
      </div>
      <TextAreaField label="Kegiatan" rows={3} maxLength={2000} required hint="Apa yang Anda kerjakan." {...bind('activity')} />
      <ActionPlanSelect
        value={values.link}
        error={errors.link}
        plans={plans}
        loading={loading}
        failed={Boolean(error)}
        onChange={(value, plan) => {
          setValue('link', value);
          if (plan?.targetUnit && !values.outputUnit) setValue('outputUnit', plan.targetUnit);
        }}
      />
      <div className="entry-times">
        <TextField label="Realisasi (jumlah)" inputMode="decimal" placeholder="mis. 2" {...bind('outputQuantity')} />
        <TextField label="Satuan" maxLength={50} placeholder="mis. Dokumen" {...bind('outputUnit')} />
      </div>
      <TextAreaField
        label="Bukti dukung"
        rows={2}
        hint="Tautan http(s), satu per baris (paling banyak 10)."
        placeholder="https://…"
        {...bind('evidence')}
      />
    </>
  );
}
