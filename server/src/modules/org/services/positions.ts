import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { forbidden, userError } from '../../../lib/errors';
import { requiredText } from '../../../lib/validate';
import type { PositionLevel, PositionType } from '../../../graphql/generated/types';
import { writeAudit } from '../../audit/audit';
import { canManageUnit } from '../scope';
import { POSITION_COLS, UNIT_COLS, type OrgUnitRow, type PositionRow } from '../types';
import { lockAgencyTree } from './units';

const POSITION_RETURNING = POSITION_COLS.replace(/p\./g, '');

export const LEVELS_BY_TYPE: Record<PositionType, PositionLevel[]> = {
  JPT: ['UTAMA', 'MADYA', 'PRATAMA'],
  JA: ['ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA'],
  JF: ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'],
};

function checkLevel(type: PositionType, level: PositionLevel): void {
  if (!LEVELS_BY_TYPE[type].includes(level)) {
    throw userError('INVALID_POSITION_LEVEL', `Level ${level} does not fit a ${type} position (allowed: ${LEVELS_BY_TYPE[type].join(', ')}).`, ['input', 'level']);
  }
}

const lockedPosition = (em: Em, id: number) => sqlOne<PositionRow>(em, `select ${POSITION_COLS} from position p where p.id = $1 for update`, [id]);
const unitRow = (em: Em, id: number) => sqlOne<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.id = $1`, [id]);

async function manageableUnit(ctx: Context, em: Em, unitId: number, field: string[]): Promise<OrgUnitRow> {
  const unit = await unitRow(em, unitId);
  const v = ctx.viewer!;
  if (!unit || (v.role !== 'SUPERADMIN' && unit.agencyId !== v.agencyId)) throw userError('NOT_FOUND', 'Unit not found.', field);
  if (!(await canManageUnit(ctx, unit))) throw forbidden('You may not manage positions in this unit.');
  return unit;
}

async function superiorIn(em: Em, agencyId: number, superiorId: number | null): Promise<PositionRow | null> {
  if (superiorId == null) return null;
  const sup = await lockedPosition(em, superiorId);
  if (!sup) throw userError('NOT_FOUND', 'Superior position not found.', ['input', 'superior']);
  if (sup.agencyId !== agencyId) throw userError('CROSS_AGENCY', 'The superior position belongs to another agency.', ['input', 'superior']);
  return sup;
}

export interface PositionCreate {
  unitId: number;
  superiorId: number | null;
  name: string;
  type: PositionType;
  level: PositionLevel;
}

export async function createPosition(ctx: Context, input: PositionCreate): Promise<PositionRow> {
  const name = requiredText(input.name, ['input', 'name'], 2, 200, 'Name');
  checkLevel(input.type, input.level);
  return ctx.em.transactional(async (em) => {
    const unit = await manageableUnit(ctx, em, input.unitId, ['input', 'unit']);
    await lockAgencyTree(em, 'position', unit.agencyId);
    const sup = await superiorIn(em, unit.agencyId, input.superiorId);
    const row = await sqlOne<PositionRow>(
      em,
      `with n as (select nextval(pg_get_serial_sequence('position', 'id')) as id)
       insert into position (id, agency_id, unit_id, superior_id, name, type, level, depth, path)
       select n.id, $1, $2, $3, $4, $5, $6, $7, $8 || lpad(n.id::text, 10, '0') || '.' from n
       returning ${POSITION_RETURNING}`,
      [unit.agencyId, unit.id, sup?.id ?? null, name, input.type, input.level, sup ? sup.depth + 1 : 0, sup?.path ?? ''],
    );
    await writeAudit(em, ctx, { action: 'POSITION_CREATE', entityType: 'Position', entityId: row!.id, agencyId: unit.agencyId, data: input });
    return row!;
  });
}

export interface PositionUpdate {
  id: number;
  name?: string | null;
  type?: PositionType | null;
  level?: PositionLevel | null;
  unitId?: number | null;
  superiorId?: number | null;
  /** true when the input set `superior` (possibly to null) */
  superiorGiven: boolean;
}

/** Updates a position; a new superior moves its subtree in the reporting line (no cycles). */
export async function updatePosition(ctx: Context, input: PositionUpdate): Promise<PositionRow> {
  const name = input.name == null ? null : requiredText(input.name, ['input', 'name'], 2, 200, 'Name');
  return ctx.em.transactional(async (em) => {
    const probe = await sqlOne<PositionRow>(em, `select ${POSITION_COLS} from position p where p.id = $1`, [input.id]);
    if (!probe) throw userError('NOT_FOUND', 'Position not found.', ['input', 'id']);
    await manageableUnit(ctx, em, probe.unitId, ['input', 'id']);
    await lockAgencyTree(em, 'position', probe.agencyId);
    const pos = (await lockedPosition(em, input.id))!;
    checkLevel(input.type ?? pos.type, input.level ?? pos.level);
    const unit = input.unitId != null ? await manageableUnit(ctx, em, input.unitId, ['input', 'unit']) : null;
    if (unit && unit.agencyId !== pos.agencyId) throw userError('CROSS_AGENCY', 'The unit belongs to another agency.', ['input', 'unit']);
    if (input.superiorGiven && (input.superiorId ?? null) !== pos.superiorId) await movePosition(em, pos, input.superiorId ?? null);
    const row = await sqlOne<PositionRow>(
      em,
      `update position set name = coalesce($2, name), type = coalesce($3, type), level = coalesce($4, level),
         unit_id = coalesce($5, unit_id), updated_at = now() where id = $1 returning ${POSITION_RETURNING}`,
      [pos.id, name, input.type ?? null, input.level ?? null, unit?.id ?? null],
    );
    await writeAudit(em, ctx, { action: 'POSITION_UPDATE', entityType: 'Position', entityId: pos.id, agencyId: pos.agencyId, data: input });
    return row!;
  });
}

async function movePosition(em: Em, pos: PositionRow, superiorId: number | null): Promise<void> {
  const sup = await superiorIn(em, pos.agencyId, superiorId);
  if (sup && sup.path.startsWith(pos.path)) {
    throw userError('TREE_CYCLE', 'A position cannot report to itself or to a position below it.', ['input', 'superior']);
  }
  const newPath = `${sup?.path ?? ''}${pos.path.slice(-11)}`;
  await sql(
    em,
    `update position set path = $3 || substr(path, length($2) + 1), depth = depth + $4, updated_at = now()
     where agency_id = $1 and path >= $2 and path < $2 || '~'`,
    [pos.agencyId, pos.path, newPath, (sup ? sup.depth + 1 : 0) - pos.depth],
  );
  await sql(em, `update position set superior_id = $2 where id = $1`, [pos.id, sup?.id ?? null]);
}
