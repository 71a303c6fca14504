import type {
  Approach, AppraiserSource, CascadeType, CoreValue, EvaluationPeriodKind, GoalClassification, GoalKind,
  GoalLockSource, IndicatorAspect, Perspective, PlanStatus,
} from '../../graphql/generated/types';

/**
 * Row shapes of the planning module; GraphQL types map onto them (mappers.json).
 * Other modules (cascade, execution, evaluation) may import these types and the
 * column lists below to read planning tables without mapping code.
 */
export interface PeriodRow {
  id: number;
  agencyId: number;
  year: number;
  name: string;
  startDate: string;
  endDate: string;
}

export interface EvaluationPeriodRow {
  id: number;
  agencyId: number;
  periodId: number;
  kind: EvaluationPeriodKind;
  name: string;
  startDate: string;
  endDate: string;
  deadline: Date;
  unlockedUntil: Date | null;
  unlockReason: string | null;
}

export interface AgreementRow {
  id: number;
  agencyId: number;
  unitId: number;
  periodId: number;
  firstPartyId: number | null;
  secondPartyId: number | null;
  signedOn: string | null;
}

export interface ObjectiveRow {
  id: number;
  agencyId: number;
  agreementId: number;
  description: string;
  ordinal: number;
}

export interface KeyIndicatorRow {
  id: number;
  agencyId: number;
  objectiveId: number;
  description: string;
  targetValue: number | null;
  unit: string | null;
  ordinal: number;
}

export interface PlanRow {
  id: number;
  agencyId: number;
  employeeId: number;
  periodId: number;
  positionId: number | null;
  unitId: number | null;
  approach: Approach;
  appraiserId: number | null;
  appraiserSuperiorId: number | null;
  appraiserSource: AppraiserSource;
  status: PlanStatus;
  version: number;
  startDate: string;
  endDate: string | null;
  closedReason: string | null;
  returnReason: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedById: number | null;
  resourceSupport: string | null;
  accountabilityScheme: string | null;
  consequences: string | null;
}

export interface GoalRow {
  id: number;
  agencyId: number;
  planId: number;
  ownerId: number;
  periodId: number;
  kind: GoalKind;
  assignedBy: string | null;
  classification: GoalClassification;
  description: string;
  parentGoalId: number | null;
  cascadeType: CascadeType | null;
  lockSource: GoalLockSource | null;
  objectiveId: number | null;
  keyIndicatorId: number | null;
  ordinal: number;
  depth: number;
  /** Materialized path: the ancestors' and own id, each `lpad(id, 10, '0') || '.'`. */
  path: string;
}

export interface IndicatorRow {
  id: number;
  agencyId: number;
  goalId: number;
  description: string;
  aspect: IndicatorAspect | null;
  targetValue: number | null;
  targetMin: number | null;
  targetMax: number | null;
  unit: string | null;
  lowerIsBetter: boolean;
  perspective: Perspective | null;
  parentIndicatorId: number | null;
  locked: boolean;
  ordinal: number;
}

export interface PlanAuditRow {
  id: number;
  action: string;
  actorId: number | null;
  actorKind: string;
  at: Date;
  from: string | null;
  to: string | null;
  reason: string | null;
}

export interface CoreValueGuideRow {
  coreValue: CoreValue;
  name: string;
  guides: string[];
}

export interface BehaviorExpectationRow extends CoreValueGuideRow {
  specificExpectation: string | null;
}

/** SELECT lists returning the rows above (camelCase aliases). */
export const PERIOD_COLS = `pe.id, pe.agency_id as "agencyId", pe.year, pe.name, pe.start_date as "startDate", pe.end_date as "endDate"`;
export const EVALUATION_PERIOD_COLS = `ep.id, ep.agency_id as "agencyId", ep.period_id as "periodId", ep.kind, ep.name, ep.start_date as "startDate",
  ep.end_date as "endDate", ep.deadline, ep.unlocked_until as "unlockedUntil", ep.unlock_reason as "unlockReason"`;
export const AGREEMENT_COLS = `pa.id, pa.agency_id as "agencyId", pa.unit_id as "unitId", pa.period_id as "periodId",
  pa.first_party_id as "firstPartyId", pa.second_party_id as "secondPartyId", pa.signed_on as "signedOn"`;
export const OBJECTIVE_COLS = `so.id, so.agency_id as "agencyId", so.agreement_id as "agreementId", so.description, so.ordinal`;
export const KEY_INDICATOR_COLS = `ki.id, ki.agency_id as "agencyId", ki.objective_id as "objectiveId", ki.description,
  ki.target_value as "targetValue", ki.unit, ki.ordinal`;
export const PLAN_COLS = `pp.id, pp.agency_id as "agencyId", pp.employee_id as "employeeId", pp.period_id as "periodId",
  pp.position_id as "positionId", pp.unit_id as "unitId", pp.approach, pp.appraiser_id as "appraiserId",
  pp.appraiser_superior_id as "appraiserSuperiorId", pp.appraiser_source as "appraiserSource", pp.status, pp.version,
  pp.start_date as "startDate", pp.end_date as "endDate", pp.closed_reason as "closedReason", pp.return_reason as "returnReason",
  pp.submitted_at as "submittedAt", pp.approved_at as "approvedAt", pp.approved_by_id as "approvedById",
  pp.resource_support as "resourceSupport", pp.accountability_scheme as "accountabilityScheme", pp.consequences`;
export const GOAL_COLS = `g.id, g.agency_id as "agencyId", g.plan_id as "planId", g.owner_id as "ownerId", g.period_id as "periodId",
  g.kind, g.assigned_by as "assignedBy", g.classification, g.description, g.parent_goal_id as "parentGoalId",
  g.cascade_type as "cascadeType", g.lock_source as "lockSource", g.objective_id as "objectiveId",
  g.key_indicator_id as "keyIndicatorId", g.ordinal, g.depth, g.path`;
export const INDICATOR_COLS = `i.id, i.agency_id as "agencyId", i.goal_id as "goalId", i.description, i.aspect,
  i.target_value as "targetValue", i.target_min as "targetMin", i.target_max as "targetMax", i.unit,
  i.lower_is_better as "lowerIsBetter", i.perspective, i.parent_indicator_id as "parentIndicatorId", i.locked, i.ordinal`;

/** Statuses in which the owner may edit the plan's content. */
export const EDITABLE_STATUSES: PlanStatus[] = ['DRAFT', 'RETURNED', 'REVISION_SUBMITTED'];

/** Fixed-width path segment of a goal id (same as org's). */
export const goalSegment = (id: number) => `${String(id).padStart(10, '0')}.`;
