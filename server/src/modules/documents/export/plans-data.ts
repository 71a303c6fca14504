import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import * as planRepo from '../../planning/repo';
import { filterReadablePlans } from '../../planning/scope';
import { PLAN_COLS, type GoalRow, type IndicatorRow, type PlanRow } from '../../planning/types';
import type { OrgUnitRow } from '../../org/types';

/**
 * Plans of a unit subtree in a period, for the HR office's SKP recap: the plans recorded
 * for a unit of the subtree that the viewer may read (planning's visibility, so an
 * employee sees their own and their subordinates' rows, an admin all), with the people's
 * names and the goals and indicators. Four set-based statements whatever the size.
 */
export interface PlanLine extends PlanRow {
  nip: string;
  name: string;
  rank: string | null;
  positionName: string | null;
  unitName: string | null;
  appraiserName: string | null;
  appraiserNip: string | null;
}

export interface PlansExport {
  plans: PlanLine[];
  goals: Map<number, GoalRow[]>;
  indicators: Map<number, IndicatorRow[]>;
  parents: Map<number, GoalRow>;
}

function group<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

export async function loadPlansExport(ctx: Context, unit: OrgUnitRow, periodId: number): Promise<PlansExport> {
  const all = await sql<PlanLine>(
    ctx.em,
    `select ${PLAN_COLS}, e.nip, e.name, e.rank, p.name as "positionName", u.name as "unitName", ap.name as "appraiserName", ap.nip as "appraiserNip"
     from performance_plan pp
     join org_unit u on u.agency_id = pp.agency_id and u.id = pp.unit_id
     join employee e on e.agency_id = pp.agency_id and e.id = pp.employee_id
     left join position p on p.agency_id = pp.agency_id and p.id = pp.position_id
     left join employee ap on ap.agency_id = pp.agency_id and ap.id = pp.appraiser_id
     where pp.agency_id = $1 and pp.period_id = $2 and u.path >= $3 and u.path < $3 || '~'
     order by u.path, p.depth nulls last, e.name, pp.start_date`,
    [unit.agencyId, periodId, unit.path],
  );
  const plans = await filterReadablePlans(ctx, all);
  const goalRows = plans.length ? await planRepo.goalsByPlanIds(ctx.em, plans.map((p) => p.id)) : [];
  const parentIds = [...new Set(goalRows.map((g) => g.parentGoalId).filter((x): x is number => x != null))];
  const [indicatorRows, parentRows] = await Promise.all([
    goalRows.length ? planRepo.indicatorsByGoalIds(ctx.em, goalRows.map((g) => g.id)) : Promise.resolve([]),
    parentIds.length ? planRepo.goalsByIds(ctx.em, parentIds) : Promise.resolve([]),
  ]);
  return {
    plans,
    goals: group(goalRows, (g) => g.planId),
    indicators: group(indicatorRows, (i) => i.goalId),
    parents: new Map(parentRows.map((g) => [g.id, g])),
  };
}
