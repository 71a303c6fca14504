import type { QueryResolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { decodeId } from '../../../lib/ids';
import { listActionPlans, listEntries, verificationInbox } from '../services/reads';

// Connections carry a lazy totalCount function (lib/connections.ts), hence `as any`.

/** The employee an argument names, or the viewer's own employee (-1: nobody). */
const employeeArg = (ctx: Context, gid: string | null | undefined): number =>
  gid != null ? decodeId(gid, 'Employee') : (ctx.viewer?.employeeId ?? -1);

export const logbookQueries: QueryResolvers = {
  logbookEntries: (_p, a, ctx) =>
    listEntries(ctx, { employeeId: employeeArg(ctx, a.employee), from: a.from, to: a.to, status: a.status, first: a.first, after: a.after }) as any,
  logbookVerificationInbox: (_p, a, ctx) =>
    verificationInbox(ctx, { employeeId: a.employee != null ? decodeId(a.employee, 'Employee') : null, from: a.from, to: a.to, first: a.first, after: a.after }) as any,
  actionPlans: (_p, a, ctx) =>
    listActionPlans(ctx, {
      employeeId: employeeArg(ctx, a.employee),
      evaluationPeriodId: a.evaluationPeriod != null ? decodeId(a.evaluationPeriod, 'EvaluationPeriod') : null,
      date: a.date,
      first: a.first,
      after: a.after,
    }) as any,
};
