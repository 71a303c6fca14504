import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { forbidden, userError } from '../../../lib/errors';
import { administers } from '../../../auth/viewer';
import { optionalText, requiredText } from '../../../lib/validate';
import { decodeCursor, pageSize, toConnection } from '../../../lib/connections';
import { writeAudit } from '../../audit/audit';
import { SCOPES, TOKEN_COLS, type ApiTokenRow, type Scope } from '../types';
import { newSecret } from './secret';

/**
 * Admin use cases of integration tokens. Every read and write is scoped to the
 * viewer's agency (shield lets only admins in; a token id of another agency is
 * "not found"); writes are the agency admin's alone (checked again here: the national
 * superadmin reads the list but manages no agency's tokens). Secrets are returned once
 * and never stored.
 */
const RETURNING = TOKEN_COLS.replace(/t\./g, '');
const ACTIVE = `(t.revoked_at is null or t.revoked_at > now()) and t.expires_at > now()`;

function days(n: number | null | undefined, field: string[]): number {
  const d = n ?? 365;
  if (!Number.isInteger(d) || d < 1 || d > 730) throw userError('INVALID_INPUT', 'A token expires after 1 to 730 days.', field);
  return d;
}

function scopesOf(scopes: readonly string[]): Scope[] {
  const set = [...new Set(scopes)].filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
  if (set.length === 0) throw userError('INVALID_INPUT', 'Give the token at least one scope.', ['input', 'scopes']);
  return SCOPES.filter((s) => set.includes(s));
}

export async function listTokens(ctx: Context, args: { includeInactive?: boolean | null; first?: number | null; after?: string | null }) {
  const limit = pageSize(args.first);
  const key = decodeCursor(args.after, 1) as [number] | null;
  const v = ctx.viewer!;
  const filter = args.includeInactive ? 'true' : ACTIVE;
  const rows = await sql<ApiTokenRow>(
    ctx.em,
    `select ${TOKEN_COLS} from api_token t
     where t.agency_id = $1 and ${filter} and ($2::int is null or t.id < $2::int)
     order by t.id desc limit $3`,
    [v.agencyId, key?.[0] ?? null, limit + 1],
  );
  const count = async () => (await sql<{ n: number }>(ctx.em, `select count(*) as n from api_token t where t.agency_id = $1 and ${filter}`, [v.agencyId]))[0].n;
  return toConnection(rows, limit, (r) => [r.id], count, args.after);
}

async function insertToken(em: Em, ctx: Context, t: { name: string; scopes: Scope[]; days: number; rotatedFromId: number | null }) {
  const s = newSecret();
  const row = await sqlOne<ApiTokenRow>(
    em,
    `insert into api_token (agency_id, name, prefix, secret_hash, scopes, expires_at, created_by_id, rotated_from_id)
     values ($1, $2, $3, decode($4, 'hex'), $5::text[], now() + make_interval(days => $6), $7, $8) returning ${RETURNING}`,
    [ctx.viewer!.agencyId, t.name, s.prefix, s.hashHex, t.scopes, t.days, ctx.viewer!.employeeId, t.rotatedFromId],
  );
  return { token: row!, secret: s.secret };
}

function assertTokenAdmin(ctx: Context): void {
  if (!administers(ctx.viewer, ctx.viewer!.agencyId)) throw forbidden('Only agency admins manage integration tokens.');
}

export async function createToken(ctx: Context, input: { name: string; scopes: readonly string[]; expiresInDays?: number | null }) {
  assertTokenAdmin(ctx);
  const name = requiredText(input.name, ['input', 'name'], 2, 100, 'Name');
  const scopes = scopesOf(input.scopes);
  const d = days(input.expiresInDays, ['input', 'expiresInDays']);
  return ctx.em.transactional(async (em) => {
    const { token, secret } = await insertToken(em, ctx, { name, scopes, days: d, rotatedFromId: null });
    await writeAudit(em, ctx, { action: 'API_TOKEN_CREATE', entityType: 'ApiToken', entityId: token.id, agencyId: token.agencyId, data: { name, scopes, prefix: token.prefix, expiresAt: token.expiresAt } });
    return { apiToken: token, secret };
  });
}

/** Locks a token of the viewer's agency; a rotation needs one not already being replaced. */
async function lockedActive(em: Em, ctx: Context, id: number, forRotation: boolean): Promise<ApiTokenRow> {
  assertTokenAdmin(ctx);
  const active = forRotation ? `t.revoked_at is null and t.expires_at > now()` : ACTIVE;
  const row = await sqlOne<ApiTokenRow & { active: boolean }>(
    em,
    `select ${TOKEN_COLS}, ${active} as active from api_token t where t.id = $1 and t.agency_id = $2 for update`,
    [id, ctx.viewer!.agencyId],
  );
  if (!row) throw userError('NOT_FOUND', 'Token not found.', ['input', 'id']);
  if (!row.active) throw userError('TOKEN_INACTIVE', 'The token is already revoked or expired.', ['input', 'id']);
  return row;
}

export async function rotateToken(ctx: Context, input: { id: number; expiresInDays?: number | null; previousValidForMinutes?: number | null }) {
  const d = days(input.expiresInDays, ['input', 'expiresInDays']);
  const grace = input.previousValidForMinutes ?? 0;
  if (!Number.isInteger(grace) || grace < 0 || grace > 10_080) throw userError('INVALID_INPUT', 'The grace period is 0 to 10080 minutes (7 days).', ['input', 'previousValidForMinutes']);
  return ctx.em.transactional(async (em) => {
    const old = await lockedActive(em, ctx, input.id, true);
    const previous = await sqlOne<ApiTokenRow>(
      em,
      `update api_token set revoked_at = least(now() + make_interval(mins => $2), expires_at), revoked_reason = 'Rotated', updated_at = now()
       where id = $1 returning ${RETURNING}`,
      [old.id, grace],
    );
    const { token, secret } = await insertToken(em, ctx, { name: old.name, scopes: old.scopes, days: d, rotatedFromId: old.id });
    await writeAudit(em, ctx, { action: 'API_TOKEN_ROTATE', entityType: 'ApiToken', entityId: token.id, agencyId: token.agencyId, from: String(old.id), to: String(token.id), data: { previousValidForMinutes: grace, prefix: token.prefix } });
    return { apiToken: token, previous: previous!, secret };
  });
}

export async function revokeToken(ctx: Context, input: { id: number; reason?: string | null }) {
  const reason = optionalText(input.reason, ['input', 'reason'], 500, 'Reason');
  return ctx.em.transactional(async (em) => {
    const old = await lockedActive(em, ctx, input.id, false);
    const row = await sqlOne<ApiTokenRow>(
      em,
      `update api_token set revoked_at = now(), revoked_reason = $2, updated_at = now() where id = $1 returning ${RETURNING}`,
      [old.id, reason],
    );
    await writeAudit(em, ctx, { action: 'API_TOKEN_REVOKE', entityType: 'ApiToken', entityId: old.id, agencyId: old.agencyId, reason });
    return row!;
  });
}

export const tokensByIds = (em: Em, ids: readonly number[]) =>
  sql<ApiTokenRow>(em, `select ${TOKEN_COLS} from api_token t where t.id = any($1::int[])`, [ids]);
