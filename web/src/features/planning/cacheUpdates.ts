import type { ApolloCache } from '@apollo/client';

/**
 * A workflow transition changes who has the plan in their queue: drop the cached
 * `plansToApprove` lists, so the approvals page and the home slot read them again.
 */
export function forgetApprovalQueue(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'plansToApprove' });
  cache.gc();
}

/** Removes a deleted object (goal, indicator) from the cache and from every list holding it. */
export function forgetObject(cache: ApolloCache, typename: string, id: string | null | undefined): void {
  if (!id) return;
  cache.evict({ id: cache.identify({ __typename: typename, id }) });
  cache.gc();
}
