import type { Resolvers } from '../../../graphql/generated/types';
import { toGlobalId } from '../../../lib/ids';
import { tokenHas } from '../../integrations/rules';
import { canReadResultsOfPlan } from '../../evaluation/scope';

/** `Evaluation.pdfUrl`: the printable evaluation, given only to viewers the route serves. */
export const evaluationLinkResolvers: Resolvers = {
  Evaluation: {
    pdfUrl: async (ev, _a, ctx) => {
      if (ctx.viewer?.kind === 'TOKEN' && !tokenHas(ctx, 'READ_EVALUATIONS')) return null;
      if (!(await canReadResultsOfPlan(ctx, ev.planId))) return null;
      return `/files/evaluations/${toGlobalId('Evaluation', ev.id)}.pdf`;
    },
  },
};
