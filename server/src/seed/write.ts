import type { Em } from '../db/orm';
import { sql } from '../db/sql';
import { pathSegment } from '../modules/org/types';
import type { EmploymentType, Level, PositionTypeName } from './people';

/**
 * In-memory plan of one agency, written with a handful of bulk statements: ids come from
 * the tables' sequences up front (one `nextval` per row in a single SELECT), so paths and
 * foreign keys are computed in memory and every table is one `insert ... select * from
 * unnest(...)` per chunk of at most 10,000 rows. References inside a plan are array
 * indexes; parents always come before their children.
 */
export interface UnitPlan {
  parent: number | null;
  code: string;
  name: string;
}

export interface PositionPlan {
  unit: number;
  superior: number | null;
  name: string;
  type: PositionTypeName;
  level: Level;
}

export type AccountRole = 'SUPERADMIN' | 'ADMIN' | 'OPERATOR' | 'EMPLOYEE';

export interface EmployeePlan {
  nip: string;
  name: string;
  rank: string;
  employmentType: EmploymentType;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  role: AccountRole;
  operatorUnit: number | null;
}

export interface AssignmentPlan {
  employee: number;
  position: number;
  kind: 'DEFINITIVE' | 'PLT' | 'PLH';
  start: string;
  end: string | null;
  note: string | null;
}

export interface OverridePlan {
  employee: number;
  appraiser: number;
  reason: string;
  start: string;
  createdBy: number | null;
}

export interface AgencyPlan {
  code: string;
  name: string;
  units: UnitPlan[];
  positions: PositionPlan[];
  employees: EmployeePlan[];
  assignments: AssignmentPlan[];
  overrides: OverridePlan[];
}

export interface WrittenAgency {
  agencyId: number;
  unitIds: number[];
  positionIds: number[];
  employeeIds: number[];
}

export const CHUNK = 10_000;

/** The seed would duplicate data that is already there (nothing was written). */
export class SeedRefusedError extends Error {}

type Column = readonly [name: string, pgType: string, values: readonly unknown[]];
type Constant = readonly [name: string, pgType: string, value: unknown];

/** `insert into table (...) select *, constants from unnest(arrays)`, chunked. */
export async function bulkInsert(em: Em, table: string, columns: Column[], constants: Constant[] = []): Promise<void> {
  const rows = columns[0]?.[2].length ?? 0;
  const names = [...columns.map((c) => c[0]), ...constants.map((c) => c[0])].join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ');
  const consts = constants.map((c, i) => `, $${columns.length + i + 1}::${c[1]}`).join('');
  const text = `insert into ${table} (${names}) select *${consts} from unnest(${arrays})`;
  for (let from = 0; from < rows; from += CHUNK) {
    const params = [...columns.map((c) => c[2].slice(from, from + CHUNK)), ...constants.map((c) => c[2])];
    await sql(em, text, params);
  }
}

/** Reserves `count` ids from a serial column's sequence, ascending. */
export async function allocateIds(em: Em, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await sql<{ id: number }>(em, `select nextval(pg_get_serial_sequence($1, 'id'))::int as id from generate_series(1, $2::int)`, [table, count]);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

export async function agencyExists(em: Em, code: string): Promise<boolean> {
  return (await sql(em, `select 1 from agency where code = $1`, [code])).length > 0;
}

/** Materialized paths and depths from parent indexes (parents before children). */
export function treePaths(ids: readonly number[], parents: readonly (number | null)[]): { paths: string[]; depths: number[] } {
  const paths: string[] = new Array(ids.length);
  const depths: number[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const p = parents[i];
    if (p !== null && p >= i) throw new Error(`Tree plan out of order: node ${i} has parent ${p}`);
    paths[i] = (p === null ? '' : paths[p]) + pathSegment(ids[i]);
    depths[i] = p === null ? 0 : depths[p] + 1;
  }
  return { paths, depths };
}

const at = (ids: readonly number[], i: number | null): number | null => (i === null ? null : ids[i]);

async function writeUnits(em: Em, agencyId: number, units: UnitPlan[]): Promise<number[]> {
  const ids = await allocateIds(em, 'org_unit', units.length);
  const { paths, depths } = treePaths(ids, units.map((u) => u.parent));
  await bulkInsert(
    em,
    'org_unit',
    [
      ['id', 'int', ids],
      ['parent_id', 'int', units.map((u) => at(ids, u.parent))],
      ['code', 'text', units.map((u) => u.code)],
      ['name', 'text', units.map((u) => u.name)],
      ['depth', 'int', depths],
      ['path', 'text', paths],
    ],
    [['agency_id', 'int', agencyId]],
  );
  return ids;
}

async function writePositions(em: Em, agencyId: number, positions: PositionPlan[], unitIds: number[]): Promise<number[]> {
  const ids = await allocateIds(em, 'position', positions.length);
  const { paths, depths } = treePaths(ids, positions.map((p) => p.superior));
  await bulkInsert(
    em,
    'position',
    [
      ['id', 'int', ids],
      ['unit_id', 'int', positions.map((p) => unitIds[p.unit])],
      ['superior_id', 'int', positions.map((p) => at(ids, p.superior))],
      ['name', 'text', positions.map((p) => p.name)],
      ['type', 'text', positions.map((p) => p.type)],
      ['level', 'text', positions.map((p) => p.level)],
      ['depth', 'int', depths],
      ['path', 'text', paths],
    ],
    [['agency_id', 'int', agencyId]],
  );
  return ids;
}

async function writeEmployees(em: Em, agencyId: number, employees: EmployeePlan[], unitIds: number[], passwordHash: string): Promise<number[]> {
  const ids = await allocateIds(em, 'employee', employees.length);
  await bulkInsert(
    em,
    'employee',
    [
      ['id', 'int', ids],
      ['nip', 'text', employees.map((e) => e.nip)],
      ['name', 'text', employees.map((e) => e.name)],
      ['rank', 'text', employees.map((e) => e.rank)],
      ['employment_type', 'text', employees.map((e) => e.employmentType)],
      ['gender', 'text', employees.map((e) => e.gender)],
      ['birth_date', 'date', employees.map((e) => e.birthDate)],
      ['role', 'text', employees.map((e) => e.role)],
      ['operator_unit_id', 'int', employees.map((e) => at(unitIds, e.operatorUnit))],
    ],
    [
      ['agency_id', 'int', agencyId],
      ['password_hash', 'text', passwordHash],
    ],
  );
  return ids;
}

async function writeAssignments(em: Em, agencyId: number, list: AssignmentPlan[], positionIds: number[], employeeIds: number[]): Promise<void> {
  await bulkInsert(
    em,
    'assignment',
    [
      ['employee_id', 'int', list.map((a) => employeeIds[a.employee])],
      ['position_id', 'int', list.map((a) => positionIds[a.position])],
      ['kind', 'text', list.map((a) => a.kind)],
      ['start_date', 'date', list.map((a) => a.start)],
      ['end_date', 'date', list.map((a) => a.end)],
      ['note', 'text', list.map((a) => a.note)],
    ],
    [['agency_id', 'int', agencyId]],
  );
}

async function writeOverrides(em: Em, agencyId: number, list: OverridePlan[], employeeIds: number[]): Promise<void> {
  if (list.length === 0) return;
  await bulkInsert(
    em,
    'appraiser_override',
    [
      ['employee_id', 'int', list.map((o) => employeeIds[o.employee])],
      ['appraiser_id', 'int', list.map((o) => employeeIds[o.appraiser])],
      ['reason', 'text', list.map((o) => o.reason)],
      ['start_date', 'date', list.map((o) => o.start)],
      ['created_by_id', 'int', list.map((o) => at(employeeIds, o.createdBy))],
    ],
    [['agency_id', 'int', agencyId]],
  );
}

/** Writes one agency plan; call inside a transaction. Throws if the agency code is taken. */
export async function writeAgency(em: Em, plan: AgencyPlan, passwordHash: string): Promise<WrittenAgency> {
  if (await agencyExists(em, plan.code)) throw new SeedRefusedError(`Agency ${plan.code} already exists; refusing to seed it again.`);
  const [{ id: agencyId }] = await sql<{ id: number }>(em, `insert into agency (code, name) values ($1, $2) returning id`, [plan.code, plan.name]);
  const unitIds = await writeUnits(em, agencyId, plan.units);
  const positionIds = await writePositions(em, agencyId, plan.positions, unitIds);
  const employeeIds = await writeEmployees(em, agencyId, plan.employees, unitIds, passwordHash);
  await writeAssignments(em, agencyId, plan.assignments, positionIds, employeeIds);
  await writeOverrides(em, agencyId, plan.overrides, employeeIds);
  return { agencyId, unitIds, positionIds, employeeIds };
}
