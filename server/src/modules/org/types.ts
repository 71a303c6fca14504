import type { AssignmentKind, EmploymentType, Gender, PositionLevel, PositionType, Role } from '../../graphql/generated/types';

/** Row shapes the org services return; GraphQL types map onto them (mappers.json). */
export interface AgencyRow {
  id: number;
  code: string;
  name: string;
}

export interface OrgUnitRow {
  id: number;
  agencyId: number;
  parentId: number | null;
  code: string;
  name: string;
  depth: number;
  path: string;
}

export interface PositionRow {
  id: number;
  agencyId: number;
  unitId: number;
  superiorId: number | null;
  name: string;
  type: PositionType;
  level: PositionLevel;
  depth: number;
  path: string;
}

export interface EmployeeRow {
  id: number;
  agencyId: number;
  nip: string;
  name: string;
  rank: string | null;
  employmentType: EmploymentType;
  gender: Gender;
  birthDate: string;
  role: Role;
  operatorUnitId: number | null;
  isActive: boolean;
}

export interface AssignmentRow {
  id: number;
  agencyId: number;
  employeeId: number;
  positionId: number;
  kind: AssignmentKind;
  startDate: string;
  endDate: string | null;
  note: string | null;
}

export interface AppraiserOverrideRow {
  id: number;
  agencyId: number;
  employeeId: number;
  appraiserId: number;
  reason: string;
  startDate: string;
  endDate: string | null;
}

/** SELECT lists that return the row shapes above directly (camelCase aliases). */
export const UNIT_COLS = `u.id, u.agency_id as "agencyId", u.parent_id as "parentId", u.code, u.name, u.depth, u.path`;
export const POSITION_COLS = `p.id, p.agency_id as "agencyId", p.unit_id as "unitId", p.superior_id as "superiorId", p.name, p.type, p.level, p.depth, p.path`;
export const EMPLOYEE_COLS = `e.id, e.agency_id as "agencyId", e.nip, e.name, e.rank, e.employment_type as "employmentType", e.gender, e.birth_date as "birthDate", e.role, e.operator_unit_id as "operatorUnitId", e.is_active as "isActive"`;
export const ASSIGNMENT_COLS = `a.id, a.agency_id as "agencyId", a.employee_id as "employeeId", a.position_id as "positionId", a.kind, a.start_date as "startDate", a.end_date as "endDate", a.note`;
export const OVERRIDE_COLS = `o.id, o.agency_id as "agencyId", o.employee_id as "employeeId", o.appraiser_id as "appraiserId", o.reason, o.start_date as "startDate", o.end_date as "endDate"`;

/** Assignment active at date $n: `start <= d and (end is null or end >= d)`. */
export const activeAt = (alias: string, param: string) => `${alias}.start_date <= ${param}::date and (${alias}.end_date is null or ${alias}.end_date >= ${param}::date)`;

/** Fixed-width path segment for materialized paths. */
export const pathSegment = (id: number) => `${String(id).padStart(10, '0')}.`;
