import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import { decodeCursor, pageSize, toConnection } from '../../../lib/connections';
import type { PlanAuditRow, PlanRow } from '../types';

/**
 * The plan's audit trail: records on the plan itself, oldest first (keyset on id).
 * Callers have already checked that the viewer may read the plan.
 */
export async function planAuditTrail(ctx: Context, plan: PlanRow, args: { first?: number | null; after?: string | null }) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, 1) as [number] | null;
  const rows = await sql<PlanAuditRow>(
    ctx.em,
    `select a.id, a.action, a.actor_id as "actorId", a.actor_kind as "actorKind", a.created_at as at,
       a.from_state as "from", a.to_state as "to", a.reason
     from audit_log a where a.agency_id = $1 and a.entity_type = 'PerformancePlan' and a.entity_id = $2 and a.id > $3
     order by a.id limit $4`,
    [plan.agencyId, plan.id, after?.[0] ?? 0, limit + 1],
  );
  const count = async () =>
    (await sql<{ n: number }>(ctx.em, `select count(*) as n from audit_log a where a.agency_id = $1 and a.entity_type = 'PerformancePlan' and a.entity_id = $2`, [plan.agencyId, plan.id]))[0].n;
  return toConnection(rows, limit, (r) => [r.id], count, args.after);
}
