import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import { userError } from '../../../lib/errors';
import { writeAudit } from '../../audit/audit';
import { actorOn, stateOf } from '../access';
import { readPlan, reasonText, refusal } from './guards';
import { refuseTransition, TRANSITIONS, type Transition } from '../workflow';
import { PLAN_COLS, type PlanRow } from '../types';

export interface TransitionInput {
  planId: number;
  version?: number | null;
  reason?: string | null;
}

/**
 * One workflow transition: permission and state from the rules in workflow.ts, then a
 * conditional update `where status = <seen> and version = <seen>`: of two concurrent
 * decisions exactly one matches, the other gets CONFLICT. Audited in the same
 * transaction.
 */
export async function transition(ctx: Context, t: Transition, input: TransitionInput): Promise<PlanRow> {
  const rule = TRANSITIONS[t];
  return ctx.em.transactional(async (em) => {
    const plan = await readPlan(em, ctx, input.planId, ['input', 'plan']);
    const r = refuseTransition(t, stateOf(plan), await actorOn(ctx, plan));
    if (r) throw refusal(r, ['input', 'plan'], r === 'INVALID_STATE_TRANSITION' ? `A ${plan.status}${plan.endDate ? ' (closed)' : ''} plan cannot be moved this way.` : r === 'CONFLICT' ? `The plan was already ${plan.status.toLowerCase().replace('_', ' ')}.` : undefined);
    if (input.version != null && input.version !== plan.version) throw refusal('CONFLICT', ['input', 'version']);
    const reason = rule.needsReason ? reasonText(input.reason ?? '', ['input', 'reason']) : null;
    if (t === 'SUBMIT') await assertComplete(em, plan);
    const updated = await sqlOne<PlanRow>(
      em,
      `update performance_plan pp set status = $4, version = version + 1, updated_at = now(),
         submitted_at = case when $4 in ('SUBMITTED', 'REVISION_SUBMITTED') then now() else submitted_at end,
         approved_at = case when $4 = 'APPROVED' then now() else approved_at end,
         approved_by_id = case when $4 = 'APPROVED' then $5::int else approved_by_id end,
         return_reason = case when $4 in ('RETURNED', 'REVISION_REJECTED') then $6 when $4 = 'APPROVED' then null else return_reason end
       where pp.id = $1 and pp.status = $2 and pp.version = $3 and pp.end_date is null returning ${PLAN_COLS}`,
      [plan.id, plan.status, plan.version, rule.to, ctx.viewer!.employeeId, reason],
    );
    if (!updated) throw refusal('CONFLICT', ['input', 'plan']);
    await writeAudit(em, ctx, { action: rule.audit, entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId, from: plan.status, to: rule.to, reason });
    return updated;
  });
}

/**
 * A plan can be submitted when it has goals, every goal has an indicator, every MAIN
 * goal of a JA/JF plan cascades from the appraiser (parent goal) and every MAIN goal of
 * a JPT plan is bound to the unit's agreement.
 */
async function assertComplete(em: Em, plan: PlanRow): Promise<void> {
  const rows = await sql<{ id: number; kind: string; description: string; parentGoalId: number | null; linked: boolean; indicators: number; type: string | null }>(
    em,
    `select g.id, g.kind, g.description, g.parent_goal_id as "parentGoalId", (g.objective_id is not null or g.key_indicator_id is not null) as linked,
       (select count(*) from indicator i where i.agency_id = g.agency_id and i.goal_id = g.id) as indicators, p.type
     from goal g join performance_plan pp on pp.agency_id = g.agency_id and pp.id = g.plan_id
     left join position p on p.agency_id = pp.agency_id and p.id = pp.position_id
     where g.agency_id = $1 and g.plan_id = $2 order by g.ordinal, g.id`,
    [plan.agencyId, plan.id],
  );
  if (rows.length === 0) throw userError('PLAN_INCOMPLETE', 'Add at least one goal before submitting.', ['input', 'plan']);
  const type = rows[0].type;
  const orphan = rows.find((g) => g.kind === 'MAIN' && g.parentGoalId == null && (type === 'JA' || type === 'JF'));
  if (orphan) throw userError('PARENT_GOAL_REQUIRED', `The main goal "${orphan.description.slice(0, 60)}" needs a parent goal from your appraiser's plan.`, ['input', 'plan']);
  const unbound = rows.find((g) => g.kind === 'MAIN' && !g.linked && type === 'JPT');
  if (unbound) throw userError('PLAN_INCOMPLETE', `The main goal "${unbound.description.slice(0, 60)}" must be bound to the unit's performance agreement.`, ['input', 'plan']);
  const bare = rows.find((g) => g.indicators === 0);
  if (bare) throw userError('PLAN_INCOMPLETE', `The goal "${bare.description.slice(0, 60)}" needs at least one indicator.`, ['input', 'plan']);
}
