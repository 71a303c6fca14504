import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { sql } from '../../db/sql';
import { administers } from '../../auth/viewer';
import { isLocked } from '../../lib/period-locks';
import type { Actor, PlanState } from './workflow';
import type { PlanRow } from './types';

/** Whether each annual period is locked (its FINAL evaluation period's lock), batched. */
export function annualLockLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('planning.annualLock', () => new DataLoader<number, boolean>(async (ids) => {
    const rows = await sql<{ periodId: number; deadline: Date; unlockedUntil: Date | null }>(
      ctx.em,
      `select distinct on (ep.period_id) ep.period_id as "periodId", ep.deadline, ep.unlocked_until as "unlockedUntil"
       from evaluation_period ep where ep.period_id = any($1::int[]) and ep.kind = 'FINAL'
       order by ep.period_id, ep.end_date desc`,
      [ids],
    );
    const locked = new Map(rows.map((r) => [r.periodId, isLocked(r)]));
    return ids.map((id) => locked.get(id) ?? false);
  }));
}

/**
 * The admin of the agency, who manages its periods and agreements and approves or returns
 * plans beside the appraiser. Not the superadmin: it reads every agency (`readsAsAdmin`)
 * and writes none (DOMAIN.md: "SUPERADMIN | all agencies | manage agencies; read everything").
 */
export const isAgencyAdmin = (ctx: Context, agencyId: number): boolean => administers(ctx.viewer, agencyId);

/** Admin reads of an agency (monitoring queues): its admin, or the superadmin. */
export const readsAsAdmin = (ctx: Context, agencyId: number): boolean =>
  ctx.viewer?.role === 'SUPERADMIN' || isAgencyAdmin(ctx, agencyId);

/** The viewer's relation to a plan, for the workflow rules. */
export async function actorOn(ctx: Context, plan: PlanRow): Promise<Actor> {
  const v = ctx.viewer;
  const isAdmin = isAgencyAdmin(ctx, plan.agencyId);
  const sameAgency = !!v && v.agencyId === plan.agencyId;
  return {
    isOwner: sameAgency && v!.kind === 'EMPLOYEE' && v!.employeeId === plan.employeeId,
    isAppraiser: sameAgency && v!.kind === 'EMPLOYEE' && plan.appraiserId != null && v!.employeeId === plan.appraiserId,
    isAdmin,
    periodLocked: !isAdmin && (await annualLockLoader(ctx).load(plan.periodId)),
  };
}

export const stateOf = (plan: PlanRow): PlanState => ({ status: plan.status, closed: plan.endDate != null });
