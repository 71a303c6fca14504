import type { EmploymentType, Gender, OrgImportViolationCode, PositionLevel, PositionType } from '../../../graphql/generated/types';

/** One problem of an import, pointing at a sheet row (and column when it is about one). */
export interface Violation {
  row: number;
  column: string | null;
  code: OrgImportViolationCode;
  message: string;
}

/** A sheet row that passed the per-row checks. */
export interface ImportRow {
  row: number;
  nip: string;
  name: string;
  rank: string | null;
  employmentType: EmploymentType;
  gender: Gender;
  birthDate: string;
  positionName: string;
  positionType: PositionType;
  positionLevel: PositionLevel;
  unitName: string;
  parentUnitName: string | null;
  unitCode: string | null;
  superiorNip: string | null;
}

/** What an import did, or would do in a dry run. */
export interface ImportCounts {
  unitsCreated: number;
  positionsCreated: number;
  positionsUpdated: number;
  employeesCreated: number;
  employeesUpdated: number;
  assignmentsCreated: number;
  assignmentsEnded: number;
  unchangedRows: number;
}

export const zeroCounts = (): ImportCounts => ({
  unitsCreated: 0, positionsCreated: 0, positionsUpdated: 0, employeesCreated: 0, employeesUpdated: 0, assignmentsCreated: 0, assignmentsEnded: 0, unchangedRows: 0,
});
