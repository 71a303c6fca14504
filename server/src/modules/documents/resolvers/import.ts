import type { MutationResolvers } from '../../../graphql/generated/types';
import { payload } from '../../../lib/errors';
import { importOrg } from '../import/service';

export const importMutations: MutationResolvers = {
  orgImport: async (_p, { input }, ctx) => {
    const result = await payload(() => importOrg(ctx, input));
    const n = result.report?.violationCount ?? 0;
    if (n === 0) return result;
    return {
      ...result,
      userErrors: [{ code: 'IMPORT_INVALID', field: ['input', 'contentBase64'], message: `The sheet has ${n} problem${n === 1 ? '' : 's'}; nothing was written. See report.violations.` }],
    };
  },
};
