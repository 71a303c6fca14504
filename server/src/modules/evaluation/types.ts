import type { PositionLevel } from '../../graphql/generated/types';
import type { ExpectationRating, OrgPerformance, PerformanceRating } from './rules/rating-matrix';
import type { AllowanceRules, MonthlyAllowance } from './rules/allowance';

/** Row shapes of the evaluation module; GraphQL types map onto them (mappers.json). */

export type EvaluationStatus = 'DRAFT' | 'CONFIRMED';
export type ResultRatingSource = 'APPRAISER' | 'ORG_PERFORMANCE';
export type CoreValueCode = 'SERVICE_ORIENTED' | 'ACCOUNTABLE' | 'COMPETENT' | 'HARMONIOUS' | 'LOYAL' | 'ADAPTIVE' | 'COLLABORATIVE';

export interface EvaluationRow {
  id: number;
  agencyId: number;
  planId: number;
  evaluationPeriodId: number;
  employeeId: number;
  appraiserId: number | null;
  unitId: number | null;
  status: EvaluationStatus;
  resultRating: ExpectationRating | null;
  resultRatingSource: ResultRatingSource | null;
  behaviorRating: ExpectationRating | null;
  performanceRating: PerformanceRating | null;
  legacyBehaviorScores: number[] | null;
  ratedAt: Date | null;
  ratedById: number | null;
  confirmedAt: Date | null;
  confirmedById: number | null;
  distributionOverrideReason: string | null;
  reopenReason: string | null;
  version: number;
  updatedAt: Date;
}

export interface FeedbackOptionRow {
  id: number;
  code: string;
  target: 'GOAL' | 'CORE_VALUE';
  coreValue: CoreValueCode | null;
  tone: 'APPRECIATION' | 'IMPROVEMENT';
  text: string;
  ordinal: number;
}

export interface FeedbackRow {
  id: number;
  agencyId: number;
  evaluationId: number;
  goalId: number | null;
  coreValue: CoreValueCode | null;
  optionIds: number[];
  note: string | null;
  authorId: number | null;
  updatedAt: Date;
}

export interface SelfAssessmentRow {
  id: number;
  agencyId: number;
  evaluationId: number;
  goalId: number;
  note: string;
  updatedAt: Date;
}

export interface OrgPerformanceRow {
  id: number;
  agencyId: number;
  unitId: number;
  evaluationPeriodId: number;
  rating: OrgPerformance;
  note: string | null;
  setById: number | null;
  updatedAt: Date;
}

/** A distribution check: the counted ratings of a unit's population and its pattern. */
export interface DistributionCheckRow {
  agencyId: number;
  unitId: number;
  evaluationPeriodId: number;
  orgPerformance: OrgPerformanceRow | null;
  counts: Record<PerformanceRating, number>;
  confirmed: number;
}

/** Angka kredit of one evaluation. */
export interface CreditLineRow {
  evaluationId: number;
  evaluationPeriodId: number;
  level: PositionLevel;
  rating: PerformanceRating;
  months: number;
  percent: number;
  coefficient: number;
  creditPoints: number;
}

export interface CreditSummaryRow {
  year: number;
  periods: CreditLineRow[];
  annual: CreditLineRow | null;
  total: number;
  isProvisional: boolean;
}

export interface BaseAmount {
  level: PositionLevel;
  amount: number;
}

export interface AllowanceRuleTableRow {
  id: number;
  agencyId: number;
  year: number;
  name: string;
  rules: AllowanceRules;
  baseAmounts: BaseAmount[];
  updatedAt: Date;
}

export interface AttendanceRecordRow {
  id: number;
  agencyId: number;
  employeeId: number;
  date: string;
  lateMinutes: number | null;
  earlyLeaveMinutes: number | null;
  absent: boolean;
  documentKind: string | null;
  source: string | null;
  updatedAt: Date;
}

export interface AllowanceBreakdownRow {
  month: string;
  ruleTable: AllowanceRuleTableRow;
  level: PositionLevel;
  evaluationId: number | null;
  /** Null performance part while no confirmed evaluation covers the month. */
  pending: boolean;
  result: MonthlyAllowance;
}

/** Score of an evaluation under the agency's strategy (see services/scoring.ts). */
export interface IndicatorScoreLineRow {
  indicatorId: number;
  target: number | null;
  realization: number;
  hasRealization: boolean;
  achievement: number;
  value: number;
}

export interface ScoringResultRow {
  strategy: 'PERMENPANRB_6_2022' | 'PERMENPANRB_8_2021' | 'PP_46_2011';
  score: number | null;
  rating: PerformanceRating | null;
  planValue: number | null;
  behaviorValue: number | null;
  indicators: IndicatorScoreLineRow[];
  missingRealizations: number;
  unavailableReason: string | null;
}

/** SELECT lists returning the rows above (camelCase aliases). */
export const EVALUATION_COLS = `ev.id, ev.agency_id as "agencyId", ev.plan_id as "planId", ev.evaluation_period_id as "evaluationPeriodId",
  ev.employee_id as "employeeId", ev.appraiser_id as "appraiserId", ev.unit_id as "unitId", ev.status,
  ev.result_rating as "resultRating", ev.result_rating_source as "resultRatingSource", ev.behavior_rating as "behaviorRating",
  ev.performance_rating as "performanceRating", ev.legacy_behavior_scores::float8[] as "legacyBehaviorScores",
  ev.rated_at as "ratedAt", ev.rated_by_id as "ratedById", ev.confirmed_at as "confirmedAt", ev.confirmed_by_id as "confirmedById",
  ev.distribution_override_reason as "distributionOverrideReason", ev.reopen_reason as "reopenReason", ev.version, ev.updated_at as "updatedAt"`;
export const FEEDBACK_OPTION_COLS = `fo.id, fo.code, fo.target, fo.core_value as "coreValue", fo.tone, fo.text, fo.ordinal`;
export const FEEDBACK_COLS = `fb.id, fb.agency_id as "agencyId", fb.evaluation_id as "evaluationId", fb.goal_id as "goalId",
  fb.core_value as "coreValue", fb.option_ids as "optionIds", fb.note, fb.author_id as "authorId", fb.updated_at as "updatedAt"`;
export const SELF_ASSESSMENT_COLS = `sa.id, sa.agency_id as "agencyId", sa.evaluation_id as "evaluationId", sa.goal_id as "goalId",
  sa.note, sa.updated_at as "updatedAt"`;
export const ORG_PERFORMANCE_COLS = `op.id, op.agency_id as "agencyId", op.unit_id as "unitId", op.evaluation_period_id as "evaluationPeriodId",
  op.rating, op.note, op.set_by_id as "setById", op.updated_at as "updatedAt"`;
export const RULE_TABLE_COLS = `rt.id, rt.agency_id as "agencyId", rt.year, rt.name, rt.rules, rt.base_amounts as "baseAmounts", rt.updated_at as "updatedAt"`;
export const ATTENDANCE_COLS = `ar.id, ar.agency_id as "agencyId", ar.employee_id as "employeeId", ar.work_date as "date",
  ar.late_minutes as "lateMinutes", ar.early_leave_minutes as "earlyLeaveMinutes", ar.absent, ar.document_kind as "documentKind",
  ar.source, ar.updated_at as "updatedAt"`;

/** Plan statuses in which the approved plan stands (a pending or rejected revision keeps it). */
export const EVALUABLE_PLAN_STATUSES = ['APPROVED', 'REVISION_SUBMITTED', 'REVISION_REJECTED'] as const;
