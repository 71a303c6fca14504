import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import type { CascadeType } from '../../../graphql/generated/types';
import { userError, UserErrorList, type UserFacingError } from '../../../lib/errors';
import { optionalText } from '../../../lib/validate';
import { directSubordinates } from '../../org/repo';
import type { GoalRow, IndicatorRow } from '../../planning/types';
import { exceededShares, isAdditiveUnit } from '../shares';

/** Validation of a `goalCascade` request (pure checks and set-based reads). */
export interface CascadeTarget {
  employeeId: number;
  cascadeType: CascadeType;
  description: string | null;
  shares: { indicatorId: number; targetValue: number }[] | null;
}

export const MAX_TARGETS = 50;

const at = (i: number, ...rest: string[]) => ['input', 'targets', String(i), ...rest];

/** Shape of the target list: 1 to 50 targets, each employee once, texts and shares well-formed. */
export function checkTargets(targets: readonly CascadeTarget[], parentIndicators: readonly IndicatorRow[]): string[] {
  if (targets.length === 0 || targets.length > MAX_TARGETS) {
    throw userError('INVALID_INPUT', `Name 1 to ${MAX_TARGETS} direct reports.`, ['input', 'targets']);
  }
  const errors: UserFacingError[] = [];
  const seen = new Set<number>();
  const own = new Set(parentIndicators.map((i) => i.id));
  const texts: string[] = [];
  targets.forEach((t, i) => {
    if (seen.has(t.employeeId)) errors.push(userError('INVALID_INPUT', 'Each direct report may be named once.', at(i, 'employee')));
    seen.add(t.employeeId);
    try {
      const text = optionalText(t.description, at(i, 'description'), 2000, 'The goal text');
      if (text != null && text.length < 3) throw userError('INVALID_INPUT', 'The goal text must have 3 to 2000 characters.', at(i, 'description'));
      texts.push(text ?? '');
    } catch (e) {
      errors.push(e as UserFacingError);
    }
    if (!t.shares?.length) return;
    if (t.cascadeType !== 'DIRECT') errors.push(userError('INVALID_INPUT', 'Target shares apply to DIRECT cascading only.', at(i, 'targetShares')));
    const ind = new Set<number>();
    t.shares.forEach((s, k) => {
      if (!own.has(s.indicatorId)) errors.push(userError('INVALID_INPUT', 'Not an indicator of the goal being cascaded.', at(i, 'targetShares', String(k), 'indicator')));
      if (ind.has(s.indicatorId)) errors.push(userError('INVALID_INPUT', 'One share per indicator.', at(i, 'targetShares', String(k), 'indicator')));
      if (!Number.isFinite(s.targetValue) || s.targetValue < 0) errors.push(userError('INVALID_INPUT', 'A target share is zero or more.', at(i, 'targetShares', String(k), 'targetValue')));
      ind.add(s.indicatorId);
    });
  });
  if (errors.length) throw new UserErrorList(errors);
  return texts;
}

/** Every target must be a direct report of the goal's owner at `date` (one statement). */
export async function checkDirectReports(em: Em, goal: GoalRow, targets: readonly CascadeTarget[], date: string): Promise<void> {
  const reports = await directSubordinates(em, goal.agencyId, goal.ownerId, date, { limit: 10_000, after: null });
  const ids = new Set(reports.map((r) => r.id));
  const errors = targets.flatMap((t, i) =>
    ids.has(t.employeeId) ? [] : [userError('NOT_DIRECT_REPORT', 'This employee is not a current direct report of the goal\'s owner.', at(i, 'employee'))]);
  if (errors.length) throw new UserErrorList(errors);
}

/**
 * DIRECT shares of an additive indicator may not exceed its target: existing DIRECT
 * children's shares plus the new ones (one statement for the existing sums).
 */
export async function checkShareSums(em: Em, goal: GoalRow, indicators: readonly IndicatorRow[], targets: readonly CascadeTarget[]): Promise<void> {
  const additive = indicators.filter((i) => i.targetValue != null && isAdditiveUnit(i.unit, i.aspect));
  if (additive.length === 0) return;
  const existing = await sql<{ id: number; total: number }>(
    em,
    `select i.parent_indicator_id as id, coalesce(sum(i.target_value), 0) as total
     from indicator i join goal g on g.agency_id = i.agency_id and g.id = i.goal_id
     where i.agency_id = $1 and i.parent_indicator_id = any($2::int[]) and g.cascade_type = 'DIRECT'
     group by i.parent_indicator_id`,
    [goal.agencyId, additive.map((i) => i.id)],
  );
  const before = new Map(existing.map((r) => [r.id, r.total]));
  const lastAsker = new Map<number, number>();
  const checks = additive.map((ind) => {
    const requested: number[] = [];
    targets.forEach((t, i) => {
      const s = t.cascadeType === 'DIRECT' ? t.shares?.find((x) => x.indicatorId === ind.id) : undefined;
      if (s) {
        requested.push(s.targetValue);
        lastAsker.set(ind.id, i);
      }
    });
    return { indicatorId: ind.id, parentTarget: ind.targetValue, unit: ind.unit, aspect: ind.aspect, existing: before.get(ind.id) ?? 0, requested };
  });
  const over = exceededShares(checks);
  if (over.length === 0) return;
  throw new UserErrorList(over.map((o) => {
    const ind = indicators.find((i) => i.id === o.indicatorId)!;
    return userError(
      'TARGET_SHARE_EXCEEDED',
      `The shares of "${ind.description}" would add up to ${o.total} ${ind.unit ?? ''}, more than the parent's target of ${o.target}.`.replace(/ {2}/g, ' '),
      at(lastAsker.get(o.indicatorId) ?? 0, 'targetShares'),
    );
  }));
}

/**
 * The child indicator values for a DIRECT target: the given share (locked); without a
 * share, the parent's target when the unit does not add up (locked), else no target
 * (the report fills it in).
 */
export function childIndicator(parent: IndicatorRow, share: number | undefined): { targetValue: number | null; locked: boolean } {
  if (share !== undefined) return { targetValue: share, locked: true };
  if (parent.targetValue != null && !isAdditiveUnit(parent.unit, parent.aspect)) return { targetValue: parent.targetValue, locked: true };
  return { targetValue: null, locked: false };
}
