import { useEffect } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { CascadeGoalInput, CascadeTreeModel } from './treeModel';
import { CascadeChildrenDocument } from './cascadeDocuments';

const BATCH = 40;
const PARALLEL = 2;

/**
 * Connects the model's `loader`: ids whose children are needed are queued, sent in
 * batches of up to 40 goals per request (two requests at a time), and each answer is
 * written into the model. Opening one node costs one small request; "open all" on a
 * 10,000-goal tree a few dozen.
 */
export function useChildrenLoader(model: CascadeTreeModel): void {
  const client = useApolloClient();
  useEffect(() => {
    const queue: string[] = [];
    let running = 0;
    let scheduled = false;
    let alive = true;

    const pump = () => {
      scheduled = false;
      while (alive && running < PARALLEL && queue.length > 0) {
        const ids = queue.splice(0, BATCH);
        running += 1;
        client
          .query({ query: CascadeChildrenDocument, variables: { ids }, fetchPolicy: 'no-cache' })
          .then(({ data }) => {
            if (!alive) return;
            const byId = new Map<string, readonly CascadeGoalInput[]>();
            for (const n of data?.nodes ?? []) {
              if (n && n.__typename === 'Goal') byId.set(n.id, n.children as readonly CascadeGoalInput[]);
            }
            for (const id of ids) model.setChildren(id, byId.get(id) ?? []);
          })
          .catch(() => alive && model.setFailed(ids))
          .finally(() => {
            running -= 1;
            if (alive) pump();
          });
      }
    };

    model.loader = (ids) => {
      queue.push(...ids);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(pump);
      }
    };
    return () => {
      alive = false;
      model.loader = null;
    };
  }, [client, model]);
}
