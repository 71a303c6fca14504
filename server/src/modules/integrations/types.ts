import type { ApiTokenScope, ApiTokenStatus } from '../../graphql/generated/types';

/** The fixed set of scopes an integration token may hold (mirrors enum ApiTokenScope). */
export const SCOPES = ['READ_PLANS', 'READ_EVALUATIONS', 'READ_LOGBOOK', 'READ_ORG', 'WRITE_ATTENDANCE'] as const satisfies readonly ApiTokenScope[];
export type Scope = (typeof SCOPES)[number];

/** Row shape of `api_token` without the hash (mapped to GraphQL `ApiToken`). */
export interface ApiTokenRow {
  id: number;
  agencyId: number;
  name: string;
  prefix: string;
  scopes: Scope[];
  /** Timestamps come back from PostgreSQL as strings; the DateTime scalar formats them. */
  expiresAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  /** Computed with the database clock. */
  status: ApiTokenStatus;
  createdById: number | null;
  rotatedFromId: number | null;
}

export const TOKEN_COLS = `t.id, t.agency_id as "agencyId", t.name, t.prefix, t.scopes, t.expires_at as "expiresAt",
  t.revoked_at as "revokedAt", t.revoked_reason as "revokedReason", t.last_used_at as "lastUsedAt",
  t.created_at as "createdAt", t.created_by_id as "createdById", t.rotated_from_id as "rotatedFromId",
  case when t.revoked_at <= now() then 'REVOKED' when t.expires_at <= now() then 'EXPIRED' else 'ACTIVE' end as status`;
