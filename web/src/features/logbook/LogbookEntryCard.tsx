import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import type { LogbookEntryCard_EntryFragment } from '../../gql/graphql';
import { Badge } from '../../shared/ui/feedback';
import { entryStatusLabel, entryStatusTone, formatDuration, formatQuantity } from './labels';

export const LogbookEntryCard_entry = graphql(`
  fragment LogbookEntryCard_entry on LogbookEntry {
    id
    date
    startTime
    endTime
    durationMinutes
    activity
    outputQuantity
    outputUnit
    evidence
    isAdditionalTask
    status
    rejectionNote
    viewerCanEdit
    actionPlan {
      id
      description
    }
  }
`);

/** Host name of an evidence link, to keep long URLs readable on a phone. */
function linkText(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname.length > 1 ? '/…' : ''}`;
  } catch {
    return url;
  }
}

/** One catatan harian: time, activity, realisasi, rencana aksi, bukti dukung and status. */
export function LogbookEntryCard({ entry, actions, leading }: { entry: LogbookEntryCard_EntryFragment; actions?: ReactNode; leading?: ReactNode }) {
  return (
    <article className="entry" aria-label={`${entry.startTime}–${entry.endTime} ${entry.activity}`}>
      {leading}
      <div className="entry__time">
        <strong>
          {entry.startTime}–{entry.endTime}
        </strong>
        <span className="small muted">{formatDuration(entry.durationMinutes)}</span>
      </div>
      <div className="entry__body">
        <p className="entry__activity">{entry.activity}</p>
        <p className="small muted entry__meta">
          {entry.isAdditionalTask ? 'Tugas tambahan' : entry.actionPlan ? `Rencana aksi: ${entry.actionPlan.description}` : 'Rencana aksi tidak dapat dibaca'}
          {entry.outputQuantity != null && (
            <>
              {' · '}Realisasi {formatQuantity(entry.outputQuantity)} {entry.outputUnit ?? ''}
            </>
          )}
        </p>
        {entry.evidence.length > 0 && (
          <ul className="entry__evidence small" aria-label="Bukti dukung">
            {entry.evidence.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {linkText(url)}
                </a>
              </li>
            ))}
          </ul>
        )}
        {entry.status === 'REJECTED' && entry.rejectionNote && (
          <p className="entry__note small">
            <strong>Catatan penolakan:</strong> {entry.rejectionNote}
          </p>
        )}
      </div>
      <div className="entry__side">
        <Badge tone={entryStatusTone[entry.status]}>{entryStatusLabel[entry.status]}</Badge>
        {actions}
      </div>
    </article>
  );
}
