import { isAdmin, isAuthenticated, isEmployee } from '../../auth/rules';
import { adminOrScope, employeeOrScope } from '../integrations/rules';

/**
 * Role gates of the evaluation module. Row scoping (tenant, own results, recorded
 * appraiser, reporting line, monitored subtree) is enforced again in scope.ts and the
 * services. Integration tokens read results only with READ_EVALUATIONS and write
 * attendance only with WRITE_ATTENDANCE. Fields added to Employee, Agency, OrgUnit and
 * PerformancePlan fall under their modules' type rules and are scoped in the resolvers.
 * By DOMAIN.md's role table: feedback, ratings, confirmation and the unit's organisational
 * performance are the (derived) appraiser's, checked in the services, so their gate is an
 * employee session; the admin reopens, sets the scoring strategy and the allowance rules
 * (`isAdmin`: the agency's admin, not the superadmin, who only reads).
 */
const readEvaluations = employeeOrScope('READ_EVALUATIONS');
/** The same rule instance for other modules (shield refuses two rules with one name). */
export const employeeOrScopeReadEvaluations = readEvaluations;
const writeAttendance = adminOrScope('WRITE_ATTENDANCE');

export const evaluationPermissions = {
  Query: {
    evaluation: readEvaluations,
    feedbackOptions: isAuthenticated,
    ratingMatrix: isAuthenticated,
    orgPerformance: readEvaluations,
    distributionCheck: readEvaluations,
    distributionPatterns: isAuthenticated,
    scoringStrategies: isAuthenticated,
  },
  Mutation: {
    selfAssessmentSet: isEmployee,
    feedbackSet: isEmployee,
    evaluationRate: isEmployee,
    evaluationConfirm: isEmployee,
    evaluationReopen: isAdmin,
    orgPerformanceSet: isEmployee,
    agencyScoringStrategySet: isAdmin,
    allowanceRulesSet: isAdmin,
    attendanceRecordUpsert: writeAttendance,
    attendanceRecordsUpsert: writeAttendance,
  },
  Evaluation: isAuthenticated,
  Feedback: isAuthenticated,
  SelfAssessment: isAuthenticated,
  FeedbackOption: isAuthenticated,
  OrgPerformance: isAuthenticated,
  DistributionCheckResult: isAuthenticated,
  CreditPointsLine: isAuthenticated,
  IndicatorScoreLine: isAuthenticated,
  AllowanceRuleTable: isAuthenticated,
  AttendanceRecord: isAuthenticated,
  AllowanceBreakdown: isAuthenticated,
};
