import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import { UserErrorList, userError, type UserFacingError } from '../../../lib/errors';
import { parseGlobalId } from '../../../lib/ids';
import { isDate, addDays } from '../../../lib/dates';
import { isLocked } from '../../../lib/period-locks';
import { LIMITS } from '../rules/entry-input';
import { ENTRY_COLS, type LogbookEntryRow } from '../types';
import { writeAuditMany } from '../audit';
import { appraisersToday, canReadLogbookOf } from '../scope';
import { employeeOf } from './entries-create';

/**
 * Workflow of entries: the employee submits (DRAFT/REJECTED → SUBMITTED), the
 * appraiser (today's, from the reporting line or an admin override) verifies
 * (SUBMITTED → VERIFIED) or rejects with a note (SUBMITTED → REJECTED). Bulk and
 * all-or-nothing: every refused item is reported at `["input","entries","<i>"]` and
 * nothing changes. Rows are locked (`for update`) inside one transaction, so two
 * concurrent verifications of one entry cannot both succeed; the loser finds the entry
 * already decided and gets CONFLICT, like planning's decisions (DOMAIN.md: "exactly one
 * wins, the other gets a clear conflict error"), while deciding an entry never submitted
 * is INVALID_STATE_TRANSITION. Locked periods refuse all three for everyone but admins.
 */
const ACTION = { SUBMITTED: 'logbookEntry.submit', VERIFIED: 'logbookEntry.verify', REJECTED: 'logbookEntry.reject' } as const;

type Locked = LogbookEntryRow & { deadline: Date | null; unlockedUntil: Date | null };

const at = (i: number) => ['input', 'entries', String(i)];

/** Statuses an appraiser's decision leads to: deciding one again means someone was faster. */
const DECIDED: readonly string[] = ['VERIFIED', 'REJECTED'];

/** Why a SUBMITTED-only decision cannot apply to an entry in `status` (a lost race, or the wrong state). */
function decisionRefusal(status: string, i: number): UserFacingError {
  return DECIDED.includes(status)
    ? userError('CONFLICT', `The entry was already ${status.toLowerCase()} (decided first by another request); reload it.`, at(i))
    : userError('INVALID_STATE_TRANSITION', `The entry is ${status}; only SUBMITTED entries can be decided.`, at(i));
}

function decodeAll(gids: readonly string[]): number[] {
  if (gids.length === 0 || gids.length > LIMITS.batch) throw userError('INVALID_INPUT', `Give 1 to ${LIMITS.batch} entries.`, ['input', 'entries']);
  const errors: UserFacingError[] = [];
  const ids = gids.map((g, i) => {
    const d = parseGlobalId(g);
    if (!d || d.type !== 'LogbookEntry') errors.push(userError('INVALID_INPUT', 'Not a valid LogbookEntry id.', at(i)));
    return d?.id ?? 0;
  });
  if (errors.length) throw new UserErrorList(errors);
  if (new Set(ids).size !== ids.length) throw userError('INVALID_INPUT', 'An entry is listed twice.', ['input', 'entries']);
  return ids;
}

async function lockEntries(em: Em, agencyId: number, where: string, params: unknown[]): Promise<Locked[]> {
  return sql<Locked>(
    em,
    `select ${ENTRY_COLS}, ep.deadline, ep.unlocked_until as "unlockedUntil"
     from logbook_entry le left join evaluation_period ep on ep.agency_id = le.agency_id and ep.id = le.evaluation_period_id
     where le.agency_id = $1 and ${where} order by le.entry_date, le.start_time, le.id for update of le`,
    [agencyId, ...params],
  );
}

const lockedFor = (ctx: Context, r: Locked) =>
  r.deadline !== null && ctx.viewer!.role !== 'ADMIN' && ctx.viewer!.role !== 'SUPERADMIN' && isLocked({ deadline: r.deadline, unlockedUntil: r.unlockedUntil });

async function transition(em: Em, ctx: Context, rows: Locked[], to: 'SUBMITTED' | 'VERIFIED' | 'REJECTED', note: string | null): Promise<LogbookEntryRow[]> {
  if (rows.length === 0) return [];
  const viewerId = ctx.viewer!.employeeId;
  const updated = await sql<LogbookEntryRow>(
    em,
    `update logbook_entry le set status = $2, updated_at = now(),
       rejection_note = $3, verified_by_id = case when $2 = 'SUBMITTED' then null else $4::int end,
       verified_at = case when $2 = 'SUBMITTED' then null else now() end
     where le.id = any($1::bigint[]) returning ${ENTRY_COLS}`,
    [rows.map((r) => r.id), to, note, viewerId],
  );
  for (const from of new Set(rows.map((r) => r.status))) {
    await writeAuditMany(em, ctx, {
      action: ACTION[to], entityType: 'LogbookEntry', agencyId: rows[0].agencyId,
      entityIds: rows.filter((r) => r.status === from).map((r) => r.id), from, to, reason: note,
    });
  }
  const byId = new Map(updated.map((r) => [r.id, r]));
  return rows.map((r) => byId.get(r.id)!);
}

export interface SubmitSelection {
  entries?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
}

export function submitEntries(ctx: Context, sel: SubmitSelection): Promise<LogbookEntryRow[]> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const byRange = sel.entries == null;
  if (byRange === (sel.from == null || sel.to == null) || (!byRange && (sel.from != null || sel.to != null))) {
    throw userError('INVALID_INPUT', 'Give either entries or a date range (from and to).', ['input']);
  }
  if (byRange && (!isDate(sel.from) || !isDate(sel.to) || sel.to! < sel.from! || addDays(sel.from!, 30) < sel.to!)) {
    throw userError('INVALID_INPUT', 'The range must be 1 to 31 days, from before to.', ['input', 'to']);
  }
  const ids = byRange ? [] : decodeAll(sel.entries!);
  return ctx.em.transactional(async (em) => {
    const rows = byRange
      ? await lockEntries(em, agencyId, `le.employee_id = $2 and le.entry_date between $3 and $4 and le.status in ('DRAFT', 'REJECTED')`, [employeeId, sel.from, sel.to])
      : await lockEntries(em, agencyId, `le.id = any($2::bigint[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const errors: UserFacingError[] = [];
    ids.forEach((id, i) => {
      const r = byId.get(id);
      if (!r || r.employeeId !== employeeId) errors.push(userError('NOT_FOUND', 'Logbook entry not found among your own.', at(i)));
      else if (r.status !== 'DRAFT' && r.status !== 'REJECTED') errors.push(userError('INVALID_STATE_TRANSITION', `The entry is ${r.status}; only DRAFT or REJECTED entries can be submitted.`, at(i)));
    });
    rows.forEach((r) => {
      if (lockedFor(ctx, r)) errors.push(userError('PERIOD_LOCKED', `The period of ${r.date} is locked; ask an admin to unlock it.`, byRange ? ['input', 'from'] : at(ids.indexOf(r.id))));
    });
    if (errors.length) throw new UserErrorList(errors);
    return transition(em, ctx, byRange ? rows : ids.map((id) => byId.get(id)!), 'SUBMITTED', null);
  });
}

/** Verifies (note null) or rejects (note given) submitted entries of direct reports. */
export function decideEntries(ctx: Context, gids: readonly string[], note: string | null): Promise<LogbookEntryRow[]> {
  const v = ctx.viewer!;
  const ids = decodeAll(gids);
  if (note !== null && (note.trim().length < LIMITS.note.min || note.trim().length > LIMITS.note.max)) {
    throw userError('INVALID_INPUT', `The note must have ${LIMITS.note.min} to ${LIMITS.note.max} characters.`, ['input', 'note']);
  }
  return ctx.em.transactional(async (em) => {
    const rows = await lockEntries(em, v.agencyId, `le.id = any($2::bigint[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const appraisers = await appraisersToday(em, ctx, [...new Set(rows.map((r) => r.employeeId))]);
    const errors: UserFacingError[] = [];
    for (const [i, id] of ids.entries()) {
      const r = byId.get(id);
      if (!r || appraisers.get(r.employeeId) !== v.employeeId) {
        const readable = r ? await canReadLogbookOf(ctx, r.employeeId) : false;
        errors.push(readable
          ? userError('FORBIDDEN', "Only the employee's appraiser verifies their logbook.", at(i))
          : userError('NOT_FOUND', 'Logbook entry not found.', at(i)));
      } else if (r.status !== 'SUBMITTED') errors.push(decisionRefusal(r.status, i));
      else if (lockedFor(ctx, r)) errors.push(userError('PERIOD_LOCKED', `The period of ${r.date} is locked; ask an admin to unlock it.`, at(i)));
    }
    if (errors.length) throw new UserErrorList(errors);
    return transition(em, ctx, ids.map((id) => byId.get(id)!), note === null ? 'VERIFIED' : 'REJECTED', note?.trim() ?? null);
  });
}
