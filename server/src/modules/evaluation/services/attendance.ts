import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import { userError, UserErrorList, UserFacingError } from '../../../lib/errors';
import { parseGlobalId } from '../../../lib/ids';
import { isDate } from '../../../lib/dates';
import type { AttendanceRecordInput } from '../../../graphql/generated/types';
import { writeAudit } from '../../audit/audit';
import { tokenHas } from '../../integrations/rules';
import { normalizeNip } from '../../org/nip';
import { ATTENDANCE_COLS, type AttendanceRecordRow } from '../types';

/**
 * Attendance (rekap kehadiran) through the API, single or in bulk: every record is
 * validated first and the batch is written all or nothing in one statement, idempotent
 * per employee and date (a record replaces the one of the same employee and day).
 * Writers: agency admins and integration tokens with WRITE_ATTENDANCE, in their own agency
 * (not the superadmin, who reads everything and writes no agency's data).
 */

export const MAX_ATTENDANCE_BATCH = 1000;

interface CleanRecord {
  index: number;
  employeeId: number | null;
  nip: string | null;
  date: string;
  lateMinutes: number | null;
  earlyLeaveMinutes: number | null;
  absent: boolean;
  documentKind: string | null;
  source: string | null;
}

function minutes(value: number | null | undefined, at: string[]): number {
  const v = value ?? 0;
  if (!Number.isFinite(v) || v < 0 || v > 1440) throw userError('INVALID_INPUT', 'Minutes must be 0 to 1,440.', at);
  return v;
}

function clean(r: AttendanceRecordInput, index: number, base: string[]): CleanRecord {
  const at = (f: string) => [...base, f];
  if ((r.employee == null) === (r.nip == null)) throw userError('INVALID_INPUT', 'Give exactly one of employee and nip.', at('employee'));
  let employeeId: number | null = null;
  if (r.employee != null) {
    const id = parseGlobalId(r.employee);
    if (!id || id.type !== 'Employee') throw userError('INVALID_INPUT', 'Not a valid Employee id.', at('employee'));
    employeeId = id.id;
  }
  const nip = r.nip != null ? normalizeNip(r.nip) : null;
  if (nip != null && !/^\d{18}$/.test(nip)) throw userError('INVALID_INPUT', 'A NIP has 18 digits.', at('nip'));
  if (!isDate(r.date)) throw userError('INVALID_INPUT', 'Dates are written YYYY-MM-DD.', at('date'));
  const absent = r.absent ?? false;
  const late = minutes(r.lateMinutes, at('lateMinutes'));
  const early = minutes(r.earlyLeaveMinutes, at('earlyLeaveMinutes'));
  if (absent && (late > 0 || early > 0 || r.missingCheckIn || r.missingCheckOut)) {
    throw userError('INVALID_INPUT', 'An absent day has no minutes and no missing check-in or check-out.', at('absent'));
  }
  if ((r.missingCheckIn && late > 0) || (r.missingCheckOut && early > 0)) {
    throw userError('INVALID_INPUT', 'Minutes cannot be given for a missing check-in or check-out.', at(r.missingCheckIn && late > 0 ? 'lateMinutes' : 'earlyLeaveMinutes'));
  }
  if (r.documentKind != null && !/^[A-Z0-9_]{2,50}$/.test(r.documentKind)) {
    throw userError('INVALID_INPUT', 'Document kinds are 2 to 50 characters A-Z, 0-9 or _.', at('documentKind'));
  }
  const source = r.source?.trim() || null;
  if (source != null && source.length > 100) throw userError('INVALID_INPUT', 'The source has at most 100 characters.', at('source'));
  return {
    index, employeeId, nip, date: r.date, absent, documentKind: r.documentKind ?? null, source,
    lateMinutes: absent || r.missingCheckIn ? null : late,
    earlyLeaveMinutes: absent || r.missingCheckOut ? null : early,
  };
}

function assertWriter(ctx: Context): void {
  const v = ctx.viewer!;
  if (v.role === 'ADMIN' || tokenHas(ctx, 'WRITE_ATTENDANCE')) return;
  throw userError('FORBIDDEN', 'Only admins and attendance integrations write attendance.', ['input']);
}

/** Resolves ids and NIPs inside the writer's agency. */
async function resolveEmployees(ctx: Context, recs: CleanRecord[], fieldOf: (i: number) => string[]): Promise<{ agencyId: number; employeeId: number }[]> {
  const v = ctx.viewer!;
  const rows = await sql<{ id: number; agencyId: number; nip: string }>(
    ctx.em,
    `select e.id, e.agency_id as "agencyId", e.nip from employee e
     where e.agency_id = $1 and (e.id = any($2::int[]) or e.nip = any($3::text[]))`,
    [v.agencyId, recs.flatMap((r) => (r.employeeId != null ? [r.employeeId] : [])), recs.flatMap((r) => (r.nip != null ? [r.nip] : []))],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byNip = new Map(rows.map((r) => [r.nip, r]));
  const errors: UserFacingError[] = [];
  const seen = new Set<string>();
  const out = recs.map((r) => {
    const e = r.employeeId != null ? byId.get(r.employeeId) : byNip.get(r.nip!);
    if (!e) {
      errors.push(userError('NOT_FOUND', 'Employee not found.', [...fieldOf(r.index), r.employeeId != null ? 'employee' : 'nip']));
      return { agencyId: 0, employeeId: 0 };
    }
    const key = `${e.id}|${r.date}`;
    if (seen.has(key)) errors.push(userError('INVALID_INPUT', 'The same employee and date appear twice in the batch.', [...fieldOf(r.index), 'date']));
    seen.add(key);
    return { agencyId: e.agencyId, employeeId: e.id };
  });
  if (errors.length > 0) throw new UserErrorList(errors);
  return out;
}

export async function upsertAttendance(
  ctx: Context,
  records: AttendanceRecordInput[],
  fieldOf: (i: number) => string[],
): Promise<{ rows: (AttendanceRecordRow & { updated: boolean })[] }> {
  assertWriter(ctx);
  if (records.length < 1 || records.length > MAX_ATTENDANCE_BATCH) {
    throw userError('INVALID_INPUT', `Send 1 to ${MAX_ATTENDANCE_BATCH} records at once.`, ['input', 'records']);
  }
  const errors: UserFacingError[] = [];
  const recs = records.flatMap((r, i) => {
    try {
      return [clean(r, i, fieldOf(i))];
    } catch (err) {
      if (err instanceof UserFacingError) errors.push(err);
      else throw err;
      return [];
    }
  });
  if (errors.length > 0) throw new UserErrorList(errors);
  const who = await resolveEmployees(ctx, recs, fieldOf);
  return ctx.em.transactional(async (em) => {
    const v = ctx.viewer!;
    const rows = await sql<AttendanceRecordRow & { updated: boolean }>(
      em,
      `insert into attendance_record as ar (agency_id, employee_id, work_date, late_minutes, early_leave_minutes, absent, document_kind, source, recorded_by_id, recorded_by_token_id)
       select x.agency_id, x.employee_id, x.work_date, x.late, x.early, x.absent, x.doc, x.source, $9, $10
       from unnest($1::int[], $2::int[], $3::date[], $4::numeric[], $5::numeric[], $6::boolean[], $7::text[], $8::text[])
         as x(agency_id, employee_id, work_date, late, early, absent, doc, source)
       on conflict (agency_id, employee_id, work_date) do update set late_minutes = excluded.late_minutes,
         early_leave_minutes = excluded.early_leave_minutes, absent = excluded.absent, document_kind = excluded.document_kind,
         source = excluded.source, recorded_by_id = excluded.recorded_by_id, recorded_by_token_id = excluded.recorded_by_token_id, updated_at = now()
       returning ${ATTENDANCE_COLS}, (xmax <> 0) as updated`,
      [who.map((w) => w.agencyId), who.map((w) => w.employeeId), recs.map((r) => r.date), recs.map((r) => r.lateMinutes),
        recs.map((r) => r.earlyLeaveMinutes), recs.map((r) => r.absent), recs.map((r) => r.documentKind), recs.map((r) => r.source),
        v.kind === 'EMPLOYEE' ? v.employeeId : null, v.kind === 'TOKEN' ? (v.tokenId ?? null) : null],
    );
    const dates = recs.map((r) => r.date).sort();
    for (const agencyId of new Set(who.map((w) => w.agencyId))) {
      const mine = rows.filter((r) => r.agencyId === agencyId);
      await writeAudit(em, ctx, {
        action: 'ATTENDANCE_UPSERT', entityType: 'AttendanceRecord', entityId: mine.length === 1 ? mine[0].id : null, agencyId,
        data: { count: mine.length, updated: mine.filter((r) => r.updated).length, from: dates[0], to: dates[dates.length - 1] },
      });
    }
    return { rows };
  });
}
