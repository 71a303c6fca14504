import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import { addDays } from '../../../lib/dates';
import { userError } from '../../../lib/errors';
import { assertAnnualPeriodOpen } from '../../../lib/period-locks';
import { writeAudit } from '../../audit/audit';
import { primaryAssignmentsAt } from '../../org/repo';
import { canReadGoal } from '../../planning/scope';
import { insertGoal } from '../../planning/services/goal-tree';
import { insertIndicator } from '../../planning/services/indicators';
import { insertPlan } from '../../planning/services/plans';
import { EDITABLE } from '../../planning/workflow';
import { GOAL_COLS, INDICATOR_COLS, PERIOD_COLS, PLAN_COLS, type GoalRow, type IndicatorRow, type PeriodRow, type PlanRow } from '../../planning/types';
import { checkDirectReports, checkShareSums, checkTargets, childIndicator, type CascadeTarget } from './cascade-checks';

export type { CascadeTarget };

const MAX_GOALS_PER_PLAN = 50;
const clamp = (d: string, lo: string, hi: string) => (d < lo ? lo : d > hi ? hi : d);
const at = (i: number, ...rest: string[]) => ['input', 'targets', String(i), ...rest];

/**
 * `goalCascade`: the owner of a goal pushes it down to named current direct reports.
 * Each gets a locked child goal (text; for DIRECT the indicators with their target
 * shares, linked by `parent_indicator_id`) in their plan for the same period, created
 * as a DRAFT (with the appraiser snapshot, by planning's `insertPlan`) when missing.
 * One transaction: any refusal writes nothing. The parent goal row is locked, so two
 * concurrent cascades of one goal cannot together exceed its targets.
 */
export async function cascadeGoal(ctx: Context, goalId: number, targets: CascadeTarget[]): Promise<GoalRow[]> {
  return ctx.em.transactional(async (em) => {
    const goal = await lockGoal(em, ctx, goalId);
    const [plan, period] = await Promise.all([
      sqlOne<PlanRow>(em, `select ${PLAN_COLS} from performance_plan pp where pp.id = $1`, [goal.planId]),
      sqlOne<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.id = $1`, [goal.periodId]),
    ]);
    if (!plan || !period) throw userError('NOT_FOUND', 'Goal not found.', ['input', 'goal']);
    if (plan.endDate != null && plan.endDate < ctx.today) {
      throw userError('INVALID_STATE_TRANSITION', 'The plan of this goal is closed; cascade from the current plan.', ['input', 'goal']);
    }
    await assertAnnualPeriodOpen(em, ctx.viewer!, goal.agencyId, goal.periodId, ['input', 'goal']);
    const indicators = await sql<IndicatorRow>(em, `select ${INDICATOR_COLS} from indicator i where i.agency_id = $1 and i.goal_id = $2 order by i.ordinal, i.id`, [goal.agencyId, goal.id]);
    const texts = checkTargets(targets, indicators);
    const date = clamp(ctx.today, period.startDate, period.endDate);
    await checkDirectReports(em, goal, targets, date);
    await checkShareSums(em, goal, indicators, targets);
    const created: GoalRow[] = [];
    for (const [i, t] of targets.entries()) {
      created.push(await pushDown(em, ctx, { goal, plan, period, indicators, date }, t, texts[i] || goal.description, i));
    }
    await writeAudit(em, ctx, {
      action: 'GOAL_CASCADE', entityType: 'Goal', entityId: goal.id, agencyId: goal.agencyId,
      data: { children: created.map((c, i) => ({ goalId: c.id, planId: c.planId, employeeId: c.ownerId, cascadeType: targets[i].cascadeType, shares: targets[i].shares ?? [] })) },
    });
    return created;
  });
}

/** The goal, row-locked; NOT_FOUND when the viewer may not read it, FORBIDDEN unless they own it. */
async function lockGoal(em: Em, ctx: Context, goalId: number): Promise<GoalRow> {
  const v = ctx.viewer!;
  const goal = await sqlOne<GoalRow>(em, `select ${GOAL_COLS} from goal g where g.id = $1 and g.agency_id = $2 for update`, [goalId, v.agencyId]);
  if (!goal || !(await canReadGoal(ctx, goal))) throw userError('NOT_FOUND', 'Goal not found.', ['input', 'goal']);
  if (v.employeeId !== goal.ownerId) throw userError('FORBIDDEN', 'Only the owner of a goal pushes it down to their direct reports.', ['input', 'goal']);
  return goal;
}

interface Source {
  goal: GoalRow;
  plan: PlanRow;
  period: PeriodRow;
  indicators: IndicatorRow[];
  date: string;
}

async function pushDown(em: Em, ctx: Context, src: Source, t: CascadeTarget, text: string, i: number): Promise<GoalRow> {
  const plan = await targetPlan(em, ctx, src, t.employeeId, i);
  const taken = await sql<{ parent: boolean }>(
    em,
    `select (parent_goal_id = $3) as parent from goal where agency_id = $1 and plan_id = $2`,
    [plan.agencyId, plan.id, src.goal.id],
  );
  if (taken.some((r) => r.parent)) throw userError('CONFLICT', 'This goal is already cascaded to this employee.', at(i, 'employee'));
  if (taken.length >= MAX_GOALS_PER_PLAN) throw userError('INVALID_INPUT', `A plan has at most ${MAX_GOALS_PER_PLAN} goals.`, at(i, 'employee'));
  const child = await insertGoal(em, {
    agencyId: plan.agencyId, planId: plan.id, ownerId: plan.employeeId, periodId: plan.periodId, kind: 'MAIN', assignedBy: null,
    classification: 'INDIVIDUAL', description: text, parent: src.goal, cascadeType: t.cascadeType, lockSource: 'SUPERIOR',
    objectiveId: null, keyIndicatorId: null, ordinal: null,
  });
  if (t.cascadeType === 'DIRECT') {
    for (const p of src.indicators) {
      const v = childIndicator(p, t.shares?.find((s) => s.indicatorId === p.id)?.targetValue);
      await insertIndicator(em, child, {
        description: p.description, aspect: p.aspect, targetValue: v.targetValue, targetMin: null, targetMax: null,
        unit: p.unit, lowerIsBetter: p.lowerIsBetter, perspective: null,
      }, { parentIndicatorId: p.id, locked: v.locked });
    }
  }
  await sql(em, `update performance_plan set version = version + 1, updated_at = now() where id = $1`, [plan.id]);
  await writeAudit(em, ctx, {
    action: 'GOAL_CASCADED_IN', entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId,
    data: { goalId: child.id, parentGoalId: src.goal.id, cascadeType: t.cascadeType },
  });
  return child;
}

/**
 * The report's plan in force at `date` in the period, row-locked; a DRAFT is created
 * when there is none. Only a plan its owner may still edit receives goals.
 */
async function targetPlan(em: Em, ctx: Context, src: Source, employeeId: number, i: number): Promise<PlanRow> {
  let plan = await sqlOne<PlanRow>(
    em,
    `select ${PLAN_COLS} from performance_plan pp where pp.agency_id = $1 and pp.employee_id = $2 and pp.period_id = $3
       and pp.start_date <= $4::date and (pp.end_date is null or pp.end_date >= $4::date) for update`,
    [src.goal.agencyId, employeeId, src.period.id, src.date],
  );
  if (!plan) {
    const [primary] = await primaryAssignmentsAt(em, [employeeId], src.date);
    let start = primary && primary.startDate > src.period.startDate ? primary.startDate : src.period.startDate;
    const last = await sqlOne<{ d: string | null }>(em, `select max(end_date) as d from performance_plan where agency_id = $1 and employee_id = $2 and period_id = $3`, [src.goal.agencyId, employeeId, src.period.id]);
    if (last?.d && last.d >= start) start = addDays(last.d, 1);
    plan = await insertPlan(em, ctx, { id: employeeId, agencyId: src.goal.agencyId }, src.period, src.plan.approach, src.date, start, [null, null, null]);
  }
  if (plan.endDate != null || !EDITABLE.includes(plan.status)) {
    throw userError('INVALID_STATE_TRANSITION', `The employee's plan is ${plan.status}${plan.endDate ? ' and closed' : ''}; it must be open for editing to receive goals.`, at(i, 'employee'));
  }
  return plan;
}
