import type { LogbookEntryCard_EntryFragment } from '../../gql/graphql';
import { todayIso } from '../../shared/format/date';
import { useForm } from '../../shared/forms/useForm';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { FormErrors } from '../../shared/ui/feedback';
import { EntryFields } from './EntryFields';
import { checkEntry, ENTRY_ALIASES, fromEntry, toEntryInput } from './entryForm';
import type { EntryValues } from './entryForm';
import { localizeLogbookErrors } from './labels';
import { useLogbookEntryUpdate } from './useLogbookEntryUpdate';

/** Ubah catatan harian. Editing a submitted or rejected entry returns it to draft (the server says so too). */
export function EntryEditDialog({ entry, onClose }: { entry: LogbookEntryCard_EntryFragment; onClose: () => void }) {
  const [update] = useLogbookEntryUpdate();
  const form = useForm<EntryValues>({
    initial: fromEntry(entry),
    map: { aliases: ENTRY_ALIASES },
    submit: async (v) => {
      const local = checkEntry(v);
      if (local.length) return local;
      const payload = await update({ id: entry.id, ...toEntryInput(v) });
      return localizeLogbookErrors(payload?.userErrors);
    },
    onSuccess: onClose,
  });
  return (
    <Dialog title="Ubah catatan harian" onClose={onClose}>
      <form onSubmit={(e) => void form.onSubmit(e)} noValidate>
        {entry.status !== 'DRAFT' && (
          <p className="small muted">Setelah diubah, catatan kembali berstatus draf dan perlu diajukan lagi.</p>
        )}
        <FormErrors errors={form.formErrors} />
        <EntryFields values={form.values} errors={form.fieldErrors} setValue={form.setValue} maxDate={todayIso()} />
        <div className="form-actions">
          <Button variant="secondary" onClick={onClose}>
            Batal
          </Button>
          <Button type="submit" busy={form.submitting}>
            Simpan perubahan
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
