import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import type { NewUnit } from './plan-units';
import type { NewPosition, PeoplePlan, RowPlan } from './plan-people';
import type { OrgState } from './state';

/**
 * Writes an import plan with a fixed number of set-based statements (bulk `unnest`),
 * whatever the sheet's size: ids of new units and positions are taken from their
 * sequences first, so parents and children go in one INSERT each and materialized paths
 * are computed in memory.
 */
const seg = (id: number) => `${String(id).padStart(10, '0')}.`;

async function allocate(em: Em, table: 'org_unit' | 'position', n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await sql<{ id: number }>(em, `select nextval(pg_get_serial_sequence($1, 'id'))::int as id from generate_series(1, $2)`, [table, n]);
  return rows.map((r) => r.id);
}

/** Path and depth of every node from its final parent links (parents are acyclic here). */
export function computePaths(parentOf: Map<number, number | null>): Map<number, { path: string; depth: number }> {
  const out = new Map<number, { path: string; depth: number }>();
  for (const start of parentOf.keys()) {
    const chain: number[] = [];
    let at: number | null | undefined = start;
    while (at != null && !out.has(at)) {
      chain.push(at);
      at = parentOf.get(at) ?? null;
    }
    let base = at != null ? out.get(at)! : { path: '', depth: -1 };
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      base = { path: base.path + seg(chain[i]), depth: base.depth + 1 };
      out.set(chain[i], base);
    }
  }
  return out;
}

export async function writeUnits(em: Em, s: OrgState, newUnits: NewUnit[]): Promise<Map<number, number>> {
  const ids = await allocate(em, 'org_unit', newUnits.length);
  const real = new Map(newUnits.map((u, i) => [u.tempId, ids[i]]));
  if (newUnits.length === 0) return real;
  const parentOf = new Map<number, number | null>(s.units.map((u) => [u.id, u.parentId]));
  const fix = (id: number | null) => (id !== null && id < 0 ? real.get(id)! : id);
  for (const u of newUnits) parentOf.set(real.get(u.tempId)!, fix(u.parentId));
  const paths = computePaths(parentOf);
  const codes = new Set(s.units.map((u) => u.code));
  for (const u of newUnits) if (u.code) codes.add(u.code);
  const code = (u: NewUnit, id: number) => {
    if (u.code) return u.code;
    let c = `IMP-${id}`;
    for (let n = 2; codes.has(c); n += 1) c = `IMP-${id}-${n}`;
    codes.add(c);
    return c;
  };
  const rowsOf = newUnits.map((u) => ({ id: real.get(u.tempId)!, u }));
  await sql(
    em,
    `insert into org_unit (id, agency_id, parent_id, code, name, depth, path)
     select x.id, $1, x.parent_id, x.code, x.name, x.depth, x.path
     from unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[]) as x(id, parent_id, code, name, depth, path)`,
    [s.agencyId, rowsOf.map((r) => r.id), rowsOf.map((r) => fix(r.u.parentId)), rowsOf.map((r) => code(r.u, r.id)), rowsOf.map((r) => r.u.name),
      rowsOf.map((r) => paths.get(r.id)!.depth), rowsOf.map((r) => paths.get(r.id)!.path)],
  );
  return real;
}

export async function writePositions(em: Em, s: OrgState, plan: PeoplePlan, unitIds: Map<number, number>): Promise<Map<number, number>> {
  const ids = await allocate(em, 'position', plan.newPositions.length);
  const real = new Map(plan.newPositions.map((p, i) => [p.tempId, ids[i]]));
  const fix = (id: number | null) => (id !== null && id < 0 ? real.get(id)! : id);
  const parentOf = new Map<number, number | null>([...s.positions.values()].map((p) => [p.id, p.superiorId]));
  for (const p of plan.newPositions) parentOf.set(real.get(p.tempId)!, fix(p.superiorId));
  for (const c of plan.positionChanges) parentOf.set(c.id, fix(c.superiorId));
  const paths = plan.newPositions.length || plan.positionChanges.length ? computePaths(parentOf) : new Map();
  if (plan.newPositions.length) await insertPositions(em, s, plan.newPositions, real, fix, (id) => paths.get(id)!, unitIds);
  const changed = new Map(plan.positionChanges.map((c) => [c.id, c]));
  const moved = [...s.positions.values()].filter((p) => changed.has(p.id) || paths.get(p.id)?.path !== undefined && paths.get(p.id)!.path !== p.path);
  if (moved.length) {
    await sql(
      em,
      `update position p set superior_id = x.superior_id, type = x.type, level = x.level, depth = x.depth, path = x.path, updated_at = now()
       from unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[]) as x(id, superior_id, type, level, depth, path)
       where p.agency_id = $1 and p.id = x.id`,
      [s.agencyId, moved.map((p) => p.id), moved.map((p) => fix(changed.get(p.id)?.superiorId ?? p.superiorId)), moved.map((p) => changed.get(p.id)?.type ?? p.type),
        moved.map((p) => changed.get(p.id)?.level ?? p.level), moved.map((p) => paths.get(p.id)!.depth), moved.map((p) => paths.get(p.id)!.path)],
    );
  }
  return real;
}

async function insertPositions(
  em: Em, s: OrgState, list: NewPosition[], real: Map<number, number>, fix: (id: number | null) => number | null,
  pathOf: (id: number) => { path: string; depth: number }, unitIds: Map<number, number>,
): Promise<void> {
  const unit = (id: number) => (id < 0 ? unitIds.get(id)! : id);
  const ids = list.map((p) => real.get(p.tempId)!);
  await sql(
    em,
    `insert into position (id, agency_id, unit_id, superior_id, name, type, level, depth, path)
     select x.id, $1, x.unit_id, x.superior_id, x.name, x.type, x.level, x.depth, x.path
     from unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[]) as x(id, unit_id, superior_id, name, type, level, depth, path)`,
    [s.agencyId, ids, list.map((p) => unit(p.unitId)), list.map((p) => fix(p.superiorId)), list.map((p) => p.name), list.map((p) => p.type), list.map((p) => p.level),
      ids.map((id) => pathOf(id).depth), ids.map((id) => pathOf(id).path)],
  );
}

/** Inserts new employees and updates changed ones; returns the employee id of every row. */
export async function writeEmployees(em: Em, s: OrgState, rows: RowPlan[], passwordHash: string): Promise<Map<number, number>> {
  const idOfRow = new Map<number, number>();
  const fresh = rows.filter((r) => !r.employee).map((r) => r.row);
  for (const r of rows) if (r.employee) idOfRow.set(r.row.row, r.employee.id);
  if (fresh.length) {
    const inserted = await sql<{ id: number; nip: string }>(
      em,
      `insert into employee (agency_id, nip, name, rank, employment_type, gender, birth_date, role, password_hash, must_change_password, password_changed_at)
       select $1, x.nip, x.name, x.rank, x.employment_type, x.gender, x.birth_date, 'EMPLOYEE', $8, true, now()
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[]) as x(nip, name, rank, employment_type, gender, birth_date)
       returning id, nip`,
      [s.agencyId, fresh.map((r) => r.nip), fresh.map((r) => r.name), fresh.map((r) => r.rank), fresh.map((r) => r.employmentType), fresh.map((r) => r.gender), fresh.map((r) => r.birthDate), passwordHash],
    );
    const byNip = new Map(inserted.map((e) => [e.nip, e.id]));
    for (const r of fresh) idOfRow.set(r.row, byNip.get(r.nip)!);
  }
  const changed = rows.filter((r) => r.employeeChanged);
  if (changed.length) {
    await sql(
      em,
      `update employee e set name = x.name, rank = x.rank, employment_type = x.employment_type, updated_at = now()
       from unnest($2::int[], $3::text[], $4::text[], $5::text[]) as x(id, name, rank, employment_type) where e.agency_id = $1 and e.id = x.id`,
      [s.agencyId, changed.map((r) => r.employee!.id), changed.map((r) => r.row.name), changed.map((r) => r.row.rank), changed.map((r) => r.row.employmentType)],
    );
  }
  return idOfRow;
}

/** Ends the movers' definitive assignments the day before and creates the new ones. */
export async function writeAssignments(em: Em, s: OrgState, rows: RowPlan[], employeeOfRow: Map<number, number>, positionIds: Map<number, number>, note: string): Promise<void> {
  const ending = rows.filter((r) => r.endAssignment).map((r) => r.endAssignment!.id);
  if (ending.length) {
    await sql(em, `update assignment set end_date = $3::date - 1, updated_at = now() where agency_id = $1 and id = any($2::int[])`, [s.agencyId, ending, s.effectiveDate]);
  }
  const moving = rows.filter((r) => !r.keep);
  if (moving.length === 0) return;
  await sql(
    em,
    `insert into assignment (agency_id, employee_id, position_id, kind, start_date, note)
     select $1, x.employee_id, x.position_id, 'DEFINITIVE', $4::date, $5 from unnest($2::int[], $3::int[]) as x(employee_id, position_id)`,
    [s.agencyId, moving.map((r) => employeeOfRow.get(r.row.row)!), moving.map((r) => (r.positionId < 0 ? positionIds.get(r.positionId)! : r.positionId)), s.effectiveDate, note],
  );
}
