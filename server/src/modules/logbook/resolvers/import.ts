import type { MutationResolvers } from '../../../graphql/generated/types';
import { UserFacingError, userError } from '../../../lib/errors';
import { importLogbook } from '../services/import';

/**
 * `logbookImport` reports bad rows in `violations` (a dry run returns them without
 * userErrors); a real run with bad rows also carries one IMPORT_INVALID userError.
 */
export const importMutation: MutationResolvers['logbookImport'] = async (_p, { input }, ctx) => {
  const dryRun = input.dryRun ?? false;
  try {
    const r = await importLogbook(ctx, { fileName: input.fileName, contentBase64: input.contentBase64, dryRun });
    const refused = !dryRun && r.violations.length > 0;
    const n = r.violations.length;
    const userErrors = refused
      ? [userError('IMPORT_INVALID', `${n} problem${n === 1 ? '' : 's'} in the file (first at row ${r.violations[0].row}); nothing was imported.`, ['input', 'contentBase64']).toUserError()]
      : [];
    return { ...r, userErrors };
  } catch (err) {
    if (err instanceof UserFacingError) return { dryRun, rowCount: 0, importedCount: 0, violations: [], userErrors: [err.toUserError()] };
    throw err;
  }
};
