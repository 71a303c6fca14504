import type DataLoader from 'dataloader';
import type { Em } from '../db/orm';
import type { Viewer } from '../auth/viewer';
import type { AppServices } from '../app-services';
import type { FollowUp } from './render-ahead';
import { today } from '../lib/dates';

/**
 * Per-request DataLoaders, created lazily by name. A fresh cache per request keeps
 * one viewer's data from ever being served to another.
 */
export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<any, any>>();
  get<K, V, C = K>(name: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V, C>;
  }
  clear(): void {
    for (const l of this.loaders.values()) l.clearAll();
  }
}

/** Everything a resolver may use; one per request, never shared. */
export interface Context {
  /** Request-scoped EntityManager fork (one unit of work per request). */
  em: Em;
  viewer: Viewer | null;
  loaders: LoaderCache;
  requestId: string;
  /** Calendar date of the request in the agency time zone. */
  today: string;
  /** Process-wide services (token issuer, logger, config); stateless per request. */
  app: AppServices;
  /**
   * The viewer's next request, when a resolver knows it (render-ahead.ts). A holder, not
   * the value: Apollo hands resolvers a shallow copy of the context.
   */
  expected?: { followUp: FollowUp | null };
}

/**
 * The EntityManager of a GraphQL request. useContext: inside `ctx.em.transactional(cb)`,
 * queries on ctx.em itself (loaders, scope helpers that only get ctx) join that
 * transaction instead of taking a second pooled connection. Without it, pool-size
 * concurrent transactions each waited for a second connection: the pool deadlocked until
 * the acquire timeout (found by test/reliability/concurrency: 50 parallel approvals).
 */
export const requestEm = (app: AppServices): Em => app.orm.em.fork({ useContext: true });

/** A request's context for a viewer already signed in (or null: anonymous). */
export function newContext(app: AppServices, em: Em, viewer: Viewer | null, requestId: string): Context {
  return { em, viewer, loaders: new LoaderCache(), requestId, today: today(), app, expected: { followUp: null } };
}
