import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import type { Context } from '../../graphql/context';

/**
 * Audit of logbook writes. One record per entity, so the history of an entry is one
 * indexed lookup (agency, entity type, entity id). Same columns and actor rules as
 * `writeAudit` (modules/audit/audit.ts); this variant writes many records in one
 * statement, or is embedded as a data-modifying CTE into the write itself.
 */
export function actorOf(ctx: Context): { actorId: number | null; actorKind: string } {
  const v = ctx.viewer;
  return { actorId: v?.kind === 'TOKEN' ? (v.tokenId ?? null) : (v?.employeeId ?? null), actorKind: v ? v.kind : 'SYSTEM' };
}

export interface BulkAudit {
  action: string;
  entityType: string;
  agencyId: number;
  entityIds: readonly number[];
  from?: string | null;
  to?: string | null;
  reason?: string | null;
}

export async function writeAuditMany(em: Em, ctx: Context, a: BulkAudit): Promise<void> {
  if (a.entityIds.length === 0) return;
  const { actorId, actorKind } = actorOf(ctx);
  await sql(
    em,
    `insert into audit_log (agency_id, actor_id, actor_kind, action, entity_type, entity_id, from_state, to_state, reason, request_id)
     select $1, $2, $3, $4, $5, x, $7, $8, $9, $10 from unnest($6::bigint[]) as x`,
    [a.agencyId, actorId, actorKind, a.action, a.entityType, a.entityIds, a.from ?? null, a.to ?? null, a.reason ?? null, ctx.requestId],
  );
}
