import type { Authenticator } from '../../../auth/authenticate';
import type { Viewer } from '../../../auth/viewer';
import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import { preparedSql } from '../../../db/prepared';
import { rateLimiter } from '../rate-limit/limiter';
import { rateLimited, tokenExpired, tokenRevoked, tokenUnknown } from '../errors';
import type { Scope } from '../types';
import { hashSecret, TOKEN_PATTERN } from './secret';

interface TokenAuthRow {
  id: number;
  agencyId: number;
  scopes: Scope[];
  expired: boolean;
  revoked: boolean;
  stale: boolean;
}

/** Writes `last_used_at` at most once a minute per token (and per instance, without a query). */
const lastTouch = new Map<number, number>();
const TOUCH_MS = 60_000;

async function touch(em: Em, row: TokenAuthRow): Promise<void> {
  const now = Date.now();
  if (!row.stale || now - (lastTouch.get(row.id) ?? 0) < TOUCH_MS) return;
  lastTouch.set(row.id, now);
  if (lastTouch.size > 10_000) lastTouch.clear();
  await sql(em, `update api_token set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`, [row.id]);
}

/**
 * Claims bearer tokens starting with `kin_`: looks the SHA-256 up, refuses unknown,
 * revoked and expired tokens with distinct codes, takes one request from the token's
 * bucket, and builds an INTEGRATION viewer of the token's agency.
 */
export const tokenAuthenticator: Authenticator = async (services, em, token) => {
  if (!token.startsWith('kin_')) return undefined;
  if (!TOKEN_PATTERN.test(token)) throw tokenUnknown();
  // Prepared (db/prepared.ts): every integration request runs it; the unique index on the
  // hash answers it whatever the statistics say.
  const [row] = await preparedSql<TokenAuthRow>(
    em,
    `select id, agency_id as "agencyId", scopes, expires_at <= now() as expired, (revoked_at is not null and revoked_at <= now()) as revoked,
       (last_used_at is null or last_used_at < now() - interval '1 minute') as stale
     from api_token where secret_hash = decode($1, 'hex')`,
    [hashSecret(token)],
  );
  if (!row) throw tokenUnknown();
  if (row.revoked) throw tokenRevoked();
  if (row.expired) throw tokenExpired();
  const limiter = rateLimiter(services);
  if (limiter.settings.capacity > 0) {
    const taken = await limiter.take(`token:${row.id}`);
    if (!taken.allowed) throw rateLimited(taken.retryAfterSeconds);
  }
  await touch(em, row);
  const viewer: Viewer = {
    kind: 'TOKEN', employeeId: null, agencyId: row.agencyId, role: 'INTEGRATION',
    tokenId: row.id, scopes: row.scopes, operatorUnitId: null, mustChangePassword: false,
  };
  return viewer;
};
