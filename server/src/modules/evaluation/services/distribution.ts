import DataLoader from 'dataloader';
import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { DistributionViolation as GqlViolation } from '../../../graphql/generated/types';
import { checkDistribution, DISTRIBUTION_PATTERNS, type DistributionPattern, type DistributionViolation } from '../rules/distribution';
import { PERFORMANCE_RATINGS, type PerformanceRating } from '../rules/rating-matrix';
import { ORG_PERFORMANCE_COLS, type DistributionCheckRow, type OrgPerformanceRow } from '../types';

/**
 * Distribution check (pola distribusi, SE MenPANRB 3/2023) per unit and evaluation period.
 *
 * Population of a unit U: the rated evaluations of plans whose unit is in U's subtree and
 * whose nearest unit with its own organisational performance (self or ancestor, inside
 * the subtree) is U. So a dinas rated GOOD covers its bidang and seksi unless a bidang has
 * its own rating; a unit without a rating reports its counts but checks nothing.
 *
 * Cost: two statements per subtree (ratings grouped by unit, and the subtree's
 * organisational performances), one range scan on the unit path each, whatever its size.
 */

interface RatedGroup {
  unitId: number;
  path: string;
  rating: PerformanceRating;
  n: number;
  confirmed: number;
}

type OrgPerfWithPath = OrgPerformanceRow & { path: string };

const zeroCounts = () => Object.fromEntries(PERFORMANCE_RATINGS.map((r) => [r, 0])) as Record<PerformanceRating, number>;

async function subtreeData(em: Em, agencyId: number, path: string, periodId: number) {
  const [groups, perfs] = await Promise.all([
    sql<RatedGroup>(
      em,
      `select u.id as "unitId", u.path, ev.performance_rating as rating, count(*)::int as n,
         count(*) filter (where ev.status = 'CONFIRMED')::int as confirmed
       from org_unit u join evaluation ev on ev.agency_id = u.agency_id and ev.evaluation_period_id = $3 and ev.unit_id = u.id
       where u.agency_id = $1 and u.path >= $2 and u.path < $2 || '~' and ev.performance_rating is not null
       group by u.id, u.path, ev.performance_rating`,
      [agencyId, path, periodId],
    ),
    sql<OrgPerfWithPath>(
      em,
      `select ${ORG_PERFORMANCE_COLS}, u.path from org_unit u
       join org_performance op on op.agency_id = u.agency_id and op.evaluation_period_id = $3 and op.unit_id = u.id
       where u.agency_id = $1 and u.path >= $2 and u.path < $2 || '~' order by u.path`,
      [agencyId, path, periodId],
    ),
  ]);
  return { groups, perfs };
}

/** Unit id of each path segment, deepest last: '0000000001.0000000007.' → [1, 7]. */
const pathIds = (path: string) => path.split('.').filter(Boolean).map(Number);

/**
 * Splits the subtree's rated groups into populations: key = the governing rated unit,
 * or the root when no rated unit (inside the subtree) is above a group.
 */
export function populations(rootId: number, groups: RatedGroup[], rated: Set<number>): Map<number, { counts: Record<PerformanceRating, number>; confirmed: number }> {
  const out = new Map<number, { counts: Record<PerformanceRating, number>; confirmed: number }>();
  for (const g of groups) {
    const ids = pathIds(g.path);
    const rootAt = ids.indexOf(rootId);
    let owner = rootId;
    for (let i = ids.length - 1; i > rootAt; i -= 1) {
      if (rated.has(ids[i])) {
        owner = ids[i];
        break;
      }
    }
    const pop = out.get(owner) ?? { counts: zeroCounts(), confirmed: 0 };
    pop.counts[g.rating] += g.n;
    pop.confirmed += g.confirmed;
    out.set(owner, pop);
  }
  return out;
}

export interface SubtreeChecks {
  root: DistributionCheckRow;
  /** Every unit of the subtree with an organisational performance, in tree (path) order. */
  rated: (DistributionCheckRow & { unitPath: string })[];
}

export async function subtreeChecks(em: Em, unit: { id: number; agencyId: number; path: string }, periodId: number): Promise<SubtreeChecks> {
  const { groups, perfs } = await subtreeData(em, unit.agencyId, unit.path, periodId);
  const pops = populations(unit.id, groups, new Set(perfs.map((p) => p.unitId)));
  const row = (unitId: number, op: OrgPerfWithPath | null): DistributionCheckRow => {
    const pop = pops.get(unitId);
    return { agencyId: unit.agencyId, unitId, evaluationPeriodId: periodId, orgPerformance: op, counts: pop?.counts ?? zeroCounts(), confirmed: pop?.confirmed ?? 0 };
  };
  const rootPerf = perfs.find((p) => p.unitId === unit.id) ?? null;
  return { root: row(unit.id, rootPerf), rated: perfs.map((p) => ({ ...row(p.unitId, p), unitPath: p.path })) };
}

/** Per-request cache of subtree checks (monitoring widgets share them). */
export function cachedSubtreeChecks(ctx: Context, unit: { id: number; agencyId: number; path: string }, periodId: number): Promise<SubtreeChecks> {
  const loader = ctx.loaders.get('evaluation.subtreeChecks', () => new DataLoader<string, SubtreeChecks>(
    (keys) => Promise.all(keys.map((k) => {
      const [id, agencyId, path, period] = k.split('|');
      return subtreeChecks(ctx.em, { id: Number(id), agencyId: Number(agencyId), path }, Number(period));
    })),
  ));
  return loader.load(`${unit.id}|${unit.agencyId}|${unit.path}|${periodId}`);
}

export function violationsOf(check: DistributionCheckRow): DistributionViolation[] {
  return check.orgPerformance ? checkDistribution(check.orgPerformance.rating, check.counts) : [];
}

/**
 * The check governing an evaluation of a plan in `unitId`: that of the nearest unit at or
 * above it with an organisational performance in the period; null when there is none.
 */
export async function governingCheck(em: Em, agencyId: number, unitId: number | null, periodId: number): Promise<DistributionCheckRow | null> {
  if (unitId == null) return null;
  const gov = await sqlOne<{ id: number; agencyId: number; path: string }>(
    em,
    `select g.id, g.agency_id as "agencyId", g.path from org_unit u
     join org_unit g on g.agency_id = u.agency_id and u.path >= g.path and u.path < g.path || '~'
     join org_performance op on op.agency_id = g.agency_id and op.evaluation_period_id = $3 and op.unit_id = g.id
     where u.agency_id = $1 and u.id = $2 order by g.depth desc limit 1`,
    [agencyId, unitId, periodId],
  );
  return gov ? (await subtreeChecks(em, gov, periodId)).root : null;
}

/** GraphQL shape of a rules violation. */
export function toGqlViolation(v: DistributionViolation): GqlViolation {
  const e = v.expected;
  return {
    code: v.code,
    ratings: v.ratings,
    min: typeof e === 'object' && 'min' in e ? e.min : null,
    max: typeof e === 'object' && 'max' in e ? e.max : null,
    actualShare: v.actualShare,
    message: v.message,
  };
}

/** GraphQL shape of a pattern. */
export function toGqlPattern(p: DistributionPattern) {
  return {
    orgPerformance: p.orgPerformance,
    dominant: p.dominant,
    allowed: p.allowed,
    constraints: p.constraints.map((c) => ({ kind: c.kind, ratings: c.ratings, share: 'share' in c ? c.share : null })),
    description: p.description,
  };
}

export const patternOf = (check: DistributionCheckRow) => (check.orgPerformance ? toGqlPattern(DISTRIBUTION_PATTERNS[check.orgPerformance.rating]) : null);
