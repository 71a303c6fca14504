import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { sql } from '../../db/sql';
import { activeAt } from '../org/types';
import * as orgRepo from '../org/repo';
import type { GoalRow, PlanRow } from './types';

/**
 * Who may read which plan (deny by default; shield only gates roles):
 * - SUPERADMIN everything; ADMIN their agency; integration tokens their agency, only
 *   with the READ_PLANS scope;
 * - OPERATOR plans made for a position in their unit subtree (completion monitoring);
 * - an employee: their own plans, plans on which they are the recorded appraiser or
 *   appraiser's superior, and plans of everyone below them in the reporting line (at
 *   the plan's last day when it closed in the past, otherwise today).
 * Peers, subordinates of others and other agencies: never.
 */
export function visiblePlanLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('planning.visiblePlan', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v || (v.kind === 'TOKEN' && !v.scopes?.includes('READ_PLANS'))) return ids.map(() => false);
    if (v.role === 'SUPERADMIN') return ids.map(() => true);
    const rows = await sql<{ id: number }>(
      ctx.em,
      `with vpos as (
         select p.path, a.start_date, a.end_date from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
         where a.agency_id = $2 and a.employee_id = $3
       ),
       opath as (select u.path from org_unit u where u.agency_id = $2 and u.id = $5)
       select pp.id from performance_plan pp
       cross join lateral (select least($4::date, coalesce(pp.end_date, $4::date)) as d) ref
       where pp.id = any($1::int[]) and pp.agency_id = $2 and (
         $6::boolean
         or pp.employee_id = $3 or pp.appraiser_id = $3 or pp.appraiser_superior_id = $3
         or exists (
           select 1 from vpos join position tp on tp.agency_id = $2 and tp.path > vpos.path and tp.path < vpos.path || '~'
           join assignment ta on ta.agency_id = $2 and ta.position_id = tp.id
           where ta.employee_id = pp.employee_id and ${activeAt('ta', 'ref.d')} and ${activeAt('vpos', 'ref.d')})
         or ($5::int is not null and exists (
           select 1 from org_unit pu join opath on pu.path >= opath.path and pu.path < opath.path || '~'
           where pu.agency_id = $2 and pu.id = pp.unit_id))
       )`,
      [ids, v.agencyId, v.employeeId ?? 0, ctx.today, v.role === 'OPERATOR' ? v.operatorUnitId : null, v.role === 'ADMIN' || v.role === 'INTEGRATION'],
    );
    const ok = new Set(rows.map((r) => r.id));
    return ids.map((id) => ok.has(id));
  }));
}

/** May the viewer read this plan? Batched per request. */
export async function canReadPlan(ctx: Context, plan: Pick<PlanRow, 'id'>): Promise<boolean> {
  return visiblePlanLoader(ctx).load(plan.id);
}

/** Keeps the plans the viewer may read, in order. */
export async function filterReadablePlans<T extends Pick<PlanRow, 'id'>>(ctx: Context, plans: T[]): Promise<T[]> {
  const flags = await visiblePlanLoader(ctx).loadMany(plans.map((p) => p.id));
  return plans.filter((_p, i) => flags[i] === true);
}

/**
 * May the viewer read (today) the plans of this employee in general: themself, admins
 * of the agency, and everyone above them in the reporting line. A recorded appraiser
 * on a specific plan is covered by `canReadPlan`.
 */
export async function canReadPlansOf(ctx: Context, employee: { id: number; agencyId: number }): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.role === 'SUPERADMIN') return true;
  if (v.agencyId !== employee.agencyId) return false;
  if (v.role === 'ADMIN' || v.role === 'INTEGRATION' || v.employeeId === employee.id) return true;
  return v.employeeId != null && orgRepo.isBelow(ctx.em, v.agencyId, v.employeeId, employee.id, ctx.today);
}

/**
 * Goals are readable with their plan, and also, without the plan, when the goal is an
 * ancestor of one of the viewer's own goals (the chain they cascade from) or a goal of
 * the plan of the appraiser recorded on one of the viewer's plans in that period (the
 * goals they may choose as parent).
 */
export function visibleGoalLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('planning.visibleGoal', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v) return ids.map(() => false);
    const goals = await sql<{ id: number; planId: number; extra: boolean }>(
      ctx.em,
      `select g.id, g.plan_id as "planId", ($3::int is not null and (
         exists (select 1 from goal mine where mine.agency_id = g.agency_id and mine.owner_id = $3 and mine.path > g.path and mine.path < g.path || '~')
         or exists (select 1 from performance_plan vp where vp.agency_id = g.agency_id and vp.employee_id = $3
                    and vp.period_id = g.period_id and vp.appraiser_id = g.owner_id)
       )) as extra
       from goal g where g.id = any($1::int[]) and ($2::int is null or g.agency_id = $2)`,
      [ids, v.role === 'SUPERADMIN' ? null : v.agencyId, v.employeeId],
    );
    const flags = await visiblePlanLoader(ctx).loadMany(goals.map((g) => g.planId));
    const ok = new Set(goals.filter((g, i) => g.extra || flags[i] === true).map((g) => g.id));
    return ids.map((id) => ok.has(id));
  }));
}

export async function canReadGoal(ctx: Context, goal: Pick<GoalRow, 'id'>): Promise<boolean> {
  return visibleGoalLoader(ctx).load(goal.id);
}
