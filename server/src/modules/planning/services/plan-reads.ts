import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import { decodeCursor, emptyConnection, pageSize, toConnection } from '../../../lib/connections';
import * as L from '../loaders';
import * as repo from '../repo';
import { canReadGoal, canReadPlansOf, filterReadablePlans } from '../scope';
import { PLAN_COLS, type GoalRow, type PlanRow } from '../types';

type Page = { first?: number | null; after?: string | null };

/** Goals of the appraiser's plan in force at the plan's start (same period). */
export async function parentGoalCandidates(ctx: Context, plan: PlanRow): Promise<GoalRow[]> {
  if (plan.appraiserId == null) return [];
  const [parentPlan] = await repo.appraiserPlansAt(ctx.em, plan.agencyId, plan.periodId, [plan.appraiserId], plan.startDate);
  if (!parentPlan) return [];
  const goals = await L.goalsOfPlan(ctx).load(parentPlan.id);
  const flags = await Promise.all(goals.map((g) => canReadGoal(ctx, g)));
  return goals.filter((_g, i) => flags[i]);
}

/** An employee's plans, most recent first (keyset on start date, id). */
export async function employeePlans(ctx: Context, employee: { id: number; agencyId: number }, periodId: number | null, args: Page) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, number] | null;
  const rows = await sql<PlanRow>(
    ctx.em,
    `select ${PLAN_COLS} from performance_plan pp
     where pp.agency_id = $1 and pp.employee_id = $2 and ($3::int is null or pp.period_id = $3)
       and ($4::date is null or (pp.start_date, pp.id) < ($4::date, $5::int))
     order by pp.start_date desc, pp.id desc limit $6`,
    [employee.agencyId, employee.id, periodId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  const visible = await filterReadablePlans(ctx, rows);
  if (visible.length === 0) return emptyConnection<PlanRow>();
  const count = async () =>
    (await canReadPlansOf(ctx, employee))
      ? (await sql<{ n: number }>(ctx.em, `select count(*) as n from performance_plan pp where pp.agency_id = $1 and pp.employee_id = $2 and ($3::int is null or pp.period_id = $3)`, [employee.agencyId, employee.id, periodId]))[0].n
      : visible.length;
  return toConnection(visible, limit, (p) => [p.startDate, p.id], count, args.after);
}

/** The plan in force at a date in a period (the period containing the date by default). */
export async function currentPlan(ctx: Context, employee: { id: number; agencyId: number }, periodId: number | null, at: string): Promise<PlanRow | null> {
  const [row] = await sql<PlanRow>(
    ctx.em,
    `select ${PLAN_COLS} from performance_plan pp join period pe on pe.agency_id = pp.agency_id and pe.id = pp.period_id
     where pp.agency_id = $1 and pp.employee_id = $2
       and (case when $3::int is null then pe.start_date <= $4::date and pe.end_date >= $4::date else pp.period_id = $3 end)
       and pp.start_date <= $4::date and (pp.end_date is null or pp.end_date >= $4::date)
     order by pp.start_date desc limit 1`,
    [employee.agencyId, employee.id, periodId, at],
  );
  if (!row) return null;
  const [ok] = await filterReadablePlans(ctx, [row]);
  return ok ?? null;
}
