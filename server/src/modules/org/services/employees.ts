import type { Context } from '../../../graphql/context';
import { sqlOne } from '../../../db/sql';
import { forbidden, userError } from '../../../lib/errors';
import { optionalText, pgCode, requiredText } from '../../../lib/validate';
import type { EmploymentType, Role } from '../../../graphql/generated/types';
import { hashPassword, oneTimePassword } from '../../../auth/passwords';
import { writeAudit } from '../../audit/audit';
import { EmployeeEntity } from '../entities';
import { validateNip } from '../nip';
import { canManageEmployee, canManageUnit } from '../scope';
import { EMPLOYEE_COLS, UNIT_COLS, type EmployeeRow, type OrgUnitRow } from '../types';

const RANK = /^([IV]{1,3}\/[a-e]|[IVX]{1,5})$/;

function rankOf(rank: string | null | undefined): string | null {
  const r = optionalText(rank, ['input', 'rank'], 10, 'Rank');
  if (r != null && !RANK.test(r)) throw userError('INVALID_INPUT', 'Rank is written like III/d (PNS) or IX (PPPK).', ['input', 'rank']);
  return r;
}

/**
 * Only agency admins grant ADMIN/OPERATOR. SUPERADMIN only by the superadmin, who however
 * writes no agency's employees (shield and `canManageEmployee` refuse it): the role is
 * given outside the API (seed).
 */
function checkRoleGrant(ctx: Context, role: Role): void {
  const v = ctx.viewer!;
  if (role === 'SUPERADMIN' && v.role !== 'SUPERADMIN') throw forbidden('Only the superadmin grants that role.');
  if ((role === 'ADMIN' || role === 'OPERATOR') && v.role !== 'ADMIN') throw forbidden('Only admins grant that role.');
}

async function operatorUnit(ctx: Context, role: Role, unitId: number | null, agencyId: number): Promise<number | null> {
  if (role !== 'OPERATOR') return null;
  if (unitId == null) throw userError('INVALID_INPUT', 'An operator needs the unit they maintain.', ['input', 'operatorUnit']);
  const unit = await sqlOne<OrgUnitRow>(ctx.em, `select ${UNIT_COLS} from org_unit u where u.id = $1`, [unitId]);
  if (!unit || unit.agencyId !== agencyId || !(await canManageUnit(ctx, unit))) throw userError('NOT_FOUND', 'Unit not found.', ['input', 'operatorUnit']);
  return unit.id;
}

export interface EmployeeCreate {
  nip: string;
  name: string;
  rank?: string | null;
  employmentType: EmploymentType;
  role?: Role | null;
  operatorUnitId: number | null;
}

export async function createEmployee(ctx: Context, input: EmployeeCreate): Promise<{ employee: EmployeeRow; oneTimePassword: string }> {
  const v = ctx.viewer!;
  const nip = validateNip(input.nip, input.employmentType);
  if (!nip.ok) throw userError('INVALID_NIP', nip.reason, ['input', 'nip']);
  const name = requiredText(input.name, ['input', 'name'], 2, 200, 'Name');
  const rank = rankOf(input.rank);
  const role = input.role ?? 'EMPLOYEE';
  checkRoleGrant(ctx, role);
  const opUnit = await operatorUnit(ctx, role, input.operatorUnitId, v.agencyId);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const employee = await ctx.em.transactional(async (em) => {
    const entity = em.create(EmployeeEntity, {
      agencyId: v.agencyId, nip: nip.info.nip, name, rank, employmentType: input.employmentType,
      gender: nip.info.gender, birthDate: nip.info.birthDate, role, operatorUnitId: opUnit,
      passwordHash, mustChangePassword: true, isActive: true, passwordChangedAt: new Date(),
    });
    await em.flush().catch((err) => {
      if (pgCode(err).code === '23505') throw userError('DUPLICATE_NIP', 'Another employee already has this NIP.', ['input', 'nip']);
      throw err;
    });
    await writeAudit(em, ctx, { action: 'EMPLOYEE_CREATE', entityType: 'Employee', entityId: entity.id, agencyId: v.agencyId, data: { nip: nip.info.nip, name, role } });
    return (await sqlOne<EmployeeRow>(em, `select ${EMPLOYEE_COLS} from employee e where e.id = $1`, [entity.id]))!;
  });
  return { employee, oneTimePassword: password };
}

export interface EmployeeUpdate {
  id: number;
  name?: string | null;
  rank?: string | null;
  role?: Role | null;
  operatorUnitId?: number | null;
  isActive?: boolean | null;
}

export async function updateEmployee(ctx: Context, input: EmployeeUpdate): Promise<EmployeeRow> {
  const name = input.name == null ? null : requiredText(input.name, ['input', 'name'], 2, 200, 'Name');
  const rank = input.rank == null ? null : rankOf(input.rank);
  return ctx.em.transactional(async (em) => {
    const current = await sqlOne<EmployeeRow>(em, `select ${EMPLOYEE_COLS} from employee e where e.id = $1 for update`, [input.id]);
    if (!current || !(await canManageEmployee(ctx, current))) throw userError('NOT_FOUND', 'Employee not found.', ['input', 'id']);
    const role = input.role ?? current.role;
    if (input.role != null && input.role !== current.role) checkRoleGrant(ctx, input.role);
    if (current.role === 'SUPERADMIN' && ctx.viewer!.role !== 'SUPERADMIN') throw forbidden('Only the superadmin changes that account.');
    const opUnit = role === 'OPERATOR' ? await operatorUnit(ctx, role, input.operatorUnitId ?? current.operatorUnitId, current.agencyId) : null;
    if (input.isActive === false && current.id === ctx.viewer!.employeeId) throw userError('INVALID_INPUT', 'You cannot deactivate your own account.', ['input', 'isActive']);
    const row = await sqlOne<EmployeeRow>(
      em,
      `update employee e set name = coalesce($2, name), rank = coalesce($3, rank), role = $4, operator_unit_id = $5,
         is_active = coalesce($6, is_active), updated_at = now() where e.id = $1 returning ${EMPLOYEE_COLS}`,
      [current.id, name, rank, role, opUnit, input.isActive ?? null],
    );
    await writeAudit(em, ctx, { action: 'EMPLOYEE_UPDATE', entityType: 'Employee', entityId: current.id, agencyId: current.agencyId, from: current.role, to: role, data: { name, rank, isActive: input.isActive ?? null } });
    return row!;
  });
}
