import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import {
  ATTENDANCE_COLS, EVALUATION_COLS, FEEDBACK_COLS, FEEDBACK_OPTION_COLS, ORG_PERFORMANCE_COLS, RULE_TABLE_COLS, SELF_ASSESSMENT_COLS,
  type AllowanceRuleTableRow, type AttendanceRecordRow, type EvaluationRow, type FeedbackOptionRow, type FeedbackRow,
  type OrgPerformanceRow, type SelfAssessmentRow,
} from './types';

/**
 * Set-based reads of the evaluation tables: every function takes many keys so the
 * DataLoaders in loaders.ts batch them into one statement.
 */

export const evaluationsByIds = (em: Em, ids: readonly number[]) =>
  sql<EvaluationRow>(em, `select ${EVALUATION_COLS} from evaluation ev where ev.id = any($1::int[])`, [ids]);

/** Evaluations of plans, in evaluation-period order. */
export const evaluationsByPlanIds = (em: Em, planIds: readonly number[]) =>
  sql<EvaluationRow>(
    em,
    `select ${EVALUATION_COLS} from performance_plan pp
     join evaluation ev on ev.agency_id = pp.agency_id and ev.plan_id = pp.id
     join evaluation_period ep on ep.agency_id = ev.agency_id and ep.id = ev.evaluation_period_id
     where pp.id = any($1::int[]) order by ep.start_date, (ep.kind = 'FINAL'), ep.end_date, ev.id`,
    [planIds],
  );

export type EvaluationInYearRow = EvaluationRow & { kind: string; periodStart: string; periodEnd: string };

/** Evaluations of employees in the annual period of a year, in evaluation-period order. */
export const evaluationsOfEmployeesInYear = (em: Em, employeeIds: readonly number[], year: number) =>
  sql<EvaluationInYearRow>(
    em,
    `select ${EVALUATION_COLS}, ep.kind, ep.start_date as "periodStart", ep.end_date as "periodEnd" from employee e
     join evaluation ev on ev.agency_id = e.agency_id and ev.employee_id = e.id
     join evaluation_period ep on ep.agency_id = ev.agency_id and ep.id = ev.evaluation_period_id
     join period pe on pe.agency_id = ep.agency_id and pe.id = ep.period_id
     where e.id = any($1::int[]) and pe.year = $2 order by ep.start_date, (ep.kind = 'FINAL'), ep.end_date, ev.id`,
    [employeeIds, year],
  );

export const feedbackByIds = (em: Em, ids: readonly number[]) =>
  sql<FeedbackRow>(em, `select ${FEEDBACK_COLS} from evaluation_feedback fb where fb.id = any($1::int[])`, [ids]);

/** Feedback of evaluations: goals first (in plan order), then core values in official order. */
export const feedbackByEvaluationIds = (em: Em, ids: readonly number[]) =>
  sql<FeedbackRow>(
    em,
    `select ${FEEDBACK_COLS} from evaluation ev
     join evaluation_feedback fb on fb.agency_id = ev.agency_id and fb.evaluation_id = ev.id
     left join goal g on g.agency_id = fb.agency_id and g.id = fb.goal_id
     where ev.id = any($1::int[])
     order by (fb.goal_id is null), (g.kind = 'MAIN') desc, g.ordinal, g.id,
       array_position(array['SERVICE_ORIENTED','ACCOUNTABLE','COMPETENT','HARMONIOUS','LOYAL','ADAPTIVE','COLLABORATIVE'], fb.core_value)`,
    [ids],
  );

export const selfAssessmentsByIds = (em: Em, ids: readonly number[]) =>
  sql<SelfAssessmentRow>(em, `select ${SELF_ASSESSMENT_COLS} from evaluation_self_assessment sa where sa.id = any($1::int[])`, [ids]);

export const selfAssessmentsByEvaluationIds = (em: Em, ids: readonly number[]) =>
  sql<SelfAssessmentRow>(
    em,
    `select ${SELF_ASSESSMENT_COLS} from evaluation ev
     join evaluation_self_assessment sa on sa.agency_id = ev.agency_id and sa.evaluation_id = ev.id
     join goal g on g.agency_id = sa.agency_id and g.id = sa.goal_id
     where ev.id = any($1::int[]) order by (g.kind = 'MAIN') desc, g.ordinal, g.id`,
    [ids],
  );

export const feedbackOptionsByIds = (em: Em, ids: readonly number[]) =>
  sql<FeedbackOptionRow>(em, `select ${FEEDBACK_OPTION_COLS} from feedback_option fo where fo.id = any($1::int[])`, [ids]);

export const allFeedbackOptions = (em: Em) =>
  sql<FeedbackOptionRow>(em, `select ${FEEDBACK_OPTION_COLS} from feedback_option fo order by fo.target, fo.ordinal`);

export const orgPerformancesByIds = (em: Em, ids: readonly number[]) =>
  sql<OrgPerformanceRow>(em, `select ${ORG_PERFORMANCE_COLS} from org_performance op where op.id = any($1::int[])`, [ids]);

/** Organisational performances by (unit, evaluation period) pairs. */
export const orgPerformancesByKeys = (em: Em, unitIds: readonly number[], periodIds: readonly number[]) =>
  sql<OrgPerformanceRow>(
    em,
    `select ${ORG_PERFORMANCE_COLS} from unnest($1::int[], $2::int[]) as k(unit_id, period_id)
     join org_unit u on u.id = k.unit_id
     join org_performance op on op.agency_id = u.agency_id and op.evaluation_period_id = k.period_id and op.unit_id = k.unit_id`,
    [unitIds, periodIds],
  );

export const scoringStrategiesOfAgencies = (em: Em, agencyIds: readonly number[]) =>
  sql<{ agencyId: number; strategy: string }>(
    em,
    `select s.agency_id as "agencyId", s.scoring_strategy as strategy from agency_evaluation_setting s where s.agency_id = any($1::int[])`,
    [agencyIds],
  );

export const ruleTablesByIds = (em: Em, ids: readonly number[]) =>
  sql<AllowanceRuleTableRow>(em, `select ${RULE_TABLE_COLS} from allowance_rule_table rt where rt.id = any($1::int[])`, [ids]);

export const ruleTablesByKeys = (em: Em, agencyIds: readonly number[], years: readonly number[]) =>
  sql<AllowanceRuleTableRow>(
    em,
    `select ${RULE_TABLE_COLS} from unnest($1::int[], $2::int[]) as k(agency_id, year)
     join allowance_rule_table rt on rt.agency_id = k.agency_id and rt.year = k.year`,
    [agencyIds, years],
  );

export const attendanceByIds = (em: Em, ids: readonly number[]) =>
  sql<AttendanceRecordRow>(em, `select ${ATTENDANCE_COLS} from attendance_record ar where ar.id = any($1::bigint[])`, [ids]);

/** Attendance of employees between two dates (a month), by date. */
export const attendanceOfEmployees = (em: Em, employeeIds: readonly number[], from: string, to: string) =>
  sql<AttendanceRecordRow>(
    em,
    `select ${ATTENDANCE_COLS} from employee e join attendance_record ar on ar.agency_id = e.agency_id and ar.employee_id = e.id
     where e.id = any($1::int[]) and ar.work_date between $2::date and $3::date order by ar.employee_id, ar.work_date`,
    [employeeIds, from, to],
  );

/** Head position (most senior: least depth, then lowest id) of units. */
export const headPositionsOfUnits = (em: Em, unitIds: readonly number[]) =>
  sql<{ unitId: number; positionId: number }>(
    em,
    `select distinct on (p.unit_id) p.unit_id as "unitId", p.id as "positionId" from org_unit u
     join position p on p.agency_id = u.agency_id and p.unit_id = u.id
     where u.id = any($1::int[]) order by p.unit_id, p.depth, p.id`,
    [unitIds],
  );

/** What scoring needs per (plan, evaluation period): the plan's indicators with the period's realization. */
export interface ScoringIndicatorRow {
  planId: number;
  evaluationPeriodId: number;
  indicatorId: number;
  goalId: number;
  goalKind: 'MAIN' | 'ADDITIONAL';
  aspect: 'QUANTITY' | 'QUALITY' | 'TIME' | 'COST' | null;
  targetValue: number | null;
  targetMin: number | null;
  targetMax: number | null;
  lowerIsBetter: boolean;
  realization: number | null;
}

export const scoringIndicatorsByKeys = (em: Em, planIds: readonly number[], periodIds: readonly number[]) =>
  sql<ScoringIndicatorRow>(
    em,
    `select k.plan_id as "planId", k.period_id as "evaluationPeriodId", i.id as "indicatorId", g.id as "goalId", g.kind as "goalKind",
       i.aspect, i.target_value as "targetValue", i.target_min as "targetMin", i.target_max as "targetMax",
       i.lower_is_better as "lowerIsBetter", r.value as realization
     from unnest($1::int[], $2::int[]) as k(plan_id, period_id)
     join performance_plan pp on pp.id = k.plan_id
     join goal g on g.agency_id = pp.agency_id and g.plan_id = pp.id
     join indicator i on i.agency_id = g.agency_id and i.goal_id = g.id
     left join realization r on r.agency_id = i.agency_id and r.indicator_id = i.id and r.evaluation_period_id = k.period_id
     order by k.plan_id, k.period_id, (g.kind = 'MAIN') desc, g.ordinal, g.id, i.ordinal, i.id`,
    [planIds, periodIds],
  );
