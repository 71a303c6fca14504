import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import type { EmploymentType, PositionLevel, PositionType } from '../../../graphql/generated/types';
import { primaryAssignmentsAt } from '../../org/repo';
import type { ImportRow } from './types';

/**
 * The agency's organisation as the import sees it, loaded in a few set-based
 * statements: every unit and position of the agency (for matching and for the
 * materialized paths), the employees named on the sheet (any agency, to refuse
 * foreign NIPs), and the definitive assignments that are current or future at the
 * effective date.
 */
export interface DbUnit { id: number; parentId: number | null; code: string; name: string; path: string; depth: number }
export interface DbPosition { id: number; unitId: number; superiorId: number | null; name: string; type: PositionType; level: PositionLevel; path: string; depth: number }
export interface DbEmployee { id: number; agencyId: number; nip: string; name: string; rank: string | null; employmentType: EmploymentType }
export interface DbAssignment { id: number; employeeId: number; positionId: number; startDate: string; endDate: string | null }

export interface OrgState {
  agencyId: number;
  effectiveDate: string;
  units: DbUnit[];
  positions: Map<number, DbPosition>;
  employeesByNip: Map<string, DbEmployee>;
  /** Definitive assignments not ended before the effective date, by employee. */
  assignmentsByEmployee: Map<number, DbAssignment[]>;
  /** Position ids held (definitively) at or after the effective date, with the assignment. */
  heldPositions: Map<number, DbAssignment[]>;
  /** Primary position at the effective date of employees named only as superiors. */
  superiorPositionByEmployee: Map<number, number>;
}

function group<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export async function loadState(em: Em, agencyId: number, effectiveDate: string, rows: ImportRow[]): Promise<OrgState> {
  const units = await sql<DbUnit>(em, `select id, parent_id as "parentId", code, name, path, depth from org_unit where agency_id = $1`, [agencyId]);
  const positions = await sql<DbPosition>(
    em,
    `select id, unit_id as "unitId", superior_id as "superiorId", name, type, level, path, depth from position where agency_id = $1`,
    [agencyId],
  );
  const sheetNips = new Set(rows.map((r) => r.nip));
  const nips = [...new Set([...sheetNips, ...rows.map((r) => r.superiorNip).filter((n): n is string => !!n)])];
  const employees = await sql<DbEmployee>(
    em,
    `select id, agency_id as "agencyId", nip, name, rank, employment_type as "employmentType" from employee where nip = any($1::text[])`,
    [nips],
  );
  const assignments = await sql<DbAssignment>(
    em,
    `select id, employee_id as "employeeId", position_id as "positionId", start_date as "startDate", end_date as "endDate"
     from assignment where agency_id = $1 and kind = 'DEFINITIVE' and (end_date is null or end_date >= $2::date)`,
    [agencyId, effectiveDate],
  );
  const superiorsOnly = employees.filter((e) => e.agencyId === agencyId && !sheetNips.has(e.nip)).map((e) => e.id);
  const primaries = superiorsOnly.length ? await primaryAssignmentsAt(em, superiorsOnly, effectiveDate) : [];
  return {
    agencyId,
    effectiveDate,
    units,
    positions: new Map(positions.map((p) => [p.id, p])),
    employeesByNip: new Map(employees.map((e) => [e.nip.trim(), e])),
    assignmentsByEmployee: group(assignments, (a) => a.employeeId),
    heldPositions: group(assignments, (a) => a.positionId),
    superiorPositionByEmployee: new Map(primaries.map((a) => [a.employeeId, a.positionId])),
  };
}
