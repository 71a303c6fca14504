import type express from 'express';
import type { AppServices } from '../../../app-services';
import { sql } from '../../../db/sql';
import { decodeCursor, encodeCursor } from '../../../lib/connections';
import { toGlobalId } from '../../../lib/ids';
import { isoInstant } from '../../../lib/dates';
import { fileContext, sendError } from '../../documents/http';
import { horizon } from './feed';
import { LOGBOOK_SYNC_COLS } from './feeds';

/**
 * `GET /files/sync/logbook-entries.ndjson[?updatedSince=ISO][&after=cursor]`: the bulk
 * form of `logbookEntriesSync` for a first full copy or a large catch-up. One JSON
 * object per line with the fields of `LogbookEntrySyncRow` plus its `cursor`; the
 * horizon is in the `X-Sync-Horizon` header. Rows are read in keyset batches and written
 * as the client consumes them, so memory stays flat whatever the size. Same sign-in,
 * scope (READ_LOGBOOK, or an agency admin) and rate limit (one request) as the API.
 */
const BATCH = 2000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function startKey(after: unknown): [string, number] | null | 'bad' {
  if (after === undefined) return null;
  try {
    const k = decodeCursor(String(after), 2);
    return k && typeof k[0] === 'string' && TIMESTAMP.test(k[0]) && Number.isSafeInteger(k[1]) ? (k as [string, number]) : 'bad';
  } catch {
    return 'bad';
  }
}

type Row = Record<string, unknown> & { id: number; syncAt: string };

const write = (res: express.Response, chunk: string) => (res.write(chunk) ? Promise.resolve() : new Promise<void>((r) => res.once('drain', () => r())));

export function logbookNdjson(services: AppServices): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await fileContext(req, res, services);
      if (!ctx) return;
      const v = ctx.viewer!;
      if (v.kind === 'TOKEN' && !v.scopes?.includes('READ_LOGBOOK')) return sendError(res, 403, 'TOKEN_SCOPE', 'This API token lacks the READ_LOGBOOK scope.', { requiredScope: 'READ_LOGBOOK' });
      if (v.kind !== 'TOKEN' && v.role !== 'ADMIN' && v.role !== 'SUPERADMIN') return sendError(res, 403, 'FORBIDDEN', 'Only agency admins and READ_LOGBOOK tokens may sync the logbook.');
      const since = typeof req.query.updatedSince === 'string' ? req.query.updatedSince : null;
      if (since !== null && (since.length > 40 || Number.isNaN(Date.parse(since)))) return sendError(res, 400, 'BAD_USER_INPUT', 'updatedSince is an ISO 8601 instant.');
      const start = startKey(req.query.after);
      if (start === 'bad') return sendError(res, 400, 'BAD_USER_INPUT', 'Invalid cursor.');
      let key: [string, number] | null = start;
      const h = await horizon(ctx.em);
      res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Sync-Horizon', new Date(h).toISOString());
      for (;;) {
        const rows: Row[] = await sql<Row>(
          ctx.em,
          `select ${LOGBOOK_SYNC_COLS}, le.updated_at::text as "syncAt"
           from logbook_entry le join employee emp on emp.agency_id = le.agency_id and emp.id = le.employee_id
           where le.agency_id = $1 and le.updated_at < $2::timestamptz and ($3::timestamptz is null or le.updated_at >= $3::timestamptz)
             and ($4::timestamptz is null or (le.updated_at, le.id) > ($4::timestamptz, $5::bigint))
           order by le.updated_at, le.id limit $6`,
          [v.agencyId, h, since, key?.[0] ?? null, key?.[1] ?? null, BATCH],
        );
        let chunk = '';
        for (const r of rows) {
          const { syncAt, id, ...rest } = r;
          rest.createdAt = isoInstant(rest.createdAt as string);
          rest.updatedAt = isoInstant(rest.updatedAt as string);
          if (rest.verifiedAt !== null) rest.verifiedAt = isoInstant(rest.verifiedAt as string);
          chunk += `${JSON.stringify({ id: toGlobalId('LogbookEntry', id), ...rest, cursor: encodeCursor([syncAt, id]) })}\n`;
        }
        if (chunk) await write(res, chunk);
        if (rows.length < BATCH || res.destroyed) break;
        const last: Row = rows[rows.length - 1];
        key = [last.syncAt, last.id];
      }
      res.end();
    } catch (err) {
      if (res.headersSent) res.destroy(err as Error);
      else next(err);
    }
  };
}
