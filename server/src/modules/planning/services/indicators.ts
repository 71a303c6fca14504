import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import { userError } from '../../../lib/errors';
import { pgCode } from '../../../lib/validate';
import { editablePlan } from './guards';
import { checkIndicator, type IndicatorValues, type PlanKind } from './indicator-rules';
import { GOAL_COLS, INDICATOR_COLS, type GoalRow, type IndicatorRow, type PlanRow } from '../types';

export async function planKind(em: Em, plan: PlanRow): Promise<PlanKind> {
  const pos = plan.positionId ? await sqlOne<{ type: string }>(em, `select type from position where id = $1`, [plan.positionId]) : null;
  return { approach: plan.approach, positionType: pos?.type ?? null };
}

export async function insertIndicator(em: Em, goal: GoalRow, v: IndicatorValues, extra: { parentIndicatorId?: number | null; locked?: boolean } = {}): Promise<IndicatorRow> {
  return (await sqlOne<IndicatorRow>(
    em,
    `insert into indicator as i (agency_id, goal_id, description, aspect, target_value, target_min, target_max, unit, lower_is_better, perspective,
       parent_indicator_id, locked, ordinal)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
       (select coalesce(max(x.ordinal) + 1, 0) from indicator x where x.agency_id = $1 and x.goal_id = $2))
     returning ${INDICATOR_COLS}`,
    [goal.agencyId, goal.id, v.description, v.aspect, v.targetValue, v.targetMin, v.targetMax, v.unit, v.lowerIsBetter, v.perspective,
      extra.parentIndicatorId ?? null, extra.locked ?? false],
  ))!;
}

async function goalOf(em: Em, id: number, field: string[]): Promise<GoalRow> {
  const g = await sqlOne<GoalRow>(em, `select ${GOAL_COLS} from goal g where g.id = $1`, [id]);
  if (!g) throw userError('NOT_FOUND', 'Goal not found.', field);
  return g;
}

async function indicatorOf(em: Em, id: number): Promise<IndicatorRow> {
  const i = await sqlOne<IndicatorRow>(em, `select ${INDICATOR_COLS} from indicator i where i.id = $1`, [id]);
  if (!i) throw userError('NOT_FOUND', 'Indicator not found.', ['input', 'indicator']);
  return i;
}

const withDefaults = (s: Partial<IndicatorValues> & { description: string }): IndicatorValues => ({
  description: s.description, aspect: s.aspect ?? null, targetValue: s.targetValue ?? null, targetMin: s.targetMin ?? null,
  targetMax: s.targetMax ?? null, unit: s.unit ?? null, lowerIsBetter: s.lowerIsBetter ?? false, perspective: s.perspective ?? null,
});

export async function createIndicator(ctx: Context, goalId: number, spec: Partial<IndicatorValues> & { description: string }): Promise<IndicatorRow> {
  return ctx.em.transactional(async (em) => {
    const goal = await goalOf(em, goalId, ['input', 'goal']);
    const plan = await editablePlan(em, ctx, goal.planId, ['input', 'goal']);
    const n = await sql(em, `select 1 from indicator where agency_id = $1 and goal_id = $2`, [goal.agencyId, goal.id]);
    if (n.length >= 20) throw userError('INVALID_INPUT', 'A goal has at most 20 indicators.', ['input', 'goal']);
    const v = checkIndicator(withDefaults(spec), await planKind(em, plan), ['input', 'indicator']);
    return insertIndicator(em, goal, v);
  });
}

export async function updateIndicator(ctx: Context, id: number, patch: Partial<IndicatorValues>): Promise<IndicatorRow> {
  return ctx.em.transactional(async (em) => {
    const current = await indicatorOf(em, id);
    const goal = await goalOf(em, current.goalId, ['input', 'indicator']);
    const plan = await editablePlan(em, ctx, goal.planId, ['input', 'indicator']);
    if (current.locked) throw userError('GOAL_LOCKED', 'This indicator was set by the superior or the agreement and cannot be changed.', ['input', 'indicator']);
    const merged = { ...current } as IndicatorValues;
    for (const [k, val] of Object.entries(patch)) if (val !== undefined) (merged as any)[k] = k === 'lowerIsBetter' ? (val ?? false) : val;
    const v = checkIndicator(merged, await planKind(em, plan), ['input']);
    return (await sqlOne<IndicatorRow>(
      em,
      `update indicator i set description = $2, aspect = $3, target_value = $4, target_min = $5, target_max = $6, unit = $7, lower_is_better = $8,
         perspective = $9, updated_at = now() where i.id = $1 returning ${INDICATOR_COLS}`,
      [id, v.description, v.aspect, v.targetValue, v.targetMin, v.targetMax, v.unit, v.lowerIsBetter, v.perspective],
    ))!;
  });
}

export async function deleteIndicator(ctx: Context, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const current = await indicatorOf(em, id);
    const goal = await goalOf(em, current.goalId, ['input', 'indicator']);
    await editablePlan(em, ctx, goal.planId, ['input', 'indicator']);
    if (current.locked) throw userError('GOAL_LOCKED', 'This indicator was set by the superior or the agreement and cannot be deleted.', ['input', 'indicator']);
    await sql(em, `delete from indicator where id = $1`, [id]).catch((err) => {
      if (pgCode(err).code === '23503') throw userError('CONFLICT', 'Other records (child shares, realizations) refer to this indicator.', ['input', 'indicator']);
      throw err;
    });
    return id;
  });
}
