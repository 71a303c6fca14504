import { useState } from 'react';
import { graphql } from '../../../gql';
import type { AssignmentHistory_AssignmentFragment } from '../../../gql/graphql';
import { formatDateRange } from '../../../shared/format/date';
import { assignmentKindShort } from '../../../shared/format/labels';
import { Link } from '../../../shared/router/router';
import { Button } from '../../../shared/ui/Button';
import { Badge, EmptyState } from '../../../shared/ui/feedback';
import { AssignmentEndDialog } from './AssignmentEndDialog';

export const AssignmentHistory_assignment = graphql(`
  fragment AssignmentHistory_assignment on Assignment {
    id
    kind
    startDate
    endDate
    note
    position {
      id
      name
      unit {
        id
        name
      }
    }
  }
`);

interface Props {
  assignments: readonly AssignmentHistory_AssignmentFragment[];
  canManage: boolean;
}

/** Riwayat penempatan, most recent first; ongoing ones can be ended. */
export function AssignmentHistory({ assignments, canManage }: Props) {
  const [ending, setEnding] = useState<{ id: string; positionName: string } | null>(null);
  if (assignments.length === 0) return <EmptyState title="Belum pernah ditempatkan pada jabatan" />;
  return (
    <>
      <ul className="list">
        {assignments.map((a) => (
          <li key={a.id} className="list-item">
            <div className="list-item__main">
              <div className="list-item__title">
                {a.position.name} <Badge tone={a.kind === 'DEFINITIVE' ? 'primary' : 'warning'}>{assignmentKindShort[a.kind]}</Badge>{' '}
                {!a.endDate && <Badge tone="success">Berjalan</Badge>}
              </div>
              <div className="small">
                <Link to={`/organisasi/unit/${encodeURIComponent(a.position.unit.id)}`}>{a.position.unit.name}</Link>
              </div>
              <div className="small muted">
                {formatDateRange(a.startDate, a.endDate)}
                {a.note ? ` · ${a.note}` : ''}
              </div>
            </div>
            {canManage && !a.endDate && (
              <Button small variant="secondary" onClick={() => setEnding({ id: a.id, positionName: a.position.name })}>
                Akhiri
              </Button>
            )}
          </li>
        ))}
      </ul>
      {ending && <AssignmentEndDialog assignment={ending} onClose={() => setEnding(null)} />}
    </>
  );
}
