import type { MutationResolvers } from '../../../graphql/generated/types';
import { inputId, optionalInputId, payload } from '../../../lib/errors';
import { rateEvaluation } from '../services/rating';
import { setFeedback, setSelfAssessment } from '../services/feedback';
import { confirmEvaluation, reopenEvaluation } from '../services/confirm';
import { setOrgPerformance } from '../services/org-performance';
import { setScoringStrategy } from '../services/scoring';
import { toGqlViolation } from '../services/distribution';

const planOf = (gid: string) => inputId(gid, 'PerformancePlan', ['input', 'performancePlan']);
const periodOf = (gid: string) => inputId(gid, 'EvaluationPeriod', ['input', 'evaluationPeriod']);

/** Thin resolvers: decode ids, call one service function, wrap refusals as userErrors. */
export const evaluationMutations: MutationResolvers = {
  selfAssessmentSet: (_p, { input }, ctx) =>
    payload(() => setSelfAssessment(ctx, {
      planId: planOf(input.performancePlan), periodId: periodOf(input.evaluationPeriod),
      goalId: inputId(input.goal, 'Goal', ['input', 'goal']), note: input.note,
    })),
  feedbackSet: (_p, { input }, ctx) =>
    payload(() => setFeedback(ctx, {
      planId: planOf(input.performancePlan), periodId: periodOf(input.evaluationPeriod),
      goalId: optionalInputId(input.goal, 'Goal', ['input', 'goal']), coreValue: input.coreValue ?? null,
      optionIds: (input.options ?? []).map((o, i) => inputId(o, 'FeedbackOption', ['input', 'options', String(i)])), note: input.note,
    })),
  evaluationRate: (_p, { input }, ctx) =>
    payload(async () => {
      const r = await rateEvaluation(ctx, {
        planId: planOf(input.performancePlan), periodId: periodOf(input.evaluationPeriod), resultRating: input.resultRating,
        behaviorRating: input.behaviorRating, legacyBehaviorScores: input.legacyBehaviorScores, scoresGiven: 'legacyBehaviorScores' in input,
      });
      return { evaluation: r.evaluation, distributionWarnings: r.warnings.map(toGqlViolation) };
    }),
  evaluationConfirm: (_p, { input }, ctx) =>
    payload(async () => {
      const r = await confirmEvaluation(ctx, inputId(input.evaluation, 'Evaluation', ['input', 'evaluation']), input.distributionOverrideReason);
      return { evaluation: r.evaluation, distributionWarnings: r.warnings.map(toGqlViolation) };
    }),
  evaluationReopen: (_p, { input }, ctx) =>
    payload(async () => ({ evaluation: await reopenEvaluation(ctx, inputId(input.evaluation, 'Evaluation', ['input', 'evaluation']), input.reason) })),
  orgPerformanceSet: (_p, { input }, ctx) =>
    payload(async () => ({
      orgPerformance: await setOrgPerformance(ctx, {
        unitId: inputId(input.unit, 'OrgUnit', ['input', 'unit']), periodId: periodOf(input.evaluationPeriod), rating: input.rating, note: input.note,
      }),
    })),
  agencyScoringStrategySet: (_p, { input }, ctx) =>
    payload(async () => ({ agency: await setScoringStrategy(ctx, optionalInputId(input.agency, 'Agency', ['input', 'agency']), input.strategy) })),
};
