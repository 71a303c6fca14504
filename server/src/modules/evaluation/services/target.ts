import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sqlOne } from '../../../db/sql';
import { administers } from '../../../auth/viewer';
import { userError } from '../../../lib/errors';
import { assertEvaluationPeriodOpen } from '../../../lib/period-locks';
import { EVALUATION_PERIOD_COLS, PLAN_COLS, type EvaluationPeriodRow, type PlanRow } from '../../planning/types';
import { canReadResultsOfPlan } from '../scope';
import { EVALUABLE_PLAN_STATUSES, EVALUATION_COLS, type EvaluationRow } from '../types';

/**
 * Shared steps of every evaluation write: find the plan and evaluation period (never
 * revealing another agency's rows), tell the viewer's relation to the plan, check that
 * the plan can be evaluated in that period, and get the evaluation row locked.
 */

export interface Relation {
  /** The admin of the plan's agency (never the superadmin, who reads everything and writes nothing). */
  isAdmin: boolean;
  /** The appraiser recorded on the plan (derived from the reporting line, or an admin's override). */
  isAppraiser: boolean;
  isOwner: boolean;
}

export function relationTo(ctx: Context, plan: Pick<PlanRow, 'agencyId' | 'employeeId' | 'appraiserId'>): Relation {
  const v = ctx.viewer;
  if (!v) return { isAdmin: false, isAppraiser: false, isOwner: false };
  const sameAgency = v.agencyId === plan.agencyId;
  const isEmployee = sameAgency && v.kind === 'EMPLOYEE' && v.employeeId != null;
  return {
    isAdmin: administers(v, plan.agencyId),
    isAppraiser: isEmployee && plan.appraiserId != null && v.employeeId === plan.appraiserId,
    isOwner: isEmployee && v.employeeId === plan.employeeId,
  };
}

/** The viewer as the acting employee of a row of `agencyId` (null across agencies or for tokens). */
export function actorIn(ctx: Context, agencyId: number): number | null {
  const v = ctx.viewer;
  return v && v.agencyId === agencyId ? v.employeeId : null;
}

/** The plan, if it exists and the viewer may read its results; NOT_FOUND otherwise. */
export async function readablePlan(ctx: Context, em: Em, planId: number, field: string[]): Promise<PlanRow> {
  const plan = await sqlOne<PlanRow>(em, `select ${PLAN_COLS} from performance_plan pp where pp.id = $1`, [planId]);
  if (!plan || !(await canReadResultsOfPlan(ctx, plan.id))) throw userError('NOT_FOUND', 'Performance plan not found.', field);
  return plan;
}

export async function periodOfAgency(em: Em, agencyId: number, periodId: number, field: string[]): Promise<EvaluationPeriodRow> {
  const p = await sqlOne<EvaluationPeriodRow>(em, `select ${EVALUATION_PERIOD_COLS} from evaluation_period ep where ep.id = $1`, [periodId]);
  if (!p || p.agencyId !== agencyId) throw userError('NOT_FOUND', 'Evaluation period not found.', field);
  return p;
}

/**
 * The plan must be approved, the evaluation period part of the plan's year, overlapping
 * the plan's days, started, and (for non-admins) not locked by its deadline.
 */
export async function assertEvaluable(ctx: Context, em: Em, plan: PlanRow, period: EvaluationPeriodRow): Promise<void> {
  if (!(EVALUABLE_PLAN_STATUSES as readonly string[]).includes(plan.status)) {
    throw userError('PLAN_NOT_APPROVED', `The plan is ${plan.status}; only an approved plan can be evaluated.`, ['input', 'performancePlan']);
  }
  const outside = period.periodId !== plan.periodId || period.endDate < plan.startDate || (plan.endDate != null && period.startDate > plan.endDate);
  if (outside) {
    throw userError('OUTSIDE_PLAN_PERIOD', 'The evaluation period is not part of the plan\'s year or does not overlap the plan.', ['input', 'evaluationPeriod']);
  }
  if (ctx.today < period.startDate) {
    throw userError('PERIOD_NOT_STARTED', `The evaluation period starts on ${period.startDate}.`, ['input', 'evaluationPeriod']);
  }
  await assertEvaluationPeriodOpen(em, ctx.viewer!, plan.agencyId, period.id, ['input', 'evaluationPeriod']);
}

/** The evaluation of the plan in the period, created on first use, locked for update. */
export async function lockEvaluation(em: Em, plan: PlanRow, period: EvaluationPeriodRow): Promise<EvaluationRow> {
  await sqlOne(
    em,
    `insert into evaluation (agency_id, plan_id, evaluation_period_id, employee_id, appraiser_id, unit_id)
     values ($1, $2, $3, $4, $5, $6) on conflict (agency_id, plan_id, evaluation_period_id) do nothing`,
    [plan.agencyId, plan.id, period.id, plan.employeeId, plan.appraiserId, plan.unitId],
  );
  return (await sqlOne<EvaluationRow>(
    em,
    `select ${EVALUATION_COLS} from evaluation ev where ev.agency_id = $1 and ev.plan_id = $2 and ev.evaluation_period_id = $3 for update`,
    [plan.agencyId, plan.id, period.id],
  ))!;
}

export function assertDraft(ev: EvaluationRow): void {
  if (ev.status === 'CONFIRMED') throw userError('EVALUATION_CONFIRMED', 'The evaluation is confirmed and locked; an admin must reopen it first.', ['input']);
}

/** Plan and period of a write, checked: readable, evaluable; the evaluation locked. */
export async function evaluationForWrite(
  ctx: Context,
  em: Em,
  ids: { planId: number; periodId: number },
  allowed: (rel: Relation) => boolean,
): Promise<{ plan: PlanRow; period: EvaluationPeriodRow; evaluation: EvaluationRow; rel: Relation }> {
  const plan = await readablePlan(ctx, em, ids.planId, ['input', 'performancePlan']);
  const rel = relationTo(ctx, plan);
  if (!allowed(rel)) throw userError('FORBIDDEN', 'You may not do this on this plan.', ['input', 'performancePlan']);
  const period = await periodOfAgency(em, plan.agencyId, ids.periodId, ['input', 'evaluationPeriod']);
  await assertEvaluable(ctx, em, plan, period);
  const evaluation = await lockEvaluation(em, plan, period);
  assertDraft(evaluation);
  return { plan, period, evaluation, rel };
}

/** An existing evaluation (by id) for confirm/reopen, locked; NOT_FOUND when not readable. */
export async function existingEvaluationForWrite(ctx: Context, em: Em, id: number): Promise<{ evaluation: EvaluationRow; plan: PlanRow; rel: Relation }> {
  const evaluation = await sqlOne<EvaluationRow>(em, `select ${EVALUATION_COLS} from evaluation ev where ev.id = $1 for update`, [id]);
  if (!evaluation) throw userError('NOT_FOUND', 'Evaluation not found.', ['input', 'evaluation']);
  const plan = await readablePlan(ctx, em, evaluation.planId, ['input', 'evaluation']);
  return { evaluation, plan, rel: relationTo(ctx, plan) };
}
