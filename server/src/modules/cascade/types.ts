import type { CascadeType, PlanStatus } from '../../graphql/generated/types';
import type { EmployeeRow } from '../org/types';
import type { GoalRow, PlanRow } from '../planning/types';

/** A goal read as part of a cascade, with whether the viewer may read its plan. */
export interface CascadeGoal extends GoalRow {
  visible: boolean;
  /** False on the last level a read fetched: its children are not loaded yet. */
  complete?: boolean;
}

/** A child goal in the result-role matrix, with the status of the plan holding it. */
export interface MatrixGoal extends CascadeGoal {
  planStatus: PlanStatus;
}

/** Shapes of the result-role matrix (Matriks Peran Hasil); plain objects, no resolvers. */
export interface MatrixColumnShape {
  employee: EmployeeRow;
  plan: PlanRow | null;
  planStatus: PlanStatus | null;
}

export interface MatrixCellShape {
  employee: EmployeeRow;
  goals: GoalRow[];
  cascadeType: CascadeType | null;
  planStatus: PlanStatus | null;
}

export interface MatrixRowShape {
  goal: GoalRow;
  cells: MatrixCellShape[];
}

export interface MatrixShape {
  plan: PlanRow;
  columns: MatrixColumnShape[];
  rows: MatrixRowShape[];
}
