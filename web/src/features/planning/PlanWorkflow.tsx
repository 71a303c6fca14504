import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PlanWorkflow_PlanFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/format/date';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { Button } from '../../shared/ui/Button';
import { Alert } from '../../shared/ui/feedback';
import { isConflict, localizeErrors } from './errors';
import { planStatusLabel } from './labels';
import { ReasonDialog } from './ReasonDialog';
import { usePerformancePlanApprove } from './usePerformancePlanApprove';
import { usePerformancePlanReturn } from './usePerformancePlanReturn';
import { usePerformancePlanRevisionReject } from './usePerformancePlanRevisionReject';
import { usePerformancePlanRevisionSubmit } from './usePerformancePlanRevisionSubmit';
import { usePerformancePlanSubmit } from './usePerformancePlanSubmit';

export const PlanWorkflow_plan = graphql(`
  fragment PlanWorkflow_plan on PerformancePlan {
    id
    status
    version
    returnReason
    submittedAt
    approvedAt
    endDate
    closedReason
    approvedBy {
      id
      name
    }
    appraiser {
      id
      name
    }
    viewerCanEdit
    viewerCanSubmit
    viewerCanApprove
    viewerCanReturn
    viewerCanSubmitRevision
    viewerCanRejectRevision
  }
`);

type Dialog = 'return' | 'revision' | 'rejectRevision' | null;

export const CONFLICT_TEXT =
  'SKP ini sudah diproses oleh pihak lain atau berubah sejak Anda membukanya. Data terbaru sudah dimuat; periksa statusnya sebelum bertindak lagi.';

/**
 * Where the plan stands and what the viewer may do now (the server's `viewerCan*`):
 * submit, ask for a revision, approve, return, reject a revision. A decision taken by
 * someone else first comes back as CONFLICT and is shown as such, with fresh data.
 */
export function PlanWorkflow({ plan }: { plan: PlanWorkflow_PlanFragment }) {
  const client = useApolloClient();
  const [submit, { loading: submitting }] = usePerformancePlanSubmit();
  const [approve, { loading: approving }] = usePerformancePlanApprove();
  const [returnPlan] = usePerformancePlanReturn();
  const [revise] = usePerformancePlanRevisionSubmit();
  const [rejectRevision] = usePerformancePlanRevisionReject();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  /** Shows a refusal; on CONFLICT re-reads everything on screen. Returns the errors for forms. */
  const handle = (userErrors: readonly UserErrorLike[] | undefined, success: string): UserErrorLike[] => {
    const list = userErrors ?? [];
    if (isConflict(list)) {
      setConflict(true);
      setDialog(null);
      void client.refetchQueries({ include: 'active' });
      return [];
    }
    if (list.length === 0) setDone(success);
    return localizeErrors(list);
  };

  const run = async (action: () => Promise<{ userErrors: readonly UserErrorLike[] } | null>, success: string) => {
    setErrors([]);
    setConflict(false);
    setDone(null);
    try {
      const payload = await action();
      setErrors(handle(payload?.userErrors, success).map(describeUserError));
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };

  const reasonSubmit = (fn: typeof returnPlan, success: string) => async (reason: string) => {
    setConflict(false);
    setDone(null);
    const payload = await fn({ plan: plan.id, reason, version: plan.version });
    return handle(payload?.userErrors, success);
  };

  const closed = plan.endDate != null;
  const revisionPending = plan.status === 'REVISION_SUBMITTED';
  return (
    <section aria-label="Status SKP" className="stack workflow">
      <StatusMessage plan={plan} />
      {conflict && (
        <Alert tone="warning" title="Sudah diproses pihak lain.">
          {CONFLICT_TEXT}
        </Alert>
      )}
      {done && <Alert tone="success">{done}</Alert>}
      {errors.length > 0 && (
        <div className="alert alert--error" role="alert">
          {errors.join(' ')}
        </div>
      )}
      {!closed && (
        <div className="row">
          {plan.viewerCanSubmit && (
            <Button busy={submitting} onClick={() => void run(() => submit({ plan: plan.id }), 'SKP diajukan kepada pejabat penilai.')}>
              Ajukan SKP
            </Button>
          )}
          {plan.viewerCanSubmitRevision && (
            <Button variant="secondary" onClick={() => setDialog('revision')}>
              Ajukan revisi SKP
            </Button>
          )}
          {plan.viewerCanApprove && (
            <Button
              busy={approving}
              onClick={() => void run(() => approve({ plan: plan.id, version: plan.version }), revisionPending ? 'Revisi SKP disetujui.' : 'SKP disetujui.')}
            >
              {revisionPending ? 'Setujui revisi' : 'Setujui SKP'}
            </Button>
          )}
          {plan.viewerCanReturn && (
            <Button variant="danger" onClick={() => setDialog('return')}>
              Kembalikan
            </Button>
          )}
          {plan.viewerCanRejectRevision && (
            <Button variant="danger" onClick={() => setDialog('rejectRevision')}>
              Tolak revisi
            </Button>
          )}
        </div>
      )}
      {dialog === 'return' && (
        <ReasonDialog
          title="Kembalikan SKP"
          label="Alasan pengembalian"
          hint="Ditampilkan kepada pegawai dan dicatat dalam riwayat."
          confirmLabel="Kembalikan SKP"
          danger
          submit={reasonSubmit(returnPlan, 'SKP dikembalikan kepada pegawai.')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'revision' && (
        <ReasonDialog
          title="Ajukan revisi SKP"
          label="Alasan revisi"
          hint="Setelah diajukan Anda dapat mengubah RHK sampai pejabat penilai memutuskan."
          confirmLabel="Ajukan revisi"
          submit={reasonSubmit(revise, 'Revisi diajukan. Ubah RHK yang perlu direvisi.')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'rejectRevision' && (
        <ReasonDialog
          title="Tolak revisi SKP"
          label="Alasan penolakan"
          confirmLabel="Tolak revisi"
          danger
          submit={reasonSubmit(rejectRevision, 'Revisi ditolak.')}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

function StatusMessage({ plan }: { plan: PlanWorkflow_PlanFragment }) {
  if (plan.endDate) {
    return (
      <Alert tone="info" title={`SKP ditutup per ${formatDate(plan.endDate)}.`}>
        {plan.closedReason ?? ''}
      </Alert>
    );
  }
  switch (plan.status) {
    case 'DRAFT':
      return (
        <Alert tone="info">
          {plan.viewerCanEdit
            ? 'SKP masih draf. Lengkapi RHK dan IKI, lalu ajukan kepada pejabat penilai.'
            : 'SKP masih draf dan belum diajukan.'}
        </Alert>
      );
    case 'SUBMITTED':
      return (
        <Alert tone="info">
          Diajukan {formatDateTime(plan.submittedAt)}; menunggu persetujuan pejabat penilai ({plan.appraiser?.name ?? '—'}).
        </Alert>
      );
    case 'RETURNED':
      return (
        <Alert tone="warning" title="Dikembalikan oleh pejabat penilai.">
          Alasan: {plan.returnReason ?? '—'}
          {plan.viewerCanEdit && (
            <>
              <br />
              Perbaiki RHK sesuai alasan di atas, lalu ajukan kembali.
            </>
          )}
        </Alert>
      );
    case 'APPROVED':
      return (
        <Alert tone="success">
          Disetujui {formatDateTime(plan.approvedAt)}
          {plan.approvedBy ? ` (${plan.approvedBy.name})` : ''}.
        </Alert>
      );
    case 'REVISION_SUBMITTED':
      return (
        <Alert tone="info">
          Revisi diajukan {formatDateTime(plan.submittedAt)}; menunggu keputusan pejabat penilai.
          {plan.viewerCanEdit ? ' Anda masih dapat mengubah RHK.' : ''}
        </Alert>
      );
    case 'REVISION_REJECTED':
      return (
        <Alert tone="warning" title="Revisi ditolak.">
          Alasan: {plan.returnReason ?? '—'}
          <br />
          SKP yang telah disetujui tetap berlaku; Anda dapat mengajukan revisi lain.
        </Alert>
      );
    default:
      return <Alert tone="info">{planStatusLabel[plan.status]}</Alert>;
  }
}
