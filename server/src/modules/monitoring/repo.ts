import type { Em } from '../../db/orm';
import { sql, sqlOne } from '../../db/sql';
import { activeAt } from '../org/types';
import type { PlanStatus } from '../../graphql/generated/types';

/**
 * Monitoring widgets as set-based SQL: each reads the subtree with one range scan on the
 * unit path (`path >= $p and path < $p || '~'`, btree COLLATE "C") and aggregates with
 * GROUP BY / FILTER, so a widget costs one statement whatever the subtree's size.
 */

export interface Subtree {
  agencyId: number;
  path: string;
}

/**
 * Employees with a definitive assignment in the subtree at a date (CTE `emp`: employee_id,
 * level, plus `extra` columns): one row per employee, their latest such assignment.
 */
const employeesCte = (extra = '') => `
  emp as (
    select distinct on (a.employee_id) a.employee_id, p.level${extra}
    from org_unit u
    join position p on p.agency_id = u.agency_id and p.unit_id = u.id
    join assignment a on a.agency_id = p.agency_id and a.position_id = p.id and a.kind = 'DEFINITIVE' and ${activeAt('a', '$3')}
    where u.agency_id = $1 and u.path >= $2 and u.path < $2 || '~'
    order by a.employee_id, a.start_date desc
  )`;
const EMPLOYEES_CTE = employeesCte();

/** Plans (`pp`) of the annual period `$3` recorded for a unit (`u`) of the subtree. */
const PLANS_OF_UNITS = 'from org_unit u join performance_plan pp on pp.agency_id = u.agency_id and pp.period_id = $3 and pp.unit_id = u.id';
const IN_SUBTREE = `u.agency_id = $1 and u.path >= $2 and u.path < $2 || '~'`;

export const planStatusCounts = (em: Em, s: Subtree, periodId: number) =>
  sql<{ status: PlanStatus; count: number }>(
    em,
    `select pp.status, count(*)::int as count ${PLANS_OF_UNITS}
     where ${IN_SUBTREE}
     group by pp.status order by pp.status`,
    [s.agencyId, s.path, periodId],
  );

/** `emp` rows without a plan in the period `$4`. */
const WITHOUT_PLAN = `not exists (select 1 from performance_plan pp where pp.agency_id = $1 and pp.employee_id = emp.employee_id and pp.period_id = $4)`;

export const employeesWithoutPlan = async (em: Em, s: Subtree, at: string, periodId: number) =>
  (await sqlOne<{ n: number }>(
    em,
    `with ${EMPLOYEES_CTE}
     select count(*)::int as n from emp
     where ${WITHOUT_PLAN}`,
    [s.agencyId, s.path, at, periodId],
  ))!.n;

/** `emp` rows with a logbook entry dated between `$4` and `$5`. */
const ACTIVE = `exists (
  select 1 from logbook_entry l where l.agency_id = $1 and l.employee_id = emp.employee_id and l.entry_date between $4::date and $5::date
)`;

export const logbookActivity = async (em: Em, s: Subtree, at: string, first: string, last: string) =>
  (await sqlOne<{ total: number; active: number }>(
    em,
    `with ${EMPLOYEES_CTE}
     select count(*)::int as total,
       count(*) filter (where ${ACTIVE})::int as active
     from emp`,
    [s.agencyId, s.path, at, first, last],
  ))!;

/** Counts of the evaluation progress over approved plans (`pp`) and their evaluation (`ev`) in the evaluation period `$4`. */
const PROGRESS_COUNTS = `count(*)::int as approved,
  count(ev.id) filter (where exists (select 1 from evaluation_self_assessment sa where sa.agency_id = ev.agency_id and sa.evaluation_id = ev.id))::int as "selfAssessed",
  count(ev.id) filter (where ev.performance_rating is not null)::int as rated,
  count(ev.id) filter (where ev.status = 'CONFIRMED')::int as confirmed`;
const APPROVED_PLANS_IN_PERIOD = `${PLANS_OF_UNITS}
  left join evaluation ev on ev.agency_id = pp.agency_id and ev.plan_id = pp.id and ev.evaluation_period_id = $4
  where ${IN_SUBTREE}
    and pp.status in ('APPROVED', 'REVISION_SUBMITTED', 'REVISION_REJECTED')
    and pp.start_date <= $6::date and (pp.end_date is null or pp.end_date >= $5::date)`;

type EvaluationPeriodRef = { id: number; startDate: string; endDate: string };

export const evaluationProgress = async (em: Em, s: Subtree, periodId: number, ep: EvaluationPeriodRef) =>
  (await sqlOne<{ approved: number; selfAssessed: number; rated: number; confirmed: number }>(
    em,
    `select ${PROGRESS_COUNTS}
     ${APPROVED_PLANS_IN_PERIOD}`,
    [s.agencyId, s.path, periodId, ep.id, ep.startDate, ep.endDate],
  ))!;

/*
 * The same widgets per unit of the subtree, for the monitoring export's tables: each unit
 * counts its own employees and plans (not those of the units below it), so the rows add up
 * to the subtree's figures above. One statement per widget whatever the subtree's size.
 */

export const planStatusCountsByUnit = (em: Em, s: Subtree, periodId: number) =>
  sql<{ unitId: number; status: PlanStatus; count: number }>(
    em,
    `select u.id as "unitId", pp.status, count(*)::int as count ${PLANS_OF_UNITS}
     where ${IN_SUBTREE}
     group by u.id, pp.status`,
    [s.agencyId, s.path, periodId],
  );

/** Employees of each unit at `at` and those of them without a plan in the period (the unit of their latest definitive assignment). */
export const employeesByUnit = (em: Em, s: Subtree, at: string, periodId: number) =>
  sql<{ unitId: number; employees: number; withoutPlan: number }>(
    em,
    `with ${employeesCte(', u.id as unit_id')}
     select unit_id as "unitId", count(*)::int as employees, count(*) filter (where ${WITHOUT_PLAN})::int as "withoutPlan"
     from emp group by unit_id`,
    [s.agencyId, s.path, at, periodId],
  );

export const logbookActivityByUnit = (em: Em, s: Subtree, at: string, first: string, last: string) =>
  sql<{ unitId: number; total: number; active: number }>(
    em,
    `with ${employeesCte(', u.id as unit_id')}
     select unit_id as "unitId", count(*)::int as total, count(*) filter (where ${ACTIVE})::int as active
     from emp group by unit_id`,
    [s.agencyId, s.path, at, first, last],
  );

export const evaluationProgressByUnit = (em: Em, s: Subtree, periodId: number, ep: EvaluationPeriodRef) =>
  sql<{ unitId: number; approved: number; selfAssessed: number; rated: number; confirmed: number }>(
    em,
    `select u.id as "unitId", ${PROGRESS_COUNTS}
     ${APPROVED_PLANS_IN_PERIOD}
     group by u.id`,
    [s.agencyId, s.path, periodId, ep.id, ep.startDate, ep.endDate],
  );

/** What the allowance of an employee needs: unit path, level and the month's confirmed evaluation. */
export interface AllowanceSubject {
  employeeId: number;
  unitPath: string;
  level: string;
  evaluationId: number | null;
  planId: number | null;
  evaluationPeriodId: number | null;
  performanceRating: string | null;
  resultRating: string | null;
  behaviorRating: string | null;
  legacyBehaviorScores: number[] | null;
}

/**
 * Employees of an agency with a definitive assignment at `at` (all, or those of `ids`), with
 * the unit path and level of that position and the confirmed evaluation of the finest
 * evaluation period covering the month.
 */
export const allowanceSubjects = (em: Em, agencyId: number, at: string, first: string, last: string, ids: number[] | null) =>
  sql<AllowanceSubject>(
    em,
    `with emp as (
       select distinct on (a.employee_id) a.employee_id, p.level, u.path
       from assignment a
       join position p on p.agency_id = a.agency_id and p.id = a.position_id
       join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
       where a.agency_id = $1 and a.kind = 'DEFINITIVE' and ${activeAt('a', '$2')} and ($5::int[] is null or a.employee_id = any($5::int[]))
       order by a.employee_id, a.start_date desc
     )
     select emp.employee_id as "employeeId", emp.path as "unitPath", emp.level, ev.id as "evaluationId", ev.plan_id as "planId",
       ev.evaluation_period_id as "evaluationPeriodId", ev.performance_rating as "performanceRating",
       ev.result_rating as "resultRating", ev.behavior_rating as "behaviorRating", ev.legacy_behavior_scores::float8[] as "legacyBehaviorScores"
     from emp left join lateral (
       select ev.* from evaluation ev join evaluation_period ep on ep.agency_id = ev.agency_id and ep.id = ev.evaluation_period_id
       where ev.agency_id = $1 and ev.employee_id = emp.employee_id and ev.status = 'CONFIRMED'
         and ep.start_date <= $4::date and ep.end_date >= $3::date
       order by (ep.kind = 'FINAL'), ep.end_date - ep.start_date, ep.id limit 1
     ) ev on true`,
    [agencyId, at, first, last, ids],
  );

/** Sums of the allowance rollup rows `r` (count and amounts). */
const ROLLUP_SUMS = `count(*)::int as n, coalesce(sum(base_amount), 0)::float8 as base, coalesce(sum(performance_amount), 0)::float8 as performance,
  coalesce(sum(discipline_amount), 0)::float8 as discipline, coalesce(sum(deduction_amount), 0)::float8 as deduction, coalesce(sum(total), 0)::float8 as total`;
const ROLLUP_OF_SUBTREE = `from allowance_rollup r where r.agency_id = $1 and r.month = $2::date and r.unit_path >= $3 and r.unit_path < $3 || '~'`;

export interface RollupSums { status: string; n: number; base: number; performance: number; discipline: number; deduction: number; total: number }

/** Sums of the allowance rollup of a subtree for a month, per status: one range scan on the unit path. */
export const rollupTotals = (em: Em, s: Subtree, month: string) =>
  sql<RollupSums>(
    em,
    `select status, ${ROLLUP_SUMS}
     ${ROLLUP_OF_SUBTREE}
     group by status`,
    [s.agencyId, month, s.path],
  );

/** The same per unit path (the unit of each employee's position) and status, for the export's table. */
export const rollupTotalsByPath = (em: Em, s: Subtree, month: string) =>
  sql<RollupSums & { unitPath: string }>(
    em,
    `select unit_path as "unitPath", status, ${ROLLUP_SUMS}
     ${ROLLUP_OF_SUBTREE}
     group by unit_path, status`,
    [s.agencyId, month, s.path],
  );

/**
 * Attendance days of a month that can carry a deduction (absent, a missing check-in or
 * check-out, or minutes late or early); clean days change no total and are skipped.
 */
export const deductibleAttendance = (em: Em, agencyId: number, employeeIds: number[], first: string, last: string) =>
  sql<{ employeeId: number; date: string; lateMinutes: number | null; earlyLeaveMinutes: number | null; absent: boolean; documentKind: string | null }>(
    em,
    `select ar.employee_id as "employeeId", ar.work_date as "date", ar.late_minutes as "lateMinutes",
       ar.early_leave_minutes as "earlyLeaveMinutes", ar.absent, ar.document_kind as "documentKind"
     from attendance_record ar
     where ar.agency_id = $1 and ar.work_date between $2::date and $3::date and ar.employee_id = any($4::int[])
       and (ar.absent or ar.late_minutes is distinct from 0 or ar.early_leave_minutes is distinct from 0)
     order by ar.employee_id, ar.work_date`,
    [agencyId, first, last, employeeIds],
  );
