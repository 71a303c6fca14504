import type { QueryResolvers } from '../../../graphql/generated/types';
import { employeeFeed, logbookDeletionFeed, logbookFeed, planFeed } from '../sync/feeds';

/** Bulk, incremental reads for integrations (rules: permissions.ts). */
export const syncQueries: QueryResolvers = {
  logbookEntriesSync: (_p, { updatedSince, first, after }, ctx) => logbookFeed(ctx, { since: updatedSince, first, after }) as any,
  logbookEntryDeletions: (_p, { deletedSince, first, after }, ctx) => logbookDeletionFeed(ctx, { since: deletedSince, first, after }) as any,
  performancePlansSync: (_p, { updatedSince, first, after }, ctx) => planFeed(ctx, { since: updatedSince, first, after }) as any,
  employeesSync: (_p, { updatedSince, first, after }, ctx) => employeeFeed(ctx, { since: updatedSince, first, after }) as any,
};
