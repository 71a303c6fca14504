import { useState } from 'react';
import { graphql } from '../../gql';
import type { GoalCard_GoalFragment, ParentGoalOption_GoalFragment } from '../../gql/graphql';
import { describeUserError } from '../../shared/forms/userErrors';
import { errorText } from '../../shared/forms/errorText';
import { Button } from '../../shared/ui/Button';
import { Badge } from '../../shared/ui/feedback';
import { localizeErrors } from './errors';
import { GoalEditDialog } from './GoalEditDialog';
import { IndicatorDialog } from './IndicatorDialog';
import { IndicatorTable } from './IndicatorTable';
import { cascadeTypeLabel, classificationLabel, goalKindLabel, lockSourceLabel } from './labels';
import { useGoalDelete } from './useGoalDelete';

export const GoalCard_goal = graphql(`
  fragment GoalCard_goal on Goal {
    id
    kind
    assignedBy
    classification
    description
    cascadeType
    lockSource
    isLocked
    ordinal
    viewerCanEdit
    parentGoal {
      id
      description
      owner {
        id
        name
      }
    }
    strategicObjective {
      id
      description
    }
    keyIndicator {
      id
      description
    }
    indicators {
      id
      ...IndicatorRow_indicator
    }
  }
`);

interface Props {
  goal: GoalCard_GoalFragment;
  number: string;
  /** The viewer may change the plan's content now. */
  canEdit: boolean;
  plan: { approach: 'QUANTITATIVE' | 'QUALITATIVE'; isJpt: boolean; needsParent: boolean };
  candidates: readonly ParentGoalOption_GoalFragment[];
}

/**
 * One RHK: text, kind, the superior's goal it supports with the cascade type, the lock
 * (inherited from the superior or the agreement), and its IKI.
 */
export function GoalCard({ goal, number, canEdit, plan, candidates }: Props) {
  const [editing, setEditing] = useState(false);
  const [addingIndicator, setAddingIndicator] = useState(false);
  const [remove, { loading: removing }] = useGoalDelete();
  const [error, setError] = useState<string | null>(null);
  const mayEdit = canEdit && goal.viewerCanEdit;

  const onDelete = async () => {
    if (!window.confirm(`Hapus RHK "${goal.description}" beserta indikatornya?`)) return;
    setError(null);
    try {
      const payload = await remove(goal.id);
      const errors = localizeErrors(payload?.userErrors);
      if (errors.length) setError(errors.map(describeUserError).join(' '));
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <article className={goal.isLocked ? 'goal-card goal-card--locked' : 'goal-card'} aria-labelledby={`goal-${goal.id}`}>
      <header className="goal-card__header">
        <span className="goal-card__number" aria-hidden="true">
          {number}
        </span>
        <div className="goal-card__title">
          <h3 id={`goal-${goal.id}`}>
            <span className="visually-hidden">{goalKindLabel[goal.kind]} {number}: </span>
            {goal.description}
          </h3>
          <div className="row small">
            <Badge>{classificationLabel[goal.classification]}</Badge>
            {goal.kind === 'ADDITIONAL' && goal.assignedBy && <span className="muted">Penugasan dari: {goal.assignedBy}</span>}
            {goal.lockSource && (
              <Badge tone="warning">{lockSourceLabel[goal.lockSource]}</Badge>
            )}
          </div>
        </div>
      </header>
      {goal.parentGoal ? (
        <p className="goal-card__parent small">
          <span className="muted">RHK atasan yang diintervensi: </span>
          {goal.parentGoal.description}
          {goal.parentGoal.owner && <span className="muted"> — {goal.parentGoal.owner.name}</span>}
          {goal.cascadeType && (
            <>
              {' '}
              <Badge tone="primary">{cascadeTypeLabel[goal.cascadeType]}</Badge>
            </>
          )}
        </p>
      ) : (
        goal.kind === 'MAIN' &&
        plan.needsParent && (
          <p className="goal-card__parent small field__error">Belum mengintervensi RHK atasan: pilih RHK atasan sebelum SKP diajukan.</p>
        )
      )}
      {(goal.strategicObjective || goal.keyIndicator) && (
        <p className="goal-card__parent small">
          <span className="muted">Perjanjian Kinerja: </span>
          {goal.keyIndicator ? `IKU ${goal.keyIndicator.description}` : goal.strategicObjective?.description}
        </p>
      )}
      <IndicatorTable indicators={goal.indicators} canEdit={canEdit} plan={plan} />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {canEdit && (
        <div className="row goal-card__actions">
          <Button variant="secondary" small onClick={() => setAddingIndicator(true)}>
            + Tambah IKI
          </Button>
          {mayEdit && !goal.isLocked && (
            <Button variant="ghost" small onClick={() => setEditing(true)}>
              Ubah RHK
            </Button>
          )}
          {mayEdit && goal.lockSource !== 'SUPERIOR' && (
            <Button variant="ghost" small busy={removing} onClick={() => void onDelete()}>
              Hapus RHK
            </Button>
          )}
        </div>
      )}
      {editing && <GoalEditDialog goal={goal} candidates={candidates} needsParent={plan.needsParent} onClose={() => setEditing(false)} />}
      {addingIndicator && <IndicatorDialog goalId={goal.id} plan={plan} onClose={() => setAddingIndicator(false)} />}
    </article>
  );
}
