import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { forbidden, userError } from '../../../lib/errors';
import { addDays } from '../../../lib/dates';
import { optionalText, pgCode, requiredText } from '../../../lib/validate';
import type { AssignmentKind } from '../../../graphql/generated/types';
import { writeAudit } from '../../audit/audit';
import { emitAssignmentChange } from '../events';
import { canManageEmployee, canManageUnit } from '../scope';
import {
  activeAt, ASSIGNMENT_COLS, EMPLOYEE_COLS, OVERRIDE_COLS, POSITION_COLS, UNIT_COLS,
  type AppraiserOverrideRow, type AssignmentRow, type EmployeeRow, type OrgUnitRow, type PositionRow,
} from '../types';

const ASSIGNMENT_RETURNING = ASSIGNMENT_COLS.replace(/a\./g, '');
const OVERRIDE_RETURNING = OVERRIDE_COLS.replace(/o\./g, '');

async function manageableEmployee(ctx: Context, em: Em, id: number, field: string[]): Promise<EmployeeRow> {
  const emp = await sqlOne<EmployeeRow>(em, `select ${EMPLOYEE_COLS} from employee e where e.id = $1 for update`, [id]);
  if (!emp || (ctx.viewer!.role !== 'SUPERADMIN' && emp.agencyId !== ctx.viewer!.agencyId)) throw userError('NOT_FOUND', 'Employee not found.', field);
  if (!(await canManageEmployee(ctx, emp))) throw forbidden('You may not manage this employee.');
  return emp;
}

function mapOverlap(err: unknown): never {
  const { code } = pgCode(err);
  if (code === '23P01') throw userError('ASSIGNMENT_OVERLAP', 'The dates overlap an existing assignment of the same kind for this employee or position.', ['input', 'startDate']);
  if (code === '23514') throw userError('INVALID_INPUT', 'The end date must not be before the start date.', ['input', 'endDate']);
  throw err;
}

export interface AssignmentCreate {
  employeeId: number;
  positionId: number;
  kind: AssignmentKind;
  startDate: string;
  endDate?: string | null;
  note?: string | null;
  endCurrent: boolean;
}

export async function createAssignment(ctx: Context, input: AssignmentCreate): Promise<AssignmentRow> {
  const note = optionalText(input.note, ['input', 'note'], 500, 'Note');
  if (input.endDate && input.endDate < input.startDate) throw userError('INVALID_INPUT', 'The end date must not be before the start date.', ['input', 'endDate']);
  return ctx.em.transactional(async (em) => {
    const emp = await manageableEmployee(ctx, em, input.employeeId, ['input', 'employee']);
    const pos = await sqlOne<PositionRow>(em, `select ${POSITION_COLS} from position p where p.id = $1`, [input.positionId]);
    if (!pos) throw userError('NOT_FOUND', 'Position not found.', ['input', 'position']);
    if (pos.agencyId !== emp.agencyId) throw userError('CROSS_AGENCY', 'The position belongs to another agency.', ['input', 'position']);
    const unit = (await sqlOne<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.id = $1`, [pos.unitId]))!;
    if (!(await canManageUnit(ctx, unit))) throw forbidden('You may not assign to positions of this unit.');
    if (input.endCurrent && input.kind === 'DEFINITIVE') {
      await sql(
        em,
        `update assignment a set end_date = $3::date - 1, updated_at = now()
         where a.agency_id = $1 and a.employee_id = $2 and a.kind = 'DEFINITIVE' and ${activeAt('a', '$3')} and a.start_date < $3::date`,
        [emp.agencyId, emp.id, input.startDate],
      );
    }
    const row = await sqlOne<AssignmentRow>(
      em,
      `insert into assignment (agency_id, employee_id, position_id, kind, start_date, end_date, note)
       values ($1, $2, $3, $4, $5, $6, $7) returning ${ASSIGNMENT_RETURNING}`,
      [emp.agencyId, emp.id, pos.id, input.kind, input.startDate, input.endDate ?? null, note],
    ).catch(mapOverlap);
    await writeAudit(em, ctx, { action: 'ASSIGNMENT_CREATE', entityType: 'Assignment', entityId: row!.id, agencyId: emp.agencyId, data: { employeeId: emp.id, positionId: pos.id, kind: input.kind, startDate: input.startDate, endCurrent: input.endCurrent } });
    await emitAssignmentChange(em, ctx, { agencyId: emp.agencyId, employeeId: emp.id, effectiveDate: input.startDate, kind: 'CREATED', assignmentId: row!.id });
    return row!;
  });
}

export async function endAssignment(ctx: Context, id: number, endDate: string): Promise<AssignmentRow> {
  return ctx.em.transactional(async (em) => {
    const current = await sqlOne<AssignmentRow>(em, `select ${ASSIGNMENT_COLS} from assignment a where a.id = $1 for update`, [id]);
    if (!current) throw userError('NOT_FOUND', 'Assignment not found.', ['input', 'id']);
    await manageableEmployee(ctx, em, current.employeeId, ['input', 'id']);
    if (endDate < current.startDate) throw userError('INVALID_INPUT', 'The end date must not be before the start date.', ['input', 'endDate']);
    const row = await sqlOne<AssignmentRow>(em, `update assignment set end_date = $2, updated_at = now() where id = $1 returning ${ASSIGNMENT_RETURNING}`, [id, endDate]).catch(mapOverlap);
    await writeAudit(em, ctx, { action: 'ASSIGNMENT_END', entityType: 'Assignment', entityId: id, agencyId: current.agencyId, from: current.endDate, to: endDate });
    await emitAssignmentChange(em, ctx, { agencyId: current.agencyId, employeeId: current.employeeId, effectiveDate: addDays(endDate, 1), kind: 'ENDED', assignmentId: id });
    return row!;
  });
}

export interface OverrideSet {
  employeeId: number;
  appraiserId: number;
  reason: string;
  startDate: string;
  endDate?: string | null;
}

/** Admin override of the appraiser; an active override ends the day before the new one. */
export async function setAppraiserOverride(ctx: Context, input: OverrideSet): Promise<AppraiserOverrideRow> {
  const reason = requiredText(input.reason, ['input', 'reason'], 5, 1000, 'Reason');
  if (input.employeeId === input.appraiserId) throw userError('INVALID_INPUT', 'An employee cannot appraise themself.', ['input', 'appraiser']);
  if (input.endDate && input.endDate < input.startDate) throw userError('INVALID_INPUT', 'The end date must not be before the start date.', ['input', 'endDate']);
  return ctx.em.transactional(async (em) => {
    const emp = await manageableEmployee(ctx, em, input.employeeId, ['input', 'employee']);
    const appr = await sqlOne<EmployeeRow>(em, `select ${EMPLOYEE_COLS} from employee e where e.id = $1`, [input.appraiserId]);
    if (!appr) throw userError('NOT_FOUND', 'Appraiser not found.', ['input', 'appraiser']);
    if (appr.agencyId !== emp.agencyId) throw userError('CROSS_AGENCY', 'The appraiser belongs to another agency.', ['input', 'appraiser']);
    await sql(
      em,
      `update appraiser_override o set end_date = $3::date - 1 where o.agency_id = $1 and o.employee_id = $2 and ${activeAt('o', '$3')} and o.start_date < $3::date`,
      [emp.agencyId, emp.id, input.startDate],
    );
    const row = await sqlOne<AppraiserOverrideRow>(
      em,
      `insert into appraiser_override (agency_id, employee_id, appraiser_id, reason, start_date, end_date, created_by_id)
       values ($1, $2, $3, $4, $5, $6, $7) returning ${OVERRIDE_RETURNING}`,
      [emp.agencyId, emp.id, appr.id, reason, input.startDate, input.endDate ?? null, ctx.viewer!.employeeId],
    ).catch((err) => {
      if (pgCode(err).code === '23P01') throw userError('CONFLICT', 'Another override already covers these dates.', ['input', 'startDate']);
      throw err;
    });
    await writeAudit(em, ctx, { action: 'APPRAISER_OVERRIDE', entityType: 'Employee', entityId: emp.id, agencyId: emp.agencyId, to: String(appr.id), reason, data: { startDate: input.startDate, endDate: input.endDate ?? null } });
    await emitAssignmentChange(em, ctx, { agencyId: emp.agencyId, employeeId: emp.id, effectiveDate: input.startDate, kind: 'APPRAISER_OVERRIDE', assignmentId: null });
    return row!;
  });
}
