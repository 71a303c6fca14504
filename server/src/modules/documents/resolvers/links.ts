import type { Resolvers } from '../../../graphql/generated/types';
import { decodeId, toGlobalId } from '../../../lib/ids';
import { tokenHas } from '../../integrations/rules';
import { unitExportAccess } from '../export/access';

/** Download links: a path under /files, given only to viewers the route will serve. */
export const linkResolvers: Resolvers = {
  OrgUnit: {
    exportUrl: async (u, { at }, ctx) => {
      const access = await unitExportAccess(ctx, u.id);
      if (!access.ok) return null;
      return `/files/org-units/${toGlobalId('OrgUnit', u.id)}.xlsx${at ? `?at=${at}` : ''}`;
    },
    plansExportUrl: (u, { period }, ctx) => {
      const periodId = decodeId(period, 'Period');
      if (ctx.viewer?.kind === 'TOKEN' && !tokenHas(ctx, 'READ_PLANS')) return null;
      return `/files/org-units/${toGlobalId('OrgUnit', u.id)}/plans.xlsx?period=${toGlobalId('Period', periodId)}`;
    },
  },
  PerformancePlan: {
    pdfUrl: (p) => `/files/plans/${toGlobalId('PerformancePlan', p.id)}.pdf`,
  },
};
