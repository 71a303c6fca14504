import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { CascadeRatingsDocument } from './cascadeDocuments';
import type { CascadeTreeModel, RatingInfo } from './treeModel';

type Evaluation = { isAnnual: boolean; performanceRating?: string | null; period: { name: string; endDate: string } };

/** The rating to show for a plan: the annual one when given, else the latest rated period. */
export function latestRating(evaluations: readonly Evaluation[]): RatingInfo {
  const rated = evaluations.filter((e) => e.performanceRating);
  if (rated.length === 0) return { state: 'none' };
  const best = rated.find((e) => e.isAnnual) ?? [...rated].sort((a, b) => b.period.endDate.localeCompare(a.period.endDate))[0]!;
  return { state: 'rated', rating: best.performanceRating!, period: best.period.name };
}

/**
 * Predikat per row, read only for the rows in view (one request per resting scroll
 * position, at most 100 plans). Where the evaluation module answers nothing for a plan
 * (no evaluation yet, or not visible to the viewer) the row says so instead.
 */
export function useRatings(model: CascadeTreeModel): (first: number, last: number) => void {
  const client = useApolloClient();
  return useCallback(
    (first: number, last: number) => {
      const ids = model.claimRatings(first, last).slice(0, 100);
      if (ids.length === 0) return;
      client
        .query({ query: CascadeRatingsDocument, variables: { ids }, fetchPolicy: 'no-cache' })
        .then(({ data }) => {
          const out = new Map<string, RatingInfo>(ids.map((id) => [id, { state: 'unavailable' }]));
          for (const n of data?.nodes ?? []) {
            if (n && n.__typename === 'PerformancePlan') out.set(n.id, latestRating(n.evaluations));
          }
          model.setRatings(out);
        })
        .catch(() => model.setRatings(new Map(ids.map((id) => [id, { state: 'unavailable' }]))));
    },
    [client, model],
  );
}
