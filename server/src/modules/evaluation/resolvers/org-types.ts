import type { Resolvers } from '../../../graphql/generated/types';
import { decodeId, toGlobalId } from '../../../lib/ids';
import * as orgL from '../../org/loaders';
import * as planL from '../../planning/loaders';
import { canReadAgency } from '../../org/scope';
import { DISTRIBUTION_PATTERNS } from '../rules/distribution';
import { PERFORMANCE_RATINGS } from '../rules/rating-matrix';
import * as L from '../loaders';
import { patternOf, toGqlPattern, toGqlViolation, violationsOf } from '../services/distribution';
import { employeeRef } from './convert';

/** Organisational performance and distribution checks (SE MenPANRB 3/2023). */
export const orgTypes: Resolvers = {
  OrgPerformance: {
    id: (o) => toGlobalId('OrgPerformance', o.id),
    unit: async (o, _a, ctx) => (await orgL.unitById(ctx).load(o.unitId))!,
    evaluationPeriod: async (o, _a, ctx) => (await planL.evaluationPeriodById(ctx).load(o.evaluationPeriodId))!,
    setBy: (o, _a, ctx) => employeeRef(ctx, o.setById),
    distributionPattern: (o) => toGqlPattern(DISTRIBUTION_PATTERNS[o.rating]),
  },
  DistributionCheckResult: {
    unit: async (c, _a, ctx) => (await orgL.unitById(ctx).load(c.unitId))!,
    evaluationPeriod: async (c, _a, ctx) => (await planL.evaluationPeriodById(ctx).load(c.evaluationPeriodId))!,
    orgPerformance: (c) => c.orgPerformance,
    pattern: (c) => patternOf(c),
    counts: (c) => {
      const total = PERFORMANCE_RATINGS.reduce((s, r) => s + c.counts[r], 0);
      return PERFORMANCE_RATINGS.map((rating) => ({ rating, count: c.counts[rating], share: total === 0 ? 0 : c.counts[rating] / total }));
    },
    total: (c) => PERFORMANCE_RATINGS.reduce((s, r) => s + c.counts[r], 0),
    violations: (c) => violationsOf(c).map(toGqlViolation),
  },
  OrgUnit: {
    performance: async (u, { evaluationPeriod }, ctx) => {
      const periodId = decodeId(evaluationPeriod, 'EvaluationPeriod');
      if (!canReadAgency(ctx, u.agencyId)) return null;
      return (await L.orgPerformanceOf(ctx).load(L.pair(u.id, periodId)))[0] ?? null;
    },
  },
};
