import type { Context } from '../../../graphql/context';
import { UserErrorList, userError, type UserFacingError } from '../../../lib/errors';
import { pgCode } from '../../../lib/validate';
import { batchProblems, validateEntry, type CleanEntry, type ItemProblem, type RawEntry } from '../rules/entry-input';
import { ENTRY_COLS, type LogbookEntryRow } from '../types';
import { actorOf } from '../audit';
import { preparedSql } from '../../../db/prepared';
import { bypassesLock, factItemList, factProblems, type EntryFacts } from './entry-checks';
import { writeBatched, writeOne } from './entry-writes';

/**
 * Creating logbook entries, one or a batch of any size, in two statements: the session
 * lookup and ONE statement that checks every database rule for every item (FACTS in
 * entry-checks.ts) and, only when no item breaks one, inserts all rows and their
 * audit records (data-modifying CTEs; entry-writes.ts, which also writes the requests
 * of several employees arriving together in one statement). One statement is atomic,
 * so a batch is all-or-nothing without an explicit transaction, and the checks and the
 * write see the same snapshot. The races a snapshot cannot see are closed by the table:
 * the exclusion constraint (overlaps) and the unique client-key index, met with
 * `on conflict do nothing` and a re-read, so concurrent retries with one key return
 * one row. The statements are prepared once per connection (db/prepared.ts).
 */
export interface Checked {
  entries: (CleanEntry | null)[];
  facts: EntryFacts[];
  problems: ItemProblem[];
  /** Rows in input order when written, null when nothing was written. */
  rows: LogbookEntryRow[] | null;
  /** Entries newly created (the others already existed under their client key). */
  created: number;
}

export function employeeOf(ctx: Context): { agencyId: number; employeeId: number } {
  const v = ctx.viewer;
  if (!v || v.employeeId == null) throw userError('FORBIDDEN', 'Only employees write logbook entries.');
  return { agencyId: v.agencyId, employeeId: v.employeeId };
}

/**
 * Checks the items (pure rules, then the database rules of the items that passed) and,
 * when `write` and nothing is wrong, writes them all. `label` names an item in
 * messages about two items of one batch.
 */
export async function checkAndCreate(ctx: Context, raws: readonly RawEntry[], write: boolean, label?: (i: number) => string): Promise<Checked> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const results = raws.map((r, i) => validateEntry(r, i, ctx.today));
  const entries = results.map((r) => r.entry);
  const problems = [...results.flatMap((r) => r.problems), ...batchProblems(entries, label)];
  const clean = entries.map((e, i) => ({ e, i })).filter((x): x is { e: CleanEntry; i: number } => x.e !== null);
  if (clean.length === 0) return { entries, facts: [], problems, rows: null, created: 0 };
  const { actorId, actorKind } = actorOf(ctx);
  const job = { agencyId, employeeId, items: factItemList(clean.map((x) => x.e)), bypass: bypassesLock(ctx.viewer!), actorId, actorKind, requestId: ctx.requestId };
  const { rows: out, now } = write && problems.length === 0 ? await writeBatched(ctx.em, job) : await writeOne(ctx.em, job, false);
  const facts = out.map((f) => ({ ...f, i: clean[f.i].i }));
  problems.push(...factProblems(ctx.viewer!, employeeId, entries as CleanEntry[], facts, now));
  problems.sort((a, b) => a.index - b.index);
  const inserted = out[0].inserted ?? [];
  if (problems.length || !write) return { entries, facts, problems, rows: null, created: 0 };
  return { entries, facts, problems, rows: await inOrder(ctx, entries as CleanEntry[], inserted), created: inserted.length };
}

/** The written rows in input order; rows stored earlier under the same client key are re-read. */
async function inOrder(ctx: Context, entries: CleanEntry[], inserted: LogbookEntryRow[]): Promise<LogbookEntryRow[]> {
  const { agencyId, employeeId } = employeeOf(ctx);
  const bySlot = new Map(inserted.map((r) => [`${r.date}|${r.startTime}`, r]));
  const missingKeys = entries.filter((e) => !bySlot.has(`${e.date}|${e.startTime}`) && e.clientKey !== null).map((e) => e.clientKey!);
  const byKey = new Map<string, LogbookEntryRow>();
  if (missingKeys.length) {
    const rows = await preparedSql<LogbookEntryRow>(
      ctx.em,
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

/** A write race the checks could not see: overlapping or same-key rows committed meanwhile. */
export const isRace = (err: unknown) => ['23P01', '23505'].includes(pgCode(err).code ?? '');

export const toUserError = (p: ItemProblem, fieldOf: (p: ItemProblem) => string[]): UserFacingError =>
  userError(p.code, p.message, fieldOf(p));

/**
 * Validates and writes entries, all or none. `fieldOf` turns a problem into the path
 * of its input field. Retries once after a race so the second attempt reports the
 * overlap or returns the row stored under the same client key.
 */
export async function createEntries(ctx: Context, raws: readonly RawEntry[], fieldOf: (p: ItemProblem) => string[]): Promise<LogbookEntryRow[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await checkAndCreate(ctx, raws, true);
      if (r.problems.length) throw new UserErrorList(r.problems.map((p) => toUserError(p, fieldOf)));
      return r.rows!;
    } catch (err) {
      if (attempt === 0 && isRace(err)) continue;
      if (isRace(err)) throw userError('TIME_OVERLAP', 'Another entry of the same time was written at the same moment; try again.');
      throw err;
    }
  }
}
