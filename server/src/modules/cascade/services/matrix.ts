import type { Context } from '../../../graphql/context';
import { directSubordinates } from '../../org/repo';
import { filterVisible } from '../../org/scope';
import type { EmployeeRow } from '../../org/types';
import * as PL from '../../planning/loaders';
import { visiblePlanLoader } from '../../planning/scope';
import type { GoalRow, PlanRow } from '../../planning/types';
import * as repo from '../repo';
import type { MatrixCellShape, MatrixGoal, MatrixShape } from '../types';

/** At most this many columns (direct reports); a span of control is far smaller. */
const MAX_COLUMNS = 500;

const clamp = (d: string, lo: string, hi: string | null) => (d < lo ? lo : hi && d > hi ? hi : d);

/**
 * Matriks Peran Hasil of a plan the viewer may read, in five statements whatever its
 * size: direct reports, their readability, the leader's goals, the goals cascaded from
 * them (with plan status and readability), and the reports' plans.
 */
export async function resultRoleMatrix(ctx: Context, plan: PlanRow): Promise<MatrixShape> {
  const at = clamp(ctx.today, plan.startDate, plan.endDate);
  const [reports, goals] = await Promise.all([
    directSubordinates(ctx.em, plan.agencyId, plan.employeeId, at, { limit: MAX_COLUMNS, after: null }),
    PL.goalsOfPlan(ctx).load(plan.id),
  ]);
  const visible = (await filterVisible(ctx, reports.slice(0, MAX_COLUMNS))).filter((e): e is EmployeeRow => e != null);
  const ids = visible.map((e) => e.id);
  const [children, plans] = await Promise.all([
    goals.length ? repo.childGoals(ctx, plan.agencyId, goals.map((g) => g.id)) : Promise.resolve([] as MatrixGoal[]),
    ids.length ? repo.plansAt(ctx, plan.agencyId, plan.periodId, ids, at) : Promise.resolve([]),
  ]);
  const planOf = new Map<number, PlanRow | null>();
  for (const p of plans) {
    visiblePlanLoader(ctx).prime(p.id, p.visible);
    if (p.visible) PL.planById(ctx).prime(p.id, p);
    planOf.set(p.employeeId, p.visible ? p : null);
  }
  const columns = visible.map((employee) => {
    const p = planOf.get(employee.id) ?? null;
    return { employee, plan: p, planStatus: p?.status ?? null };
  });
  const rows = goals.map((goal) => ({ goal, cells: columns.map((c) => cell(goal, c.employee, children, c.planStatus)) }));
  return { plan, columns, rows };
}

function cell(goal: GoalRow, employee: EmployeeRow, children: MatrixGoal[], columnStatus: MatrixShape['columns'][number]['planStatus']): MatrixCellShape {
  const goals = children.filter((c) => c.parentGoalId === goal.id && c.ownerId === employee.id && c.visible);
  const cascadeType = goals.length === 0 ? null : goals.some((g) => g.cascadeType === 'DIRECT') ? 'DIRECT' : 'INDIRECT';
  return { employee, goals, cascadeType, planStatus: goals[0]?.planStatus ?? columnStatus };
}
