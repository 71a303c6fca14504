import type { OrgUnitRow } from '../org/types';
import type { EvaluationPeriodRow, PeriodRow } from '../planning/types';

/** The monitored subtree and period; each widget of the report is resolved from it on demand. */
export interface MonitoringReportRow {
  unit: OrgUnitRow;
  evaluationPeriod: EvaluationPeriodRow;
  period: PeriodRow;
}
