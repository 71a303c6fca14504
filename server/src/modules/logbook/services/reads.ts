import type { Context } from '../../../graphql/context';
import { badInput } from '../../../lib/errors';
import { addDays, isDate } from '../../../lib/dates';
import { decodeCursor, emptyConnection, pageSize, toConnection, type Connection } from '../../../lib/connections';
import * as orgRepo from '../../org/repo';
import * as orgL from '../../org/loaders';
import * as repo from '../repo';
import type { ActionPlanRow, LogbookEntryRow } from '../types';
import type { LogbookEntryStatus } from '../../../graphql/generated/types';
import { canReadLogbookOf } from '../scope';
import { canReadActionPlansOf } from '../access';

/** Connections of entries and action plans, filtered by visibility before paging. */
const entryKey = (e: LogbookEntryRow) => [e.date, e.startTime, e.id];

function range(from: string | null | undefined, to: string | null | undefined, maxDays: number | null): void {
  if ((from != null && !isDate(from)) || (to != null && !isDate(to))) throw badInput('Dates are written YYYY-MM-DD.');
  if (from != null && to != null && to < from) throw badInput('`to` must not be before `from`.');
  if (maxDays !== null && from != null && to != null && addDays(from, maxDays - 1) < to) throw badInput(`The range may cover at most ${maxDays} days.`);
}

export interface EntryListArgs {
  employeeId: number;
  from: string;
  to: string;
  status?: LogbookEntryStatus | null;
  first?: number | null;
  after?: string | null;
}

export async function listEntries(ctx: Context, a: EntryListArgs): Promise<Connection<LogbookEntryRow>> {
  const limit = pageSize(a.first);
  const after = decodeCursor(a.after, 3);
  range(a.from, a.to, 366);
  const emp = await orgL.employeeById(ctx).load(a.employeeId);
  if (!emp || !(await canReadLogbookOf(ctx, a.employeeId))) return emptyConnection();
  const where = `le.agency_id = $5 and le.employee_id = $1 and le.entry_date between $2::date and $3::date and ($4::text is null or le.status = $4)`;
  const params = [a.employeeId, a.from, a.to, a.status ?? null, emp.agencyId];
  const rows = await repo.entryPage(ctx.em, where, params, limit, after);
  return toConnection(rows, limit, entryKey, () => repo.countEntries(ctx.em, where, params), a.after);
}

export interface InboxArgs {
  employeeId?: number | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/** SUBMITTED entries of the viewer's direct reports (today's reporting line). */
export async function verificationInbox(ctx: Context, a: InboxArgs): Promise<Connection<LogbookEntryRow>> {
  const limit = pageSize(a.first);
  const after = decodeCursor(a.after, 3);
  range(a.from, a.to, null);
  const v = ctx.viewer!;
  if (v.employeeId == null) return emptyConnection();
  const reports = await orgRepo.directSubordinates(ctx.em, v.agencyId, v.employeeId, ctx.today, { limit: 5000, after: null });
  let ids = reports.map((e) => e.id);
  if (a.employeeId != null) ids = ids.filter((id) => id === a.employeeId);
  if (ids.length === 0) return emptyConnection();
  const where = `le.agency_id = $1 and le.status = 'SUBMITTED' and le.employee_id = any($2::int[])
    and ($3::date is null or le.entry_date >= $3) and ($4::date is null or le.entry_date <= $4)`;
  const params = [v.agencyId, ids, a.from ?? null, a.to ?? null];
  const rows = await repo.entryPage(ctx.em, where, params, limit, after);
  return toConnection(rows, limit, entryKey, () => repo.countEntries(ctx.em, where, params), a.after);
}

/** Entries of one action plan (the caller checked the action plan's visibility). */
export async function entriesOfActionPlan(ctx: Context, ap: ActionPlanRow, first?: number | null, afterCursor?: string | null) {
  const limit = pageSize(first);
  const after = decodeCursor(afterCursor, 3);
  // The entries are readable only by readers of the owner's logbook, not by every plan reader.
  if (!(await canReadLogbookOf(ctx, ap.ownerId))) return emptyConnection<LogbookEntryRow>();
  const where = `le.agency_id = $1 and le.action_plan_id = $2`;
  const params = [ap.agencyId, ap.id];
  const rows = await repo.entryPage(ctx.em, where, params, limit, after);
  return toConnection(rows, limit, entryKey, () => repo.countEntries(ctx.em, where, params), afterCursor);
}

export interface ActionPlanListArgs {
  employeeId: number;
  evaluationPeriodId?: number | null;
  date?: string | null;
  goalId?: number | null;
  first?: number | null;
  after?: string | null;
}

export async function listActionPlans(ctx: Context, a: ActionPlanListArgs): Promise<Connection<ActionPlanRow>> {
  const limit = pageSize(a.first);
  const after = decodeCursor(a.after, 2);
  if (a.date != null && !isDate(a.date)) throw badInput('Dates are written YYYY-MM-DD.');
  const emp = await orgL.employeeById(ctx).load(a.employeeId);
  if (!emp || (a.goalId == null && !(await canReadActionPlansOf(ctx, a.employeeId)))) return emptyConnection();
  const where = `ap.agency_id = $5 and g.owner_id = $1 and ($2::int is null or ap.evaluation_period_id = $2)
    and ($3::date is null or (ape.start_date <= $3 and ape.end_date >= $3)) and ($4::int is null or ap.goal_id = $4)
    and g.plan_id in (select pp.id from performance_plan pp where pp.agency_id = $5 and pp.employee_id = $1)`;
  const params = [a.employeeId, a.evaluationPeriodId ?? null, a.date ?? null, a.goalId ?? null, emp.agencyId];
  const rows = await repo.actionPlanPage(ctx.em, where, params, limit, after);
  return toConnection(rows, limit, (r) => [r.startDate, r.id], () => repo.countActionPlans(ctx.em, where, params), a.after);
}
