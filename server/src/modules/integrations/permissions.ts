import { allow } from 'graphql-shield';
import { isAdmin, isAdminReader, isAuthenticated } from '../../auth/rules';
import { adminOrScope } from './rules';

/**
 * Role gates of the integrations module. Tokens are managed by agency admins only
 * (an integration token is never an admin; the national superadmin reads the list but
 * manages no agency's tokens); services scope every row to the admin's agency again.
 */
export const integrationPermissions = {
  Query: {
    apiTokens: isAdminReader,
    apiTokenRateLimit: isAuthenticated,
    logbookEntriesSync: adminOrScope('READ_LOGBOOK'),
    logbookEntryDeletions: adminOrScope('READ_LOGBOOK'),
    performancePlansSync: adminOrScope('READ_PLANS'),
    employeesSync: adminOrScope('READ_ORG'),
  },
  Mutation: {
    apiTokenCreate: isAdmin,
    apiTokenRotate: isAdmin,
    apiTokenRevoke: isAdmin,
  },
  ApiToken: isAdminReader,
  ApiTokenConnection: allow,
  LogbookEntrySyncConnection: allow,
  PerformancePlanSyncConnection: allow,
  EmployeeSyncConnection: allow,
  LogbookEntryDeletionConnection: allow,
};
