import type { LogbookEntryStatus, RealizationSource } from '../../graphql/generated/types';

/** Row shapes of the logbook module; GraphQL types map onto them (mappers.json). */
export interface LogbookEntryRow {
  id: number;
  agencyId: number;
  employeeId: number;
  evaluationPeriodId: number | null;
  date: string;
  /** `HH:MM` */
  startTime: string;
  /** `HH:MM` (`24:00` for midnight) */
  endTime: string;
  activity: string;
  outputQuantity: number | null;
  outputUnit: string | null;
  evidence: string[];
  actionPlanId: number | null;
  isAdditionalTask: boolean;
  status: LogbookEntryStatus;
  rejectionNote: string | null;
  verifiedById: number | null;
  verifiedAt: Date | null;
  clientKey: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ActionPlanRow {
  id: number;
  agencyId: number;
  goalId: number;
  indicatorId: number | null;
  evaluationPeriodId: number;
  description: string;
  targetValue: number | null;
  targetUnit: string | null;
  /** Owner of the goal (denormalised by the query for scoping). */
  ownerId: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface RealizationRow {
  id: number;
  agencyId: number;
  indicatorId: number;
  evaluationPeriodId: number;
  value: number;
  source: RealizationSource;
  evidence: string[];
  note: string | null;
  recordedById: number | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One line of a plan's target-versus-realization view. */
export interface IndicatorProgressRow {
  indicatorId: number;
  evaluationPeriodId: number;
  targetValue: number | null;
  unit: string | null;
  unitIsAdditive: boolean;
  realization: RealizationRow | null;
  logbookValue: number;
  childrenValue: number | null;
  value: number | null;
}

/** SELECT list of a logbook entry (`le`). */
export const ENTRY_COLS = `le.id, le.agency_id as "agencyId", le.employee_id as "employeeId", le.evaluation_period_id as "evaluationPeriodId",
  le.entry_date as "date", to_char(le.start_time, 'HH24:MI') as "startTime", to_char(le.end_time, 'HH24:MI') as "endTime",
  le.activity, le.output_quantity as "outputQuantity", le.output_unit as "outputUnit", le.evidence_urls as "evidence",
  le.action_plan_id as "actionPlanId", le.is_additional as "isAdditionalTask", le.status, le.rejection_note as "rejectionNote",
  le.verified_by_id as "verifiedById", le.verified_at as "verifiedAt", le.client_key as "clientKey",
  le.created_at as "createdAt", le.updated_at as "updatedAt"`;

/** SELECT list of an action plan (`ap`) joined with its goal (`g`). */
export const ACTION_PLAN_COLS = `ap.id, ap.agency_id as "agencyId", ap.goal_id as "goalId", ap.indicator_id as "indicatorId",
  ap.evaluation_period_id as "evaluationPeriodId", ap.description, ap.target_value as "targetValue", ap.target_unit as "targetUnit",
  g.owner_id as "ownerId", ap.created_at as "createdAt", ap.updated_at as "updatedAt"`;

/** SELECT list of a realization (`r`). */
export const REALIZATION_COLS = `r.id, r.agency_id as "agencyId", r.indicator_id as "indicatorId", r.evaluation_period_id as "evaluationPeriodId",
  r.value, r.source, r.evidence_urls as "evidence", r.note, r.recorded_by_id as "recordedById",
  r.created_at as "createdAt", r.updated_at as "updatedAt"`;
