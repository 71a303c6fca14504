import { graphql } from '../../gql';
import type { EvaluationPeriodRow_EvaluationPeriodFragment } from '../../gql/graphql';
import { formatDateRange, formatDateTime } from '../../shared/format/date';
import { Button } from '../../shared/ui/Button';
import { Badge } from '../../shared/ui/feedback';
import { evaluationPeriodKindLabel } from '../evaluation/labels';

export const EvaluationPeriodRow_evaluationPeriod = graphql(`
  fragment EvaluationPeriodRow_evaluationPeriod on EvaluationPeriod {
    id
    kind
    name
    startDate
    endDate
    deadline
    unlockedUntil
    unlockReason
    isLocked
  }
`);

export type RowAction = 'edit' | 'unlock' | 'lock';

/** Whether an admin unlock is in force now. */
export function isUnlocked(ep: { unlockedUntil?: string | null }, now = Date.now()): boolean {
  return ep.unlockedUntil != null && Date.parse(ep.unlockedUntil) > now;
}

/** One periode penilaian: dates, batas pengisian, lock state and the admin's actions. */
export function EvaluationPeriodRow({ ep, canManage, onAction }: { ep: EvaluationPeriodRow_EvaluationPeriodFragment; canManage: boolean; onAction: (a: RowAction) => void }) {
  const unlocked = isUnlocked(ep);
  return (
    <tr>
      <td data-label="Periode">
        <strong>{ep.name}</strong>
        <div className="small muted">{evaluationPeriodKindLabel[ep.kind]}</div>
      </td>
      <td data-label="Rentang">{formatDateRange(ep.startDate, ep.endDate)}</td>
      <td data-label="Batas pengisian">{formatDateTime(ep.deadline)}</td>
      <td data-label="Status">
        {ep.isLocked ? (
          <Badge tone="warning">Terkunci</Badge>
        ) : unlocked ? (
          <span>
            <Badge tone="primary">Dibuka kembali</Badge>
            <div className="small muted">
              sampai {formatDateTime(ep.unlockedUntil)}
              {ep.unlockReason ? `: ${ep.unlockReason}` : ''}
            </div>
          </span>
        ) : (
          <Badge tone="success">Terbuka</Badge>
        )}
      </td>
      {canManage && (
        <td className="table__actions">
          <Button variant="ghost" small onClick={() => onAction('edit')} aria-label={`Ubah ${ep.name}`}>
            Ubah
          </Button>
          {ep.isLocked && (
            <Button variant="secondary" small onClick={() => onAction('unlock')} aria-label={`Buka kunci ${ep.name}`}>
              Buka kunci
            </Button>
          )}
          {unlocked && (
            <Button variant="secondary" small onClick={() => onAction('lock')} aria-label={`Kunci kembali ${ep.name}`}>
              Kunci kembali
            </Button>
          )}
        </td>
      )}
    </tr>
  );
}
