import { allow } from 'graphql-shield';
import { isAuthenticated, isEmployee } from '../../auth/rules';

/**
 * Role gates of the logbook module: employees write (their own rows only, checked in
 * the services); reads are open to signed-in viewers and scoped row by row in
 * scope.ts (logbook) and access.ts (action plans, realizations, via plan visibility).
 * Fields added to planning's Goal, Indicator and PerformancePlan fall under
 * planning's type rules.
 */
export const logbookPermissions = {
  Query: {
    logbookEntries: isAuthenticated,
    logbookVerificationInbox: isEmployee,
    actionPlans: isAuthenticated,
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
  LogbookEntry: isAuthenticated,
  ActionPlan: isAuthenticated,
  Realization: isAuthenticated,
  IndicatorProgress: isAuthenticated,
  LogbookEntryConnection: allow,
  ActionPlanConnection: allow,
};
