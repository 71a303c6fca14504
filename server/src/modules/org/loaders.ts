import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import * as repo from './repo';
import type { AgencyRow, AppraiserOverrideRow, AssignmentRow, EmployeeRow, OrgUnitRow, PositionRow } from './types';

/** Per-request loaders of the org module: one SQL statement per batch. */

function byId<T extends { id: number }>(ctx: Context, name: string, fetch: (em: Em, ids: readonly number[]) => Promise<T[]>) {
  return ctx.loaders.get(name, () => new DataLoader<number, T | null>(async (ids) => {
    const rows = await fetch(ctx.em, ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
}

function groupBy<T, K>(ctx: Context, name: string, fetch: (em: Em, keys: readonly K[]) => Promise<T[]>, keyOf: (row: T) => K) {
  return ctx.loaders.get(name, () => new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch(ctx.em, keys);
    const map = new Map<K, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      let list = map.get(k);
      if (!list) map.set(k, (list = []));
      list.push(r);
    }
    return keys.map((k) => map.get(k) ?? []);
  }));
}

/** Loader keyed by (id, date): batches per date, one statement per distinct date. */
function atDate<V>(ctx: Context, name: string, fetch: (em: Em, ids: number[], at: string) => Promise<Map<number, V>>) {
  return ctx.loaders.get(name, () => new DataLoader<string, V | null>(async (keys) => {
    const byDate = new Map<string, number[]>();
    for (const k of keys) {
      const [id, at] = k.split('|');
      let ids = byDate.get(at);
      if (!ids) byDate.set(at, (ids = []));
      ids.push(Number(id));
    }
    const results = new Map<string, V>();
    await Promise.all([...byDate].map(async ([at, ids]) => {
      const map = await fetch(ctx.em, ids, at);
      for (const [id, v] of map) results.set(`${id}|${at}`, v);
    }));
    return keys.map((k) => results.get(k) ?? null);
  }));
}

export const agencyById = (ctx: Context) => byId<AgencyRow>(ctx, 'org.agencyById', repo.agenciesByIds);
export const unitById = (ctx: Context) => byId<OrgUnitRow>(ctx, 'org.unitById', repo.unitsByIds);
export const positionById = (ctx: Context) => byId<PositionRow>(ctx, 'org.positionById', repo.positionsByIds);
/** Unfiltered: callers must check visibility before returning an employee. */
export const employeeById = (ctx: Context) => byId<EmployeeRow>(ctx, 'org.employeeById', repo.employeesByIds);
export const assignmentById = (ctx: Context) => byId<AssignmentRow>(ctx, 'org.assignmentById', repo.assignmentsByIds);
export const overrideById = (ctx: Context) => byId<AppraiserOverrideRow>(ctx, 'org.overrideById', repo.overridesByIds);

export const unitChildren = (ctx: Context) => groupBy<OrgUnitRow, number>(ctx, 'org.unitChildren', repo.unitsByParentIds, (u) => u.parentId!);
export const unitHasChildren = (ctx: Context) =>
  ctx.loaders.get('org.unitHasChildren', () => new DataLoader<number, boolean>(async (ids) => {
    const rows = await repo.unitIdsWithChildren(ctx.em, ids);
    const set = new Set(rows.map((r) => r.id));
    return ids.map((id) => set.has(id));
  }));
export const rootUnits = (ctx: Context) => groupBy<OrgUnitRow, number>(ctx, 'org.rootUnits', repo.rootUnitsOfAgencies, (u) => u.agencyId);
export const unitPositions = (ctx: Context) => groupBy<PositionRow, number>(ctx, 'org.unitPositions', repo.positionsByUnitIds, (p) => p.unitId);
export const subordinatePositions = (ctx: Context) =>
  groupBy<PositionRow, number>(ctx, 'org.subordinatePositions', repo.positionsBySuperiorIds, (p) => p.superiorId!);
export const employeeAssignments = (ctx: Context) =>
  groupBy<AssignmentRow, number>(ctx, 'org.employeeAssignments', repo.assignmentsByEmployeeIds, (a) => a.employeeId);

export const primaryAssignmentAt = (ctx: Context) =>
  atDate<AssignmentRow>(ctx, 'org.primaryAssignmentAt', async (em, ids, at) =>
    new Map((await repo.primaryAssignmentsAt(em, ids, at)).map((a) => [a.employeeId, a])));

export const holderAt = (ctx: Context) =>
  atDate<number>(ctx, 'org.holderAt', async (em, ids, at) =>
    new Map((await repo.holdersAt(em, ids, at, false)).map((h) => [h.positionId, h.employeeId])));

export const actingHolderAt = (ctx: Context) =>
  atDate<number>(ctx, 'org.actingHolderAt', async (em, ids, at) =>
    new Map((await repo.holdersAt(em, ids, at, true)).map((h) => [h.positionId, h.employeeId])));

export const appraiserAt = (ctx: Context) =>
  atDate<number>(ctx, 'org.appraiserAt', async (em, ids, at) =>
    new Map((await repo.appraisersAt(em, ids, at)).filter((r) => r.appraiserId != null).map((r) => [r.employeeId, r.appraiserId!])));

export const overrideAt = (ctx: Context) =>
  atDate<AppraiserOverrideRow>(ctx, 'org.overrideAt', async (em, ids, at) =>
    new Map((await repo.overridesAt(em, ids, at)).map((o) => [o.employeeId, o])));

export const key = (id: number, at: string) => `${id}|${at}`;
