/**
 * Pluggable scoring strategies (DOMAIN.md "Numeric scoring"): the PermenPANRB 6/2022 matrix,
 * which gives a predikat and no number, beside the numeric schemes regional TPP engines still
 * consume (PermenPANRB 8/2021, PP 46/2011). All take the same plain input so an agency's rule
 * table can switch strategies without touching callers.
 *
 * Grouping: indicators are grouped into goals (RHK / kegiatan) by `goalId`; an indicator without
 * `goalId` is a goal of its own. `goalKind` defaults to MAIN.
 */
import type { ExpectationRating, PerformanceRating, RatingMatrixTable } from '../rating-matrix';
import { performanceRating, ratingMatrixTable } from '../rating-matrix';
import type { PlanScore8, RhkInput } from './permenpanrb-8-2021';
import { aggregateCrkPoints, aggregateMean, categoryToRating } from './permenpanrb-8-2021';
import type { CreativityLevel, Pp46Activity, Pp46Category, Pp46SkpScore } from './pp-46-2011';
import { behaviourValue, pp46Category, pp46CategoryToRating, prestasiKerjaValue, skpValue } from './pp-46-2011';

export type ScoringStrategyId = 'PERMENPANRB_6_2022' | 'PERMENPANRB_8_2021' | 'PP_46_2011';

/** Aspek of an indicator: kuantitas, kualitas, waktu, biaya. */
export type IndicatorAspect = 'QUANTITY' | 'QUALITY' | 'TIME' | 'COST';

/** One indicator (IKI) as the strategies see it. */
export interface ScoringIndicator {
  goalId?: string;
  goalKind?: 'MAIN' | 'ADDITIONAL';
  aspect?: IndicatorAspect;
  target: number;
  realization: number;
  lowerIsBetter?: boolean;
  range?: { min: number; max: number };
  targetIsMaximum?: boolean;
}

/** Plain input shared by all strategies; each reads what it needs. */
export interface ScoringInput {
  indicators: ScoringIndicator[];
  resultRating?: ExpectationRating;
  behaviorRating?: ExpectationRating;
  /** PP 46/2011 perilaku scores (5 or 6, 0..100). */
  behaviorScores?: number[];
  /** PP 46/2011 tugas tambahan count; defaults to the number of ADDITIONAL goals. */
  additionalTasks?: number;
  /** PP 46/2011 kreativitas. */
  creativity?: CreativityLevel;
  /** PermenPANRB 8/2021 plan aggregation; MEAN unless told (CRK_POINTS is an unverified vendor scheme). */
  aggregation?: 'MEAN' | 'CRK_POINTS';
}

export type ScoringBreakdown =
  | { kind: 'PERMENPANRB_6_2022'; resultRating: ExpectationRating; behaviorRating: ExpectationRating; matrix: RatingMatrixTable }
  | { kind: 'PERMENPANRB_8_2021'; plan: PlanScore8 }
  | { kind: 'PP_46_2011'; skp: Pp46SkpScore; behaviour: number; category: Pp46Category };

export interface ScoringResult {
  strategy: ScoringStrategyId;
  /** Numeric score, or null for the qualitative 6/2022 matrix. */
  score: number | null;
  rating: PerformanceRating;
  breakdown: ScoringBreakdown;
}

export interface ScoringStrategy {
  id: ScoringStrategyId;
  description: string;
  score(input: ScoringInput): ScoringResult;
}

/** The input does not carry what the chosen strategy needs. */
export class ScoringInputError extends Error {
  override name = 'ScoringInputError';
}

/** Indicators grouped by goal, in first-seen order. */
function groupByGoal(indicators: ScoringIndicator[]): { kind: 'MAIN' | 'ADDITIONAL'; indicators: ScoringIndicator[] }[] {
  const groups = new Map<string | ScoringIndicator, { kind: 'MAIN' | 'ADDITIONAL'; indicators: ScoringIndicator[] }>();
  for (const ind of indicators) {
    const key = ind.goalId ?? ind;
    const group = groups.get(key) ?? { kind: ind.goalKind ?? 'MAIN', indicators: [] };
    group.indicators.push(ind);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * PermenPANRB 6/2022: predikat from the kuadran of rating hasil kerja × rating perilaku; no score.
 */
export const permenpanrb6of2022: ScoringStrategy = {
  id: 'PERMENPANRB_6_2022',
  description: 'PermenPANRB 6/2022: predikat kinerja from the matrix of rating hasil kerja and rating perilaku (no numeric score).',
  score(input) {
    const { resultRating, behaviorRating } = input;
    if (!resultRating || !behaviorRating) throw new ScoringInputError('PermenPANRB 6/2022 needs both the result and the behaviour rating');
    return {
      strategy: 'PERMENPANRB_6_2022',
      score: null,
      rating: performanceRating(resultRating, behaviorRating),
      breakdown: { kind: 'PERMENPANRB_6_2022', resultRating, behaviorRating, matrix: ratingMatrixTable({ result: resultRating, behavior: behaviorRating }) },
    };
  },
};

/**
 * PermenPANRB 8/2021: capaian IKI mapped to 0..120, aggregated per plan (mean, or the vendor CRK
 * points scheme); rating from the category of the plan value. Behaviour is not folded in (the
 * PP 30/2019 70/30 or 60/40 combination needs numeric behaviour scores 6/2022 no longer produces).
 */
export const permenpanrb8of2021: ScoringStrategy = {
  id: 'PERMENPANRB_8_2021',
  description: 'PermenPANRB 8/2021: capaian IKI (R/T, lower-is-better 2 − R/T) mapped to 0–120 and aggregated per SKP; predikat from the value bands.',
  score(input) {
    if (input.indicators.length === 0) throw new ScoringInputError('PermenPANRB 8/2021 needs at least one indicator');
    const goals: RhkInput[] = groupByGoal(input.indicators).map((g) => ({ kind: g.kind, indicators: g.indicators }));
    if (!goals.some((g) => g.kind === 'MAIN')) throw new ScoringInputError('PermenPANRB 8/2021 needs at least one MAIN goal');
    const plan = input.aggregation === 'CRK_POINTS' ? aggregateCrkPoints(goals) : aggregateMean(goals);
    return { strategy: 'PERMENPANRB_8_2021', score: plan.value, rating: categoryToRating(plan.category), breakdown: { kind: 'PERMENPANRB_8_2021', plan } };
  },
};

const PP46_FIELD: Readonly<Record<IndicatorAspect, keyof Pp46Activity>> = {
  QUANTITY: 'quantity',
  QUALITY: 'quality',
  TIME: 'time',
  COST: 'cost',
};

/** MAIN goals as PP 46/2011 kegiatan: one indicator per aspect. */
function toActivities(goals: { kind: 'MAIN' | 'ADDITIONAL'; indicators: ScoringIndicator[] }[]): Pp46Activity[] {
  return goals
    .filter((g) => g.kind === 'MAIN')
    .map((g) => {
      const activity: Pp46Activity = {};
      for (const ind of g.indicators) {
        if (!ind.aspect) throw new ScoringInputError('PP 46/2011 needs the aspect of every indicator');
        if (ind.range) throw new ScoringInputError('PP 46/2011 has no ranged targets');
        const field = PP46_FIELD[ind.aspect];
        if (activity[field]) throw new ScoringInputError(`Aspect ${ind.aspect} appears twice in one kegiatan`);
        activity[field] = { target: ind.target, realization: ind.realization };
      }
      return activity;
    });
}

/**
 * PP 46/2011 + Perka BKN 1/2013: NPK = 60 % nilai SKP + 40 % nilai perilaku; MAIN goals are the
 * kegiatan (indicators by aspect), ADDITIONAL goals count as tugas tambahan unless given.
 */
export const pp46of2011: ScoringStrategy = {
  id: 'PP_46_2011',
  description: 'PP 46/2011 + Perka BKN 1/2013: kuantitas, kualitas, waktu and biaya per kegiatan (1.76 factor); NPK = 60 % SKP + 40 % perilaku.',
  score(input) {
    if (!input.behaviorScores) throw new ScoringInputError('PP 46/2011 needs the behaviour scores (5 or 6 aspects)');
    const goals = groupByGoal(input.indicators);
    const activities = toActivities(goals);
    if (activities.length === 0) throw new ScoringInputError('PP 46/2011 needs at least one MAIN kegiatan');
    const additionalTasks = input.additionalTasks ?? goals.filter((g) => g.kind === 'ADDITIONAL').length;
    const skp = skpValue({ activities, additionalTasks, creativity: input.creativity ?? 'NONE' });
    const behaviour = behaviourValue(input.behaviorScores);
    const npk = prestasiKerjaValue(skp.value, behaviour);
    const category = pp46Category(npk);
    return { strategy: 'PP_46_2011', score: npk, rating: pp46CategoryToRating(category), breakdown: { kind: 'PP_46_2011', skp, behaviour, category } };
  },
};

/** Registry of the scoring strategies (DOMAIN.md "Numeric scoring"), keyed by id. */
export const scoringStrategies: Readonly<Record<ScoringStrategyId, ScoringStrategy>> = {
  PERMENPANRB_6_2022: permenpanrb6of2022,
  PERMENPANRB_8_2021: permenpanrb8of2021,
  PP_46_2011: pp46of2011,
};

/**
 * The strategy with this id (PERMENPANRB_6_2022, PERMENPANRB_8_2021, PP_46_2011); throws a
 * RangeError for an unknown id (e.g. a typo in an agency's rule table).
 */
export function getScoringStrategy(id: string): ScoringStrategy {
  const strategy = (scoringStrategies as Record<string, ScoringStrategy | undefined>)[id];
  if (!strategy) throw new RangeError(`Unknown scoring strategy: ${id}`);
  return strategy;
}
