import type { Context } from '../../../graphql/context';
import { sql } from '../../../db/sql';
import * as EvL from '../../evaluation/loaders';
import * as evRepo from '../../evaluation/repo';
import { DISTRIBUTION_PATTERNS, type DistributionPattern } from '../../evaluation/rules/distribution';
import type { OrgPerformanceRow, EvaluationRow, FeedbackRow } from '../../evaluation/types';
import * as PlanL from '../../planning/loaders';
import type { EvaluationPeriodRow, PlanRow } from '../../planning/types';
import { loadPlanDocument, type PlanDocument } from './plan-data';

/**
 * Everything the printed evaluation shows: the SKP part (identity block, goals with
 * indicators, core values) from plan-data, plus the evaluation period, realizations of
 * the indicators in that period with their evidence links, feedback per goal and per
 * core value (chosen options and free text), and for the annual evaluation the unit's
 * organisation performance with its distribution pattern. Bounded statements.
 */
export interface RealizationLine {
  indicatorId: number;
  value: number;
  evidenceUrls: string[];
  note: string | null;
}

export interface FeedbackText {
  goalId: number | null;
  coreValue: string | null;
  lines: string[];
}

export interface EvaluationDocument extends PlanDocument {
  evaluation: EvaluationRow;
  evaluationPeriod: EvaluationPeriodRow;
  isAnnual: boolean;
  realizations: Map<number, RealizationLine>;
  feedback: FeedbackText[];
  coreValues: { coreValue: string; name: string }[];
  orgPerformance: OrgPerformanceRow | null;
  pattern: DistributionPattern | null;
}

async function realizationsOf(ctx: Context, indicatorIds: number[], periodId: number): Promise<Map<number, RealizationLine>> {
  if (!indicatorIds.length) return new Map();
  const rows = await sql<RealizationLine>(
    ctx.em,
    `select indicator_id as "indicatorId", value, evidence_urls as "evidenceUrls", note from realization
     where indicator_id = any($1::int[]) and evaluation_period_id = $2`,
    [indicatorIds, periodId],
  );
  return new Map(rows.map((r) => [r.indicatorId, r]));
}

async function feedbackTexts(ctx: Context, rows: FeedbackRow[]): Promise<FeedbackText[]> {
  const optionIds = [...new Set(rows.flatMap((r) => r.optionIds))];
  const options = optionIds.length ? await evRepo.feedbackOptionsByIds(ctx.em, optionIds) : [];
  const text = new Map(options.map((o) => [o.id, o.text]));
  return rows.map((r) => ({
    goalId: r.goalId,
    coreValue: r.coreValue,
    lines: [...r.optionIds.map((id) => text.get(id)).filter((t): t is string => !!t), ...(r.note ? [r.note] : [])],
  }));
}

export async function loadEvaluationDocument(ctx: Context, ev: EvaluationRow, plan: PlanRow): Promise<EvaluationDocument> {
  const [base, evaluationPeriod, fbRows] = await Promise.all([
    loadPlanDocument(ctx, plan),
    PlanL.evaluationPeriodById(ctx).load(ev.evaluationPeriodId),
    EvL.feedbackOfEvaluation(ctx).load(ev.id),
  ]);
  if (!evaluationPeriod) throw new Error(`evaluation ${ev.id} has no evaluation period`);
  const isAnnual = evaluationPeriod.kind === 'FINAL';
  const unitId = ev.unitId ?? plan.unitId;
  const indicatorIds = [...base.main, ...base.additional].flatMap((b) => b.indicators.map((i) => i.id));
  const [realizations, feedback, guides, orgPerf] = await Promise.all([
    realizationsOf(ctx, indicatorIds, ev.evaluationPeriodId),
    feedbackTexts(ctx, fbRows),
    PlanL.coreValueGuides(ctx),
    isAnnual && unitId != null ? EvL.orgPerformanceOf(ctx).load(EvL.pair(unitId, ev.evaluationPeriodId)) : Promise.resolve([]),
  ]);
  const orgPerformance = orgPerf[0] ?? null;
  return {
    ...base,
    evaluation: ev,
    evaluationPeriod,
    isAnnual,
    realizations,
    feedback,
    coreValues: guides.map((g) => ({ coreValue: g.coreValue, name: g.name })),
    orgPerformance,
    pattern: orgPerformance ? DISTRIBUTION_PATTERNS[orgPerformance.rating] : null,
  };
}
