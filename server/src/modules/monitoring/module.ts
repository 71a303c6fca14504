import type { KinerjaModule } from '../registry';
import { monitoringPermissions } from './permissions';
import { monitoringResolvers } from './resolvers';

const monitoring: KinerjaModule = {
  name: 'monitoring',
  resolvers: monitoringResolvers,
  permissions: monitoringPermissions,
};

export default monitoring;
