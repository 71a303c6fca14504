import { useRef, useState } from 'react';
import { todayIso } from '../../shared/format/date';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Alert, Card, FormErrors } from '../../shared/ui/feedback';
import { EntryFields } from './EntryFields';
import { blankEntry, checkEntry, ENTRY_ALIASES, normaliseTime, toEntryInput } from './entryForm';
import type { EntryValues } from './entryForm';
import { localizeLogbookErrors, newClientKey } from './labels';
import { useLogbookEntryCreate } from './useLogbookEntryCreate';

/** One hour after `hhmm`, capped at midnight (`16:30` → `17:30`, `23:30` → `24:00`). */
function hourAfter(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = Math.min((h ?? 0) * 60 + (m ?? 0) + 60, 24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * Tambah cepat: one entry in a few taps. After saving, the next entry starts where the
 * last one ended on the same day, so a day is filled in sequence on a phone. The client
 * key makes a retry after a lost response return the same entry instead of a duplicate.
 */
export function QuickAddCard({ defaultDate }: { defaultDate: string }) {
  const [create] = useLogbookEntryCreate();
  const key = useRef(newClientKey());
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<EntryValues>({
    initial: blankEntry(defaultDate),
    map: { aliases: ENTRY_ALIASES },
    submit: async (v) => {
      setSaved(null);
      const local = checkEntry(v);
      if (local.length) return local;
      const payload = await create({ ...toEntryInput(v), clientKey: key.current });
      const errors = localizeLogbookErrors(payload?.userErrors);
      if (errors.length === 0 && payload?.logbookEntry) {
        key.current = newClientKey();
        const start = normaliseTime(v.endTime) === '24:00' ? '08:00' : normaliseTime(v.endTime);
        form.setValues({ ...blankEntry(v.date, start, hourAfter(start)), link: v.link, outputUnit: '' });
        setSaved(`Tersimpan: ${payload.logbookEntry.startTime}–${payload.logbookEntry.endTime} ${payload.logbookEntry.activity}`);
      }
      return errors;
    },
  });
  return (
    <Card title="Tambah catatan harian">
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate aria-label="Tambah catatan harian">
        {saved && <Alert tone="success">{saved}</Alert>}
        <FormErrors errors={form.formErrors} />
        <EntryFields
          values={form.values}
          errors={form.fieldErrors}
          setValue={(name, value) => {
            setSaved(null);
            form.setValue(name, value);
          }}
          maxDate={todayIso()}
        />
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            Simpan catatan
          </Button>
        </div>
      </form>
    </Card>
  );
}
