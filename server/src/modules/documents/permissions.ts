import { isAdmin } from '../../auth/rules';
import { employeeOrScopeReadEvaluations } from '../evaluation/permissions';

/**
 * Role gates of the documents module. Imports write the whole organisation, so only
 * agency admins run them; exports and PDFs are checked per row like the API reads. The
 * monitoring export's link has the role gate of `unitMonitoring` itself.
 */
export const documentPermissions = {
  Mutation: {
    orgImport: isAdmin,
  },
  UnitMonitoringReport: {
    exportUrl: employeeOrScopeReadEvaluations,
  },
};
