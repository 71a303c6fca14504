import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import * as repo from './repo';
import type {
  AllowanceRuleTableRow, AttendanceRecordRow, EvaluationRow, FeedbackOptionRow, FeedbackRow, OrgPerformanceRow, SelfAssessmentRow,
} from './types';
import type { ScoringStrategyId } from './rules/scoring';

/** Per-request loaders of the evaluation module: one SQL statement per batch. */

function byId<T extends { id: number }>(ctx: Context, name: string, fetch: (em: Em, ids: readonly number[]) => Promise<T[]>) {
  return ctx.loaders.get(name, () => new DataLoader<number, T | null>(async (ids) => {
    const map = new Map((await fetch(ctx.em, ids)).map((r) => [Number(r.id), r]));
    return ids.map((id) => map.get(id) ?? null);
  }));
}

function groupBy<T>(ctx: Context, name: string, fetch: (em: Em, keys: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return ctx.loaders.get(name, () => new DataLoader<number, T[]>(async (keys) => {
    const map = new Map<number, T[]>();
    for (const r of await fetch(ctx.em, keys)) {
      const k = keyOf(r);
      const list = map.get(k) ?? [];
      list.push(r);
      map.set(k, list);
    }
    return keys.map((k) => map.get(k) ?? []);
  }));
}

/** Loader keyed by a pair `a|b`, fetched with two parallel arrays (unnest). */
function byPair<T>(ctx: Context, name: string, fetch: (em: Em, a: number[], b: number[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return ctx.loaders.get(name, () => new DataLoader<string, T[]>(async (keys) => {
    const pairs = keys.map((k) => k.split('|').map(Number));
    const rows = await fetch(ctx.em, pairs.map((p) => p[0]), pairs.map((p) => p[1]));
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = map.get(k) ?? [];
      list.push(r);
      map.set(k, list);
    }
    return keys.map((k) => map.get(k) ?? []);
  }));
}

export const pair = (a: number, b: number) => `${a}|${b}`;

export const evaluationById = (ctx: Context) => byId<EvaluationRow>(ctx, 'evaluation.byId', repo.evaluationsByIds);
export const evaluationsOfPlan = (ctx: Context) =>
  groupBy<EvaluationRow>(ctx, 'evaluation.ofPlan', repo.evaluationsByPlanIds, (e) => e.planId);
export const feedbackById = (ctx: Context) => byId<FeedbackRow>(ctx, 'evaluation.feedbackById', repo.feedbackByIds);
export const feedbackOfEvaluation = (ctx: Context) =>
  groupBy<FeedbackRow>(ctx, 'evaluation.feedbackOf', repo.feedbackByEvaluationIds, (f) => f.evaluationId);
export const selfAssessmentById = (ctx: Context) => byId<SelfAssessmentRow>(ctx, 'evaluation.selfAssessmentById', repo.selfAssessmentsByIds);
export const selfAssessmentsOfEvaluation = (ctx: Context) =>
  groupBy<SelfAssessmentRow>(ctx, 'evaluation.selfAssessmentsOf', repo.selfAssessmentsByEvaluationIds, (s) => s.evaluationId);
export const feedbackOptionById = (ctx: Context) => byId<FeedbackOptionRow>(ctx, 'evaluation.feedbackOptionById', repo.feedbackOptionsByIds);
export const orgPerformanceById = (ctx: Context) => byId<OrgPerformanceRow>(ctx, 'evaluation.orgPerformanceById', repo.orgPerformancesByIds);
export const ruleTableById = (ctx: Context) => byId<AllowanceRuleTableRow>(ctx, 'evaluation.ruleTableById', repo.ruleTablesByIds);
export const attendanceById = (ctx: Context) => byId<AttendanceRecordRow>(ctx, 'evaluation.attendanceById', repo.attendanceByIds);

/** Organisational performance keyed by `unitId|evaluationPeriodId`. */
export const orgPerformanceOf = (ctx: Context) =>
  byPair<OrgPerformanceRow>(ctx, 'evaluation.orgPerformanceOf', repo.orgPerformancesByKeys, (o) => pair(o.unitId, o.evaluationPeriodId));

/** Rule table keyed by `agencyId|year`. */
export const ruleTableOf = (ctx: Context) =>
  byPair<AllowanceRuleTableRow>(ctx, 'evaluation.ruleTableOf', repo.ruleTablesByKeys, (r) => pair(r.agencyId, r.year));

/** Scoring indicators keyed by `planId|evaluationPeriodId`. */
export const scoringIndicatorsOf = (ctx: Context) =>
  byPair<repo.ScoringIndicatorRow>(ctx, 'evaluation.scoringIndicators', repo.scoringIndicatorsByKeys, (r) => pair(r.planId, r.evaluationPeriodId));

export const scoringStrategyOf = (ctx: Context) =>
  ctx.loaders.get('evaluation.scoringStrategy', () => new DataLoader<number, ScoringStrategyId>(async (ids) => {
    const map = new Map((await repo.scoringStrategiesOfAgencies(ctx.em, ids)).map((r) => [r.agencyId, r.strategy as ScoringStrategyId]));
    return ids.map((id) => map.get(id) ?? 'PERMENPANRB_6_2022');
  }));

export const headPositionOfUnit = (ctx: Context) =>
  ctx.loaders.get('evaluation.headPosition', () => new DataLoader<number, number | null>(async (ids) => {
    const map = new Map((await repo.headPositionsOfUnits(ctx.em, ids)).map((r) => [r.unitId, r.positionId]));
    return ids.map((id) => map.get(id) ?? null);
  }));

/** Evaluations of an employee in a year, keyed by `employeeId|year` (one statement per year). */
export const evaluationsOfEmployeeYear = (ctx: Context) =>
  ctx.loaders.get('evaluation.ofEmployeeYear', () => new DataLoader<string, repo.EvaluationInYearRow[]>(async (keys) => {
    const byYear = new Map<number, number[]>();
    for (const k of keys) {
      const [emp, year] = k.split('|').map(Number);
      byYear.set(year, [...(byYear.get(year) ?? []), emp]);
    }
    const out = new Map<string, repo.EvaluationInYearRow[]>();
    await Promise.all([...byYear].map(async ([year, emps]) => {
      for (const r of await repo.evaluationsOfEmployeesInYear(ctx.em, emps, year)) {
        const k = pair(r.employeeId, year);
        out.set(k, [...(out.get(k) ?? []), r]);
      }
    }));
    return keys.map((k) => out.get(k) ?? []);
  }));

/** Attendance of an employee in a month, keyed by `employeeId|YYYY-MM` (one statement per month). */
export const attendanceOfMonth = (ctx: Context) =>
  ctx.loaders.get('evaluation.attendanceOfMonth', () => new DataLoader<string, AttendanceRecordRow[]>(async (keys) => {
    const byMonth = new Map<string, number[]>();
    for (const k of keys) {
      const [emp, month] = k.split('|');
      byMonth.set(month, [...(byMonth.get(month) ?? []), Number(emp)]);
    }
    const out = new Map<string, AttendanceRecordRow[]>();
    await Promise.all([...byMonth].map(async ([month, emps]) => {
      const { first, last } = monthRange(month);
      for (const r of await repo.attendanceOfEmployees(ctx.em, emps, first, last)) {
        const k = `${r.employeeId}|${month}`;
        out.set(k, [...(out.get(k) ?? []), r]);
      }
    }));
    return keys.map((k) => out.get(k) ?? []);
  }));

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}
