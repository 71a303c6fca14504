import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import { addDays } from '../../../lib/dates';
import { toGlobalId } from '../../../lib/ids';
import { writeAudit } from '../../audit/audit';
import { onAssignmentChange, type AssignmentChange } from '../../org/events';
import * as orgRepo from '../../org/repo';
import { PERIOD_COLS, PLAN_COLS, type PeriodRow, type PlanRow } from '../types';
import { appraiserSnapshot, insertPlan } from './plans';

/**
 * Transfers mid-year (mutasi, promotion, acting post), inside the org module's
 * transaction:
 * 1. the mover's open plan closes the day before the change (evaluations stay on it)
 *    and a new DRAFT plan starts for the new position with the new line's appraiser;
 * 2. open plans recorded with the mover as appraiser, whose appraiser by the line is now
 *    someone else, are routed to that person (appraiser_source ROUTED, audited);
 * 3. plans of the mover's new direct reports are routed to the mover;
 * 4. an appraiser override moves the employee's open plan to the override (audited).
 * The recorded appraiser never changes without an audit record.
 */
let registered = false;

export function registerTransferListener(): void {
  if (registered) return;
  registered = true;
  onAssignmentChange(onChange);
}

async function onChange(em: Em, ctx: Context, change: AssignmentChange): Promise<void> {
  const period = await sqlOne<PeriodRow>(
    em,
    `select ${PERIOD_COLS} from period pe where pe.agency_id = $1 and pe.start_date <= $2::date and pe.end_date >= $2::date`,
    [change.agencyId, change.effectiveDate],
  );
  if (!period) return;
  if (change.kind === 'APPRAISER_OVERRIDE') {
    await rerecord(em, ctx, period, [change.employeeId], change.effectiveDate, 'OVERRIDE', 'Appraiser override set by an admin.', null);
    return;
  }
  await reassignOwnPlan(em, ctx, period, change);
  const recorded = await sql<{ employeeId: number }>(
    em,
    `select employee_id as "employeeId" from performance_plan where agency_id = $1 and period_id = $2 and end_date is null and appraiser_id = $3 and employee_id <> $3`,
    [change.agencyId, period.id, change.employeeId],
  );
  await rerecord(em, ctx, period, recorded.map((r) => r.employeeId), change.effectiveDate, 'ROUTED', 'The recorded appraiser left the superior position.', change.employeeId);
  if (change.kind === 'CREATED') {
    const reports = await orgRepo.directSubordinates(em, change.agencyId, change.employeeId, change.effectiveDate, { limit: 10_000, after: null });
    await rerecord(em, ctx, period, reports.map((r) => r.id), change.effectiveDate, 'ROUTED', 'A new holder took the superior position.', null);
  }
}

async function reassignOwnPlan(em: Em, ctx: Context, period: PeriodRow, change: AssignmentChange): Promise<void> {
  const d = change.effectiveDate;
  const plan = await sqlOne<PlanRow>(
    em,
    `select ${PLAN_COLS} from performance_plan pp where pp.agency_id = $1 and pp.employee_id = $2 and pp.period_id = $3 and pp.end_date is null for update`,
    [change.agencyId, change.employeeId, period.id],
  );
  if (!plan) return;
  const [primary] = await orgRepo.primaryAssignmentsAt(em, [change.employeeId], d);
  if (primary?.positionId === plan.positionId) return;
  if (plan.startDate >= d) return; // made for the new situation already
  const reason = primary ? 'TRANSFER' : 'LEFT_POSITION';
  await sql(em, `update performance_plan set end_date = $2, closed_reason = $3, version = version + 1, updated_at = now() where id = $1`, [plan.id, addDays(d, -1), reason]);
  await writeAudit(em, ctx, { action: 'PLAN_CLOSE', entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId, from: plan.status, to: 'CLOSED', reason, data: { endDate: addDays(d, -1) } });
  if (!primary) return;
  const next = await insertPlan(em, ctx, { id: change.employeeId, agencyId: change.agencyId }, period, plan.approach, d, d, [null, null, null]);
  await writeAudit(em, ctx, { action: 'PLAN_SUCCEED', entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId, to: toGlobalId('PerformancePlan', next.id), reason });
}

/**
 * Re-records the appraiser of the employees' open plans when it differs from the
 * line's appraiser at `date`. With `onlyIfNot`, plans are kept while that employee is
 * still their appraiser.
 */
async function rerecord(em: Em, ctx: Context, period: PeriodRow, employeeIds: number[], date: string, source: 'ROUTED' | 'OVERRIDE', reason: string, onlyIfNot: number | null): Promise<void> {
  if (employeeIds.length === 0) return;
  const plans = await sql<PlanRow>(
    em,
    `select ${PLAN_COLS} from performance_plan pp where pp.agency_id = $1 and pp.period_id = $2 and pp.end_date is null and pp.employee_id = any($3::int[]) for update`,
    [period.agencyId, period.id, employeeIds],
  );
  for (const plan of plans) {
    const snap = await appraiserSnapshot(em, plan.employeeId, date);
    if (snap.appraiserId == null || snap.appraiserId === plan.appraiserId) continue;
    if (onlyIfNot != null && snap.appraiserId === onlyIfNot) continue;
    const src = source === 'OVERRIDE' || snap.source === 'OVERRIDE' ? 'OVERRIDE' : 'ROUTED';
    await sql(
      em,
      `update performance_plan set appraiser_id = $2, appraiser_superior_id = $3, appraiser_source = $4, version = version + 1, updated_at = now() where id = $1`,
      [plan.id, snap.appraiserId, snap.appraiserSuperiorId, src],
    );
    await writeAudit(em, ctx, {
      action: src === 'OVERRIDE' ? 'PLAN_APPRAISER_OVERRIDE' : 'PLAN_ROUTED', entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId,
      from: plan.appraiserId == null ? null : toGlobalId('Employee', plan.appraiserId), to: toGlobalId('Employee', snap.appraiserId), reason,
    });
  }
}
