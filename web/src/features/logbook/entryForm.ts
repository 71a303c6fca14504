import type { LogbookEntryInput } from '../../gql/graphql';
import type { UserErrorLike } from '../../shared/forms/userErrors';
import { parseEvidence, parseQuantity } from './labels';

/**
 * The fields of one catatan harian as the forms hold them (strings), and their mapping to
 * the API input. `link` is an ActionPlan id, `ADDITIONAL` for a tugas tambahan, or blank.
 */
export interface EntryValues {
  [key: string]: string;
  date: string;
  startTime: string;
  endTime: string;
  activity: string;
  outputQuantity: string;
  outputUnit: string;
  evidence: string;
  link: string;
}

export const ADDITIONAL = 'ADDITIONAL';

export const ENTRY_FIELDS = ['date', 'startTime', 'endTime', 'activity', 'outputQuantity', 'outputUnit', 'evidence', 'link'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** Server paths that name a form field under another name. */
export const ENTRY_ALIASES: Record<string, EntryField> = { actionPlan: 'link', isAdditionalTask: 'link' };

export function blankEntry(date: string, startTime = '08:00', endTime = '09:00'): EntryValues {
  return { date, startTime, endTime, activity: '', outputQuantity: '', outputUnit: '', evidence: '', link: '' };
}

/** The field of a server path after the item prefix (`startTime`, `evidence.2` → `evidence`, `actionPlan` → `link`). */
export function entryFieldOf(rest: readonly string[]): EntryField | null {
  const first = rest[0];
  if (!first) return null;
  if (first in ENTRY_ALIASES) return ENTRY_ALIASES[first]!;
  return (ENTRY_FIELDS as readonly string[]).includes(first) ? (first as EntryField) : null;
}

/** `08.30` or `8:30` → `08:30` (what phones and spreadsheets type); otherwise unchanged. */
export function normaliseTime(value: string): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : value.trim();
}

/** Client-side checks, in the shape of `userErrors` (code REQUIRED), one per field at most. */
export function checkEntry(v: EntryValues, prefix: readonly string[] = ['input']): UserErrorLike[] {
  const errors: UserErrorLike[] = [];
  const add = (field: EntryField, message: string) => errors.push({ code: 'REQUIRED', field: [...prefix, field], message });
  if (!v.date) add('date', 'Isi tanggal.');
  if (!v.startTime) add('startTime', 'Isi jam mulai.');
  if (!v.endTime) add('endTime', 'Isi jam selesai.');
  else if (v.startTime && normaliseTime(v.endTime) !== '24:00' && normaliseTime(v.endTime) <= normaliseTime(v.startTime)) {
    add('endTime', 'Jam selesai harus setelah jam mulai.');
  }
  if (v.activity.trim().length < 3) add('activity', 'Uraikan kegiatan, paling sedikit 3 karakter.');
  const q = parseQuantity(v.outputQuantity);
  if (Number.isNaN(q)) add('outputQuantity', 'Isi realisasi dengan angka, misalnya 2 atau 1,5.');
  else if (q !== null && !v.outputUnit.trim()) add('outputUnit', 'Isi satuan realisasi, misalnya Dokumen.');
  if (!v.link) add('link', 'Pilih rencana aksi, atau tandai sebagai tugas tambahan.');
  return errors;
}

/** Form values → the API's entry input (create, with an idempotency key; update without). */
export function toEntryInput(v: EntryValues): Omit<LogbookEntryInput, 'clientKey'> {
  const quantity = parseQuantity(v.outputQuantity);
  const unit = v.outputUnit.trim();
  const additional = v.link === ADDITIONAL;
  return {
    date: v.date,
    startTime: normaliseTime(v.startTime),
    endTime: normaliseTime(v.endTime),
    activity: v.activity.trim(),
    outputQuantity: quantity === null || Number.isNaN(quantity) ? null : quantity,
    outputUnit: unit || null,
    evidence: parseEvidence(v.evidence),
    actionPlan: additional || !v.link ? null : v.link,
    isAdditionalTask: additional,
  };
}

/** An entry read from the API → form values (edit). */
export function fromEntry(e: {
  date: string;
  startTime: string;
  endTime: string;
  activity: string;
  outputQuantity?: number | null;
  outputUnit?: string | null;
  evidence: readonly string[];
  isAdditionalTask: boolean;
  actionPlan?: { id: string } | null;
}): EntryValues {
  return {
    date: e.date,
    startTime: e.startTime,
    endTime: e.endTime,
    activity: e.activity,
    outputQuantity: e.outputQuantity == null ? '' : String(e.outputQuantity).replace('.', ','),
    outputUnit: e.outputUnit ?? '',
    evidence: e.evidence.join('\n'),
    link: e.isAdditionalTask ? ADDITIONAL : (e.actionPlan?.id ?? ''),
  };
}
