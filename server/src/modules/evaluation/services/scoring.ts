import type { Context } from '../../../graphql/context';
import { sqlOne } from '../../../db/sql';
import { administers } from '../../../auth/viewer';
import { userError } from '../../../lib/errors';
import { writeAudit } from '../../audit/audit';
import * as orgRepo from '../../org/repo';
import type { AgencyRow } from '../../org/types';
import { getScoringStrategy, ScoringInputError, type ScoringIndicator, type ScoringResult, type ScoringStrategyId } from '../rules/scoring';
import type { ScoringIndicatorRow } from '../repo';
import * as L from '../loaders';
import type { EvaluationRow, IndicatorScoreLineRow, ScoringResultRow } from '../types';

/**
 * Numeric scoring, pluggable per agency (DOMAIN.md "Numeric scoring"): the agency's
 * stored strategy (PermenPANRB 6/2022 unless changed) applied to the evaluation's ratings
 * and to the realizations of the plan's indicators in the evaluation period.
 */

const measurable = (r: ScoringIndicatorRow) => r.targetValue != null || (r.targetMin != null && r.targetMax != null);

/**
 * An indicator without a realization in the period was not achieved: it scores 0. For a
 * lower-is-better indicator a realization of 0 would be perfect, so twice the target (which
 * scores 0 under both numeric schemes) stands in for it.
 */
function missingRealization(r: ScoringIndicatorRow): number {
  return r.lowerIsBetter ? 2 * (r.targetMax ?? r.targetValue ?? 0) : 0;
}

function toIndicator(r: ScoringIndicatorRow): ScoringIndicator {
  const range = r.targetMin != null && r.targetMax != null ? { min: r.targetMin, max: r.targetMax } : undefined;
  return {
    goalId: String(r.goalId),
    goalKind: r.goalKind,
    aspect: r.aspect ?? undefined,
    target: r.targetValue ?? r.targetMin ?? 0,
    realization: r.realization ?? missingRealization(r),
    lowerIsBetter: r.lowerIsBetter,
    range,
  };
}

function indicatorLines(rows: ScoringIndicatorRow[], result: ScoringResult): IndicatorScoreLineRow[] {
  if (result.breakdown.kind !== 'PERMENPANRB_8_2021') return [];
  const scores = result.breakdown.plan.goals.flatMap((g) => g.indicators);
  return rows.map((r, i) => ({
    indicatorId: r.indicatorId,
    target: r.targetValue ?? r.targetMax,
    realization: r.realization ?? 0,
    hasRealization: r.realization != null,
    achievement: scores[i]?.achievement ?? 0,
    value: scores[i]?.value ?? 0,
  }));
}

/** Pure: the score of an evaluation under a strategy, or the reason it cannot be computed. */
export function computeScore(strategy: ScoringStrategyId, ev: Pick<EvaluationRow, 'resultRating' | 'behaviorRating' | 'legacyBehaviorScores'>, allRows: ScoringIndicatorRow[]): ScoringResultRow {
  const rows = allRows.filter(measurable);
  const base: ScoringResultRow = {
    strategy, score: null, rating: null, planValue: null, behaviorValue: null, indicators: [],
    missingRealizations: rows.filter((r) => r.realization == null).length, unavailableReason: null,
  };
  if (strategy === 'PERMENPANRB_6_2022' && (!ev.resultRating || !ev.behaviorRating)) {
    return { ...base, unavailableReason: 'The evaluation is not rated yet.' };
  }
  try {
    const result = getScoringStrategy(strategy).score({
      indicators: rows.map(toIndicator),
      resultRating: ev.resultRating ?? undefined,
      behaviorRating: ev.behaviorRating ?? undefined,
      behaviorScores: ev.legacyBehaviorScores ?? undefined,
    });
    const pp46 = result.breakdown.kind === 'PP_46_2011' ? result.breakdown : null;
    return {
      ...base, score: result.score, rating: result.rating, indicators: indicatorLines(rows, result),
      planValue: pp46 ? pp46.skp.value : result.breakdown.kind === 'PERMENPANRB_8_2021' ? result.breakdown.plan.value : null,
      behaviorValue: pp46 ? pp46.behaviour : null,
    };
  } catch (err) {
    if (err instanceof ScoringInputError || err instanceof RangeError) return { ...base, unavailableReason: err.message };
    throw err;
  }
}

export async function scoreOf(ctx: Context, ev: EvaluationRow): Promise<ScoringResultRow> {
  const [strategy, rows] = await Promise.all([
    L.scoringStrategyOf(ctx).load(ev.agencyId),
    L.scoringIndicatorsOf(ctx).load(L.pair(ev.planId, ev.evaluationPeriodId)),
  ]);
  return computeScore(strategy, ev, rows);
}

/**
 * The admin of the agency selects its scoring strategy (an agency setting kept in a
 * tenant table: the superadmin reads it but writes no agency's data).
 */
export async function setScoringStrategy(ctx: Context, agencyIdInput: number | null, strategy: ScoringStrategyId): Promise<AgencyRow> {
  const v = ctx.viewer!;
  const agencyId = agencyIdInput ?? v.agencyId;
  if (!administers(v, agencyId)) {
    throw userError('NOT_FOUND', 'Agency not found.', ['input', 'agency']);
  }
  return ctx.em.transactional(async (em) => {
    const [agency] = await orgRepo.agenciesByIds(em, [agencyId]);
    if (!agency) throw userError('NOT_FOUND', 'Agency not found.', ['input', 'agency']);
    const before = await sqlOne<{ strategy: string }>(em, `select scoring_strategy as strategy from agency_evaluation_setting where agency_id = $1 for update`, [agencyId]);
    await sqlOne(
      em,
      `insert into agency_evaluation_setting (agency_id, scoring_strategy, updated_by_id) values ($1, $2, $3)
       on conflict (agency_id) do update set scoring_strategy = excluded.scoring_strategy, updated_by_id = excluded.updated_by_id, updated_at = now()`,
      [agencyId, strategy, v.agencyId === agencyId ? v.employeeId : null],
    );
    await writeAudit(em, ctx, {
      action: 'SCORING_STRATEGY_SET', entityType: 'Agency', entityId: agencyId, agencyId,
      from: before?.strategy ?? 'PERMENPANRB_6_2022', to: strategy,
    });
    return agency;
  });
}
