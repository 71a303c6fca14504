import type { KinerjaModule } from '../registry';
import { orgEntities } from './entities';
import { orgPermissions } from './permissions';
import { orgMutations } from './resolvers/mutations';
import { orgQueries, visibleEmployee, visiblePosition, visibleUnit } from './resolvers/queries';
import { orgTypes } from './resolvers/types';
import * as L from './loaders';
import { canReadAgency, canReadEmployee } from './scope';

const org: KinerjaModule = {
  name: 'org',
  entities: orgEntities,
  resolvers: { Query: orgQueries, Mutation: orgMutations, ...orgTypes },
  permissions: orgPermissions,
  nodes: {
    Agency: async (ctx, id) => (canReadAgency(ctx, id) ? L.agencyById(ctx).load(id) : null),
    OrgUnit: visibleUnit,
    Position: visiblePosition,
    Employee: visibleEmployee,
    Assignment: async (ctx, id) => {
      const a = await L.assignmentById(ctx).load(id);
      return a && (await canReadEmployee(ctx, a.employeeId)) ? a : null;
    },
    AppraiserOverride: async (ctx, id) => {
      const o = await L.overrideById(ctx).load(id);
      return o && (await canReadEmployee(ctx, o.employeeId)) ? o : null;
    },
  },
};

export default org;
