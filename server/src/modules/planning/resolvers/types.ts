import type { Resolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { toGlobalId } from '../../../lib/ids';
import { isLocked } from '../../../lib/period-locks';
import * as OL from '../../org/loaders';
import { visibleEmployee } from '../../org/resolvers/queries';
import * as L from '../loaders';
import { actorOn, annualLockLoader, isAgencyAdmin, stateOf } from '../access';
import { canReadGoal, canReadPlan } from '../scope';
import { refuseEdit, refuseExpectations, refuseTransition, type Transition } from '../workflow';
import type { PlanRow } from '../types';
import { planAuditTrail } from '../services/audit-trail';
import { parentGoalCandidates } from '../services/plan-reads';

const gid = (type: string) => (row: { id: number }) => toGlobalId(type, row.id);
const employee = (ctx: Context, id: number | null) => (id == null ? null : visibleEmployee(ctx, id));
/**
 * The people named on a readable plan (owner, recorded appraiser and superior, approver)
 * are part of the document (they are printed on the SKP), so they are returned even
 * when the org rules alone would hide them (for example the former appraiser of a
 * transferred employee). Callers reach these fields only through a readable plan.
 */
const named = async (ctx: Context, id: number | null) => (id == null ? null : OL.employeeById(ctx).load(id));

async function can(ctx: Context, plan: PlanRow, t: Transition): Promise<boolean> {
  return refuseTransition(t, stateOf(plan), await actorOn(ctx, plan)) === null;
}

export async function readableGoal(ctx: Context, id: number | null) {
  if (id == null) return null;
  const g = await L.goalById(ctx).load(id);
  return g && (await canReadGoal(ctx, g)) ? g : null;
}

async function readablePlan(ctx: Context, id: number) {
  const [p, ok] = await Promise.all([L.planById(ctx).load(id), canReadPlan(ctx, { id })]);
  return p && ok ? p : null;
}

export const planningTypes: Resolvers = {
  Period: {
    id: gid('Period'),
    agency: (p, _a, ctx) => OL.agencyById(ctx).load(p.agencyId) as any,
    evaluationPeriods: (p, _a, ctx) => L.evaluationPeriodsOfPeriod(ctx).load(p.id),
    isLocked: (p, _a, ctx) => annualLockLoader(ctx).load(p.id),
    viewerCanManage: (p, _a, ctx) => isAgencyAdmin(ctx, p.agencyId),
  },
  EvaluationPeriod: {
    id: gid('EvaluationPeriod'),
    period: (e, _a, ctx) => L.periodById(ctx).load(e.periodId) as any,
    isLocked: (e) => isLocked(e),
  },
  PerformanceAgreement: {
    id: gid('PerformanceAgreement'),
    unit: (a, _x, ctx) => OL.unitById(ctx).load(a.unitId) as any,
    period: (a, _x, ctx) => L.periodById(ctx).load(a.periodId) as any,
    firstParty: (a, _x, ctx) => employee(ctx, a.firstPartyId),
    secondParty: (a, _x, ctx) => employee(ctx, a.secondPartyId),
    objectives: (a, _x, ctx) => L.objectivesOfAgreement(ctx).load(a.id),
    viewerCanEdit: (a, _x, ctx) => isAgencyAdmin(ctx, a.agencyId),
  },
  StrategicObjective: {
    id: gid('StrategicObjective'),
    agreement: (o, _x, ctx) => L.agreementById(ctx).load(o.agreementId) as any,
    keyIndicators: (o, _x, ctx) => L.keyIndicatorsOfObjective(ctx).load(o.id),
  },
  KeyIndicator: {
    id: gid('KeyIndicator'),
    objective: (k, _x, ctx) => L.objectiveById(ctx).load(k.objectiveId) as any,
  },
  PerformancePlan: {
    id: gid('PerformancePlan'),
    employee: (p, _a, ctx) => named(ctx, p.employeeId),
    period: (p, _a, ctx) => L.periodById(ctx).load(p.periodId) as any,
    position: (p, _a, ctx) => (p.positionId ? OL.positionById(ctx).load(p.positionId) : null),
    unit: (p, _a, ctx) => (p.unitId ? OL.unitById(ctx).load(p.unitId) : null),
    appraiser: (p, _a, ctx) => named(ctx, p.appraiserId),
    appraiserSuperior: (p, _a, ctx) => named(ctx, p.appraiserSuperiorId),
    approvedBy: (p, _a, ctx) => named(ctx, p.approvedById),
    goals: (p, _a, ctx) => L.goalsOfPlan(ctx).load(p.id),
    parentGoalCandidates: (p, _a, ctx) => parentGoalCandidates(ctx, p),
    behaviorExpectations: async (p, _a, ctx) => {
      const [guides, set] = await Promise.all([L.coreValueGuides(ctx), L.behaviorExpectationsOfPlan(ctx).load(p.id)]);
      const byValue = new Map(set.map((b) => [b.coreValue, b.specificExpectation]));
      return guides.map((g) => ({ ...g, specificExpectation: byValue.get(g.coreValue) ?? null }));
    },
    auditTrail: (p, args, ctx) => planAuditTrail(ctx, p, args) as any,
    viewerCanEdit: async (p, _a, ctx) => refuseEdit(stateOf(p), await actorOn(ctx, p)) === null,
    viewerCanSubmit: (p, _a, ctx) => can(ctx, p, 'SUBMIT'),
    viewerCanApprove: (p, _a, ctx) => can(ctx, p, 'APPROVE'),
    viewerCanReturn: (p, _a, ctx) => can(ctx, p, 'RETURN'),
    viewerCanSubmitRevision: (p, _a, ctx) => can(ctx, p, 'REVISION_SUBMIT'),
    viewerCanRejectRevision: (p, _a, ctx) => can(ctx, p, 'REVISION_REJECT'),
    viewerCanSetBehaviorExpectations: async (p, _a, ctx) => refuseExpectations(stateOf(p), await actorOn(ctx, p)) === null,
  },
  PlanAuditRecord: {
    actor: (r, _a, ctx) => (r.actorKind === 'EMPLOYEE' ? employee(ctx, r.actorId) : null),
  },
  Goal: {
    id: gid('Goal'),
    plan: (g, _a, ctx) => readablePlan(ctx, g.planId),
    owner: (g, _a, ctx) => employee(ctx, g.ownerId),
    period: (g, _a, ctx) => L.periodById(ctx).load(g.periodId) as any,
    parentGoal: (g, _a, ctx) => readableGoal(ctx, g.parentGoalId),
    isLocked: (g) => g.lockSource != null,
    strategicObjective: (g, _a, ctx) => (g.objectiveId ? L.objectiveById(ctx).load(g.objectiveId) : null),
    keyIndicator: (g, _a, ctx) => (g.keyIndicatorId ? L.keyIndicatorById(ctx).load(g.keyIndicatorId) : null),
    indicators: (g, _a, ctx) => L.indicatorsOfGoal(ctx).load(g.id),
    viewerCanEdit: async (g, _a, ctx) => {
      if (g.lockSource != null) return false;
      const plan = await L.planById(ctx).load(g.planId);
      return !!plan && refuseEdit(stateOf(plan), await actorOn(ctx, plan)) === null;
    },
  },
  Indicator: {
    id: gid('Indicator'),
    goal: (i, _a, ctx) => L.goalById(ctx).load(i.goalId) as any,
    parentIndicator: async (i, _a, ctx) => {
      if (i.parentIndicatorId == null) return null;
      const p = await L.indicatorById(ctx).load(i.parentIndicatorId);
      return p && (await readableGoal(ctx, p.goalId)) ? p : null;
    },
    isLocked: (i) => i.locked,
  },
};
