import type { Context } from '../../../graphql/context';
import * as orgRepo from '../../org/repo';
import * as planRepo from '../../planning/repo';
import type { GoalRow, IndicatorRow, PeriodRow, PlanRow } from '../../planning/types';

/**
 * Everything the printed SKP shows, read in a bounded number of set-based statements:
 * the plan and its period, the three people of the identity block with their position
 * and unit (the employee's as recorded on the plan, the others' at the reference
 * date), goals with their parent goals and indicators, behaviour expectations.
 */
export interface Person {
  name: string;
  nip: string;
  rank: string | null;
  position: string | null;
  unit: string | null;
}

export interface GoalBlock {
  goal: GoalRow;
  parent: GoalRow | null;
  indicators: IndicatorRow[];
}

export interface PlanDocument {
  plan: PlanRow;
  period: PeriodRow;
  agencyName: string;
  employee: Person;
  appraiser: Person | null;
  appraiserSuperior: Person | null;
  main: GoalBlock[];
  additional: GoalBlock[];
  behaviors: { name: string; guides: string[]; specificExpectation: string | null }[];
  /** Date the plan is read at: today, within the plan's days. */
  referenceDate: string;
}

function refDate(plan: PlanRow, period: PeriodRow, today: string): string {
  const last = plan.endDate ?? period.endDate;
  const d = today < last ? today : last;
  return d < plan.startDate ? plan.startDate : d;
}

async function people(ctx: Context, plan: PlanRow, at: string): Promise<Map<number, Person>> {
  const ids = [plan.employeeId, plan.appraiserId, plan.appraiserSuperiorId].filter((x): x is number => x != null);
  const [emps, prim] = await Promise.all([orgRepo.employeesByIds(ctx.em, ids), orgRepo.primaryAssignmentsAt(ctx.em, ids, at)]);
  const posOf = new Map(prim.map((a) => [a.employeeId, a.positionId]));
  posOf.set(plan.employeeId, plan.positionId ?? posOf.get(plan.employeeId) ?? -1);
  const positions = await orgRepo.positionsByIds(ctx.em, [...posOf.values()]);
  const posById = new Map(positions.map((p) => [p.id, p]));
  const unitIds = positions.map((p) => p.unitId).concat(plan.unitId ?? []);
  const units = new Map((await orgRepo.unitsByIds(ctx.em, unitIds)).map((u) => [u.id, u]));
  const out = new Map<number, Person>();
  for (const e of emps) {
    const pos = posById.get(posOf.get(e.id) ?? -1);
    const unitId = e.id === plan.employeeId ? (plan.unitId ?? pos?.unitId) : pos?.unitId;
    out.set(e.id, { name: e.name, nip: e.nip, rank: e.rank, position: pos?.name ?? null, unit: unitId != null ? (units.get(unitId)?.name ?? null) : null });
  }
  return out;
}

async function goalBlocks(ctx: Context, plan: PlanRow): Promise<{ main: GoalBlock[]; additional: GoalBlock[] }> {
  const goals = await planRepo.goalsByPlanIds(ctx.em, [plan.id]);
  const parentIds = goals.map((g) => g.parentGoalId).filter((x): x is number => x != null);
  const [indicators, parents] = await Promise.all([
    goals.length ? planRepo.indicatorsByGoalIds(ctx.em, goals.map((g) => g.id)) : Promise.resolve([]),
    parentIds.length ? planRepo.goalsByIds(ctx.em, parentIds) : Promise.resolve([]),
  ]);
  const parentById = new Map(parents.map((g) => [g.id, g]));
  const blocks = goals.map((goal) => ({
    goal,
    parent: goal.parentGoalId != null ? (parentById.get(goal.parentGoalId) ?? null) : null,
    indicators: indicators.filter((i) => i.goalId === goal.id),
  }));
  return { main: blocks.filter((b) => b.goal.kind === 'MAIN'), additional: blocks.filter((b) => b.goal.kind !== 'MAIN') };
}

export async function loadPlanDocument(ctx: Context, plan: PlanRow): Promise<PlanDocument> {
  const [[period], [agency], guides, expectations] = await Promise.all([
    planRepo.periodsByIds(ctx.em, [plan.periodId]),
    orgRepo.agenciesByIds(ctx.em, [plan.agencyId]),
    planRepo.coreValueGuides(ctx.em),
    planRepo.behaviorExpectationsByPlanIds(ctx.em, [plan.id]),
  ]);
  const at = refDate(plan, period, ctx.today);
  const [persons, goals] = await Promise.all([people(ctx, plan, at), goalBlocks(ctx, plan)]);
  const specific = new Map(expectations.map((e) => [e.coreValue, e.specificExpectation]));
  return {
    plan, period, agencyName: agency?.name ?? '', referenceDate: at,
    employee: persons.get(plan.employeeId)!,
    appraiser: plan.appraiserId != null ? (persons.get(plan.appraiserId) ?? null) : null,
    appraiserSuperior: plan.appraiserSuperiorId != null ? (persons.get(plan.appraiserSuperiorId) ?? null) : null,
    ...goals,
    behaviors: guides.map((g) => ({ name: g.name, guides: g.guides, specificExpectation: specific.get(g.coreValue) ?? null })),
  };
}
