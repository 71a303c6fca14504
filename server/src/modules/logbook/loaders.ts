import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import * as repo from './repo';
import type { ActionPlanRow, LogbookEntryRow, RealizationRow } from './types';

/** Per-request loaders of the logbook module (unfiltered: callers check visibility). */
function byId<T extends { id: number }>(ctx: Context, name: string, fetch: (em: Em, ids: readonly number[]) => Promise<T[]>) {
  return ctx.loaders.get(name, () => new DataLoader<number, T | null>(async (ids) => {
    const map = new Map((await fetch(ctx.em, ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
}

function groupBy<T>(ctx: Context, name: string, fetch: (em: Em, keys: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return ctx.loaders.get(name, () => new DataLoader<number, T[]>(async (keys) => {
    const map = new Map<number, T[]>();
    for (const r of await fetch(ctx.em, keys)) {
      const k = keyOf(r);
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(r);
    }
    return keys.map((k) => map.get(k) ?? []);
  }));
}

export const entryById = (ctx: Context) => byId<LogbookEntryRow>(ctx, 'logbook.entryById', repo.entriesByIds);
export const actionPlanById = (ctx: Context) => byId<ActionPlanRow>(ctx, 'logbook.actionPlanById', repo.actionPlansByIds);
export const realizationById = (ctx: Context) => byId<RealizationRow>(ctx, 'logbook.realizationById', repo.realizationsByIds);
export const actionPlansOfIndicator = (ctx: Context) =>
  groupBy<ActionPlanRow>(ctx, 'logbook.actionPlansOfIndicator', repo.actionPlansByIndicatorIds, (r) => r.indicatorId!);
export const realizationsOfIndicator = (ctx: Context) =>
  groupBy<RealizationRow>(ctx, 'logbook.realizationsOfIndicator', repo.realizationsByIndicatorIds, (r) => r.indicatorId);

export const verifiedOutput = (ctx: Context) =>
  ctx.loaders.get('logbook.verifiedOutput', () => new DataLoader<number, number>(async (ids) => {
    const map = new Map((await repo.verifiedOutputs(ctx.em, ids)).map((r) => [r.id, r.total]));
    return ids.map((id) => map.get(id) ?? 0);
  }));
