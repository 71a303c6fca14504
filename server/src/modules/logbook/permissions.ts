import { allow, rule } from 'graphql-shield';
import { GraphQLError } from 'graphql';
import { isAuthenticated, isEmployee } from '../../auth/rules';
import type { Context } from '../../graphql/context';
import { unauthenticated } from '../../lib/errors';
import { tokenScope } from '../integrations/errors';
import { tokenHas } from '../integrations/rules';
import type { Scope } from '../integrations/types';

/**
 * Role gates of the logbook module: employees write (their own rows only, checked in
 * the services); reads are open to employee sessions and to integration tokens with
 * READ_LOGBOOK (entries) or READ_PLANS (action plans, realizations), and scoped row by
 * row in scope.ts (logbook) and access.ts (action plans, realizations, via plan visibility).
 * Fields added to planning's Goal, Indicator and PerformancePlan fall under planning's
 * type rules.
 *
 * The read rules are the semantics of integrations' `employeeOrScope` (read-only, so
 * without its mutation audit) under this module's own names: shield refuses two rule
 * instances with one name, and planning already builds `employeeOrScope('READ_PLANS')`.
 */
function employeeOrScope(scope: Scope) {
  return rule(`logbook.employeeOrScope.${scope}`, { cache: 'no_cache' })((_p, _a, ctx: Context) => {
    const v = ctx.viewer;
    if (!v) return unauthenticated();
    if (v.kind === 'TOKEN') return tokenHas(ctx, scope) ? true : tokenScope(scope);
    if (v.mustChangePassword) return new GraphQLError('Change your one-time password first.', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    return true;
  });
}

const readLogbook = employeeOrScope('READ_LOGBOOK');
const readPlans = employeeOrScope('READ_PLANS');

export const logbookPermissions = {
  Query: {
    logbookEntries: readLogbook,
    logbookVerificationInbox: isEmployee,
    actionPlans: readPlans,
  },
  Mutation: {
    logbookEntryCreate: isEmployee,
    logbookEntriesCreate: isEmployee,
    logbookEntryUpdate: isEmployee,
    logbookEntryDelete: isEmployee,
    logbookEntriesSubmit: isEmployee,
    logbookEntriesVerify: isEmployee,
    logbookEntriesReject: isEmployee,
    logbookImport: isEmployee,
    actionPlanCreate: isEmployee,
    actionPlanUpdate: isEmployee,
    actionPlanDelete: isEmployee,
    realizationSet: isEmployee,
    realizationCompute: isEmployee,
  },
  LogbookEntry: readLogbook,
  ActionPlan: readPlans,
  Realization: readPlans,
  IndicatorProgress: isAuthenticated,
  LogbookEntryConnection: allow,
  ActionPlanConnection: allow,
};
