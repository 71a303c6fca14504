import { allow } from 'graphql-shield';
import { isEmployee } from '../../auth/rules';
import { employeeOrScope } from '../integrations/rules';

/**
 * Role gates of the cascade module. The fields it adds to Goal, PerformancePlan and
 * Employee are covered by those types' rules (planning's and org's). Row scoping
 * (which plans and goals the viewer reads) is done in SQL (visibility.ts) and in the
 * services (only the goal's owner cascades it, only to current direct reports).
 */
export const cascadePermissions = {
  Query: {
    resultRoleMatrix: employeeOrScope('READ_PLANS'),
  },
  Mutation: {
    goalCascade: isEmployee,
  },
  GoalConnection: allow,
  GoalEdge: allow,
  ResultRoleMatrix: allow,
  ResultRoleMatrixColumn: allow,
  ResultRoleMatrixRow: allow,
  ResultRoleMatrixCell: allow,
  GoalCascadePayload: allow,
};
