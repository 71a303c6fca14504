import type { KinerjaModule } from '../registry';
import { planningPermissions } from './permissions';
import { employeeExtension, planningQueries } from './resolvers/queries';
import { planningMutations } from './resolvers/mutations';
import { planningTypes } from './resolvers/types';
import { planningNodes } from './nodes';
import { registerTransferListener } from './services/transfers';

registerTransferListener();

const planning: KinerjaModule = {
  name: 'planning',
  resolvers: { Query: planningQueries, Mutation: planningMutations, ...planningTypes, Employee: employeeExtension },
  permissions: planningPermissions,
  // A goal's opaque id is computed from the row the resolver already returned.
  unguarded: ['Goal.id'],
  nodes: planningNodes,
};

export default planning;
