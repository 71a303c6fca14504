import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import {
  AGREEMENT_COLS, EVALUATION_PERIOD_COLS, GOAL_COLS, INDICATOR_COLS, KEY_INDICATOR_COLS, OBJECTIVE_COLS, PERIOD_COLS, PLAN_COLS,
  type AgreementRow, type CoreValueGuideRow, type EvaluationPeriodRow, type GoalRow, type IndicatorRow, type KeyIndicatorRow,
  type ObjectiveRow, type PeriodRow, type PlanRow,
} from './types';

/**
 * Set-based reads of the planning tables: every function takes many keys so the
 * DataLoaders in loaders.ts batch them into one statement.
 */

export const periodsByIds = (em: Em, ids: readonly number[]) =>
  sql<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.id = any($1::int[])`, [ids]);

export const periodsOfAgency = (em: Em, agencyId: number) =>
  sql<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.agency_id = $1 order by pe.year desc`, [agencyId]);

export const periodByYear = async (em: Em, agencyId: number, year: number) =>
  (await sql<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.agency_id = $1 and pe.year = $2`, [agencyId, year]))[0] ?? null;

/** The agency's annual period containing a date. */
export const periodAt = async (em: Em, agencyId: number, date: string) =>
  (await sql<PeriodRow>(
    em,
    `select ${PERIOD_COLS} from period pe where pe.agency_id = $1 and pe.start_date <= $2::date and pe.end_date >= $2::date order by pe.year desc limit 1`,
    [agencyId, date],
  ))[0] ?? null;

export const evaluationPeriodsByIds = (em: Em, ids: readonly number[]) =>
  sql<EvaluationPeriodRow>(em, `select ${EVALUATION_PERIOD_COLS} from evaluation_period ep where ep.id = any($1::int[])`, [ids]);

export const evaluationPeriodsByPeriodIds = (em: Em, periodIds: readonly number[]) =>
  sql<EvaluationPeriodRow>(
    em,
    `select ${EVALUATION_PERIOD_COLS} from period pe join evaluation_period ep on ep.agency_id = pe.agency_id and ep.period_id = pe.id
     where pe.id = any($1::int[]) order by ep.start_date, (ep.kind = 'FINAL'), ep.end_date, ep.id`,
    [periodIds],
  );

export const agreementsByIds = (em: Em, ids: readonly number[]) =>
  sql<AgreementRow>(em, `select ${AGREEMENT_COLS} from performance_agreement pa where pa.id = any($1::int[])`, [ids]);

export const objectivesByIds = (em: Em, ids: readonly number[]) =>
  sql<ObjectiveRow>(em, `select ${OBJECTIVE_COLS} from strategic_objective so where so.id = any($1::int[])`, [ids]);

export const objectivesByAgreementIds = (em: Em, ids: readonly number[]) =>
  sql<ObjectiveRow>(
    em,
    `select ${OBJECTIVE_COLS} from performance_agreement pa join strategic_objective so on so.agency_id = pa.agency_id and so.agreement_id = pa.id
     where pa.id = any($1::int[]) order by so.ordinal, so.id`,
    [ids],
  );

export const keyIndicatorsByIds = (em: Em, ids: readonly number[]) =>
  sql<KeyIndicatorRow>(em, `select ${KEY_INDICATOR_COLS} from key_indicator ki where ki.id = any($1::int[])`, [ids]);

export const keyIndicatorsByObjectiveIds = (em: Em, ids: readonly number[]) =>
  sql<KeyIndicatorRow>(
    em,
    `select ${KEY_INDICATOR_COLS} from strategic_objective so join key_indicator ki on ki.agency_id = so.agency_id and ki.objective_id = so.id
     where so.id = any($1::int[]) order by ki.ordinal, ki.id`,
    [ids],
  );

export const plansByIds = (em: Em, ids: readonly number[]) =>
  sql<PlanRow>(em, `select ${PLAN_COLS} from performance_plan pp where pp.id = any($1::int[])`, [ids]);

export const goalsByIds = (em: Em, ids: readonly number[]) =>
  sql<GoalRow>(em, `select ${GOAL_COLS} from goal g where g.id = any($1::int[])`, [ids]);

export const goalsByPlanIds = (em: Em, planIds: readonly number[]) =>
  sql<GoalRow>(
    em,
    `select ${GOAL_COLS} from performance_plan pp join goal g on g.agency_id = pp.agency_id and g.plan_id = pp.id
     where pp.id = any($1::int[]) order by (g.kind = 'MAIN') desc, g.ordinal, g.id`,
    [planIds],
  );

export const indicatorsByIds = (em: Em, ids: readonly number[]) =>
  sql<IndicatorRow>(em, `select ${INDICATOR_COLS} from indicator i where i.id = any($1::int[])`, [ids]);

export const indicatorsByGoalIds = (em: Em, goalIds: readonly number[]) =>
  sql<IndicatorRow>(
    em,
    `select ${INDICATOR_COLS} from goal g join indicator i on i.agency_id = g.agency_id and i.goal_id = g.id
     where g.id = any($1::int[]) order by i.ordinal, i.id`,
    [goalIds],
  );

export const behaviorExpectationsByPlanIds = (em: Em, planIds: readonly number[]) =>
  sql<{ planId: number; coreValue: string; specificExpectation: string | null }>(
    em,
    `select b.plan_id as "planId", b.core_value as "coreValue", b.specific_expectation as "specificExpectation"
     from performance_plan pp join behavior_expectation b on b.agency_id = pp.agency_id and b.plan_id = pp.id
     where pp.id = any($1::int[])`,
    [planIds],
  );

/** The seven core values with their three guides, in the official BerAKHLAK order. */
export const coreValueGuides = (em: Em) =>
  sql<CoreValueGuideRow>(
    em,
    `select core_value as "coreValue", min(name) as name, array_agg(guide order by ordinal) as guides
     from core_value_guide group by core_value
     order by array_position(array['SERVICE_ORIENTED','ACCOUNTABLE','COMPETENT','HARMONIOUS','LOYAL','ADAPTIVE','COLLABORATIVE'], core_value)`,
  );

/**
 * The plan of `appraiserId` in a period that a subordinate's goals cascade from: the
 * one in force at `date` (else the latest).
 */
export const appraiserPlansAt = (em: Em, agencyId: number, periodId: number, appraiserIds: readonly number[], date: string) =>
  sql<PlanRow>(
    em,
    `select distinct on (pp.employee_id) ${PLAN_COLS} from performance_plan pp
     where pp.agency_id = $1 and pp.period_id = $2 and pp.employee_id = any($3::int[])
     order by pp.employee_id, (pp.start_date <= $4::date and (pp.end_date is null or pp.end_date >= $4::date)) desc, pp.start_date desc`,
    [agencyId, periodId, appraiserIds, date],
  );

/** Position type (JPT/JA/JF) of each plan's position. */
export const planPositionTypes = (em: Em, planIds: readonly number[]) =>
  sql<{ id: number; type: string | null }>(
    em,
    `select pp.id, p.type from performance_plan pp left join position p on p.agency_id = pp.agency_id and p.id = pp.position_id
     where pp.id = any($1::int[])`,
    [planIds],
  );
