import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import { UserErrorList, userError, type UserFacingError } from '../../../lib/errors';
import { pgCode } from '../../../lib/validate';
import { batchProblems, validateEntry, type CleanEntry, type ItemProblem, type RawEntry } from '../rules/entry-input';
import { ENTRY_COLS, type LogbookEntryRow } from '../types';
import { actorOf } from '../audit';
import { entryFacts, factProblems, type EntryFacts } from './entry-checks';

/**
 * Creating logbook entries, one or a batch, in three statements whatever the batch
 * size: the session lookup, one statement for every database rule (entry-checks.ts),
 * one INSERT of all rows that also writes their audit records (data-modifying CTE).
 * A single INSERT is atomic, so a batch is all-or-nothing without an explicit
 * transaction; the races the checks cannot see are closed by the table itself:
 * the exclusion constraint (overlaps) and the unique client-key index, which the
 * INSERT meets with `on conflict do nothing` and a re-read, so concurrent retries
 * with one key return one row.
 */
export interface Prepared {
  entries: (CleanEntry | null)[];
  facts: EntryFacts[];
  problems: ItemProblem[];
}

export function employeeOf(ctx: Context): { agencyId: number; employeeId: number } {
  const v = ctx.viewer;
  if (!v || v.employeeId == null) throw userError('FORBIDDEN', 'Only employees write logbook entries.');
  return { agencyId: v.agencyId, employeeId: v.employeeId };
}

/** Pure checks for every item, then the database checks for the items that passed. */
export async function prepareEntries(ctx: Context, raws: readonly RawEntry[], label?: (i: number) => string): Promise<Prepared> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const results = raws.map((r, i) => validateEntry(r, i, ctx.today));
  const entries = results.map((r) => r.entry);
  const problems = [...results.flatMap((r) => r.problems), ...batchProblems(entries, label)];
  const clean = entries.map((e, i) => ({ e, i })).filter((x): x is { e: CleanEntry; i: number } => x.e !== null);
  const facts = clean.length ? await entryFacts(ctx.em, agencyId, employeeId, clean.map((x) => x.e)) : [];
  const mapped = facts.map((f) => ({ ...f, i: clean[f.i].i }));
  problems.push(...factProblems(ctx.viewer!, employeeId, entries as CleanEntry[], mapped));
  problems.sort((a, b) => a.index - b.index);
  return { entries, facts: mapped, problems };
}

/** Writes the prepared (problem-free) entries; returns the rows in input order. */
export async function insertEntries(ctx: Context, prepared: Prepared, em: Em = ctx.em): Promise<LogbookEntryRow[]> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const entries = prepared.entries as CleanEntry[];
  const fresh = prepared.facts.filter((f) => f.existingId === null);
  const { actorId, actorKind } = actorOf(ctx);
  const inserted = fresh.length === 0 ? [] : await sql<LogbookEntryRow>(
    em,
    `with inp as (
       select * from jsonb_to_recordset($3::jsonb)
         as t(i int, ep int, d date, st time, et time, act text, q numeric, u text, ev text[], ap int, add boolean, ck text)
     ),
     ins as (
       insert into logbook_entry as le (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity,
         output_quantity, output_unit, evidence_urls, action_plan_id, is_additional, client_key)
       select $1, $2, ep, d, st, et, act, q, u, coalesce(ev, '{}'), ap, add, ck from inp order by i
       on conflict (agency_id, employee_id, client_key) where client_key is not null do nothing
       returning ${ENTRY_COLS}
     ),
     aud as (
       insert into audit_log (agency_id, actor_id, actor_kind, action, entity_type, entity_id, to_state, request_id)
       select $1, $4, $5, 'logbookEntry.create', 'LogbookEntry', id, 'DRAFT', $6 from ins
     )
     select * from ins`,
    [agencyId, employeeId, JSON.stringify(fresh.map((f) => toRecord(f, entries[f.i]))), actorId, actorKind, ctx.requestId],
  );
  const bySlot = new Map(inserted.map((r) => [`${r.date}|${r.startTime}`, r]));
  const missingKeys = entries.filter((e) => !bySlot.has(`${e.date}|${e.startTime}`) && e.clientKey !== null).map((e) => e.clientKey!);
  const byKey = new Map<string, LogbookEntryRow>();
  if (missingKeys.length) {
    const rows = await sql<LogbookEntryRow>(
      em,
      `select ${ENTRY_COLS} from logbook_entry le where le.agency_id = $1 and le.employee_id = $2 and le.client_key = any($3::text[])`,
      [agencyId, employeeId, missingKeys],
    );
    for (const r of rows) byKey.set(r.clientKey!, r);
  }
  return entries.map((e) => {
    const row = bySlot.get(`${e.date}|${e.startTime}`) ?? (e.clientKey !== null ? byKey.get(e.clientKey) : undefined);
    if (!row) throw new Error('logbook insert lost an entry');
    return row;
  });
}

function toRecord(f: EntryFacts, e: CleanEntry) {
  return { i: f.i, ep: f.periodId, d: e.date, st: e.startTime, et: e.endTime, act: e.activity, q: e.quantity, u: e.unit, ev: e.evidence, ap: e.actionPlanId, add: e.isAdditional, ck: e.clientKey };
}

/** A write race the checks could not see: overlapping or same-key rows committed meanwhile. */
export const isRace = (err: unknown) => ['23P01', '23505'].includes(pgCode(err).code ?? '');

/**
 * Validates and writes entries, all or none. `fieldOf` turns a problem into the path
 * of its input field. Retries once after a race so the second attempt reports the
 * overlap or returns the row stored under the same client key.
 */
export async function createEntries(ctx: Context, raws: readonly RawEntry[], fieldOf: (p: ItemProblem) => string[]): Promise<LogbookEntryRow[]> {
  for (let attempt = 0; ; attempt++) {
    const prepared = await prepareEntries(ctx, raws);
    if (prepared.problems.length) throw new UserErrorList(prepared.problems.map((p) => toUserError(p, fieldOf)));
    try {
      return await insertEntries(ctx, prepared);
    } catch (err) {
      if (attempt === 0 && isRace(err)) continue;
      if (isRace(err)) throw userError('TIME_OVERLAP', 'Another entry of the same time was written at the same moment; try again.');
      throw err;
    }
  }
}

export const toUserError = (p: ItemProblem, fieldOf: (p: ItemProblem) => string[]): UserFacingError =>
  userError(p.code, p.message, fieldOf(p));
