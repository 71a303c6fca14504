import { allow } from 'graphql-shield';
import { isAdmin, isAdminReader, isAuthenticated, isEmployee } from '../../auth/rules';
import { employeeOrScope } from '../integrations/rules';

const readPlans = employeeOrScope('READ_PLANS');

/**
 * Role gates of the planning module. Row scoping (tenant, ownership, reporting line,
 * recorded appraiser) is enforced again in services and loaders (scope.ts, access.ts).
 * Integration tokens read planning data with the READ_PLANS scope (root fields here,
 * and rows in scope.ts so `node` and nested lists obey it too). Period and agreement
 * writes are the agency admin's (`isAdmin`: not the superadmin, who reads everything and
 * writes no agency's data); the monitoring read is open to both (`isAdminReader`).
 */
export const planningPermissions = {
  Query: {
    periods: readPlans,
    period: readPlans,
    performanceAgreements: readPlans,
    performancePlan: readPlans,
    plansToApprove: isEmployee,
    plansNeedingAttention: isAdminReader,
    coreValueGuides: readPlans,
  },
  Mutation: {
    periodCreate: isAdmin,
    periodUpdate: isAdmin,
    evaluationPeriodCreate: isAdmin,
    evaluationPeriodUpdate: isAdmin,
    evaluationPeriodUnlock: isAdmin,
    evaluationPeriodLock: isAdmin,
    performanceAgreementCreate: isAdmin,
    performanceAgreementUpdate: isAdmin,
    strategicObjectiveCreate: isAdmin,
    strategicObjectiveUpdate: isAdmin,
    strategicObjectiveDelete: isAdmin,
    keyIndicatorCreate: isAdmin,
    keyIndicatorUpdate: isAdmin,
    keyIndicatorDelete: isAdmin,
    performancePlanCreate: isEmployee,
    performancePlanUpdate: isEmployee,
    performancePlanSubmit: isEmployee,
    performancePlanApprove: isEmployee,
    performancePlanReturn: isEmployee,
    performancePlanRevisionSubmit: isEmployee,
    performancePlanRevisionReject: isEmployee,
    behaviorExpectationSet: isEmployee,
    goalCreate: isEmployee,
    goalUpdate: isEmployee,
    goalDelete: isEmployee,
    indicatorCreate: isEmployee,
    indicatorUpdate: isEmployee,
    indicatorDelete: isEmployee,
  },
  Period: isAuthenticated,
  EvaluationPeriod: isAuthenticated,
  PerformanceAgreement: isAuthenticated,
  StrategicObjective: isAuthenticated,
  KeyIndicator: isAuthenticated,
  PerformancePlan: isAuthenticated,
  PlanAuditRecord: isAuthenticated,
  Goal: isAuthenticated,
  Indicator: isAuthenticated,
  CoreValueGuide: allow,
  BehaviorExpectation: allow,
  PerformancePlanConnection: allow,
  PerformancePlanEdge: allow,
  PerformanceAgreementConnection: allow,
  PerformanceAgreementEdge: allow,
  PlanAuditRecordConnection: allow,
  PlanAuditRecordEdge: allow,
  PeriodCreatePayload: allow,
  PeriodUpdatePayload: allow,
  EvaluationPeriodPayload: allow,
  PerformanceAgreementPayload: allow,
  StrategicObjectivePayload: allow,
  KeyIndicatorPayload: allow,
  PerformancePlanPayload: allow,
  BehaviorExpectationSetPayload: allow,
  GoalPayload: allow,
  IndicatorPayload: allow,
};
