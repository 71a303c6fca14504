import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { decodeCursor, encodeCursor, pageSize } from '../../../lib/connections';
import { badInput } from '../../../lib/errors';

/**
 * Incremental sync feeds: the agency's rows ordered by (updated_at, id), read with a
 * keyset cursor, as raw SQL rows (no ORM identity map, so memory stays flat however
 * many pages a client reads).
 *
 * Stable under concurrent writes: `updated_at` is the writing transaction's start time,
 * so a transaction still running may later commit rows *behind* rows already served.
 * Each page therefore only serves rows older than the horizon, the start of the oldest
 * transaction in progress (read first, in its own statement, before the page's snapshot
 * is taken): every later commit carries a later timestamp, and a cursor never skips a row.
 */
export const MAX_TOKEN_PAGE = 1000;
export const MAX_PERSON_PAGE = 100;

export async function horizon(em: Em): Promise<string> {
  const row = await sqlOne<{ horizon: string }>(
    em,
    `select least(statement_timestamp(), coalesce(min(xact_start), statement_timestamp()))::text as horizon
     from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend' and xact_start is not null`,
  );
  return row!.horizon;
}

export interface FeedArgs {
  since?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface FeedSource {
  /** `table alias`, for example `logbook_entry le`. */
  from: string;
  alias: string;
  cols: string;
  /** Timestamp column of the keyset (default `updated_at`). */
  at?: string;
  /** Extra condition on the alias. */
  where?: string;
}

export const feedPageSize = (ctx: Context, first: number | null | undefined) =>
  pageSize(first, ctx.viewer?.kind === 'TOKEN' ? MAX_TOKEN_PAGE : MAX_PERSON_PAGE);

/** A PostgreSQL timestamptz as text (`2026-01-05 08:00:00.123456+00`). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function cursorKey(after: string | null | undefined): [string, number] | null {
  const key = decodeCursor(after, 2);
  if (!key) return null;
  if (typeof key[0] !== 'string' || !TIMESTAMP.test(key[0]) || !Number.isSafeInteger(key[1]) || (key[1] as number) < 1) throw badInput('Invalid cursor.');
  return key as [string, number];
}

/** One page of a feed for the viewer's agency, with the horizon it was read at. */
export async function feedPage<T extends { syncAt: string; syncId: number }>(ctx: Context, src: FeedSource, args: FeedArgs) {
  const limit = feedPageSize(ctx, args.first);
  const key = cursorKey(args.after);
  const a = src.alias;
  const at = `${a}.${src.at ?? 'updated_at'}`;
  const h = await horizon(ctx.em);
  const where = `${a}.agency_id = $1 and ${at} < $2::timestamptz and ($3::timestamptz is null or ${at} >= $3::timestamptz)${src.where ? ` and ${src.where}` : ''}`;
  const params = [ctx.viewer!.agencyId, h, args.since ?? null];
  const rows = await sql<T>(
    ctx.em,
    `select ${src.cols}, ${at}::text as "syncAt", ${a}.id as "syncId" from ${src.from}
     where ${where} and ($4::timestamptz is null or (${at}, ${a}.id) > ($4::timestamptz, $5::bigint))
     order by ${at}, ${a}.id limit $6`,
    [...params, key?.[0] ?? null, key?.[1] ?? null, limit + 1],
  );
  const count = async () => (await sql<{ n: number }>(ctx.em, `select count(*) as n from ${src.from} where ${where}`, params))[0].n;
  return feedConnection(rows, limit, count, args.after, h);
}

/**
 * A connection whose edges (and their 1,000 cursors) are only built when a client asks
 * for `edges`: sync clients read `nodes` and `pageInfo.endCursor`.
 */
function feedConnection<T extends { syncAt: string; syncId: number }>(rows: T[], limit: number, totalCount: () => Promise<number>, after: string | null | undefined, horizonAt: string) {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const cursor = (r: T) => encodeCursor([r.syncAt, r.syncId]);
  return {
    nodes,
    edges: () => nodes.map((node) => ({ cursor: cursor(node), node })),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after != null,
      startCursor: nodes.length ? cursor(nodes[0]) : null,
      endCursor: nodes.length ? cursor(nodes[nodes.length - 1]) : null,
    },
    totalCount,
    horizon: horizonAt,
  };
}
