import type { Context } from '../../graphql/context';
import { activeAt } from '../org/types';

/**
 * Plan visibility as a SQL predicate, so a cascade read filters a whole subtree in the
 * same statement that fetches it (one statement per tree, not per node or level).
 *
 * It is the rule of planning's `visiblePlanLoader` (planning/scope.ts), written over
 * a `performance_plan` alias: superadmins everything; admins their agency;
 * integration tokens their agency with the READ_PLANS scope; operators plans of positions in their unit subtree; an employee their own
 * plans, plans on which they are the recorded appraiser or appraiser's superior, and
 * plans of everyone below them in the reporting line (at the plan's last day when it
 * closed in the past, else today). Peers, subordinates of others and other agencies
 * never. A test checks both definitions agree for every fixture viewer and plan.
 */
export interface Visibility {
  /** CTEs to put first in a `with` list (they end without a comma). */
  ctes: string;
  /** Boolean SQL expression: may the viewer read plan `alias`? */
  expr: (alias: string) => string;
  /**
   * Set-based form for many plans at once: CTEs (to append to the `with` list after
   * `ctes`) ending in `vp(id, visible)` for the plans whose ids `ids` selects. Joins
   * instead of a correlated sub-query per plan, so thousands of plans cost one pass.
   */
  set: (ids: string) => string;
  params: unknown[];
}

/**
 * Builds the predicate for rows of agency `agencyId`, numbering its parameters from
 * `$first` on.
 */
export function planVisibility(ctx: Context, agencyId: number, first: number): Visibility {
  const v = ctx.viewer;
  const superadmin = v?.role === 'SUPERADMIN';
  const scoped = !!v && (v.kind !== 'TOKEN' || !!v.scopes?.includes('READ_PLANS'));
  const same = scoped && (superadmin || v!.agencyId === agencyId);
  const all = superadmin || v?.role === 'ADMIN' || v?.role === 'INTEGRATION';
  const [a, emp, today, op, isAll, isSame] = [0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`);
  const ctes = `vpos as (
      select p.path, a.start_date, a.end_date from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
      where a.agency_id = ${a} and a.employee_id = ${emp}
    ),
    opath as (select u.path from org_unit u where u.agency_id = ${a} and u.id = ${op}::int)`;
  const expr = (pp: string) => {
    const d = `least(${today}::date, coalesce(${pp}.end_date, ${today}::date))`;
    return `coalesce(${isSame}::boolean and (${isAll}::boolean
      or ${pp}.employee_id = ${emp} or ${pp}.appraiser_id = ${emp} or ${pp}.appraiser_superior_id = ${emp}
      or exists (
        select 1 from assignment ta join position tp on tp.agency_id = ta.agency_id and tp.id = ta.position_id
        join vpos on tp.path > vpos.path and tp.path < vpos.path || '~'
        where ta.agency_id = ${a} and ta.employee_id = ${pp}.employee_id and ${activeAt('ta', d)} and ${activeAt('vpos', d)})
      or (${op}::int is not null and exists (
        select 1 from org_unit pu join opath on pu.path >= opath.path and pu.path < opath.path || '~'
        where pu.agency_id = ${a} and pu.id = ${pp}.unit_id))), false)`;
  };
  const set = (ids: string) => `vp_plans as (
      select pl.id, pl.employee_id, pl.appraiser_id, pl.appraiser_superior_id, pl.unit_id,
        least(${today}::date, coalesce(pl.end_date, ${today}::date)) as d
      from performance_plan pl where pl.agency_id = ${a} and pl.id in (${ids})
    ),
    vp_below as (
      select distinct p.id from vp_plans p
      join assignment ta on ta.agency_id = ${a} and ta.employee_id = p.employee_id and ${activeAt('ta', 'p.d')}
      join position tp on tp.agency_id = ta.agency_id and tp.id = ta.position_id
      join vpos on tp.path > vpos.path and tp.path < vpos.path || '~' and ${activeAt('vpos', 'p.d')}
    ),
    vp_unit as (
      select p.id from vp_plans p join org_unit pu on pu.agency_id = ${a} and pu.id = p.unit_id
      join opath on pu.path >= opath.path and pu.path < opath.path || '~'
    ),
    vp as (
      select p.id, coalesce(${isSame}::boolean and (${isAll}::boolean
        or p.employee_id = ${emp} or p.appraiser_id = ${emp} or p.appraiser_superior_id = ${emp}
        or p.id in (select id from vp_below) or p.id in (select id from vp_unit)), false) as visible
      from vp_plans p
    )`;
  const params = [agencyId, v?.employeeId ?? 0, ctx.today, v?.role === 'OPERATOR' ? v.operatorUnitId : null, all, same];
  return { ctes, expr, set, params };
}
