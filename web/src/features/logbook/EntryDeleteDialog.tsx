import { useState } from 'react';
import type { LogbookEntryCard_EntryFragment } from '../../gql/graphql';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import { formatLongDate } from '../../shared/format/date';
import { Button } from '../../shared/ui/Button';
import { Dialog } from '../../shared/ui/Dialog';
import { FormErrors } from '../../shared/ui/feedback';
import { localizeLogbookErrors } from './labels';
import { useLogbookEntryDelete } from './useLogbookEntryDelete';

export function EntryDeleteDialog({ entry, onClose }: { entry: LogbookEntryCard_EntryFragment; onClose: () => void }) {
  const [remove, { loading }] = useLogbookEntryDelete();
  const [errors, setErrors] = useState<string[]>([]);
  const confirm = async () => {
    try {
      const payload = await remove(entry.id);
      const refusals = localizeLogbookErrors(payload?.userErrors);
      if (refusals.length) setErrors(refusals.map(describeUserError));
      else onClose();
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };
  return (
    <Dialog title="Hapus catatan harian?" onClose={onClose}>
      <FormErrors errors={errors} />
      <p>
        {formatLongDate(entry.date)}, {entry.startTime}–{entry.endTime}: <strong>{entry.activity}</strong>
      </p>
      <p className="small muted">Catatan yang dihapus tidak dapat dikembalikan.</p>
      <div className="form-actions">
        <Button variant="secondary" onClick={onClose}>
          Batal
        </Button>
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          Hapus
        </Button>
      </div>
    </Dialog>
  );
}
