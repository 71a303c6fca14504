import type { EvaluationPeriodKind } from '../../gql/graphql';

export interface EvaluationPeriodLike {
  id: string;
  kind: EvaluationPeriodKind;
  name: string;
  startDate: string;
  endDate: string;
}

const KIND_ORDER: Record<EvaluationPeriodKind, number> = { MONTHLY: 0, QUARTERLY: 1, SEMESTER: 2, FINAL: 3 };

/** Evaluation periods that have started by `today` (the API refuses ratings before the start), latest first. */
export function startedPeriods<P extends EvaluationPeriodLike>(periods: readonly P[], today: string): P[] {
  return periods
    .filter((p) => p.startDate <= today)
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * The evaluation period to open first: the one asked for; else the latest one that already
 * has an evaluation; else the shortest period containing today (this month); else the
 * latest started one.
 */
export function defaultEvaluationPeriod<P extends EvaluationPeriodLike>(
  periods: readonly P[],
  today: string,
  options: { requested?: string | null; evaluated?: readonly string[] } = {},
): P | null {
  const started = startedPeriods(periods, today);
  const requested = periods.find((p) => p.id === options.requested);
  if (requested) return requested;
  const evaluated = new Set(options.evaluated ?? []);
  const withEvaluation = started.find((p) => evaluated.has(p.id));
  if (withEvaluation) return withEvaluation;
  const current = started
    .filter((p) => p.endDate >= today)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return current[0] ?? started[0] ?? null;
}
