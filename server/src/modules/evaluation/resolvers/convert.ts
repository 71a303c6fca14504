import type { Context } from '../../../graphql/context';
import { visibleEmployee } from '../../org/resolvers/queries';
import { ratingMatrixTable } from '../rules/rating-matrix';
import * as L from '../loaders';
import { canReadResultsOfPlan } from '../scope';
import type { EvaluationRow } from '../types';

/** The rules' kuadran table in the GraphQL shape, marked for a rated evaluation. */
export function toGqlMatrix(ev: Pick<EvaluationRow, 'resultRating' | 'behaviorRating'> | null) {
  const mark = ev?.resultRating && ev.behaviorRating ? { result: ev.resultRating, behavior: ev.behaviorRating } : undefined;
  const t = ratingMatrixTable(mark);
  return {
    columns: t.columns.map((c) => ({ behaviorRating: c.behavior, label: c.label })),
    rows: t.rows.map((r) => ({
      resultRating: r.result,
      label: r.label,
      cells: r.cells.map((c) => ({ behaviorRating: c.behavior, rating: c.rating, label: c.label, marked: c.marked })),
    })),
    marked: t.marked,
  };
}

/** An employee reference, or null when the viewer may not read them. */
export const employeeRef = (ctx: Context, id: number | null | undefined) => (id == null ? null : visibleEmployee(ctx, id));

/** The evaluation when the viewer may read its plan's results, else null. */
export async function visibleEvaluation(ctx: Context, id: number): Promise<EvaluationRow | null> {
  const ev = await L.evaluationById(ctx).load(id);
  return ev && (await canReadResultsOfPlan(ctx, ev.planId)) ? ev : null;
}

/** Keeps the evaluations whose plan's results the viewer may read, in order. */
export async function filterVisibleEvaluations<T extends Pick<EvaluationRow, 'planId'>>(ctx: Context, rows: T[]): Promise<T[]> {
  const flags = await Promise.all(rows.map((r) => canReadResultsOfPlan(ctx, r.planId)));
  return rows.filter((_r, i) => flags[i]);
}
