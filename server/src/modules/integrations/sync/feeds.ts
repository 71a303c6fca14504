import type { Context } from '../../../graphql/context';
import { toGlobalId } from '../../../lib/ids';
import { EMPLOYEE_COLS, type EmployeeRow } from '../../org/types';
import { PLAN_COLS, type PlanRow } from '../../planning/types';
import { feedPage, type FeedArgs } from './feed';

/** The feeds integrations read (each agency-wide; shield lets in admins and scoped tokens). */
type Synced<T> = T & { syncAt: string; syncId: number };

export interface LogbookSyncRow {
  /** Database id from SQL, replaced by the global id before the rows are returned. */
  id: number | string;
  employeeNip: string;
  date: string;
  startTime: string;
  endTime: string;
  durationMinutes: number;
  activity: string;
  outputQuantity: number | null;
  outputUnit: string | null;
  evidence: string[];
  isAdditionalTask: boolean;
  status: string;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Flat logbook rows: every GraphQL field is a plain property (no resolvers run per row).
 * Timestamps come as PostgreSQL's text (no Date per value; the DateTime scalar and the
 * NDJSON route write them with `isoInstant`).
 */
export const LOGBOOK_SYNC_COLS = `le.id, emp.nip as "employeeNip", le.entry_date as "date", to_char(le.start_time, 'HH24:MI') as "startTime",
  to_char(le.end_time, 'HH24:MI') as "endTime", (extract(epoch from le.end_time - le.start_time) / 60)::int as "durationMinutes",
  le.activity, le.output_quantity as "outputQuantity", le.output_unit as "outputUnit", le.evidence_urls as "evidence",
  le.is_additional as "isAdditionalTask", le.status, le.verified_at::text as "verifiedAt", le.created_at::text as "createdAt", le.updated_at::text as "updatedAt"`;

export async function logbookFeed(ctx: Context, args: FeedArgs) {
  const page = await feedPage<Synced<LogbookSyncRow>>(
    ctx,
    { from: 'logbook_entry le join employee emp on emp.agency_id = le.agency_id and emp.id = le.employee_id', alias: 'le', cols: LOGBOOK_SYNC_COLS },
    args,
  );
  for (const r of page.nodes) r.id = toGlobalId('LogbookEntry', r.id);
  return page;
}

export const planFeed = (ctx: Context, args: FeedArgs) =>
  feedPage<Synced<PlanRow>>(ctx, { from: 'performance_plan pp', alias: 'pp', cols: PLAN_COLS }, args);

export const employeeFeed = (ctx: Context, args: FeedArgs) =>
  feedPage<Synced<EmployeeRow>>(ctx, { from: 'employee e', alias: 'e', cols: EMPLOYEE_COLS }, args);

/** Audit action the logbook module writes when an entry is deleted. */
export const LOGBOOK_DELETE_ACTION = 'logbookEntry.delete';

export async function logbookDeletionFeed(ctx: Context, args: FeedArgs) {
  const page = await feedPage<{ entityId: number; syncAt: string; syncId: number }>(
    ctx,
    { from: 'audit_log al', alias: 'al', cols: 'al.entity_id as "entityId"', at: 'created_at', where: `al.action = '${LOGBOOK_DELETE_ACTION}'` },
    args,
  );
  const nodes = page.nodes.map((r) => ({ entryId: toGlobalId('LogbookEntry', r.entityId), deletedAt: r.syncAt }));
  const edges = page.edges();
  return { ...page, nodes, edges: () => edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
}
