import type { KinerjaModule } from '../registry';
import { logbookPermissions } from './permissions';
import { logbookQueries } from './resolvers/queries';
import { logbookMutations } from './resolvers/mutations';
import { logbookTypes } from './resolvers/types';
import { visibleActionPlan, visibleEntry, visibleRealization } from './access';
import { mountLogbookFiles } from './files-route';

/**
 * Execution (issue 4): action plans, the daily logbook with bulk entry, import and
 * export, verification by the appraiser, realizations and the plan's progress view.
 * The XLSX export is an HTTP route (files-route.ts), mounted through `routes`.
 */
const logbook: KinerjaModule = {
  name: 'logbook',
  resolvers: { Query: logbookQueries, Mutation: logbookMutations, ...logbookTypes },
  permissions: logbookPermissions,
  nodes: {
    LogbookEntry: visibleEntry,
    ActionPlan: visibleActionPlan,
    Realization: visibleRealization,
  },
  routes: mountLogbookFiles,
};

export default logbook;
