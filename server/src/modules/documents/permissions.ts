import { isAdmin } from '../../auth/rules';

/**
 * Role gates of the documents module. Imports write the whole organisation, so only
 * agency admins run them; exports and PDFs are checked per row like the API reads.
 */
export const documentPermissions = {
  Mutation: {
    orgImport: isAdmin,
  },
};
