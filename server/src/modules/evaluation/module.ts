import type { KinerjaModule } from '../registry';
import type { Context } from '../../graphql/context';
import { canReadAgency } from '../org/scope';
import { evaluationPermissions } from './permissions';
import { evaluationQueries } from './resolvers/queries';
import { evaluationMutations } from './resolvers/mutations';
import { allowanceMutations } from './resolvers/allowance-mutations';
import { evaluationTypes } from './resolvers/evaluation-types';
import { orgTypes } from './resolvers/org-types';
import { allowanceTypes } from './resolvers/allowance-types';
import { visibleEvaluation } from './resolvers/convert';
import * as L from './loaders';
import { canReadResultsOfEmployee } from './scope';

/** Merges resolver maps of several files type by type. */
function merge(...maps: Record<string, any>[]): Record<string, any> {
  const out: Record<string, any> = {};
  for (const m of maps) for (const [type, fields] of Object.entries(m)) out[type] = { ...(out[type] ?? {}), ...fields };
  return out;
}

async function evaluationChild<T extends { evaluationId: number }>(ctx: Context, row: T | null): Promise<T | null> {
  return row && (await visibleEvaluation(ctx, row.evaluationId)) ? row : null;
}

const evaluation: KinerjaModule = {
  name: 'evaluation',
  resolvers: merge(
    { Query: evaluationQueries, Mutation: { ...evaluationMutations, ...allowanceMutations } },
    evaluationTypes, orgTypes, allowanceTypes,
  ),
  permissions: evaluationPermissions,
  nodes: {
    Evaluation: visibleEvaluation,
    Feedback: async (ctx, id) => evaluationChild(ctx, await L.feedbackById(ctx).load(id)),
    SelfAssessment: async (ctx, id) => evaluationChild(ctx, await L.selfAssessmentById(ctx).load(id)),
    FeedbackOption: (ctx, id) => L.feedbackOptionById(ctx).load(id),
    OrgPerformance: async (ctx, id) => {
      const o = await L.orgPerformanceById(ctx).load(id);
      return o && canReadAgency(ctx, o.agencyId) ? o : null;
    },
    AllowanceRuleTable: async (ctx, id) => {
      const t = await L.ruleTableById(ctx).load(id);
      return t && canReadAgency(ctx, t.agencyId) ? t : null;
    },
    AttendanceRecord: async (ctx, id) => {
      const r = await L.attendanceById(ctx).load(id);
      return r && (await canReadResultsOfEmployee(ctx, r.employeeId)) ? r : null;
    },
  },
};

export default evaluation;
