import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import type { PlanRow } from '../../planning/types';
import { isAdditiveUnit, sameUnit } from '../rules/units';
import { REALIZATION_COLS, type IndicatorProgressRow, type RealizationRow } from '../types';

/**
 * Target versus realization of a plan, per indicator and evaluation period, in a
 * fixed number of statements whatever the size of the plan and its cascade:
 * evaluation periods, the indicator tree (own indicators and, recursively, the
 * shares of DIRECT-cascaded child goals), realizations of the whole tree, action
 * plan targets and verified logbook sums of the own indicators.
 *
 * Roll-up: the realized value of an indicator is its recorded realization, otherwise
 * the sum of the realized values of its DIRECT children in the same additive unit.
 */
interface TreeIndicator {
  id: number;
  unit: string | null;
  targetValue: number | null;
  parentIndicatorId: number | null;
  own: boolean;
}

interface Period {
  id: number;
  kind: string;
}

async function tree(ctx: Context, plan: PlanRow): Promise<TreeIndicator[]> {
  return sql<TreeIndicator>(
    ctx.em,
    `with recursive t as (
       select i.id, i.unit, i.target_value, i.parent_indicator_id, true as own, g.ordinal as go, i.ordinal as io
       from goal g join indicator i on i.agency_id = g.agency_id and i.goal_id = g.id
       where g.agency_id = $1 and g.plan_id = $2
       union
       select c.id, c.unit, c.target_value, c.parent_indicator_id, false, 0, 0
       from t join indicator c on c.agency_id = $1 and c.parent_indicator_id = t.id
       join goal cg on cg.agency_id = c.agency_id and cg.id = c.goal_id and cg.cascade_type = 'DIRECT'
     )
     select id, unit, target_value as "targetValue", parent_indicator_id as "parentIndicatorId", own from t order by own desc, go, io, id`,
    [plan.agencyId, plan.id],
  );
}

export async function planProgress(ctx: Context, plan: PlanRow, evaluationPeriodId: number | null): Promise<IndicatorProgressRow[]> {
  const periods = await sql<Period>(
    ctx.em,
    `select id, kind from evaluation_period where agency_id = $1 and period_id = $2 and ($3::int is null or id = $3) order by start_date, end_date desc, id`,
    [plan.agencyId, plan.periodId, evaluationPeriodId],
  );
  const nodes = await tree(ctx, plan);
  const own = nodes.filter((n) => n.own);
  if (periods.length === 0 || own.length === 0) return [];
  const pids = periods.map((p) => p.id);
  const ownIds = own.map((n) => n.id);
  const [realizations, targets, sums] = await Promise.all([
    sql<RealizationRow>(ctx.em, `select ${REALIZATION_COLS} from realization r where r.agency_id = $1 and r.indicator_id = any($2::int[]) and r.evaluation_period_id = any($3::int[])`, [plan.agencyId, nodes.map((n) => n.id), pids]),
    sql<{ i: number; p: number; t: number | null }>(ctx.em, `select indicator_id as i, evaluation_period_id as p, target_value as t from action_plan where agency_id = $1 and indicator_id = any($2::int[]) and evaluation_period_id = any($3::int[])`, [plan.agencyId, ownIds, pids]),
    sql<{ i: number; p: number; total: number }>(
      ctx.em,
      `select i.id as i, ep.id as p, sum(le.output_quantity) as total
       from indicator i join evaluation_period ep on ep.agency_id = i.agency_id and ep.id = any($3::int[])
       join action_plan ap on ap.agency_id = i.agency_id and (ap.indicator_id = i.id or (ap.indicator_id is null and ap.goal_id = i.goal_id))
       join logbook_entry le on le.agency_id = ap.agency_id and le.action_plan_id = ap.id and le.status = 'VERIFIED'
         and le.entry_date between ep.start_date and ep.end_date and lower(btrim(le.output_unit)) = lower(btrim(i.unit))
       where i.agency_id = $1 and i.id = any($2::int[]) group by i.id, ep.id`,
      [plan.agencyId, ownIds, pids],
    ),
  ]);
  const k = (i: number, p: number) => `${i}|${p}`;
  const recorded = new Map(realizations.map((r) => [k(r.indicatorId, r.evaluationPeriodId), r]));
  const target = new Map(targets.map((t) => [k(t.i, t.p), t.t]));
  const logbook = new Map(sums.map((s) => [k(s.i, s.p), s.total]));
  const children = new Map<number, TreeIndicator[]>();
  for (const n of nodes) if (n.parentIndicatorId !== null && !n.own) children.set(n.parentIndicatorId, [...(children.get(n.parentIndicatorId) ?? []), n]);
  const rolled = (n: TreeIndicator, p: number, seen: Set<number>): number | null => {
    if (!isAdditiveUnit(n.unit) || seen.has(n.id)) return null;
    const values = (children.get(n.id) ?? []).filter((c) => sameUnit(c.unit, n.unit)).map((c) => valueOf(c, p, new Set([...seen, n.id])));
    const known = values.filter((v): v is number => v !== null);
    return known.length ? known.reduce((a, b) => a + b, 0) : null;
  };
  const valueOf = (n: TreeIndicator, p: number, seen: Set<number>): number | null => recorded.get(k(n.id, p))?.value ?? rolled(n, p, seen);
  return own.flatMap((n) =>
    periods.map((p) => ({
      indicatorId: n.id,
      evaluationPeriodId: p.id,
      targetValue: target.get(k(n.id, p.id)) ?? (p.kind === 'FINAL' ? n.targetValue : null),
      unit: n.unit,
      unitIsAdditive: isAdditiveUnit(n.unit),
      realization: recorded.get(k(n.id, p.id)) ?? null,
      logbookValue: logbook.get(k(n.id, p.id)) ?? 0,
      childrenValue: rolled(n, p.id, new Set()),
      value: valueOf(n, p.id, new Set()),
    })),
  );
}
