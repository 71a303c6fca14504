import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { forbidden, userError } from '../../../lib/errors';
import { pgCode, requiredText } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import { canManageUnit } from '../scope';
import { UNIT_COLS, type OrgUnitRow } from '../types';

const UNIT_RETURNING = UNIT_COLS.replace(/u\./g, '');

async function lockedUnit(em: Em, id: number): Promise<OrgUnitRow | null> {
  return sqlOne<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.id = $1 for update`, [id]);
}

/** Serialises tree changes of one agency so concurrent moves keep a tree. */
export async function lockAgencyTree(em: Em, tree: 'org_unit' | 'position', agencyId: number): Promise<void> {
  await sql(em, `select pg_advisory_xact_lock(hashtext($1), $2)`, [tree, agencyId]);
}

function mapUnitDbError(err: unknown): never {
  const { code } = pgCode(err);
  if (code === '23505') throw userError('DUPLICATE_CODE', 'Another unit of the agency already has this code.', ['input', 'code']);
  throw err;
}

export interface UnitCreate {
  parentId: number | null;
  code: string;
  name: string;
}

export async function createUnit(ctx: Context, input: UnitCreate): Promise<OrgUnitRow> {
  const code = requiredText(input.code, ['input', 'code'], 1, 40, 'Code');
  const name = requiredText(input.name, ['input', 'name'], 2, 200, 'Name');
  const v = ctx.viewer!;
  return ctx.em.transactional(async (em) => {
    let agencyId = v.agencyId;
    let parent: OrgUnitRow | null = null;
    if (input.parentId != null) {
      parent = await lockedUnit(em, input.parentId);
      if (!parent || (v.role !== 'SUPERADMIN' && parent.agencyId !== v.agencyId)) throw userError('NOT_FOUND', 'Parent unit not found.', ['input', 'parent']);
      if (!(await canManageUnit(ctx, parent))) throw forbidden('You may not add units here.');
      agencyId = parent.agencyId;
    } else if (v.role !== 'ADMIN') {
      throw forbidden('Only agency admins create top-level units.');
    }
    await lockAgencyTree(em, 'org_unit', agencyId);
    const unit = await sqlOne<OrgUnitRow>(
      em,
      `with n as (select nextval(pg_get_serial_sequence('org_unit', 'id')) as id)
       insert into org_unit (id, agency_id, parent_id, code, name, depth, path)
       select n.id, $1, $2, $3, $4, $5, $6 || lpad(n.id::text, 10, '0') || '.' from n
       returning ${UNIT_RETURNING}`,
      [agencyId, parent?.id ?? null, code, name, parent ? parent.depth + 1 : 0, parent?.path ?? ''],
    ).catch(mapUnitDbError);
    await writeAudit(em, ctx, { action: 'ORG_UNIT_CREATE', entityType: 'OrgUnit', entityId: unit!.id, agencyId, data: { code, name, parentId: parent?.id ?? null } });
    return unit!;
  });
}

export interface UnitUpdate {
  id: number;
  code?: string | null;
  name?: string | null;
}

export async function updateUnit(ctx: Context, input: UnitUpdate): Promise<OrgUnitRow> {
  const code = input.code == null ? null : requiredText(input.code, ['input', 'code'], 1, 40, 'Code');
  const name = input.name == null ? null : requiredText(input.name, ['input', 'name'], 2, 200, 'Name');
  return ctx.em.transactional(async (em) => {
    const unit = await lockedUnit(em, input.id);
    if (!unit || !(await canManageUnit(ctx, unit))) throw userError('NOT_FOUND', 'Unit not found.', ['input', 'id']);
    const updated = await sqlOne<OrgUnitRow>(
      em,
      `update org_unit set code = coalesce($2, code), name = coalesce($3, name), updated_at = now() where id = $1 returning ${UNIT_RETURNING}`,
      [unit.id, code, name],
    ).catch(mapUnitDbError);
    await writeAudit(em, ctx, { action: 'ORG_UNIT_UPDATE', entityType: 'OrgUnit', entityId: unit.id, agencyId: unit.agencyId, data: { code, name } });
    return updated!;
  });
}

/**
 * Moves a unit and its subtree: one UPDATE rewrites the subtree's paths. Refuses to
 * put a unit under itself or a descendant. An advisory lock per agency serialises
 * concurrent moves, and the cycle check runs on fresh rows inside the lock.
 */
export async function moveUnit(ctx: Context, id: number, newParentId: number | null): Promise<OrgUnitRow> {
  const v = ctx.viewer!;
  return ctx.em.transactional(async (em) => {
    const probe = await sqlOne<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.id = $1`, [id]);
    if (!probe || !(await canManageUnit(ctx, probe))) throw userError('NOT_FOUND', 'Unit not found.', ['input', 'id']);
    await lockAgencyTree(em, 'org_unit', probe.agencyId);
    const unit = (await lockedUnit(em, id))!;
    let parent: OrgUnitRow | null = null;
    if (newParentId != null) {
      parent = await lockedUnit(em, newParentId);
      if (!parent || parent.agencyId !== unit.agencyId) throw userError('NOT_FOUND', 'New parent unit not found.', ['input', 'newParent']);
      if (!(await canManageUnit(ctx, parent))) throw forbidden('You may not move units there.');
      if (parent.path.startsWith(unit.path)) throw userError('TREE_CYCLE', 'A unit cannot move under itself or one of its descendants.', ['input', 'newParent']);
    } else if (v.role !== 'ADMIN') {
      throw forbidden('Only agency admins create top-level units.');
    }
    const newPath = `${parent?.path ?? ''}${unit.path.slice(-11)}`;
    const delta = (parent ? parent.depth + 1 : 0) - unit.depth;
    await sql(
      em,
      `update org_unit set path = $3 || substr(path, length($2) + 1), depth = depth + $4, updated_at = now()
       where agency_id = $1 and path >= $2 and path < $2 || '~'`,
      [unit.agencyId, unit.path, newPath, delta],
    );
    const moved = await sqlOne<OrgUnitRow>(em, `update org_unit set parent_id = $2 where id = $1 returning ${UNIT_RETURNING}`, [unit.id, parent?.id ?? null]);
    await writeAudit(em, ctx, { action: 'ORG_UNIT_MOVE', entityType: 'OrgUnit', entityId: unit.id, agencyId: unit.agencyId, from: String(unit.parentId ?? ''), to: String(parent?.id ?? '') });
    return moved!;
  });
}
