import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import { ACTION_PLAN_COLS, ENTRY_COLS, REALIZATION_COLS, type ActionPlanRow, type LogbookEntryRow, type RealizationRow } from './types';

/** Set-based reads of the logbook module (DataLoaders batch them). */

export const entriesByIds = (em: Em, ids: readonly number[]) =>
  sql<LogbookEntryRow>(em, `select ${ENTRY_COLS} from logbook_entry le where le.id = any($1::bigint[])`, [ids]);

const AP_FROM = `action_plan ap join goal g on g.agency_id = ap.agency_id and g.id = ap.goal_id
  join evaluation_period ape on ape.agency_id = ap.agency_id and ape.id = ap.evaluation_period_id`;

export const actionPlansByIds = (em: Em, ids: readonly number[]) =>
  sql<ActionPlanRow>(em, `select ${ACTION_PLAN_COLS} from ${AP_FROM} where ap.id = any($1::int[])`, [ids]);

/** Action plans of indicators, by evaluation period start. */
export const actionPlansByIndicatorIds = (em: Em, ids: readonly number[]) =>
  sql<ActionPlanRow>(
    em,
    `select ${ACTION_PLAN_COLS} from indicator i join ${AP_FROM} on ap.agency_id = i.agency_id and ap.indicator_id = i.id
     where i.id = any($1::int[]) order by ape.start_date, ape.end_date, ap.id`,
    [ids],
  );

export const realizationsByIds = (em: Em, ids: readonly number[]) =>
  sql<RealizationRow>(em, `select ${REALIZATION_COLS} from realization r where r.id = any($1::int[])`, [ids]);

export const realizationsByIndicatorIds = (em: Em, ids: readonly number[]) =>
  sql<RealizationRow>(
    em,
    `select ${REALIZATION_COLS} from indicator i join realization r on r.agency_id = i.agency_id and r.indicator_id = i.id
     join evaluation_period ep on ep.agency_id = r.agency_id and ep.id = r.evaluation_period_id
     where i.id = any($1::int[]) order by ep.start_date, ep.end_date, r.id`,
    [ids],
  );

/** Sum of VERIFIED output of each action plan, in the action plan's target unit. */
export const verifiedOutputs = (em: Em, ids: readonly number[]) =>
  sql<{ id: number; total: number }>(
    em,
    `select ap.id, coalesce(sum(le.output_quantity), 0) as total
     from action_plan ap left join logbook_entry le on le.agency_id = ap.agency_id and le.action_plan_id = ap.id
       and le.status = 'VERIFIED' and lower(btrim(le.output_unit)) = lower(btrim(ap.target_unit))
     where ap.id = any($1::int[]) group by ap.id`,
    [ids],
  );

/** Keyset page of entries; `where` is a condition on `le` using `params` as $1…$n. */
export async function entryPage(em: Em, where: string, params: unknown[], limit: number, after: (string | number | null)[] | null): Promise<LogbookEntryRow[]> {
  const n = params.length;
  return sql<LogbookEntryRow>(
    em,
    `select ${ENTRY_COLS} from logbook_entry le
     where ${where} and ($${n + 1}::date is null or (le.entry_date, le.start_time, le.id) > ($${n + 1}::date, $${n + 2}::time, $${n + 3}::bigint))
     order by le.entry_date, le.start_time, le.id limit $${n + 4}`,
    [...params, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
  );
}

export async function countEntries(em: Em, where: string, params: unknown[]): Promise<number> {
  return (await sql<{ n: number }>(em, `select count(*) as n from logbook_entry le where ${where}`, params))[0].n;
}

/** Keyset page of action plans (by evaluation period start, id); `where` uses `params` as $1…$n. */
export async function actionPlanPage(em: Em, where: string, params: unknown[], limit: number, after: (string | number | null)[] | null): Promise<(ActionPlanRow & { startDate: string })[]> {
  const n = params.length;
  return sql<ActionPlanRow & { startDate: string }>(
    em,
    `select ${ACTION_PLAN_COLS}, ape.start_date as "startDate" from ${AP_FROM}
     where ${where} and ($${n + 1}::date is null or (ape.start_date, ap.id) > ($${n + 1}::date, $${n + 2}::int))
     order by ape.start_date, ap.id limit $${n + 3}`,
    [...params, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
  );
}

export async function countActionPlans(em: Em, where: string, params: unknown[]): Promise<number> {
  return (await sql<{ n: number }>(em, `select count(*) as n from ${AP_FROM} where ${where}`, params))[0].n;
}
