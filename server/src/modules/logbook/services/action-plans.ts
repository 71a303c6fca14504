import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { requiredText } from '../../../lib/validate';
import { assertEvaluationPeriodOpen, type PeriodLockRow } from '../../../lib/period-locks';
import { writeAudit } from '../../audit/audit';
import { exceedsAnnualTarget } from '../rules/targets';
import { sameUnit } from '../rules/units';
import { LIMITS } from '../rules/entry-input';
import { ACTION_PLAN_COLS, type ActionPlanRow } from '../types';
import { employeeOf } from './entries-create';

/**
 * Rencana aksi: the owner of a goal writes them per evaluation period while it is
 * open. Linked to an indicator, the action plan is that indicator's target for the
 * period: one per indicator and period, in the indicator's unit, and for additive
 * units the targets of one kind of period stay within the annual target. The
 * indicator row is locked (`for update`) while checking, so two concurrent months
 * cannot together exceed the year.
 */
export interface ActionPlanInput {
  goalId: number;
  evaluationPeriodId: number;
  indicatorId: number | null;
  description: string;
  targetValue: number | null;
  targetUnit: string | null;
}

interface IndicatorLock {
  id: number;
  unit: string | null;
  targetValue: number | null;
}

const F = (f: string) => ['input', f];

function checkTarget(value: number | null, unit: string | null, indicator: IndicatorLock | null): string | null {
  if (value !== null && (!Number.isFinite(value) || value < 0 || value > LIMITS.quantity)) throw userError('INVALID_INPUT', 'The target must be a number of at least 0.', F('targetValue'));
  let u = unit?.trim() || null;
  if (u !== null && u.length > LIMITS.unit) throw userError('INVALID_INPUT', `The unit must have at most ${LIMITS.unit} characters.`, F('targetUnit'));
  if (indicator) {
    if (u !== null && indicator.unit !== null && !sameUnit(u, indicator.unit)) {
      throw userError('INVALID_INPUT', `The target unit must be the indicator's unit (${indicator.unit}).`, F('targetUnit'));
    }
    u = indicator.unit ?? u;
  }
  if (value !== null && u === null) throw userError('INVALID_INPUT', 'Give the unit (satuan) of the target.', F('targetUnit'));
  return u;
}

/** Locks the indicator and checks the breakdown of its annual target. */
async function checkBreakdown(em: Em, ap: { agencyId: number; id: number | null; indicator: IndicatorLock; period: PeriodLockRow; value: number | null; unit: string | null }) {
  const others = await sql<{ t: number | null }>(
    em,
    `select a.target_value as t from action_plan a join evaluation_period e on e.agency_id = a.agency_id and e.id = a.evaluation_period_id
     where a.agency_id = $1 and a.indicator_id = $2 and e.kind = $3 and a.id <> $4`,
    [ap.agencyId, ap.indicator.id, ap.period.kind, ap.id ?? 0],
  );
  const total = exceedsAnnualTarget({ unit: ap.unit, annualTarget: ap.indicator.targetValue, otherTargets: others.map((o) => o.t), target: ap.value });
  if (total !== null) {
    throw userError('ANNUAL_TARGET_EXCEEDED', `The ${ap.period.kind.toLowerCase()} targets would add up to ${total} ${ap.unit}, more than the annual target of ${ap.indicator.targetValue}.`, F('targetValue'));
  }
}

const lockIndicator = (em: Em, agencyId: number, id: number, goalId: number) =>
  sqlOne<IndicatorLock>(em, `select id, unit, target_value as "targetValue" from indicator where agency_id = $1 and id = $2 and goal_id = $3 for update`, [agencyId, id, goalId]);

export function createActionPlan(ctx: Context, input: ActionPlanInput): Promise<ActionPlanRow> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const description = requiredText(input.description, F('description'), 3, 2000, 'The description');
  return ctx.em.transactional(async (em) => {
    const goal = await sqlOne<{ ownerId: number; periodId: number }>(em, `select owner_id as "ownerId", period_id as "periodId" from goal where agency_id = $1 and id = $2`, [agencyId, input.goalId]);
    if (!goal || goal.ownerId !== employeeId) throw userError('NOT_FOUND', 'Goal not found among your own.', F('goal'));
    const period = await assertEvaluationPeriodOpen(em, ctx.viewer!, agencyId, input.evaluationPeriodId, F('evaluationPeriod'));
    if (period.periodId !== goal.periodId) throw userError('INVALID_INPUT', "The evaluation period is not part of the goal's annual period.", F('evaluationPeriod'));
    const indicator = input.indicatorId === null ? null : await lockIndicator(em, agencyId, input.indicatorId, input.goalId);
    if (input.indicatorId !== null && !indicator) throw userError('NOT_FOUND', 'The indicator is not one of the goal.', F('indicator'));
    const unit = checkTarget(input.targetValue, input.targetUnit, indicator);
    if (indicator) {
      const dup = await sqlOne(em, `select 1 from action_plan where agency_id = $1 and indicator_id = $2 and evaluation_period_id = $3`, [agencyId, indicator.id, period.id]);
      if (dup) throw userError('CONFLICT', 'The indicator already has an action plan in this evaluation period.', F('indicator'));
      await checkBreakdown(em, { agencyId, id: null, indicator, period, value: input.targetValue, unit });
    }
    const row = await sqlOne<{ id: number }>(
      em,
      `insert into action_plan (agency_id, goal_id, indicator_id, evaluation_period_id, description, target_value, target_unit)
       values ($1, $2, $3, $4, $5, $6, $7) returning id`,
      [agencyId, input.goalId, indicator?.id ?? null, period.id, description, input.targetValue, unit],
    );
    await writeAudit(em, ctx, { action: 'actionPlan.create', entityType: 'ActionPlan', entityId: row!.id, agencyId, to: 'CREATED', data: { goalId: input.goalId, evaluationPeriodId: period.id, targetValue: input.targetValue, targetUnit: unit } });
    return (await readActionPlan(em, row!.id))!;
  });
}

export const readActionPlan = (em: Em, id: number) =>
  sqlOne<ActionPlanRow>(em, `select ${ACTION_PLAN_COLS} from action_plan ap join goal g on g.agency_id = ap.agency_id and g.id = ap.goal_id where ap.id = $1`, [id]);

async function lockOwnActionPlan(em: Em, ctx: Context, id: number): Promise<{ ap: ActionPlanRow; period: PeriodLockRow }> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const ap = await sqlOne<ActionPlanRow>(
    em,
    `select ${ACTION_PLAN_COLS} from action_plan ap join goal g on g.agency_id = ap.agency_id and g.id = ap.goal_id where ap.agency_id = $1 and ap.id = $2 for update of ap`,
    [agencyId, id],
  );
  if (!ap || ap.ownerId !== employeeId) throw userError('NOT_FOUND', 'Action plan not found among your own.', F('id'));
  const period = await assertEvaluationPeriodOpen(em, ctx.viewer!, agencyId, ap.evaluationPeriodId, F('id'));
  return { ap, period };
}

export interface ActionPlanPatch {
  description?: string | null;
  targetValue?: number | null;
  targetUnit?: string | null;
  targetGiven: boolean;
}

export function updateActionPlan(ctx: Context, id: number, patch: ActionPlanPatch): Promise<ActionPlanRow> {
  return ctx.em.transactional(async (em) => {
    const { ap, period } = await lockOwnActionPlan(em, ctx, id);
    const description = patch.description == null ? ap.description : requiredText(patch.description, F('description'), 3, 2000, 'The description');
    const value = patch.targetGiven ? (patch.targetValue ?? null) : ap.targetValue;
    const indicator = ap.indicatorId === null ? null : await lockIndicator(em, ap.agencyId, ap.indicatorId, ap.goalId);
    const unit = checkTarget(value, patch.targetUnit !== undefined ? patch.targetUnit : value === null ? null : ap.targetUnit, indicator);
    if (indicator) await checkBreakdown(em, { agencyId: ap.agencyId, id, indicator, period, value, unit });
    await sql(em, `update action_plan set description = $2, target_value = $3, target_unit = $4, updated_at = now() where id = $1`, [id, description, value, unit]);
    await writeAudit(em, ctx, {
      action: 'actionPlan.update', entityType: 'ActionPlan', entityId: id, agencyId: ap.agencyId,
      data: { from: { description: ap.description, targetValue: ap.targetValue, targetUnit: ap.targetUnit }, to: { description, targetValue: value, targetUnit: unit } },
    });
    return (await readActionPlan(em, id))!;
  });
}

export function deleteActionPlan(ctx: Context, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const { ap } = await lockOwnActionPlan(em, ctx, id);
    const used = await sqlOne(em, `select 1 from logbook_entry where agency_id = $1 and action_plan_id = $2 limit 1`, [ap.agencyId, id]);
    if (used) throw userError('INVALID_STATE_TRANSITION', 'Logbook entries use this action plan; move or delete them first.', F('id'));
    await sql(em, `delete from action_plan where id = $1`, [id]);
    await writeAudit(em, ctx, { action: 'actionPlan.delete', entityType: 'ActionPlan', entityId: id, agencyId: ap.agencyId, from: 'CREATED', data: { description: ap.description, targetValue: ap.targetValue } });
    return id;
  });
}
