import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import type { Viewer } from '../../../auth/viewer';
import { isLocked } from '../../../lib/period-locks';
import type { CleanEntry, ItemProblem } from '../rules/entry-input';

/**
 * Database rules of logbook entries, checked for a whole batch in ONE statement:
 * for every item, the entry already stored under its client key, the evaluation
 * period containing its date (same choice as `evaluationPeriodAt`: the shortest
 * non-FINAL one) with its lock, its action plan (owner and period) and the first
 * stored entry of the same day whose time range overlaps it.
 */
export interface EntryFacts {
  i: number;
  existingId: number | null;
  periodId: number | null;
  deadline: Date | null;
  unlockedUntil: Date | null;
  apFound: boolean;
  apOwnerId: number | null;
  apStart: string | null;
  apEnd: string | null;
  overlapId: number | null;
}

export async function entryFacts(em: Em, agencyId: number, employeeId: number, entries: readonly CleanEntry[], excludeId: number | null = null): Promise<EntryFacts[]> {
  const items = entries.map((e, i) => ({ i, d: e.date, st: e.startTime, et: e.endTime, ap: e.actionPlanId, ck: e.clientKey }));
  return sql<EntryFacts>(
    em,
    `with inp as (select * from jsonb_to_recordset($3::jsonb) as t(i int, d date, st time, et time, ap int, ck text))
     select inp.i, ex.id as "existingId", ep.id as "periodId", ep.deadline, ep.unlocked_until as "unlockedUntil",
       (apx.id is not null) as "apFound", apx.owner_id as "apOwnerId", apx.start_date as "apStart", apx.end_date as "apEnd",
       ov.id as "overlapId"
     from inp
     left join logbook_entry ex on ex.agency_id = $1 and ex.employee_id = $2 and ex.client_key = inp.ck
     left join lateral (
       select e.id, e.deadline, e.unlocked_until from evaluation_period e
       where e.agency_id = $1 and e.start_date <= inp.d and e.end_date >= inp.d
       order by (e.kind = 'FINAL'), e.end_date - e.start_date, e.id limit 1
     ) ep on true
     left join lateral (
       select a.id, g.owner_id, e.start_date, e.end_date from action_plan a
       join goal g on g.agency_id = a.agency_id and g.id = a.goal_id
       join evaluation_period e on e.agency_id = a.agency_id and e.id = a.evaluation_period_id
       where a.agency_id = $1 and a.id = inp.ap
     ) apx on true
     left join lateral (
       select o.id from logbook_entry o
       where o.agency_id = $1 and o.employee_id = $2 and o.entry_date = inp.d and o.start_time < inp.et and o.end_time > inp.st
         and o.id <> $4
       limit 1
     ) ov on true
     order by inp.i`,
    [agencyId, employeeId, JSON.stringify(items), excludeId ?? 0],
  );
}

const bypassesLock = (v: Viewer) => v.role === 'ADMIN' || v.role === 'SUPERADMIN';

/**
 * Refusals from the facts; items already stored under their client key are skipped
 * (they will be returned as they are). `now` decides the period locks.
 */
export function factProblems(viewer: Viewer, employeeId: number, entries: readonly CleanEntry[], facts: readonly EntryFacts[], now = new Date()): ItemProblem[] {
  const problems: ItemProblem[] = [];
  for (const f of facts) {
    if (f.existingId !== null) continue;
    const e = entries[f.i];
    const p = (field: string, code: ItemProblem['code'], message: string) => problems.push({ index: f.i, field, code, message });
    if (f.periodId === null) p('date', 'OUTSIDE_EVALUATION_PERIOD', `No evaluation period contains ${e.date}.`);
    else if (!bypassesLock(viewer) && isLocked({ deadline: f.deadline!, unlockedUntil: f.unlockedUntil }, now)) {
      p('date', 'PERIOD_LOCKED', 'The deadline of this period has passed; ask an admin to unlock it.');
    }
    if (e.actionPlanId !== null) {
      if (!f.apFound || f.apOwnerId !== employeeId) p('actionPlan', 'NOT_FOUND', 'Action plan not found among your own.');
      else if (e.date < f.apStart! || e.date > f.apEnd!) {
        p('actionPlan', 'ACTION_PLAN_MISMATCH', `The action plan belongs to ${f.apStart} – ${f.apEnd}, which does not contain ${e.date}.`);
      }
    }
    if (f.overlapId !== null) p('startTime', 'TIME_OVERLAP', `Overlaps another entry of ${e.date}.`);
  }
  return problems;
}
