import { useState } from 'react';
import type { LogbookEntryCard_EntryFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { Button } from '../../shared/ui/Button';
import { EntryDeleteDialog } from './EntryDeleteDialog';
import { EntryEditDialog } from './EntryEditDialog';
import { formatDuration } from './labels';
import { LogbookEntryCard } from './LogbookEntryCard';
import { groupByDay } from './week';

type Dialog = { kind: 'edit' | 'delete'; entry: LogbookEntryCard_EntryFragment } | null;

/**
 * Pekan Senin–Minggu: every day with its entries by start time and the day's total hours,
 * today marked. Empty days stay visible so a gap in the week is noticed.
 */
export function WeekView({ monday, today, entries }: { monday: string; today: string; entries: readonly LogbookEntryCard_EntryFragment[] }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const days = groupByDay(entries, monday);
  return (
    <>
      <ol className="week" aria-label="Catatan harian per hari">
        {days.map((day) => (
          <li key={day.date} className={day.date === today ? 'week__day week__day--today' : 'week__day'} aria-label={`${day.dayName}, ${formatDate(day.date)}`}>
            <div className="week__head">
              <h3>
                {day.dayName}, {formatDate(day.date)}
                {day.date === today && <span className="badge badge--primary week__today">Hari ini</span>}
              </h3>
              <span className="small muted">{day.entries.length > 0 ? `${day.entries.length} catatan · ${formatDuration(day.totalMinutes)}` : day.date > today ? '' : 'Belum ada catatan'}</span>
            </div>
            {day.entries.length > 0 && (
              <ul className="week__entries">
                {day.entries.map((e) => (
                  <li key={e.id}>
                    <LogbookEntryCard
                      entry={e}
                      actions={
                        e.viewerCanEdit && (
                          <span className="row">
                            <Button variant="ghost" small onClick={() => setDialog({ kind: 'edit', entry: e })} aria-label={`Ubah catatan ${e.startTime}–${e.endTime}`}>
                              Ubah
                            </Button>
                            <Button variant="ghost" small onClick={() => setDialog({ kind: 'delete', entry: e })} aria-label={`Hapus catatan ${e.startTime}–${e.endTime}`}>
                              Hapus
                            </Button>
                          </span>
                        )
                      }
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {dialog?.kind === 'edit' && <EntryEditDialog entry={dialog.entry} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <EntryDeleteDialog entry={dialog.entry} onClose={() => setDialog(null)} />}
    </>
  );
}
