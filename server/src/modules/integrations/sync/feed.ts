import type { Context } from '../../../graphql/context';
import type { AppServices } from '../../../app-services';
import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import { preparedSql } from '../../../db/prepared';
import { decodeCursor, encodeCursor, pageSize } from '../../../lib/connections';
import { badInput } from '../../../lib/errors';
import { ReadAhead } from '../../../lib/read-ahead';

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
  const [row] = await preparedSql<{ horizon: string }>(
    em,
    `select least(statement_timestamp(), coalesce(min(xact_start), statement_timestamp()))::text as horizon
     from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend' and xact_start is not null`,
    [],
  );
  return row.horizon;
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

interface RawPage<T> {
  rows: T[];
  horizon: string;
}

const readAheads = new WeakMap<AppServices, ReadAhead<RawPage<unknown>>>();

/** The read-ahead of an app's sync feeds (one per app; tests look at its hits). */
export function feedReadAhead(app: AppServices): ReadAhead<RawPage<unknown>> {
  let r = readAheads.get(app);
  if (!r) readAheads.set(app, (r = new ReadAhead()));
  return r;
}

/**
 * The page statement, prepared once per connection: every bound is a plain comparison
 * the (agency, at, id) index answers in its generic plan (no `$n is null or ...`, which
 * would make that plan read the feed from its start): no `updatedSince` is -infinity,
 * no cursor is (-infinity, 0).
 */
function pageSql(src: FeedSource): string {
  const a = src.alias;
  const at = `${a}.${src.at ?? 'updated_at'}`;
  return `select ${src.cols}, ${at}::text as "syncAt", ${a}.id as "syncId" from ${src.from}
     where ${a}.agency_id = $1 and ${at} < $2::timestamptz and ${at} >= $3::timestamptz
       and (${at}, ${a}.id) > ($4::timestamptz, $5::bigint)${src.where ? ` and ${src.where}` : ''}
     order by ${at}, ${a}.id limit $6`;
}

async function readPage<T>(em: Em, agencyId: number, src: FeedSource, since: string | null, key: [string, number] | null, limit: number): Promise<RawPage<T>> {
  const h = await horizon(em);
  const rows = await preparedSql<T>(em, pageSql(src), [agencyId, h, since ?? '-infinity', key?.[0] ?? '-infinity', key?.[1] ?? 0, limit + 1]);
  return { rows, horizon: h };
}

/**
 * One page of a feed for the viewer's agency, with the horizon it was read at. For a
 * token, the next page is read ahead (lib/read-ahead.ts) while this one is answered: a
 * token that asked for a page with more behind it almost always asks for the next one
 * as soon as it has parsed this one, so the database's part of page n+1 overlaps the
 * client's part of page n instead of following it.
 *
 * Safe for the feed's guarantee (no row skipped, however writes interleave): a page read
 * ahead is exactly the page the client would have got had it asked at that moment, with
 * the horizon of that moment; anything written afterwards carries a later `updated_at`
 * than the horizon and comes in a later page, as it would have anyway. It is handed only
 * to a request of the same token, agency, feed, filter, page size and cursor, after that
 * request passed sign-in, scope and rate limit like any other.
 */
export async function feedPage<T extends { syncAt: string; syncId: number }>(ctx: Context, src: FeedSource, args: FeedArgs) {
  const limit = feedPageSize(ctx, args.first);
  const key = cursorKey(args.after);
  const v = ctx.viewer!;
  const since = args.since ?? null;
  const ahead = v.kind === 'TOKEN' ? feedReadAhead(ctx.app) : null;
  const aheadKey = (after: string | null | undefined) => `${v.tokenId}|${v.agencyId}|${src.from}|${src.where ?? ''}|${since ?? ''}|${limit}|${after ?? ''}`;
  const page = ((await ahead?.take(aheadKey(args.after))) as RawPage<T> | null) ?? (await readPage<T>(ctx.em, v.agencyId, src, since, key, limit));
  const connection = feedConnection(page.rows, limit, () => countRows(ctx.em, src, v.agencyId, page.horizon, since), args.after, page.horizon);
  if (ahead && connection.pageInfo.hasNextPage) {
    const last = connection.nodes[connection.nodes.length - 1];
    const em = ctx.app.orm.em.fork();
    ahead.start(aheadKey(connection.pageInfo.endCursor), () => readPage<T>(em, v.agencyId, src, since, [last.syncAt, Number(last.syncId)], limit));
  }
  return connection;
}

async function countRows(em: Em, src: FeedSource, agencyId: number, h: string, since: string | null): Promise<number> {
  const a = src.alias;
  const at = `${a}.${src.at ?? 'updated_at'}`;
  const [row] = await sql<{ n: number }>(
    em,
    `select count(*) as n from ${src.from} where ${a}.agency_id = $1 and ${at} < $2::timestamptz and ${at} >= $3::timestamptz${src.where ? ` and ${src.where}` : ''}`,
    [agencyId, h, since ?? '-infinity'],
  );
  return row.n;
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
