import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import { sql, sqlOne } from '../../db/sql';
import { monthRange } from '../evaluation/loaders';
import * as evRepo from '../evaluation/repo';
import { attendanceDays, computeFor, performanceInput } from '../evaluation/services/allowance';
import { computeScore } from '../evaluation/services/scoring';
import { prepareAllowanceRules } from '../evaluation/rules/allowance';
import type { ScoringStrategyId } from '../evaluation/rules/scoring';
import type { ExpectationRating, PerformanceRating } from '../evaluation/rules/rating-matrix';
import type { AllowanceRuleTableRow } from '../evaluation/types';
import * as repo from './repo';

/**
 * The maintained allowance rollup (migration …0701): one row per employee and month with the
 * employee's allowance computed exactly as their breakdown (evaluation/services/allowance.ts).
 * Brought up to date when read: a full recomputation of the agency-month on first use, after
 * a change of rules, strategy or assignments, or when the current month's reference date
 * moved; otherwise only the employees the triggers marked dirty. A clean month costs one
 * statement to check.
 */

interface RollupRow {
  employeeId: number;
  unitPath: string;
  level: string;
  status: 'COMPUTED' | 'PENDING_EVALUATION' | 'NO_BASE_AMOUNT';
  base: number;
  performance: number;
  discipline: number;
  deduction: number;
  total: number;
}

function groupDays(rows: Awaited<ReturnType<typeof repo.deductibleAttendance>>) {
  const byEmployee = new Map<number, typeof rows>();
  for (const r of rows) {
    const list = byEmployee.get(r.employeeId);
    if (list) list.push(r);
    else byEmployee.set(r.employeeId, [r]);
  }
  return byEmployee;
}

async function scoresFor(em: Em, subjects: repo.AllowanceSubject[]): Promise<Map<string, evRepo.ScoringIndicatorRow[]>> {
  const rated = subjects.filter((s) => s.evaluationId != null);
  const byKey = new Map<string, evRepo.ScoringIndicatorRow[]>();
  if (rated.length === 0) return byKey;
  for (const r of await evRepo.scoringIndicatorsByKeys(em, rated.map((s) => s.planId!), rated.map((s) => s.evaluationPeriodId!))) {
    const k = `${r.planId}|${r.evaluationPeriodId}`;
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  return byKey;
}

/** Allowance of each subject: the same computation as one employee's breakdown, batched. */
async function computeRows(em: Em, agencyId: number, month: string, subjects: repo.AllowanceSubject[], stored: AllowanceRuleTableRow | undefined, strategy: ScoringStrategyId): Promise<RollupRow[]> {
  const none = (s: repo.AllowanceSubject): RollupRow => ({ employeeId: s.employeeId, unitPath: s.unitPath, level: s.level, status: 'NO_BASE_AMOUNT', base: 0, performance: 0, discipline: 0, deduction: 0, total: 0 });
  if (!stored) return subjects.map(none);
  const table = { ...stored, rules: prepareAllowanceRules(stored.rules) };
  const base = new Map(table.baseAmounts.map((b) => [b.level as string, b.amount]));
  const payable = subjects.filter((s) => base.has(s.level));
  const { first, last } = monthRange(month);
  const numeric = strategy !== 'PERMENPANRB_6_2022' && (table.rules.scoreBands?.length ?? 0) > 0;
  const [days, scoring] = await Promise.all([
    payable.length ? repo.deductibleAttendance(em, agencyId, payable.map((s) => s.employeeId), first, last).then(groupDays) : new Map(),
    numeric ? scoresFor(em, payable) : new Map<string, evRepo.ScoringIndicatorRow[]>(),
  ]);
  return subjects.map((s) => {
    const amount = base.get(s.level);
    if (amount === undefined) return none(s);
    const ev = { resultRating: s.resultRating as ExpectationRating | null, behaviorRating: s.behaviorRating as ExpectationRating | null, legacyBehaviorScores: s.legacyBehaviorScores };
    const perf = s.evaluationId == null ? null
      : performanceInput(table, strategy, s.performanceRating as PerformanceRating | null, () => computeScore(strategy, ev, scoring.get(`${s.planId}|${s.evaluationPeriodId}`) ?? []).score);
    const { result, pending } = computeFor(table, amount, perf, attendanceDays(days.get(s.employeeId) ?? []));
    return {
      employeeId: s.employeeId, unitPath: s.unitPath, level: s.level, status: pending ? 'PENDING_EVALUATION' : 'COMPUTED',
      base: result.baseAmount, performance: pending ? 0 : result.performance.amount, discipline: result.discipline.amount,
      deduction: result.discipline.deductionAmount, total: pending ? 0 : result.total,
    };
  });
}

/** Recomputes the rollup rows of an agency-month (all employees, or those of `ids`). */
async function refresh(em: Em, agencyId: number, month: string, at: string, ids: number[] | null): Promise<void> {
  const { first, last } = monthRange(month);
  const [[stored], strategies, subjects] = await Promise.all([
    evRepo.ruleTablesByKeys(em, [agencyId], [Number(month.slice(0, 4))]),
    evRepo.scoringStrategiesOfAgencies(em, [agencyId]),
    repo.allowanceSubjects(em, agencyId, at, first, last, ids),
  ]);
  const rows = await computeRows(em, agencyId, month, subjects, stored, (strategies[0]?.strategy ?? 'PERMENPANRB_6_2022') as ScoringStrategyId);
  await sql(em, `delete from allowance_rollup where agency_id = $1 and month = $2::date and ($3::int[] is null or employee_id = any($3::int[]))`, [agencyId, first, ids]);
  if (rows.length === 0) return;
  await sql(
    em,
    `insert into allowance_rollup (agency_id, month, employee_id, unit_path, level, status, base_amount, performance_amount, discipline_amount, deduction_amount, total)
     select $1, $2::date, x.* from unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[], $11::bigint[]) as x`,
    [agencyId, first, rows.map((r) => r.employeeId), rows.map((r) => r.unitPath), rows.map((r) => r.level), rows.map((r) => r.status),
      rows.map((r) => r.base), rows.map((r) => r.performance), rows.map((r) => r.discipline), rows.map((r) => r.deduction), rows.map((r) => r.total)],
  );
}

/** Brings the agency-month's rollup up to date (see the module comment). */
export async function ensureRollup(ctx: Context, agencyId: number, month: string, at: string): Promise<void> {
  const first = monthRange(month).first;
  const state = await sqlOne<{ clean: boolean }>(
    ctx.em,
    `select (not m.full_refresh and m.read_at = $3::date
       and not exists (select 1 from allowance_rollup_dirty d where d.agency_id = m.agency_id and d.month = m.month)) as clean
     from allowance_rollup_month m where m.agency_id = $1 and m.month = $2::date`,
    [agencyId, first, at],
  );
  if (state?.clean) return;
  await ctx.em.transactional(async (em) => {
    await sql(em, `insert into allowance_rollup_month (agency_id, month, read_at) values ($1, $2::date, $3::date) on conflict do nothing`, [agencyId, first, at]);
    const locked = (await sqlOne<{ full: boolean; readAt: string }>(
      em, `select full_refresh as "full", read_at as "readAt" from allowance_rollup_month where agency_id = $1 and month = $2::date for update`, [agencyId, first],
    ))!;
    const dirty = await sql<{ employeeId: number }>(em, `delete from allowance_rollup_dirty where agency_id = $1 and month = $2::date returning employee_id as "employeeId"`, [agencyId, first]);
    if (locked.full || locked.readAt !== at) {
      await sql(em, `update allowance_rollup_month set full_refresh = false, read_at = $3::date, refreshed_at = now() where agency_id = $1 and month = $2::date`, [agencyId, first, at]);
      await refresh(em, agencyId, month, at, null);
    } else if (dirty.length > 0) {
      await refresh(em, agencyId, month, at, dirty.map((d) => d.employeeId));
    }
  });
}
