import type { Context } from '../../graphql/context';
import { sql } from '../../db/sql';
import { GOAL_COLS, PLAN_COLS, type PlanRow } from '../planning/types';
import { planVisibility, type Visibility } from './visibility';
import type { CascadeGoal, MatrixGoal } from './types';

/**
 * Cascade reads. Each is ONE statement whatever the size of the tree: the subtree is a
 * btree range on `goal.path` (COLLATE "C", `path > $root and path < $root || '~'`),
 * and the viewer's right to read each row's plan is computed in the same statement,
 * once per distinct plan (planVisibility).
 */

/**
 * Roots given as a SQL subquery returning `path` and `depth`; `strict` excludes the
 * roots themselves. `$lim` levels below each root are read (null: all); rows on the
 * last level are marked incomplete (their children were not read).
 */
function treeSql(roots: string, strict: boolean, lim: string, vis: Visibility): string {
  return `with ${vis.ctes},
    roots as (select x.path, x.depth + ${lim}::int as lim from (${roots}) x),
    sub as (
      select ${GOAL_COLS}, (r.lim is null or g.depth < r.lim) as complete
      from roots r join goal g on g.agency_id = $1 and g.path ${strict ? '>' : '>='} r.path and g.path < r.path || '~'
      where r.lim is null or g.depth <= r.lim
    ),
    ${vis.set('select "planId" from sub')}
    select sub.*, vp.visible from sub join vp on vp.id = sub."planId" order by sub.path, sub.id`;
}

/** Drops the duplicates that overlapping roots produce (same path, adjacent in path order). */
function dedupe(rows: CascadeGoal[]): CascadeGoal[] {
  const out: CascadeGoal[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.id === r.id) last.complete = last.complete || r.complete;
    else out.push(r);
  }
  return out;
}

const levelsParam = (levels: number) => (Number.isFinite(levels) ? levels : null);

/** Goals up to `levels` below the given goals (one agency), with `visible` and `complete`. */
export async function subtreesBelow(ctx: Context, agencyId: number, roots: readonly { path: string; depth: number }[], levels: number): Promise<CascadeGoal[]> {
  const vis = planVisibility(ctx, agencyId, 5);
  const text = treeSql(`select unnest($2::text[]) as path, unnest($3::int[]) as depth`, true, '$4', vis);
  return dedupe(await sql<CascadeGoal>(ctx.em, text, [agencyId, roots.map((r) => r.path), roots.map((r) => r.depth), levelsParam(levels), ...vis.params]));
}

/** The goals of the given plans and up to `levels` below them. */
export async function plansCascade(ctx: Context, agencyId: number, planIds: readonly number[], levels: number): Promise<CascadeGoal[]> {
  const vis = planVisibility(ctx, agencyId, 4);
  const roots = `select g.path, g.depth from goal g where g.agency_id = $1 and g.plan_id = any($2::int[])`;
  return dedupe(await sql<CascadeGoal>(ctx.em, treeSql(roots, false, '$3', vis), [agencyId, planIds, levelsParam(levels), ...vis.params]));
}

/**
 * The goals owned by the given employees in a period (the period containing today
 * when null) and up to `levels` below them.
 */
export async function employeesCascade(ctx: Context, agencyId: number, employeeIds: readonly number[], periodId: number | null, levels: number): Promise<CascadeGoal[]> {
  const vis = planVisibility(ctx, agencyId, 6);
  const roots = `select g.path, g.depth from goal g where g.agency_id = $1 and g.owner_id = any($2::int[]) and g.period_id = coalesce($3::int,
      (select pe.id from period pe where pe.agency_id = $1 and pe.start_date <= $4::date and pe.end_date >= $4::date order by pe.start_date desc limit 1))`;
  const text = treeSql(roots, false, '$5', vis);
  return dedupe(await sql<CascadeGoal>(ctx.em, text, [agencyId, employeeIds, periodId, ctx.today, levelsParam(levels), ...vis.params]));
}

/** One keyset page (path order) of the readable goals strictly below `root`. */
export async function descendantsPage(ctx: Context, root: { agencyId: number; path: string }, limit: number, afterPath: string | null): Promise<CascadeGoal[]> {
  const vis = planVisibility(ctx, root.agencyId, 5);
  return sql<CascadeGoal>(
    ctx.em,
    `with ${vis.ctes}
     select ${GOAL_COLS}, true as visible from goal g join performance_plan pp on pp.agency_id = g.agency_id and pp.id = g.plan_id
     where g.agency_id = $1 and g.path > $2 and g.path < $2 || '~' and g.path > coalesce($3::text, $2) and ${vis.expr('pp')}
     order by g.path limit $4`,
    [root.agencyId, root.path, afterPath, limit, ...vis.params],
  );
}

export async function countDescendants(ctx: Context, root: { agencyId: number; path: string }): Promise<number> {
  const vis = planVisibility(ctx, root.agencyId, 3);
  const rows = await sql<{ n: number }>(
    ctx.em,
    `with ${vis.ctes},
     sub as (select g.plan_id from goal g where g.agency_id = $1 and g.path > $2 and g.path < $2 || '~'),
     ${vis.set('select plan_id from sub')}
     select count(*) as n from sub join vp on vp.id = sub.plan_id where vp.visible`,
    [root.agencyId, root.path, ...vis.params],
  );
  return rows[0].n;
}

/** Goals cascaded from the given goals, with their plan's status and `visible`. */
export async function childGoals(ctx: Context, agencyId: number, parentIds: readonly number[]): Promise<MatrixGoal[]> {
  const vis = planVisibility(ctx, agencyId, 3);
  return sql<MatrixGoal>(
    ctx.em,
    `with ${vis.ctes},
     kids as (select g.id, g.plan_id from goal g where g.agency_id = $1 and g.parent_goal_id = any($2::int[])),
     ${vis.set('select plan_id from kids')}
     select ${GOAL_COLS}, pp.status as "planStatus", vp.visible
     from kids join goal g on g.id = kids.id join performance_plan pp on pp.agency_id = g.agency_id and pp.id = g.plan_id
     join vp on vp.id = pp.id order by g.path`,
    [agencyId, parentIds, ...vis.params],
  );
}

/** Plans in force at `at` in a period for the given employees, with `visible`. */
export async function plansAt(ctx: Context, agencyId: number, periodId: number, employeeIds: readonly number[], at: string): Promise<(PlanRow & { visible: boolean })[]> {
  const vis = planVisibility(ctx, agencyId, 5);
  return sql<PlanRow & { visible: boolean }>(
    ctx.em,
    `with ${vis.ctes}
     select ${PLAN_COLS}, ${vis.expr('pp')} as visible from performance_plan pp
     where pp.agency_id = $1 and pp.period_id = $2 and pp.employee_id = any($3::int[])
       and pp.start_date <= $4::date and (pp.end_date is null or pp.end_date >= $4::date)`,
    [agencyId, periodId, employeeIds, at, ...vis.params],
  );
}
