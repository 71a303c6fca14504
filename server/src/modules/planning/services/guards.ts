import type { Em } from '../../../db/orm';
import { sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import { userError } from '../../../lib/errors';
import { requiredText } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import { actorOn, stateOf } from '../access';
import { canReadPlan } from '../scope';
import { EDITABLE, refuseEdit, type Refusal } from '../workflow';
import { PLAN_COLS, type PlanRow } from '../types';

const MESSAGES: Record<Refusal, string> = {
  FORBIDDEN: 'You may not do this on this plan.',
  PERIOD_LOCKED: 'The deadline of this period has passed; ask an admin to unlock it.',
  INVALID_STATE_TRANSITION: 'The plan is not in a state that allows this.',
  CONFLICT: 'Someone else has just changed this plan; reload it.',
};

export const refusal = (r: Refusal, field: string[], message?: string) => userError(r, message ?? MESSAGES[r], field);

/** The plan when it exists and the viewer may read it (read inside the transaction). */
export async function readPlan(em: Em, ctx: Context, id: number, field: string[]): Promise<PlanRow> {
  const plan = await sqlOne<PlanRow>(em, `select ${PLAN_COLS} from performance_plan pp where pp.id = $1`, [id]);
  if (!plan || !(await canReadPlan(ctx, plan))) throw userError('NOT_FOUND', 'Plan not found.', field);
  return plan;
}

/**
 * Opens the viewer's plan for a content change: checks owner, state, period lock; then
 * bumps `version` with a conditional update (row lock until commit, so a concurrent
 * approval sees the change and fails with CONFLICT). A RETURNED plan moves to DRAFT.
 */
export async function editablePlan(em: Em, ctx: Context, id: number, field: string[]): Promise<PlanRow> {
  const plan = await readPlan(em, ctx, id, field);
  const r = refuseEdit(stateOf(plan), await actorOn(ctx, plan));
  if (r) throw refusal(r, field, r === 'INVALID_STATE_TRANSITION' ? `A ${plan.status} plan cannot be edited.` : undefined);
  const updated = await sqlOne<PlanRow>(
    em,
    `update performance_plan pp set version = version + 1, updated_at = now(),
       status = case when status = 'RETURNED' then 'DRAFT' else status end
     where pp.id = $1 and pp.status = any($2::text[]) and pp.version = $3 and pp.end_date is null returning ${PLAN_COLS}`,
    [id, EDITABLE, plan.version],
  );
  if (!updated) throw refusal('CONFLICT', field);
  if (plan.status === 'RETURNED') {
    await writeAudit(em, ctx, { action: 'PLAN_REOPEN', entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId, from: 'RETURNED', to: 'DRAFT' });
  }
  return updated;
}

export const reasonText = (reason: string, field: string[]) => requiredText(reason, field, 5, 1000, 'The reason');
