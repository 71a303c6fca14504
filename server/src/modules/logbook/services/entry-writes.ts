import type { Em } from '../../../db/orm';
import { preparedSql } from '../../../db/prepared';
import { ENTRY_COLS, type LogbookEntryRow } from '../types';
import { FACT_COLS, FACTS, factsSql, type EntryFacts } from './entry-checks';

/**
 * The statements that check and write logbook entries (one employee's, or several
 * employees' at once), and the batching of concurrent writes into one statement.
 *
 * WRITE: the items of one request. FACTS (entry-checks.ts) checks every database rule
 * for every item and, only when no item breaks one and `$7`, all rows are inserted with
 * their audit records (data-modifying CTEs): one statement is atomic, so a batch is
 * all-or-nothing without an explicit transaction. Items without a client key are
 * inserted without ON CONFLICT, which inserts every row speculatively (a token, a
 * lock, a second pass) even when the row cannot meet its arbiter, a partial index. Parameters: $1 agency, $2 employee,
 * $3 items, $4 excluded entry (0), $5 now, $6 bypass lock, $7 write, $8 actor, $9 actor
 * kind, $10 request id. The first row carries the inserted rows as JSON.
 */
export const WRITE = `with ${FACTS},
  ok as (select f.* from f where $7::boolean and f."existingId" is null and not exists (select 1 from f where f.bad)),
  plain as (
    insert into logbook_entry as le (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity,
      output_quantity, output_unit, evidence_urls, action_plan_id, is_additional, client_key)
    select $1, $2, ok."periodId", ok.d, ok.st, ok.et, ok.act, ok.q, ok.u, coalesce(ok.ev, '{}'), ok.ap, ok.add, null from ok
    where ok.ck is null order by ok.i
    returning ${ENTRY_COLS}
  ),
  keyed as (
    insert into logbook_entry as le (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity,
      output_quantity, output_unit, evidence_urls, action_plan_id, is_additional, client_key)
    select $1, $2, ok."periodId", ok.d, ok.st, ok.et, ok.act, ok.q, ok.u, coalesce(ok.ev, '{}'), ok.ap, ok.add, ok.ck from ok
    where ok.ck is not null order by ok.i
    on conflict (agency_id, employee_id, client_key) where client_key is not null do nothing
    returning ${ENTRY_COLS}
  ),
  ins as (select * from plain union all select * from keyed),
  aud as (
    insert into audit_log (agency_id, actor_id, actor_kind, action, entity_type, entity_id, to_state, request_id)
    select $1, $8, $9, 'logbookEntry.create', 'LogbookEntry', ins.id, 'DRAFT', $10 from ins
  )
  select ${FACT_COLS}, case when f.i = 0 then (select coalesce(jsonb_agg(to_jsonb(ins)), '[]'::jsonb) from ins) end as inserted
  from f order by f.i`;

/**
 * WRITES: the requests of several employees (one each) in one statement. Each item
 * carries its request (`grp`), agency, employee, lock bypass and audit actor; each
 * request is all-or-nothing on its own (`not exists` a bad item of the same `grp`).
 * Parameters: $1 items, $2 now.
 */
const WRITES = `with ${factsSql({
  items: '$1', cols: 'grp int, ag int, emp int, bypass boolean, actor int, ak text, req text, ',
  agency: 'inp.ag', employee: 'inp.emp', exclude: '0::bigint', now: '$2::timestamptz', bypass: 'inp.bypass',
})},
  ok as (select f.* from f where f."existingId" is null and f.grp not in (select b.grp from f b where b.bad)),
  plain as (
    insert into logbook_entry as le (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity,
      output_quantity, output_unit, evidence_urls, action_plan_id, is_additional, client_key)
    select ok.ag, ok.emp, ok."periodId", ok.d, ok.st, ok.et, ok.act, ok.q, ok.u, coalesce(ok.ev, '{}'), ok.ap, ok.add, null from ok
    where ok.ck is null order by ok.grp, ok.i
    returning ${ENTRY_COLS}
  ),
  keyed as (
    insert into logbook_entry as le (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity,
      output_quantity, output_unit, evidence_urls, action_plan_id, is_additional, client_key)
    select ok.ag, ok.emp, ok."periodId", ok.d, ok.st, ok.et, ok.act, ok.q, ok.u, coalesce(ok.ev, '{}'), ok.ap, ok.add, ok.ck from ok
    where ok.ck is not null order by ok.grp, ok.i
    on conflict (agency_id, employee_id, client_key) where client_key is not null do nothing
    returning ${ENTRY_COLS}
  ),
  ins as (select * from plain union all select * from keyed),
  aud as (
    insert into audit_log (agency_id, actor_id, actor_kind, action, entity_type, entity_id, to_state, request_id)
    select ins."agencyId", w.actor, w.ak, 'logbookEntry.create', 'LogbookEntry', ins.id, 'DRAFT', w.req
    from ins join (select distinct emp, actor, ak, req from inp) w on w.emp = ins."employeeId"
  )
  select f.grp, ${FACT_COLS},
    case when f.i = 0 then (select coalesce(jsonb_agg(to_jsonb(ins)), '[]'::jsonb) from ins where ins."employeeId" = f.emp) end as inserted
  from f order by f.grp, f.i`;

export type WriteRow = EntryFacts & { inserted: LogbookEntryRow[] | null };

export interface WriteJob {
  agencyId: number;
  employeeId: number;
  /** factItemList of the request's clean entries. */
  items: Record<string, unknown>[];
  bypass: boolean;
  actorId: number | null;
  actorKind: string;
  requestId: string;
}

/** The rows of the write and the instant its checks used (the caller describes problems at it). */
export interface Written {
  rows: WriteRow[];
  now: Date;
}

/** One request's write (or, with `write` false, only its checks). */
export async function writeOne(em: Em, job: WriteJob, write: boolean): Promise<Written> {
  const now = new Date();
  const rows = await preparedSql<WriteRow>(em, WRITE, [
    job.agencyId, job.employeeId, JSON.stringify(job.items), 0, now, job.bypass, write, job.actorId, job.actorKind, job.requestId,
  ]);
  return { rows, now };
}

interface Waiting {
  em: Em;
  job: WriteJob;
  resolve(w: Written): void;
  reject(e: unknown): void;
}

interface Batch {
  waiting: Waiting[];
  employees: Set<number>;
}

/** The batch gathering, per database (a process may serve several apps, as tests do). */
const open = new WeakMap<object, Batch>();

/**
 * Writes a request's entries together with the other requests that arrived in the same
 * pass of the event loop (group commit): one statement, one round trip and one commit
 * for all, instead of one each; every request keeps its own all-or-nothing and its own
 * audit actor. At most one request per employee joins a batch (a second one of the same
 * employee is written on its own), so requests of one batch never touch the same rows.
 * When the shared statement fails (a race met by a constraint, a lost connection), each
 * request is written again on its own, and meets its own outcome as if never batched.
 */
export function writeBatched(em: Em, job: WriteJob): Promise<Written> {
  const db = em.getConnection();
  let b = open.get(db);
  if (em.isInTransaction() || b?.employees.has(job.employeeId)) return writeOne(em, job, true);
  if (!b) {
    const fresh: Batch = { waiting: [], employees: new Set() };
    open.set(db, (b = fresh));
    setImmediate(() => void flush(db, fresh));
  }
  b.employees.add(job.employeeId);
  const waiting = b.waiting;
  return new Promise((resolve, reject) => waiting.push({ em, job, resolve, reject }));
}

async function flush(db: object, b: Batch): Promise<void> {
  if (open.get(db) === b) open.delete(db);
  if (b.waiting.length === 1) {
    const [w] = b.waiting;
    return writeOne(w.em, w.job, true).then(w.resolve, w.reject);
  }
  const now = new Date();
  const items = b.waiting.flatMap((w, grp) => w.job.items.map((it) => ({
    grp, ag: w.job.agencyId, emp: w.job.employeeId, bypass: w.job.bypass, actor: w.job.actorId, ak: w.job.actorKind, req: w.job.requestId, ...it,
  })));
  let rows: (WriteRow & { grp: number })[];
  try {
    rows = await preparedSql<WriteRow & { grp: number }>(b.waiting[0].em, WRITES, [JSON.stringify(items), now]);
  } catch {
    for (const w of b.waiting) writeOne(w.em, w.job, true).then(w.resolve, w.reject);
    return;
  }
  const byGroup = b.waiting.map(() => [] as WriteRow[]);
  for (const r of rows) byGroup[r.grp].push(r);
  b.waiting.forEach((w, grp) => w.resolve({ rows: byGroup[grp], now }));
}
