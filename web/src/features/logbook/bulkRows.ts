import type { LogbookEntryInput } from '../../gql/graphql';
import type { FieldErrors, UserErrorLike } from '../../shared/forms/userErrors';
import { describeUserError } from '../../shared/forms/userErrors';
import { checkEntry, entryFieldOf, toEntryInput } from './entryForm';
import type { EntryField, EntryValues } from './entryForm';
import { localizeLogbookErrors } from './labels';

/**
 * Rows of the bulk week entry and the mapping between them and `logbookEntriesCreate`.
 * Blank rows are not sent, so item `i` of the request is not row `i` of the form:
 * `sent[i]` remembers which row it came from, and every per-item error
 * (`["input", "entries", "3", "startTime"]`) goes back to that row and field.
 */
export interface BulkRow {
  /** Stable React key. */
  id: string;
  /** Idempotency key of the row: a retry after a lost answer returns the same entry. */
  clientKey: string;
  values: EntryValues;
}

export interface RowErrors {
  fields: FieldErrors<EntryField>;
  messages: string[];
}

export interface BatchErrors {
  /** Errors by row index of the form. */
  rows: Map<number, RowErrors>;
  /** Errors about the whole request. */
  form: string[];
}

/** A row the user has not started (date and times may be prefilled). */
export function isBlankRow(row: BulkRow): boolean {
  const v = row.values;
  return !v.activity.trim() && !v.outputQuantity.trim() && !v.outputUnit.trim() && !v.evidence.trim() && !v.link;
}

export interface Batch {
  entries: LogbookEntryInput[];
  /** Row index of each sent item. */
  sent: number[];
}

export function buildBatch(rows: readonly BulkRow[]): Batch {
  const entries: LogbookEntryInput[] = [];
  const sent: number[] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row)) return;
    entries.push({ ...toEntryInput(row.values), clientKey: row.clientKey });
    sent.push(index);
  });
  return { entries, sent };
}

/** Client-side checks of every sent row, as userErrors with the request's item paths. */
export function checkBatch(rows: readonly BulkRow[], batch: Batch): UserErrorLike[] {
  return batch.sent.flatMap((rowIndex, item) => checkEntry(rows[rowIndex]!.values, ['input', 'entries', String(item)]));
}

function add(errors: BatchErrors, row: number, field: EntryField | null, text: string) {
  const current = errors.rows.get(row) ?? { fields: {}, messages: [] };
  if (field) current.fields[field] = current.fields[field] ? `${current.fields[field]} ${text}` : text;
  else current.messages.push(text);
  errors.rows.set(row, current);
}

/** Puts each userError on the row (and field) it names; the rest concern the whole request. */
export function mapBatchErrors(userErrors: readonly UserErrorLike[] | null | undefined, sent: readonly number[]): BatchErrors {
  const errors: BatchErrors = { rows: new Map(), form: [] };
  for (const error of localizeLogbookErrors(userErrors)) {
    const text = describeUserError(error);
    const path = error.field ?? [];
    const item = path[0] === 'input' && path[1] === 'entries' && path[2] !== undefined ? Number(path[2]) : Number.NaN;
    const row = Number.isInteger(item) ? sent[item] : undefined;
    if (row === undefined) errors.form.push(text);
    else add(errors, row, entryFieldOf(path.slice(3)), text);
  }
  return errors;
}

/** Number of rows with at least one error. */
export function rowsWithErrors(errors: BatchErrors): number {
  return errors.rows.size;
}
