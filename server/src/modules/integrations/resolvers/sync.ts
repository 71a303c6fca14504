import type { QueryResolvers } from '../../../graphql/generated/types';
import { employeeFeed, logbookDeletionFeed, logbookFeed, planFeed } from '../sync/feeds';
import { expectNextPage } from '../sync/follow-up';

/** Bulk, incremental reads for integrations (rules: permissions.ts). */
export const syncQueries: QueryResolvers = {
  logbookEntriesSync: (_p, { updatedSince, first, after }, ctx, info) => expectNextPage(ctx, info, logbookFeed(ctx, { since: updatedSince, first, after })) as any,
  logbookEntryDeletions: (_p, { deletedSince, first, after }, ctx, info) => expectNextPage(ctx, info, logbookDeletionFeed(ctx, { since: deletedSince, first, after })) as any,
  performancePlansSync: (_p, { updatedSince, first, after }, ctx, info) => expectNextPage(ctx, info, planFeed(ctx, { since: updatedSince, first, after })) as any,
  employeesSync: (_p, { updatedSince, first, after }, ctx, info) => expectNextPage(ctx, info, employeeFeed(ctx, { since: updatedSince, first, after })) as any,
};
