import type { ApolloCache } from '@apollo/client';

/**
 * Entries were added or removed, or changed status in a way that moves them between
 * lists: drop the cached lists so the week view, the verification inbox and the home
 * slot read them again (watched queries refetch what is missing).
 */
export function forgetLogbookLists(cache: ApolloCache, fields: readonly string[] = ['logbookEntries', 'logbookVerificationInbox']): void {
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
