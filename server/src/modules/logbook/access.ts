import type { Context } from '../../graphql/context';
import { canReadGoal, canReadPlansOf } from '../planning/scope';
import * as P from '../planning/loaders';
import * as orgL from '../org/loaders';
import type { ActionPlanRow, LogbookEntryRow, RealizationRow } from './types';
import * as L from './loaders';
import { canReadLogbookOf } from './scope';

/**
 * Visibility of this module's rows (deny by default). Logbook entries follow the
 * logbook rule (scope.ts); action plans and realizations are part of the SKP and
 * follow the planning module's goal visibility.
 */
export async function visibleEntry(ctx: Context, id: number): Promise<LogbookEntryRow | null> {
  const e = await L.entryById(ctx).load(id);
  return e && (await canReadLogbookOf(ctx, e.employeeId)) ? e : null;
}

export const canReadActionPlan = (ctx: Context, ap: Pick<ActionPlanRow, 'goalId'>): Promise<boolean> => canReadGoal(ctx, { id: ap.goalId });

export async function visibleActionPlan(ctx: Context, id: number): Promise<ActionPlanRow | null> {
  const ap = await L.actionPlanById(ctx).load(id);
  return ap && (await canReadActionPlan(ctx, ap)) ? ap : null;
}

export async function canReadIndicatorId(ctx: Context, indicatorId: number): Promise<boolean> {
  const i = await P.indicatorById(ctx).load(indicatorId);
  return !!i && canReadGoal(ctx, { id: i.goalId });
}

export async function visibleRealization(ctx: Context, id: number): Promise<RealizationRow | null> {
  const r = await L.realizationById(ctx).load(id);
  return r && (await canReadIndicatorId(ctx, r.indicatorId)) ? r : null;
}

/** May the viewer list this employee's action plans: plan readers or logbook readers. */
export async function canReadActionPlansOf(ctx: Context, employeeId: number): Promise<boolean> {
  if (await canReadLogbookOf(ctx, employeeId)) return true;
  const emp = await orgL.employeeById(ctx).load(employeeId);
  return !!emp && canReadPlansOf(ctx, emp);
}
