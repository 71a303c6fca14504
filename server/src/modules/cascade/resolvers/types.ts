import type { Resolvers } from '../../../graphql/generated/types';
import { decodeId } from '../../../lib/ids';
import { cascadeForest, employeeCascade, planCascade } from '../loaders';
import { childLevels } from '../lookahead';
import { goalDescendants } from '../services/descendants';
import { resultRoleMatrix } from '../services/matrix';

/**
 * Fields the cascade module adds to planning's Goal and PerformancePlan and org's
 * Employee. `children` answers synchronously from the request's forest once the
 * subtree is loaded: no promise and no SQL per node. The first read of a tree looks
 * ahead in the query for how many levels of `children` it reaches and reads those.
 */
export const cascadeTypes: Resolvers = {
  Goal: {
    children: (g, _a, ctx, info) => cascadeForest(ctx).children(g, () => 1 + childLevels(info)) as any,
    descendants: (g, args, ctx) => goalDescendants(ctx, g, args) as any,
    cascadeDepth: async (g, _a, ctx) => (await cascadeForest(ctx).statsOf(g)).height,
    descendantCount: async (g, _a, ctx) => (await cascadeForest(ctx).statsOf(g)).count,
  },
  PerformancePlan: {
    cascade: (p, _a, ctx, info) => planCascade(ctx).load({ plan: p, levels: childLevels(info) }),
    resultRoleMatrix: (p, _a, ctx) => resultRoleMatrix(ctx, p) as any,
  },
  Employee: {
    goalCascade: (e, { period }, ctx, info) => employeeCascade(ctx).load({
      employeeId: e.id, agencyId: e.agencyId, periodId: period ? decodeId(period, 'Period') : null, levels: childLevels(info),
    }),
  },
};
