import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import { decodeCursor, emptyConnection, pageSize, toConnection } from '../../../lib/connections';
import { activeAt } from '../../org/types';
import { readsAsAdmin } from '../access';
import { PLAN_COLS, type PlanRow } from '../types';
import type { PlanAttentionReason, PlanStatus } from '../../../graphql/generated/types';

type Page = { first?: number | null; after?: string | null };

/**
 * Plans waiting for the viewer as recorded appraiser, oldest submission first. The
 * filter `appraiser_id = viewer` is the scope: nothing else is listed.
 */
export async function plansToApprove(ctx: Context, statuses: PlanStatus[] | null | undefined, periodId: number | null, args: Page) {
  const v = ctx.viewer!;
  if (v.kind !== 'EMPLOYEE' || v.employeeId == null) return emptyConnection<PlanRow>();
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, number] | null;
  const st = statuses && statuses.length > 0 ? statuses : ['SUBMITTED', 'REVISION_SUBMITTED'];
  const where = `pp.agency_id = $1 and pp.appraiser_id = $2 and pp.status = any($3::text[]) and ($4::int is null or pp.period_id = $4)`;
  const rows = await sql<PlanRow & { sortAt: string }>(
    ctx.em,
    `select ${PLAN_COLS}, to_char(coalesce(pp.submitted_at, pp.created_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as "sortAt"
     from performance_plan pp where ${where}
       and ($5::timestamp is null or (coalesce(pp.submitted_at, pp.created_at) at time zone 'UTC', pp.id) > ($5::timestamp, $6::int))
     order by coalesce(pp.submitted_at, pp.created_at), pp.id limit $7`,
    [v.agencyId, v.employeeId, st, periodId, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
  const count = async () => (await sql<{ n: number }>(ctx.em, `select count(*) as n from performance_plan pp where ${where}`, [v.agencyId, v.employeeId, st, periodId]))[0].n;
  return toConnection(rows, limit, (p) => [p.sortAt, p.id], count, args.after);
}

/**
 * Open plans of the agency that need an admin after transfers: routed ones, ones with
 * no appraiser, and ones whose recorded appraiser is no longer the reporting line's
 * (computed today with the org module's appraiser rule).
 */
export async function plansNeedingAttention(ctx: Context, periodId: number, reasons: PlanAttentionReason[] | null | undefined, args: Page) {
  const v = ctx.viewer!;
  const period = await sql<{ agencyId: number }>(ctx.em, `select agency_id as "agencyId" from period where id = $1`, [periodId]);
  if (!period[0] || !readsAsAdmin(ctx, period[0].agencyId)) return emptyConnection<PlanRow>();
  const agencyId = period[0].agencyId;
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [number] | null;
  const want = reasons && reasons.length > 0 ? reasons : ['ROUTED', 'NO_APPRAISER', 'APPRAISER_CHANGED'];
  const base = `
    with open_plans as (
      select pp.* from performance_plan pp
      where pp.agency_id = $1 and pp.period_id = $2 and pp.end_date is null
    ),
    flagged as (
      select op.id,
        (op.appraiser_source = 'ROUTED') as routed,
        (op.appraiser_id is null) as no_appraiser,
        (op.appraiser_id is not null and op.appraiser_source <> 'ROUTED' and not exists (
          select 1 from appraiser_override o where o.agency_id = $1 and o.employee_id = op.employee_id and o.appraiser_id = op.appraiser_id and ${activeAt('o', '$3')})
         and not exists (
          select 1 from assignment ea join position ep on ep.agency_id = $1 and ep.id = ea.position_id
          join assignment aa on aa.agency_id = $1 and aa.employee_id = op.appraiser_id and ${activeAt('aa', '$3')}
          join position ap on ap.agency_id = $1 and ap.id = aa.position_id
          where ea.agency_id = $1 and ea.employee_id = op.employee_id and ${activeAt('ea', '$3')}
            and ep.path > ap.path and ep.path < ap.path || '~')) as changed
      from open_plans op
    ),
    hit as (
      select id from flagged
      where ('ROUTED' = any($4::text[]) and routed) or ('NO_APPRAISER' = any($4::text[]) and no_appraiser)
         or ('APPRAISER_CHANGED' = any($4::text[]) and changed)
    )`;
  const rows = await sql<PlanRow>(
    ctx.em,
    `${base} select ${PLAN_COLS} from performance_plan pp join hit on hit.id = pp.id where pp.id > $5 order by pp.id limit $6`,
    [agencyId, periodId, ctx.today, want, after?.[0] ?? 0, limit + 1],
  );
  const count = async () => (await sql<{ n: number }>(ctx.em, `${base} select count(*) as n from hit`, [agencyId, periodId, ctx.today, want]))[0].n;
  void v;
  return toConnection(rows, limit, (p) => [p.id], count, args.after);
}
