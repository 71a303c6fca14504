import type { KinerjaModule } from '../registry';
import { integrationPermissions } from './permissions';
import { tokenResolvers } from './resolvers/tokens';
import { syncQueries } from './resolvers/sync';
import { tokenAuthenticator } from './tokens/authenticate';
import { tokenById } from './loaders';
import { limiterConfig } from './rate-limit/limiter';

// Fail at start, with the variable's name, on an invalid TOKEN_RATE_LIMIT_* or REDIS_URL.
limiterConfig();

/**
 * Integrations: API tokens for the INTEGRATION role (create, rotate, revoke; only a
 * hash stored), their authentication and per-token rate limits, the scope rules
 * other modules use (rules.ts), and the incremental bulk-sync feeds (sync/).
 */
const integrations: KinerjaModule = {
  name: 'integrations',
  resolvers: { ...tokenResolvers, Query: { ...tokenResolvers.Query, ...syncQueries } },
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
