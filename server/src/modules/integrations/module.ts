import type { KinerjaModule } from '../registry';
import { integrationPermissions } from './permissions';
import { tokenResolvers } from './resolvers/tokens';
import { tokenAuthenticator } from './tokens/authenticate';
import { tokenById } from './loaders';

/**
 * Integrations: API tokens for the INTEGRATION role (create, rotate, revoke; only a
 * hash stored), their authentication and per-token rate limits, and the scope rules
 * other modules use (rules.ts).
 */
const integrations: KinerjaModule = {
  name: 'integrations',
  resolvers: tokenResolvers,
  permissions: integrationPermissions,
  authenticators: [tokenAuthenticator],
  nodes: {
    ApiToken: async (ctx, id) => {
      const v = ctx.viewer;
      if (!v || (v.role !== 'ADMIN' && v.role !== 'SUPERADMIN') || v.mustChangePassword) return null;
      return tokenById(ctx).load(id);
    },
  },
};

export default integrations;
