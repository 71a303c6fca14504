import type { UserErrorCode } from '../../../graphql/generated/types';
import { isDate } from '../../../lib/dates';
import { parseGlobalId } from '../../../lib/ids';

/**
 * Pure validation of logbook entry input (catatan harian), shared by the single and
 * batched mutations and the import. Database-dependent rules (open evaluation period,
 * action plan ownership, overlap with stored entries) live in services/entry-checks.ts.
 */
export const LIMITS = {
  batch: 100,
  activity: { min: 3, max: 2000 },
  unit: 50,
  evidence: 10,
  url: 2000,
  clientKey: 100,
  quantity: 1_000_000_000,
  note: { min: 3, max: 1000 },
};

/** An entry as it arrives (GraphQL input or an imported row already mapped to fields). */
export interface RawEntry {
  date: string;
  startTime: string;
  endTime: string;
  activity: string;
  outputQuantity?: number | null;
  outputUnit?: string | null;
  evidence?: readonly string[] | null;
  /** Global id of an ActionPlan (GraphQL input). */
  actionPlan?: string | null;
  /** Already resolved action plan (import). */
  actionPlanId?: number | null;
  isAdditionalTask?: boolean | null;
  clientKey?: string | null;
}

/** A valid entry, normalised: times `HH:MM`, trimmed texts. */
export interface CleanEntry {
  date: string;
  startTime: string;
  endTime: string;
  activity: string;
  quantity: number | null;
  unit: string | null;
  evidence: string[];
  actionPlanId: number | null;
  isAdditional: boolean;
  clientKey: string | null;
}

/** A refusal tied to one item of a batch and one of its fields. */
export interface ItemProblem {
  index: number;
  field: string;
  code: UserErrorCode;
  message: string;
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::00)?$/;

/** `"8:05"` → `"08:05"`; `"24:00"` only when `allowMidnightEnd`; null when malformed. */
export function parseTime(s: string, allowMidnightEnd = false): string | null {
  const t = s.trim();
  if (allowMidnightEnd && /^24[:.]00(:00)?$/.test(t)) return '24:00';
  const m = TIME.exec(t);
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** True for an absolute http(s) URL with a host, without spaces or control characters. */
export function isHttpUrl(s: string): boolean {
  if (s.length > LIMITS.url || /\s/.test(s) || CONTROL.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function text(v: string | null | undefined): string | null {
  if (v == null) return null;
  const t = v.trim();
  return t === '' ? null : t;
}

function checkTimes(raw: RawEntry, p: (f: string, c: UserErrorCode, m: string) => void) {
  const start = parseTime(raw.startTime ?? '');
  const end = parseTime(raw.endTime ?? '', true);
  if (!start) p('startTime', 'INVALID_INPUT', 'Start time must be written HH:MM (00:00 to 23:59).');
  if (!end) p('endTime', 'INVALID_INPUT', 'End time must be written HH:MM (00:01 to 24:00).');
  if (start && end && minutesOf(end) <= minutesOf(start)) p('endTime', 'INVALID_INPUT', 'The end time must be after the start time.');
  return { start, end };
}

function checkOutput(raw: RawEntry, p: (f: string, c: UserErrorCode, m: string) => void) {
  const q = raw.outputQuantity ?? null;
  const unit = text(raw.outputUnit);
  if (q !== null && (!Number.isFinite(q) || q < 0 || q > LIMITS.quantity)) p('outputQuantity', 'INVALID_INPUT', 'The output quantity must be a number of at least 0.');
  if (q !== null && unit === null) p('outputUnit', 'INVALID_INPUT', 'Give the unit (satuan) of the output quantity.');
  if (unit !== null && (unit.length > LIMITS.unit || CONTROL.test(unit))) p('outputUnit', 'INVALID_INPUT', `The unit must have at most ${LIMITS.unit} characters.`);
  return { q, unit };
}

function checkEvidence(raw: RawEntry, p: (f: string, c: UserErrorCode, m: string) => void): string[] {
  const urls = (raw.evidence ?? []).map((u) => u.trim()).filter((u) => u !== '');
  if (urls.length > LIMITS.evidence) p('evidence', 'INVALID_INPUT', `At most ${LIMITS.evidence} evidence links.`);
  const bad = urls.findIndex((u) => !isHttpUrl(u));
  if (bad >= 0) p('evidence', 'INVALID_INPUT', `Evidence must be http(s) links; "${urls[bad].slice(0, 80)}" is not.`);
  return urls;
}

function checkLink(raw: RawEntry, p: (f: string, c: UserErrorCode, m: string) => void): number | null {
  let id = raw.actionPlanId ?? null;
  if (id === null && raw.actionPlan != null) {
    const d = parseGlobalId(raw.actionPlan);
    if (!d || d.type !== 'ActionPlan') p('actionPlan', 'INVALID_INPUT', 'Not a valid ActionPlan id.');
    else id = d.id;
  }
  const additional = raw.isAdditionalTask === true;
  if (additional && (id !== null || raw.actionPlan != null)) p('actionPlan', 'INVALID_INPUT', 'An additional task (tugas tambahan) has no action plan.');
  if (!additional && id === null && raw.actionPlan == null) p('actionPlan', 'INVALID_INPUT', 'Choose an action plan (rencana aksi) or mark the entry as an additional task.');
  return id;
}

/** Checks one entry; `problems` is empty exactly when `entry` is set. */
export function validateEntry(raw: RawEntry, index: number, today: string): { entry: CleanEntry | null; problems: ItemProblem[] } {
  const problems: ItemProblem[] = [];
  const p = (field: string, code: UserErrorCode, message: string) => problems.push({ index, field, code, message });
  if (!isDate(raw.date)) p('date', 'INVALID_INPUT', 'The date must be a real date written YYYY-MM-DD.');
  else if (raw.date > today) p('date', 'FUTURE_DATE', 'Logbook entries cannot be written for a future date.');
  const { start, end } = checkTimes(raw, p);
  const activity = (raw.activity ?? '').trim();
  // Characters as PostgreSQL counts them (code points), not UTF-16 units.
  const chars = [...activity].length;
  if (chars < LIMITS.activity.min || chars > LIMITS.activity.max || CONTROL.test(activity)) {
    p('activity', 'INVALID_INPUT', `The activity must have ${LIMITS.activity.min} to ${LIMITS.activity.max} characters.`);
  }
  const { q, unit } = checkOutput(raw, p);
  const evidence = checkEvidence(raw, p);
  const actionPlanId = checkLink(raw, p);
  const clientKey = raw.clientKey ?? null;
  if (clientKey !== null && (clientKey.length < 1 || clientKey.length > LIMITS.clientKey || CONTROL.test(clientKey))) {
    p('clientKey', 'INVALID_INPUT', `The client key must have 1 to ${LIMITS.clientKey} characters.`);
  }
  if (problems.length) return { entry: null, problems };
  return {
    entry: { date: raw.date, startTime: start!, endTime: end!, activity, quantity: q, unit, evidence, actionPlanId, isAdditional: raw.isAdditionalTask === true, clientKey },
    problems,
  };
}

/**
 * Entries of one batch that overlap each other on the same day (`[start, end)`), and
 * client keys repeated within the batch. Each later item is reported once.
 */
export function batchProblems(entries: readonly (CleanEntry | null)[], label: (i: number) => string = (i) => `item ${i} of this batch`): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const byDay = new Map<string, number[]>();
  const keys = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!e) return;
    if (e.clientKey !== null) {
      const first = keys.get(e.clientKey);
      if (first !== undefined) problems.push({ index: i, field: 'clientKey', code: 'INVALID_INPUT', message: `The client key is also used by ${label(first)}.` });
      else keys.set(e.clientKey, i);
    }
    let list = byDay.get(e.date);
    if (!list) byDay.set(e.date, (list = []));
    list.push(i);
  });
  for (const list of byDay.values()) {
    const sorted = [...list].sort((a, b) => minutesOf(entries[a]!.startTime) - minutesOf(entries[b]!.startTime) || a - b);
    let last = -1;
    for (const i of sorted) {
      if (last >= 0 && minutesOf(entries[i]!.startTime) < minutesOf(entries[last]!.endTime)) {
        problems.push({ index: Math.max(i, last), field: 'startTime', code: 'TIME_OVERLAP', message: `Overlaps ${label(Math.min(i, last))} on ${entries[i]!.date}.` });
        if (minutesOf(entries[i]!.endTime) > minutesOf(entries[last]!.endTime)) last = i;
      } else last = i;
    }
  }
  return problems;
}
