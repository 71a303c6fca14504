import type { QueryResolvers } from '../../../graphql/generated/types';
import { decodeId } from '../../../lib/ids';
import { visiblePlan } from '../../planning/resolvers/queries';
import { resultRoleMatrix } from '../services/matrix';

export const cascadeQueries: QueryResolvers = {
  resultRoleMatrix: async (_p, { plan }, ctx) => {
    const row = await visiblePlan(ctx, decodeId(plan, 'PerformancePlan'));
    return row ? (resultRoleMatrix(ctx, row) as any) : null;
  },
};
