import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { writeAudit } from '../../audit/audit';
import type { PlanRow } from '../../planning/types';
import { performanceRating, type ExpectationRating } from '../rules/rating-matrix';
import { resultRatingFromOrgPerformance } from '../rules/org-performance';
import type { DistributionViolation } from '../rules/distribution';
import { EVALUATION_COLS, type EvaluationRow, type OrgPerformanceRow, type ResultRatingSource } from '../types';
import { governingCheck, violationsOf } from './distribution';
import { evaluationForWrite } from './target';

/**
 * Rating (PermenPANRB 6/2022): the appraiser gives the result and behaviour ratings of a
 * draft evaluation (DOMAIN.md: "appraiser (derived, not granted) | … | feedback, ratings";
 * admins are not granted ratings, unless they are that appraiser); the predikat follows the matrix. For the head of the
 * plan's unit the result rating is the unit's organisational performance (SE MenPANRB
 * 3/2023): derived, and refused when given otherwise or when the unit is not rated yet.
 */

export interface RateInput {
  planId: number;
  periodId: number;
  resultRating: ExpectationRating | null | undefined;
  behaviorRating: ExpectationRating;
  legacyBehaviorScores: number[] | null | undefined;
  scoresGiven: boolean;
}

/** Whether the plan's employee holds the head position of the plan's unit. */
export async function isUnitHeadPlan(em: Em, plan: Pick<PlanRow, 'agencyId' | 'unitId' | 'positionId'>): Promise<boolean> {
  if (plan.unitId == null || plan.positionId == null) return false;
  const head = await sqlOne<{ id: number }>(
    em,
    `select p.id from position p where p.agency_id = $1 and p.unit_id = $2 order by p.depth, p.id limit 1`,
    [plan.agencyId, plan.unitId],
  );
  return head?.id === plan.positionId;
}

async function resultFor(em: Em, plan: PlanRow, periodId: number, given: ExpectationRating | null | undefined): Promise<{ result: ExpectationRating; source: ResultRatingSource }> {
  if (!(await isUnitHeadPlan(em, plan))) {
    if (!given) throw userError('INVALID_INPUT', 'The result rating is required.', ['input', 'resultRating']);
    return { result: given, source: 'APPRAISER' };
  }
  const op = await sqlOne<Pick<OrgPerformanceRow, 'rating'>>(
    em,
    `select op.rating from org_performance op where op.agency_id = $1 and op.evaluation_period_id = $2 and op.unit_id = $3`,
    [plan.agencyId, periodId, plan.unitId],
  );
  if (!op) {
    throw userError('ORG_PERFORMANCE_REQUIRED', 'The employee heads the unit: the leader above must set the unit\'s organisational performance first.', ['input', 'resultRating']);
  }
  const derived = resultRatingFromOrgPerformance(op.rating);
  if (given && given !== derived) {
    throw userError('RESULT_RATING_FROM_ORG_PERFORMANCE', `The employee heads the unit: the result rating is ${derived}, from the unit's organisational performance ${op.rating}.`, ['input', 'resultRating']);
  }
  return { result: derived, source: 'ORG_PERFORMANCE' };
}

function checkScores(scores: number[] | null | undefined): void {
  if (scores == null) return;
  const bad = (scores.length !== 5 && scores.length !== 6) || scores.some((s) => !Number.isFinite(s) || s < 0 || s > 100);
  if (bad) throw userError('INVALID_INPUT', 'PP 46/2011 behaviour scores are 5 or 6 values from 0 to 100.', ['input', 'legacyBehaviorScores']);
}

export async function rateEvaluation(ctx: Context, input: RateInput): Promise<{ evaluation: EvaluationRow; warnings: DistributionViolation[] }> {
  checkScores(input.legacyBehaviorScores);
  return ctx.em.transactional(async (em) => {
    const { plan, period, evaluation } = await evaluationForWrite(ctx, em, input, (r) => r.isAppraiser);
    const { result, source } = await resultFor(em, plan, period.id, input.resultRating);
    const rating = performanceRating(result, input.behaviorRating);
    const updated = (await sqlOne<EvaluationRow>(
      em,
      `update evaluation ev set result_rating = $2, result_rating_source = $3, behavior_rating = $4, performance_rating = $5,
         legacy_behavior_scores = case when $6::boolean then $7::numeric[] else ev.legacy_behavior_scores end,
         rated_at = now(), rated_by_id = $8, appraiser_id = $9, unit_id = $10, version = ev.version + 1, updated_at = now()
       where ev.id = $1 and ev.status = 'DRAFT' returning ${EVALUATION_COLS}`,
      [evaluation.id, result, source, input.behaviorRating, rating, input.scoresGiven, input.legacyBehaviorScores ?? null,
        ctx.viewer!.employeeId, plan.appraiserId, plan.unitId],
    ))!;
    await writeAudit(em, ctx, {
      action: 'EVALUATION_RATE', entityType: 'Evaluation', entityId: updated.id, agencyId: updated.agencyId,
      from: evaluation.performanceRating, to: rating,
      data: { resultRating: result, resultRatingSource: source, behaviorRating: input.behaviorRating },
    });
    const check = await governingCheck(em, plan.agencyId, plan.unitId, period.id);
    return { evaluation: updated, warnings: check ? violationsOf(check) : [] };
  });
}
