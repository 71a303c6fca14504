import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { GOAL_COLS, type GoalRow, type PlanRow } from '../types';

/**
 * Writes that keep the cascade tree's materialized path right: `path` = parent's
 * path + lpad(id, 10, '0') + '.', `depth` = number of ancestors. Exported for the
 * cascade module, which inserts pushed-down goals with the same helper.
 */
export interface GoalInsert {
  agencyId: number;
  planId: number;
  ownerId: number;
  periodId: number;
  kind: string;
  assignedBy: string | null;
  classification: string;
  description: string;
  parent: Pick<GoalRow, 'id' | 'path' | 'depth'> | null;
  cascadeType: string | null;
  lockSource: string | null;
  objectiveId: number | null;
  keyIndicatorId: number | null;
  /** Position in the plan; after the last goal when null. */
  ordinal: number | null;
}

export async function insertGoal(em: Em, g: GoalInsert): Promise<GoalRow> {
  const row = await sqlOne<GoalRow>(
    em,
    `with n as (select nextval(pg_get_serial_sequence('goal', 'id')) as id)
     insert into goal as g (id, agency_id, plan_id, owner_id, period_id, kind, assigned_by, classification, description, parent_goal_id,
       cascade_type, lock_source, objective_id, key_indicator_id, ordinal, depth, path)
     select n.id, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
       coalesce($14::int, (select coalesce(max(x.ordinal) + 1, 0) from goal x where x.agency_id = $1 and x.plan_id = $2)),
       $15, $16 || lpad(n.id::text, 10, '0') || '.'
     from n returning ${GOAL_COLS}`,
    [g.agencyId, g.planId, g.ownerId, g.periodId, g.kind, g.assignedBy, g.classification, g.description, g.parent?.id ?? null,
      g.cascadeType, g.lockSource, g.objectiveId, g.keyIndicatorId, g.ordinal, g.parent ? g.parent.depth + 1 : 0, g.parent?.path ?? ''],
  );
  return row!;
}

/**
 * Re-parents a goal and moves its whole subtree (which may span plans) with one
 * range update on the path.
 */
export async function moveSubtree(em: Em, goal: GoalRow, parent: Pick<GoalRow, 'id' | 'path' | 'depth'> | null, cascadeType: string | null): Promise<GoalRow> {
  const seg = goal.path.slice(-11);
  const newPath = `${parent?.path ?? ''}${seg}`;
  const delta = (parent ? parent.depth + 1 : 0) - goal.depth;
  await sql(
    em,
    `update goal set path = $3 || substr(path, length($2) + 1), depth = depth + $4, updated_at = now()
     where agency_id = $1 and path >= $2 and path < $2 || '~'`,
    [goal.agencyId, goal.path, newPath, delta],
  );
  const row = await sqlOne<GoalRow>(
    em,
    `update goal g set parent_goal_id = $2, cascade_type = $3, updated_at = now() where g.id = $1 returning ${GOAL_COLS}`,
    [goal.id, parent?.id ?? null, cascadeType],
  );
  // A DIRECT share belongs to the old parent's indicators: it no longer applies.
  await sql(em, `update indicator set parent_indicator_id = null, locked = false, updated_at = now() where agency_id = $1 and goal_id = $2 and parent_indicator_id is not null`, [goal.agencyId, goal.id]);
  return row!;
}

/**
 * The parent a goal of `plan` may have: a goal of the plan of the appraiser recorded
 * on `plan`, in the same period, and not inside the goal's own subtree. The cycle is
 * checked first (structure), then plan, period and owner.
 */
export async function validParent(em: Em, plan: PlanRow, parentId: number, moving: GoalRow | null, field: string[]): Promise<GoalRow> {
  const parent = await sqlOne<GoalRow>(em, `select ${GOAL_COLS} from goal g where g.id = $1 and g.agency_id = $2`, [parentId, plan.agencyId]);
  if (!parent) throw userError('NOT_FOUND', 'Parent goal not found.', field);
  if (moving && parent.path.startsWith(moving.path)) throw userError('CASCADE_CYCLE', 'A goal cannot cascade from itself or from a goal below it.', field);
  if (parent.planId === plan.id) throw userError('INVALID_PARENT_GOAL', 'The parent goal must come from your appraiser\'s plan, not your own.', field);
  if (parent.periodId !== plan.periodId) throw userError('INVALID_PARENT_GOAL', 'The parent goal belongs to another period.', field);
  if (plan.appraiserId == null || parent.ownerId !== plan.appraiserId) throw userError('INVALID_PARENT_GOAL', 'The parent goal must be a goal of the appraiser recorded on your plan.', field);
  return parent;
}
