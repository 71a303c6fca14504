import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { UserErrorList, userError } from '../../../lib/errors';
import { assertEvaluationPeriodOpen } from '../../../lib/period-locks';
import { writeAudit } from '../../audit/audit';
import { validateEntry, type RawEntry } from '../rules/entry-input';
import { ENTRY_COLS, type LogbookEntryRow } from '../types';
import { entryFacts, factProblems } from './entry-checks';
import { employeeOf } from './entries-create';

/**
 * Changing and deleting own entries: allowed while the entry is not VERIFIED and its
 * evaluation period (and, when the date moves, the new one) is open. Editing a
 * SUBMITTED or REJECTED entry returns it to DRAFT. Each runs in one transaction with
 * the row locked, so a concurrent verification either happens before (and the edit
 * is refused) or after (and sees the new content).
 */
export interface EntryPatch {
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  activity?: string | null;
  outputQuantity?: number | null;
  outputUnit?: string | null;
  evidence?: readonly string[] | null;
  actionPlan?: string | null;
  isAdditionalTask?: boolean | null;
}

async function lockOwnEntry(em: Em, ctx: Context, id: number): Promise<LogbookEntryRow> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const row = await sqlOne<LogbookEntryRow>(em, `select ${ENTRY_COLS} from logbook_entry le where le.id = $1 and le.agency_id = $2 for update`, [id, agencyId]);
  if (!row || row.employeeId !== employeeId) throw userError('NOT_FOUND', 'Logbook entry not found among your own.', ['input', 'id']);
  if (row.status === 'VERIFIED') throw userError('INVALID_STATE_TRANSITION', 'A verified entry can no longer be changed.', ['input', 'id']);
  if (row.evaluationPeriodId !== null) await assertEvaluationPeriodOpen(em, ctx.viewer!, agencyId, row.evaluationPeriodId, ['input', 'id']);
  return row;
}

/** The stored entry with the patch applied, as raw input for validation. */
function merge(row: LogbookEntryRow, patch: EntryPatch): RawEntry {
  const has = (k: keyof EntryPatch) => k in patch && patch[k] !== undefined;
  const additional = patch.isAdditionalTask ?? (has('actionPlan') && patch.actionPlan != null ? false : row.isAdditionalTask);
  const quantity = has('outputQuantity') ? (patch.outputQuantity ?? null) : row.outputQuantity;
  return {
    date: patch.date ?? row.date,
    startTime: patch.startTime ?? row.startTime,
    endTime: patch.endTime ?? row.endTime,
    activity: patch.activity ?? row.activity,
    outputQuantity: quantity,
    outputUnit: has('outputUnit') ? patch.outputUnit : quantity === null && has('outputQuantity') ? null : row.outputUnit,
    evidence: patch.evidence ?? row.evidence,
    actionPlan: has('actionPlan') ? patch.actionPlan : null,
    actionPlanId: has('actionPlan') || additional ? null : row.actionPlanId,
    isAdditionalTask: additional,
    clientKey: null,
  };
}

export function updateEntry(ctx: Context, id: number, patch: EntryPatch): Promise<LogbookEntryRow> {
  return ctx.em.transactional(async (em) => {
    const row = await lockOwnEntry(em, ctx, id);
    const { entry, problems } = validateEntry(merge(row, patch), 0, ctx.today);
    const field = (f: string) => ['input', f];
    if (!entry) throw new UserErrorList(problems.map((p) => userError(p.code, p.message, field(p.field))));
    const now = new Date();
    const facts = await entryFacts(em, ctx.viewer!, row.agencyId, row.employeeId, [entry], now, id);
    const more = factProblems(ctx.viewer!, row.employeeId, [entry], facts, now);
    if (more.length) throw new UserErrorList(more.map((p) => userError(p.code, p.message, field(p.field))));
    const updated = await sqlOne<LogbookEntryRow>(
      em,
      `update logbook_entry le set evaluation_period_id = $2, entry_date = $3, start_time = $4, end_time = $5, activity = $6,
         output_quantity = $7, output_unit = $8, evidence_urls = $9::text[], action_plan_id = $10, is_additional = $11,
         status = 'DRAFT', rejection_note = null, verified_by_id = null, verified_at = null, updated_at = now()
       where le.id = $1 returning ${ENTRY_COLS}`,
      [id, facts[0].periodId, entry.date, entry.startTime, entry.endTime, entry.activity, entry.quantity, entry.unit, entry.evidence, entry.actionPlanId, entry.isAdditional],
    );
    await writeAudit(em, ctx, {
      action: 'logbookEntry.update', entityType: 'LogbookEntry', entityId: id, agencyId: row.agencyId, from: row.status, to: 'DRAFT',
      data: { changed: Object.keys(patch).filter((k) => patch[k as keyof EntryPatch] !== undefined) },
    });
    return updated!;
  });
}

export function deleteEntry(ctx: Context, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const row = await lockOwnEntry(em, ctx, id);
    await sql(em, `delete from logbook_entry where id = $1`, [id]);
    await writeAudit(em, ctx, {
      action: 'logbookEntry.delete', entityType: 'LogbookEntry', entityId: id, agencyId: row.agencyId, from: row.status, to: null,
      data: { date: row.date, startTime: row.startTime, endTime: row.endTime, activity: row.activity },
    });
    return id;
  });
}
