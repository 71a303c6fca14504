import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import type { CascadeType, GoalClassification, GoalKind } from '../../../graphql/generated/types';
import { userError } from '../../../lib/errors';
import { optionalText, pgCode, requiredText } from '../../../lib/validate';
import { editablePlan } from './guards';
import { insertGoal, moveSubtree, validParent } from './goal-tree';
import { checkIndicator, type IndicatorValues } from './indicator-rules';
import { insertIndicator, planKind } from './indicators';
import { agreementLink } from './goal-links';
import { GOAL_COLS, type GoalRow } from '../types';

export interface GoalCreate {
  planId: number;
  kind: GoalKind;
  assignedBy?: string | null;
  classification?: GoalClassification | null;
  description?: string | null;
  parentGoalId?: number | null;
  cascadeType?: CascadeType | null;
  objectiveId?: number | null;
  keyIndicatorId?: number | null;
  indicators?: (Partial<IndicatorValues> & { description: string })[] | null;
}

const F = (name: string) => ['input', name];

function assignedByFor(kind: GoalKind, value: string | null | undefined): string | null {
  const v = optionalText(value, F('assignedBy'), 200, 'Assigned by');
  if (v && kind !== 'ADDITIONAL') throw userError('INVALID_INPUT', 'Only additional goals carry "assigned by".', F('assignedBy'));
  return v;
}

function cascadeFor(parentGiven: boolean, type: CascadeType | null | undefined): CascadeType | null {
  if (parentGiven && !type) throw userError('INVALID_INPUT', 'Say how the goal supports its parent (DIRECT or INDIRECT).', F('cascadeType'));
  if (!parentGiven && type) throw userError('INVALID_INPUT', 'A cascade type needs a parent goal.', F('cascadeType'));
  return type ?? null;
}

export async function createGoal(ctx: Context, input: GoalCreate): Promise<GoalRow> {
  return ctx.em.transactional(async (em) => {
    const plan = await editablePlan(em, ctx, input.planId, F('plan'));
    const count = await sql(em, `select 1 from goal where agency_id = $1 and plan_id = $2`, [plan.agencyId, plan.id]);
    if (count.length >= 50) throw userError('INVALID_INPUT', 'A plan has at most 50 goals.', F('plan'));
    const kind = await planKind(em, plan);
    const link = await agreementLink(em, plan, kind.positionType, input.objectiveId ?? null, input.keyIndicatorId ?? null);
    let description: string;
    if (link) {
      if (input.description != null && input.description.trim() !== link.description) throw userError('GOAL_LOCKED', 'A goal bound to the agreement takes its text from the agreement.', F('description'));
      description = link.description;
    } else {
      description = requiredText(input.description ?? '', F('description'), 3, 2000, 'The goal text');
    }
    const parent = input.parentGoalId != null ? await validParent(em, plan, input.parentGoalId, null, F('parentGoal')) : null;
    const goal = await insertGoal(em, {
      agencyId: plan.agencyId, planId: plan.id, ownerId: plan.employeeId, periodId: plan.periodId, kind: input.kind,
      assignedBy: assignedByFor(input.kind, input.assignedBy), classification: input.classification ?? 'INDIVIDUAL', description,
      parent, cascadeType: cascadeFor(parent != null, input.cascadeType), lockSource: link ? 'AGREEMENT' : null,
      objectiveId: link?.objectiveId ?? null, keyIndicatorId: link?.keyIndicatorId ?? null, ordinal: null,
    });
    if (link?.target) {
      const t = link.target;
      await insertIndicator(em, goal, { description: t.description, aspect: kind.approach === 'QUANTITATIVE' ? 'QUANTITY' : null, targetValue: t.targetValue, targetMin: null, targetMax: null, unit: t.unit, lowerIsBetter: false, perspective: null }, { locked: true });
    }
    const specs = input.indicators ?? [];
    if (specs.length > 20) throw userError('INVALID_INPUT', 'A goal has at most 20 indicators.', F('indicators'));
    for (const [i, s] of specs.entries()) {
      const v = checkIndicator({ aspect: null, targetValue: null, targetMin: null, targetMax: null, unit: null, lowerIsBetter: false, perspective: null, ...s } as IndicatorValues, kind, ['input', 'indicators', String(i)]);
      await insertIndicator(em, goal, v);
    }
    return goal;
  });
}

export interface GoalUpdate {
  goalId: number;
  description?: string | null;
  assignedBy?: string | null;
  classification?: GoalClassification | null;
  parentGoalId?: number | null;
  cascadeType?: CascadeType | null;
  ordinal?: number | null;
}

async function goalOf(em: Em, id: number): Promise<GoalRow> {
  const g = await sqlOne<GoalRow>(em, `select ${GOAL_COLS} from goal g where g.id = $1`, [id]);
  if (!g) throw userError('NOT_FOUND', 'Goal not found.', F('goal'));
  return g;
}

export async function updateGoal(ctx: Context, input: GoalUpdate): Promise<GoalRow> {
  return ctx.em.transactional(async (em) => {
    let goal = await goalOf(em, input.goalId);
    const plan = await editablePlan(em, ctx, goal.planId, F('goal'));
    const touchesLocked = (['description', 'assignedBy', 'classification', 'parentGoalId', 'cascadeType'] as const).some((k) => input[k] !== undefined);
    if (goal.lockSource && touchesLocked) {
      throw userError('GOAL_LOCKED', goal.lockSource === 'SUPERIOR' ? 'This goal was pushed down by your superior and cannot be changed.' : 'This goal is bound to the performance agreement and cannot be changed.', F('goal'));
    }
    if (input.parentGoalId !== undefined || (input.cascadeType !== undefined && input.cascadeType !== goal.cascadeType)) {
      const parentId = input.parentGoalId !== undefined ? input.parentGoalId : goal.parentGoalId;
      const parent = parentId != null ? await validParent(em, plan, parentId, goal, F('parentGoal')) : null;
      const type = cascadeFor(parent != null, input.cascadeType !== undefined ? input.cascadeType : parent ? goal.cascadeType : null);
      goal = await moveSubtree(em, goal, parent, type);
    }
    const sets: string[] = [];
    const params: unknown[] = [goal.id];
    const set = (col: string, v: unknown) => { params.push(v); sets.push(`${col} = $${params.length}`); };
    if (input.description !== undefined) set('description', requiredText(input.description ?? '', F('description'), 3, 2000, 'The goal text'));
    if (input.assignedBy !== undefined) set('assigned_by', assignedByFor(goal.kind, input.assignedBy));
    if (input.classification != null) set('classification', input.classification);
    if (input.ordinal != null) {
      if (!Number.isInteger(input.ordinal) || input.ordinal < 0 || input.ordinal > 1000) throw userError('INVALID_INPUT', 'The position is from 0 to 1000.', F('ordinal'));
      set('ordinal', input.ordinal);
    }
    if (sets.length === 0) return goal;
    return (await sqlOne<GoalRow>(em, `update goal g set ${sets.join(', ')}, updated_at = now() where g.id = $1 returning ${GOAL_COLS}`, params))!;
  });
}

export async function deleteGoal(ctx: Context, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const goal = await goalOf(em, id);
    await editablePlan(em, ctx, goal.planId, F('goal'));
    if (goal.lockSource === 'SUPERIOR') throw userError('GOAL_LOCKED', 'This goal was pushed down by your superior; only they can withdraw it.', F('goal'));
    const children = await sql(em, `select 1 from goal where agency_id = $1 and parent_goal_id = $2 limit 1`, [goal.agencyId, goal.id]);
    if (children.length > 0) throw userError('CONFLICT', 'Other goals cascade from this goal; they must be detached first.', F('goal'));
    await sql(em, `delete from goal where id = $1`, [id]).catch((err) => {
      if (pgCode(err).code === '23503') throw userError('CONFLICT', 'Other records (action plans, realizations) refer to this goal.', F('goal'));
      throw err;
    });
    return id;
  });
}
