import { allow } from 'graphql-shield';
import { isAdmin, isAdminOrOperator, isAuthenticated } from '../../auth/rules';
import { employeeOrScope } from '../integrations/rules';

/** People read the organisation; integration tokens need the READ_ORG scope. */
const readOrg = employeeOrScope('READ_ORG');

/**
 * Role gates of the org module. Row scoping (tenant, subtree, reporting line) is
 * enforced again in the services and loaders (scope.ts).
 * Object types: any authenticated viewer may resolve their fields; which rows they
 * reach is decided by scope.ts.
 */
export const orgPermissions = {
  Query: {
    agencies: readOrg,
    orgUnit: readOrg,
    position: readOrg,
    employee: readOrg,
    employeeByNip: readOrg,
    employeeSearch: readOrg,
  },
  Mutation: {
    orgUnitCreate: isAdminOrOperator,
    orgUnitUpdate: isAdminOrOperator,
    orgUnitMove: isAdminOrOperator,
    positionCreate: isAdminOrOperator,
    positionUpdate: isAdminOrOperator,
    employeeCreate: isAdminOrOperator,
    employeeUpdate: isAdminOrOperator,
    assignmentCreate: isAdminOrOperator,
    assignmentEnd: isAdminOrOperator,
    appraiserOverrideSet: isAdmin,
  },
  Agency: isAuthenticated,
  OrgUnit: isAuthenticated,
  Position: isAuthenticated,
  Employee: isAuthenticated,
  Assignment: isAuthenticated,
  AppraiserOverride: isAuthenticated,
  OrgUnitConnection: allow,
  EmployeeConnection: allow,
};
