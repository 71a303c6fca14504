import { useState } from 'react';
import { graphql } from '../../gql';
import type { GoalList_PlanFragment } from '../../gql/graphql';
import { Button } from '../../shared/ui/Button';
import { Card, EmptyState } from '../../shared/ui/feedback';
import { GoalCard } from './GoalCard';
import { GoalCreateDialog } from './GoalCreateDialog';

export const GoalList_plan = graphql(`
  fragment GoalList_plan on PerformancePlan {
    id
    approach
    viewerCanEdit
    period {
      id
    }
    unit {
      id
    }
    position {
      id
      type
    }
    goals {
      id
      kind
      ...GoalCard_goal
    }
    parentGoalCandidates {
      id
      ...ParentGoalOption_goal
    }
  }
`);

/** Rencana hasil kerja of a plan: main goals, then additional ones, with the "add" action. */
export function GoalList({ plan }: { plan: GoalList_PlanFragment }) {
  const [adding, setAdding] = useState(false);
  const type = plan.position?.type ?? null;
  const formPlan = {
    id: plan.id,
    approach: plan.approach,
    isJpt: type === 'JPT',
    needsParent: type === 'JA' || type === 'JF',
    periodId: plan.period.id,
    unitId: plan.unit?.id ?? null,
  };
  const main = plan.goals.filter((g) => g.kind === 'MAIN');
  const additional = plan.goals.filter((g) => g.kind === 'ADDITIONAL');
  const section = (title: string, goals: typeof main, prefix: string) => (
    <section className="stack" aria-label={title}>
      <h3 className="goal-section-title">{title}</h3>
      {goals.map((g, i) => (
        <GoalCard
          key={g.id}
          goal={g}
          number={`${prefix}${i + 1}`}
          canEdit={plan.viewerCanEdit}
          plan={formPlan}
          candidates={plan.parentGoalCandidates}
        />
      ))}
    </section>
  );
  return (
    <Card
      title="Rencana Hasil Kerja (RHK)"
      actions={
        plan.viewerCanEdit && (
          <Button small onClick={() => setAdding(true)}>
            + Tambah RHK
          </Button>
        )
      }
    >
      {plan.goals.length === 0 ? (
        <EmptyState title="Belum ada RHK">
          {plan.viewerCanEdit
            ? 'Tambahkan RHK utama yang mengintervensi RHK pejabat penilai Anda, lengkap dengan indikatornya (IKI).'
            : 'Pemilik SKP belum menyusun RHK.'}
        </EmptyState>
      ) : (
        <div className="stack">
          {main.length > 0 && section('RHK utama', main, '')}
          {additional.length > 0 && section('RHK tambahan', additional, 'T')}
        </div>
      )}
      {adding && <GoalCreateDialog plan={formPlan} candidates={plan.parentGoalCandidates} onClose={() => setAdding(false)} />}
    </Card>
  );
}
