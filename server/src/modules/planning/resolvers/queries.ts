import type { QueryResolvers, Resolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { decodeId } from '../../../lib/ids';
import { dateArg } from '../../../lib/dates';
import { badInput } from '../../../lib/errors';
import { canReadAgency } from '../../org/scope';
import * as L from '../loaders';
import * as repo from '../repo';
import { canReadPlan } from '../scope';
import { agreementsPage } from '../services/agreement-reads';
import { currentPlan, employeePlans } from '../services/plan-reads';
import { plansNeedingAttention, plansToApprove } from '../services/queues';

function agencyArg(ctx: Context, agency: string | null | undefined): number | null {
  const id = agency ? decodeId(agency, 'Agency') : ctx.viewer!.agencyId;
  return canReadAgency(ctx, id) ? id : null;
}

export async function visiblePlan(ctx: Context, id: number) {
  const [plan, ok] = await Promise.all([L.planById(ctx).load(id), canReadPlan(ctx, { id })]);
  return plan && ok ? plan : null;
}

const optionalPeriod = (p: string | null | undefined) => (p ? decodeId(p, 'Period') : null);

export const planningQueries: QueryResolvers = {
  periods: async (_p, { agency }, ctx) => {
    const id = agencyArg(ctx, agency);
    return id == null ? [] : repo.periodsOfAgency(ctx.em, id);
  },
  period: async (_p, { year, agency }, ctx) => {
    if (!Number.isInteger(year) || year < 2000 || year > 2200) throw badInput('year must be between 2000 and 2200.');
    const id = agencyArg(ctx, agency);
    return id == null ? null : repo.periodByYear(ctx.em, id, year);
  },
  performanceAgreements: (_p, args, ctx) => agreementsPage(ctx, args) as any,
  performancePlan: (_p, { id }, ctx) => visiblePlan(ctx, decodeId(id, 'PerformancePlan')),
  plansToApprove: (_p, args, ctx) => plansToApprove(ctx, args.status, optionalPeriod(args.period), args) as any,
  plansNeedingAttention: (_p, args, ctx) => plansNeedingAttention(ctx, decodeId(args.period, 'Period'), args.reasons, args) as any,
  coreValueGuides: (_p, _a, ctx) => L.coreValueGuides(ctx),
};

/** Fields the planning module adds to the org module's Employee. */
export const employeeExtension: Resolvers['Employee'] = {
  performancePlans: (e, args, ctx) => employeePlans(ctx, e, optionalPeriod(args.period), args) as any,
  currentPlan: (e, args, ctx) => currentPlan(ctx, e, optionalPeriod(args.period), dateArg(args.at, ctx.today)),
};
