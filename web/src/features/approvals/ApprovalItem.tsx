import { useState } from 'react';
import { graphql } from '../../gql';
import type { ApprovalItem_PlanFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/date';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Link } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Alert, Badge } from '../../shared/ui/feedback';
import { Nip } from '../../shared/ui/Nip';
import { isConflict, localizeErrors } from '../planning/errors';
import { planStatusLabel, planStatusTone } from '../planning/labels';
import { CONFLICT_TEXT } from '../planning/PlanWorkflow';
import { ReasonDialog } from '../planning/ReasonDialog';
import { usePerformancePlanApprove } from '../planning/usePerformancePlanApprove';
import { usePerformancePlanReturn } from '../planning/usePerformancePlanReturn';
import { usePerformancePlanRevisionReject } from '../planning/usePerformancePlanRevisionReject';

export const ApprovalItem_plan = graphql(`
  fragment ApprovalItem_plan on PerformancePlan {
    id
    status
    version
    submittedAt
    viewerCanApprove
    viewerCanReturn
    viewerCanRejectRevision
    period {
      id
      name
    }
    employee {
      id
      name
      nip
    }
    position {
      id
      name
    }
    goals {
      id
      kind
    }
  }
`);

interface Props {
  plan: ApprovalItem_PlanFragment;
  /** The queue changed under us (someone else decided): read it again. */
  onStale: () => void;
  /** Someone else decided first; the page keeps saying so after the item leaves the list. */
  onConflict: (name: string) => void;
}

/**
 * One submitted plan in the appraiser's queue: who, since when, how many RHK, and the
 * decision buttons. A decision someone else took first (CONFLICT) is said plainly.
 */
export function ApprovalItem({ plan, onStale, onConflict }: Props) {
  const [approve, { loading: approving }] = usePerformancePlanApprove();
  const [returnPlan] = usePerformancePlanReturn();
  const [rejectRevision] = usePerformancePlanRevisionReject();
  const [dialog, setDialog] = useState<'return' | 'reject' | null>(null);
  const [conflict, setConflict] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const name = plan.employee?.name ?? 'Pegawai';
  const revision = plan.status === 'REVISION_SUBMITTED';
  const main = plan.goals.filter((g) => g.kind === 'MAIN').length;

  const handle = (list: readonly UserErrorLike[] | undefined): UserErrorLike[] => {
    if (isConflict(list)) {
      setConflict(true);
      setDialog(null);
      onConflict(name);
      return [];
    }
    return localizeErrors(list);
  };

  const onApprove = async () => {
    setErrors([]);
    setConflict(false);
    try {
      const payload = await approve({ plan: plan.id, version: plan.version });
      setErrors(handle(payload?.userErrors).map(describeUserError));
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };

  return (
    <li className="approval-item" aria-labelledby={`approval-${plan.id}`}>
      <div className="list-item">
        <div className="list-item__main">
          <div className="list-item__title" id={`approval-${plan.id}`}>
            {name}
          </div>
          <div className="small muted">
            {plan.employee && (
              <>
                NIP <Nip value={plan.employee.nip} /> ·{' '}
              </>
            )}
            {plan.position?.name ?? 'tanpa jabatan'}
          </div>
          <div className="small">
            <Badge tone={planStatusTone[plan.status]}>{planStatusLabel[plan.status]}</Badge> {plan.period.name} · {main} RHK utama,{' '}
            {plan.goals.length - main} RHK tambahan · diajukan {formatDateTime(plan.submittedAt)}
          </div>
        </div>
        <div className="row">
          <Link className="btn btn--ghost btn--small" to={`/skp/${encodeURIComponent(plan.id)}`} aria-label={`Periksa SKP ${name}`}>
            Periksa
          </Link>
          {plan.viewerCanApprove && !conflict && (
            <Button small busy={approving} onClick={() => void onApprove()} aria-label={`${revision ? 'Setujui revisi' : 'Setujui'} SKP ${name}`}>
              {revision ? 'Setujui revisi' : 'Setujui'}
            </Button>
          )}
          {plan.viewerCanReturn && !conflict && (
            <Button variant="danger" small onClick={() => setDialog('return')} aria-label={`Kembalikan SKP ${name}`}>
              Kembalikan
            </Button>
          )}
          {plan.viewerCanRejectRevision && !conflict && (
            <Button variant="danger" small onClick={() => setDialog('reject')} aria-label={`Tolak revisi SKP ${name}`}>
              Tolak revisi
            </Button>
          )}
        </div>
      </div>
      {conflict && (
        <Alert tone="warning" title="Sudah diproses pihak lain.">
          {CONFLICT_TEXT}{' '}
          <Button variant="secondary" small onClick={onStale}>
            Muat ulang daftar
          </Button>
        </Alert>
      )}
      {errors.length > 0 && (
        <div className="alert alert--error" role="alert">
          {errors.join(' ')}
        </div>
      )}
      {dialog === 'return' && (
        <ReasonDialog
          title={`Kembalikan SKP ${name}`}
          label="Alasan pengembalian"
          hint="Ditampilkan kepada pegawai dan dicatat dalam riwayat SKP."
          confirmLabel="Kembalikan SKP"
          danger
          submit={async (reason) => handle((await returnPlan({ plan: plan.id, reason, version: plan.version }))?.userErrors)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reject' && (
        <ReasonDialog
          title={`Tolak revisi SKP ${name}`}
          label="Alasan penolakan"
          confirmLabel="Tolak revisi"
          danger
          submit={async (reason) => handle((await rejectRevision({ plan: plan.id, reason, version: plan.version }))?.userErrors)}
          onClose={() => setDialog(null)}
        />
      )}
    </li>
  );
}
