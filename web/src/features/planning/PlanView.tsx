import { graphql } from '../../gql';
import type { PlanView_PlanFragment } from '../../gql/graphql';
import { Link } from '../../shared/router/router';
import { useViewer } from '../auth/viewerContext';
import { AuditTrail } from './AuditTrail';
import { BehaviorExpectations } from './BehaviorExpectations';
import { GoalList } from './GoalList';
import { PlanAnnexes } from './PlanAnnexes';
import { PlanHeader } from './PlanHeader';
import { PlanWorkflow } from './PlanWorkflow';
import './planning.css';

export const PlanView_plan = graphql(`
  fragment PlanView_plan on PerformancePlan {
    id
    version
    ...PlanHeader_plan
    ...PlanWorkflow_plan
    ...GoalList_plan
    ...BehaviorExpectations_plan
    ...PlanAnnexes_plan
  }
`);

/** One SKP in full: identity, status and actions, RHK with IKI, perilaku kerja, lampiran, riwayat. */
export function PlanView({ plan }: { plan: PlanView_PlanFragment }) {
  const viewer = useViewer();
  return (
    <div className="stack plan-view">
      <PlanHeader plan={plan} />
      <PlanWorkflow plan={plan} />
      <GoalList plan={plan} />
      {viewer.isAppraiser && (
        <p className="small">
          <Link to={`/matriks/${encodeURIComponent(plan.id)}`}>Matriks Peran Hasil dari SKP ini</Link>
        </p>
      )}
      <BehaviorExpectations plan={plan} />
      <PlanAnnexes plan={plan} />
      <AuditTrail planId={plan.id} version={plan.version} />
    </div>
  );
}
