import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { visiblePlanLoader } from '../planning/scope';
import type { GoalRow, PlanRow } from '../planning/types';
import * as repo from './repo';
import { addToForest, childrenOf, emptyForest, type Forest } from './tree';
import type { CascadeGoal } from './types';

/**
 * The request's cascade forest. The first `children` of a request fetches the whole
 * readable subtree below its goal (all goals asked in the same tick: one statement),
 * and every deeper `children` is then answered from memory, synchronously. Entry
 * points (a plan's or an employee's cascade) load their roots and subtrees in one
 * statement into the same forest. Per request (ctx.loaders), never shared.
 */
export interface SubtreeKey {
  goal: GoalRow;
  /** Levels to read below the goal (Infinity: all). */
  levels: number;
}

export class CascadeForest extends DataLoader<SubtreeKey, readonly CascadeGoal[], string> {
  readonly forest: Forest<CascadeGoal> = emptyForest();
  private readonly stats = new Map<number, { count: number; height: number }>();
  /** Goals whose whole readable subtree is loaded. */
  private readonly whole = new Set<number>();

  constructor(private readonly ctx: Context) {
    super((keys) => this.fetchBelow(keys), { cacheKeyFn: (k) => `${k.goal.id}:${k.levels}` });
  }

  private async fetchBelow(keys: readonly SubtreeKey[]): Promise<(readonly CascadeGoal[])[]> {
    const missing = keys.filter((k) => childrenOf(this.forest, k.goal.id) === undefined || (k.levels === Infinity && !this.whole.has(k.goal.id)));
    for (const [agencyId, list] of groupBy(missing, (k) => k.goal.agencyId)) {
      const levels = Math.max(...list.map((k) => k.levels));
      const rows = await repo.subtreesBelow(this.ctx, agencyId, list.map((k) => k.goal), levels);
      this.add(rows, list.map((k) => k.goal.id), levels === Infinity);
    }
    return keys.map((k) => childrenOf(this.forest, k.goal.id) ?? []);
  }

  /** Adds fetched rows below `rootIds`. */
  add(rows: readonly CascadeGoal[], rootIds: readonly number[], whole: boolean): void {
    addToForest(this.forest, rows, rootIds);
    // Tell planning's plan-visibility loader what we learnt (once per plan), so
    // `plan` on the nodes costs no extra visibility statement.
    const plans = new Map<number, boolean>();
    for (const r of rows) plans.set(r.planId, r.visible);
    const vis = visiblePlanLoader(this.ctx);
    for (const [id, visible] of plans) vis.prime(id, visible);
    if (whole) for (const id of [...rootIds, ...rows.map((r) => r.id)]) this.whole.add(id);
  }

  /**
   * Readable children of a goal: from memory when its subtree is loaded (the hot path:
   * no promise, no allocation), else read with the levels below it that the query
   * reaches (look-ahead computed only then; batched per tick).
   */
  children(goal: GoalRow, levels: () => number): readonly CascadeGoal[] | Promise<readonly CascadeGoal[]> {
    return childrenOf(this.forest, goal.id) ?? this.load({ goal, levels: levels() });
  }

  /** Number of readable goals below and number of levels below (memoised per node). */
  async statsOf(goal: GoalRow): Promise<{ count: number; height: number }> {
    if (!this.whole.has(goal.id)) await this.load({ goal, levels: Infinity });
    return this.measure(goal.id);
  }

  private measure(id: number): { count: number; height: number } {
    let s = this.stats.get(id);
    if (!s) {
      s = { count: 0, height: 0 };
      for (const c of this.forest.children.get(id) ?? []) {
        const k = this.measure(c.id);
        s.count += k.count + 1;
        s.height = Math.max(s.height, k.height + 1);
      }
      this.stats.set(id, s);
    }
    return s;
  }
}

export const cascadeForest = (ctx: Context): CascadeForest =>
  ctx.loaders.get('cascade.forest', () => new CascadeForest(ctx)) as CascadeForest;

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = map.get(k);
    if (list) list.push(it);
    else map.set(k, [it]);
  }
  return map;
}

const rootOrder = (a: GoalRow, b: GoalRow) =>
  Number(b.kind === 'MAIN') - Number(a.kind === 'MAIN') || a.ordinal - b.ordinal || a.id - b.id;

/**
 * Readable roots among `rows` picked by `isRoot`, in plan order, after adding all rows
 * to the forest (roots read without their children stay uncovered).
 */
function rootsOf(ctx: Context, rows: CascadeGoal[], isRoot: (g: CascadeGoal) => boolean, levels: number): CascadeGoal[] {
  const roots = rows.filter(isRoot);
  cascadeForest(ctx).add(rows, roots.filter((r) => r.complete !== false).map((r) => r.id), levels === Infinity);
  return roots.filter((r) => r.visible).sort(rootOrder);
}

export interface PlanCascadeKey {
  plan: PlanRow;
  /** Levels to read below the plan's goals (look-ahead; Infinity: all). */
  levels: number;
}

/** `PerformancePlan.cascade`: the plan's goals with the levels below that the query reads, one statement per batch. */
export const planCascade = (ctx: Context) =>
  ctx.loaders.get('cascade.planCascade', () => new DataLoader<PlanCascadeKey, CascadeGoal[], string>(async (keys) => {
    const out = new Map<number, CascadeGoal[]>();
    for (const [agencyId, list] of groupBy(keys, (k) => k.plan.agencyId)) {
      const levels = Math.max(...list.map((k) => k.levels));
      const rows = await repo.plansCascade(ctx, agencyId, list.map((k) => k.plan.id), levels);
      const ids = new Set(list.map((k) => k.plan.id));
      const roots = rootsOf(ctx, rows, (g) => ids.has(g.planId), levels);
      for (const k of list) out.set(k.plan.id, roots.filter((r) => r.planId === k.plan.id));
    }
    return keys.map((k) => out.get(k.plan.id) ?? []);
  }, { cacheKeyFn: (k) => `${k.plan.id}:${k.levels}` }));

export interface EmployeeCascadeKey {
  employeeId: number;
  agencyId: number;
  periodId: number | null;
  levels: number;
}

/** `Employee.goalCascade(period)`: the employee's goals in the period with the levels below that the query reads. */
export const employeeCascade = (ctx: Context) =>
  ctx.loaders.get('cascade.employeeCascade', () => new DataLoader<EmployeeCascadeKey, CascadeGoal[], string>(async (keys) => {
    const out = new Map<string, CascadeGoal[]>();
    for (const list of groupBy(keys, (k) => `${k.agencyId}|${k.periodId}`).values()) {
      const { agencyId, periodId } = list[0];
      const levels = Math.max(...list.map((k) => k.levels));
      const rows = await repo.employeesCascade(ctx, agencyId, list.map((k) => k.employeeId), periodId, levels);
      const ids = new Set(list.map((k) => k.employeeId));
      const roots = rootsOf(ctx, rows, (g) => ids.has(g.ownerId), levels);
      for (const k of list) out.set(cacheKey(k), roots.filter((r) => r.ownerId === k.employeeId));
    }
    return keys.map((k) => out.get(cacheKey(k)) ?? []);
  }, { cacheKeyFn: (k) => `${cacheKey(k)}:${k.levels}` }));

const cacheKey = (k: EmployeeCascadeKey) => `${k.employeeId}|${k.periodId ?? ''}`;
