import type { Em } from '../db/orm';
import { sqlOne } from '../db/sql';
import type { Viewer } from '../auth/viewer';
import { userError } from './errors';

/**
 * Period locks (batas pengisian): after an evaluation period's deadline it is locked
 * for employees, unless an admin unlocked it until a later instant (with a reason).
 * Admins are not bound by the lock. Shared by planning, logbook and evaluation writes.
 */
export interface PeriodLockRow {
  id: number;
  agencyId: number;
  periodId: number;
  kind: string;
  startDate: string;
  endDate: string;
  deadline: Date;
  unlockedUntil: Date | null;
}

export function isLocked(p: Pick<PeriodLockRow, 'deadline' | 'unlockedUntil'>, now: Date = new Date()): boolean {
  if (now <= new Date(p.deadline)) return false;
  return !(p.unlockedUntil && now <= new Date(p.unlockedUntil));
}

const COLS = `id, agency_id as "agencyId", period_id as "periodId", kind, start_date as "startDate", end_date as "endDate",
  deadline, unlocked_until as "unlockedUntil"`;

/** The non-FINAL evaluation period of the agency containing `date` (shortest first), if any. */
export function evaluationPeriodAt(em: Em, agencyId: number, date: string): Promise<PeriodLockRow | null> {
  return sqlOne<PeriodLockRow>(
    em,
    `select ${COLS} from evaluation_period where agency_id = $1 and start_date <= $2::date and end_date >= $2::date
     order by (kind = 'FINAL'), end_date - start_date, id limit 1`,
    [agencyId, date],
  );
}

/**
 * Throws PERIOD_LOCKED when the viewer (not an admin) writes into a locked
 * evaluation period; NOT_FOUND when the period does not exist in the agency.
 */
export async function assertEvaluationPeriodOpen(em: Em, viewer: Viewer, agencyId: number, evaluationPeriodId: number, field: string[] = ['input']): Promise<PeriodLockRow> {
  const p = await sqlOne<PeriodLockRow>(em, `select ${COLS} from evaluation_period where agency_id = $1 and id = $2`, [agencyId, evaluationPeriodId]);
  if (!p) throw userError('NOT_FOUND', 'Evaluation period not found.', field);
  if (viewer.role !== 'ADMIN' && viewer.role !== 'SUPERADMIN' && isLocked(p)) {
    throw userError('PERIOD_LOCKED', 'The deadline of this period has passed; ask an admin to unlock it.', field);
  }
  return p;
}

/** Whether the annual period (all its evaluation periods) is locked: its FINAL period's lock. */
export async function assertAnnualPeriodOpen(em: Em, viewer: Viewer, agencyId: number, periodId: number, field: string[] = ['input']): Promise<void> {
  const p = await sqlOne<PeriodLockRow>(
    em,
    `select ${COLS} from evaluation_period where agency_id = $1 and period_id = $2 and kind = 'FINAL' order by end_date desc limit 1`,
    [agencyId, periodId],
  );
  if (p && viewer.role !== 'ADMIN' && viewer.role !== 'SUPERADMIN' && isLocked(p)) {
    throw userError('PERIOD_LOCKED', 'The deadline of this period has passed; ask an admin to unlock it.', field);
  }
}
