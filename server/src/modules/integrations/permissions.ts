import { allow } from 'graphql-shield';
import { isAdmin, isAuthenticated } from '../../auth/rules';

/**
 * Role gates of the integrations module. Tokens are managed by agency admins only
 * (an integration token is never an admin); services scope every row to the admin's
 * agency again.
 */
export const integrationPermissions = {
  Query: {
    apiTokens: isAdmin,
    apiTokenRateLimit: isAuthenticated,
  },
  Mutation: {
    apiTokenCreate: isAdmin,
    apiTokenRotate: isAdmin,
    apiTokenRevoke: isAdmin,
  },
  ApiToken: isAdmin,
  ApiTokenConnection: allow,
};
