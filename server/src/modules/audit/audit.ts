import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import type { Context } from '../../graphql/context';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: number | null;
  agencyId: number | null;
  from?: string | null;
  to?: string | null;
  reason?: string | null;
  data?: unknown;
}

/**
 * Appends an audit record in the caller's transaction (so a rolled-back change leaves
 * no record, and a committed one always has its record). The table refuses UPDATE and
 * DELETE (trigger).
 */
export async function writeAudit(em: Em, ctx: Context, e: AuditEntry): Promise<void> {
  const v = ctx.viewer;
  await sql(
    em,
    `insert into audit_log (agency_id, actor_id, actor_kind, action, entity_type, entity_id, from_state, to_state, reason, data, request_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)`,
    [
      e.agencyId,
      v?.kind === 'TOKEN' ? (v.tokenId ?? null) : (v?.employeeId ?? null),
      v ? v.kind : 'SYSTEM',
      e.action,
      e.entityType,
      e.entityId,
      e.from ?? null,
      e.to ?? null,
      e.reason ?? null,
      e.data === undefined ? null : JSON.stringify(e.data),
      ctx.requestId,
    ],
  );
}
