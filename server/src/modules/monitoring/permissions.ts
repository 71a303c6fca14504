import { allow } from 'graphql-shield';
import { isAuthenticated } from '../../auth/rules';
import { employeeOrScopeReadEvaluations } from '../evaluation/permissions';

/**
 * Role gate of the monitoring module: employee sessions, or tokens with READ_EVALUATIONS.
 * Which units a viewer may monitor (leaders up the line, admins, operators of the
 * subtree) is decided in evaluation/scope.ts `canMonitorUnit`. The report's fields are
 * gated per field with a wildcard so other modules may add fields with their own rule
 * (documents: `exportUrl`).
 */
export const monitoringPermissions = {
  Query: { unitMonitoring: employeeOrScopeReadEvaluations },
  UnitMonitoringReport: { '*': isAuthenticated },
  UnitDistributionConnection: allow,
};
