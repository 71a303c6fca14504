import type { QueryResolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { decodeId } from '../../../lib/ids';
import * as orgL from '../../org/loaders';
import * as planL from '../../planning/loaders';
import { canReadAgency } from '../../org/scope';
import { DISTRIBUTION_PATTERNS } from '../rules/distribution';
import { ORG_PERFORMANCES } from '../rules/rating-matrix';
import { scoringStrategies } from '../rules/scoring';
import * as repo from '../repo';
import * as L from '../loaders';
import { canMonitorUnit } from '../scope';
import { cachedSubtreeChecks, toGqlPattern } from '../services/distribution';
import { toGqlMatrix, visibleEvaluation } from './convert';

/** A unit and an evaluation period of the same agency, when the viewer's agency may see them. */
export async function unitAndPeriod(ctx: Context, unitGid: string, periodGid: string) {
  const [unit, period] = await Promise.all([
    orgL.unitById(ctx).load(decodeId(unitGid, 'OrgUnit')),
    planL.evaluationPeriodById(ctx).load(decodeId(periodGid, 'EvaluationPeriod')),
  ]);
  if (!unit || !period || unit.agencyId !== period.agencyId || !canReadAgency(ctx, unit.agencyId)) return null;
  return { unit, period };
}

export const evaluationQueries: QueryResolvers = {
  evaluation: (_p, { id }, ctx) => visibleEvaluation(ctx, decodeId(id, 'Evaluation')),
  feedbackOptions: async (_p, { target, coreValue }, ctx) =>
    (await repo.allFeedbackOptions(ctx.em)).filter((o) =>
      (target == null || o.target === target) && (coreValue == null || (o.target === 'CORE_VALUE' && (o.coreValue == null || o.coreValue === coreValue)))),
  ratingMatrix: () => toGqlMatrix(null),
  orgPerformance: async (_p, { unit, evaluationPeriod }, ctx) => {
    const found = await unitAndPeriod(ctx, unit, evaluationPeriod);
    return found ? ((await L.orgPerformanceOf(ctx).load(L.pair(found.unit.id, found.period.id)))[0] ?? null) : null;
  },
  distributionCheck: async (_p, { unit, evaluationPeriod }, ctx) => {
    const found = await unitAndPeriod(ctx, unit, evaluationPeriod);
    if (!found || !(await canMonitorUnit(ctx, found.unit))) return null;
    return (await cachedSubtreeChecks(ctx, found.unit, found.period.id)).root;
  },
  distributionPatterns: () => ORG_PERFORMANCES.map((o) => toGqlPattern(DISTRIBUTION_PATTERNS[o])),
  scoringStrategies: () => Object.values(scoringStrategies).map((s) => ({ strategy: s.id, description: s.description, isNumeric: s.id !== 'PERMENPANRB_6_2022' })),
};
