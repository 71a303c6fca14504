import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ViewerRow } from '../../modules/auth/types';
import type { EvaluationRow, FeedbackRow, FeedbackOptionRow, SelfAssessmentRow, OrgPerformanceRow, DistributionCheckRow, CreditLineRow, CreditSummaryRow, IndicatorScoreLineRow, ScoringResultRow, AllowanceRuleTableRow, AttendanceRecordRow, AllowanceBreakdownRow } from '../../modules/evaluation/types';
import type { ApiTokenRow } from '../../modules/integrations/types';
import type { LogbookEntryRow, ActionPlanRow, RealizationRow, IndicatorProgressRow } from '../../modules/logbook/types';
import type { MonitoringReportRow } from '../../modules/monitoring/types';
import type { AgencyRow, OrgUnitRow, PositionRow, EmployeeRow, AssignmentRow, AppraiserOverrideRow } from '../../modules/org/types';
import type { PeriodRow, EvaluationPeriodRow, AgreementRow, ObjectiveRow, KeyIndicatorRow, PlanRow, GoalRow, IndicatorRow, PlanAuditRow, CoreValueGuideRow, BehaviorExpectationRow } from '../../modules/planning/types';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date without time or zone, written `YYYY-MM-DD` (ISO 8601). Used for
   * logbook days, period boundaries and assignment start and end dates.
   */
  Date: { input: string; output: string; }
  /** An instant in time, written as an ISO 8601 string with a zone (`2026-01-05T08:00:00Z`). */
  DateTime: { input: string; output: Date | string; }
};

/**
 * Rencana aksi: what an employee will do for one of their goals (RHK) in one evaluation
 * period, with a target. Linked to an indicator (IKI) it is that indicator's target for
 * the period (for example the monthly share of an annual target).
 */
export type ActionPlan = Node & {
  __typename?: 'ActionPlan';
  /** When the action plan was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What the employee will do (3 to 2000 characters). */
  description: Scalars['String']['output'];
  /** Evaluation period (periode penilaian) of the action plan. */
  evaluationPeriod: EvaluationPeriod;
  /** Goal (RHK) the action plan serves; null when the viewer may not read it. */
  goal?: Maybe<Goal>;
  /** Opaque global identifier of the action plan. */
  id: Scalars['ID']['output'];
  /** Indicator (IKI) whose target the action plan breaks down, if any. */
  indicator?: Maybe<Indicator>;
  /** Logbook entries that carry out this action plan, by date and start time. */
  logbookEntries: LogbookEntryConnection;
  /** Satuan of the target, for example `Dokumen`. */
  targetUnit?: Maybe<Scalars['String']['output']>;
  /**
   * Indicates whether the target unit is additive (counts such as Dokumen, Laporan,
   * Kegiatan, Berkas, Orang, Unit add up; Persen, Bulan, Nilai, Indeks do not). Monthly
   * targets of an indicator are checked against the annual target only for additive units.
   */
  targetUnitIsAdditive: Scalars['Boolean']['output'];
  /** Target value for the evaluation period, if any. */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** When the action plan was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Sum of the output of VERIFIED logbook entries of this action plan written in the target unit. */
  verifiedOutput: Scalars['Float']['output'];
  /**
   * Indicates whether the viewer may change or delete the action plan now (owner of the
   * goal, period open).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};


/**
 * Rencana aksi: what an employee will do for one of their goals (RHK) in one evaluation
 * period, with a target. Linked to an indicator (IKI) it is that indicator's target for
 * the period (for example the monthly share of an annual target).
 */
export type ActionPlanLogbookEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of action plans. */
export type ActionPlanConnection = {
  __typename?: 'ActionPlanConnection';
  /** Edges of this page. */
  edges: Array<ActionPlanEdge>;
  /** Action plans of this page. */
  nodes: Array<ActionPlan>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of action plans in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `actionPlanCreate`. */
export type ActionPlanCreateInput = {
  /** What the employee will do (3 to 2000 characters). */
  description: Scalars['String']['input'];
  /** Evaluation period of the goal's annual period; must be open. */
  evaluationPeriod: Scalars['ID']['input'];
  /** One of the viewer's own goals (RHK). */
  goal: Scalars['ID']['input'];
  /**
   * Indicator (IKI) of the goal whose target this action plan breaks down; at most one
   * action plan per indicator and evaluation period. For an additive unit the targets of
   * the indicator's action plans in evaluation periods of one kind (for example all
   * MONTHLY ones) may not exceed the indicator's annual target.
   */
  indicator?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Satuan of the target (at most 50 characters); when linked to an indicator it must be
   * the indicator's unit and defaults to it.
   */
  targetUnit?: InputMaybe<Scalars['String']['input']>;
  /** Target value, at least 0; needs a unit (the indicator's unit when linked to one). */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
};

/** Input of `actionPlanDelete`. */
export type ActionPlanDeleteInput = {
  /** Action plan to delete; refused while logbook entries point at it. */
  id: Scalars['ID']['input'];
};

/** Result of `actionPlanDelete`. */
export type ActionPlanDeletePayload = {
  __typename?: 'ActionPlanDeletePayload';
  /** Global id of the deleted action plan, or null when refused. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** An action plan in a connection. */
export type ActionPlanEdge = {
  __typename?: 'ActionPlanEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Action plan of this edge. */
  node: ActionPlan;
};

/** Result of `actionPlanCreate` and `actionPlanUpdate`. */
export type ActionPlanPayload = {
  __typename?: 'ActionPlanPayload';
  /** Action plan after the change, or null when refused. */
  actionPlan?: Maybe<ActionPlan>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `actionPlanUpdate`. Omitted fields keep their value. */
export type ActionPlanUpdateInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Action plan to change (owner of the goal, period open). */
  id: Scalars['ID']['input'];
  /** New unit of the target. */
  targetUnit?: InputMaybe<Scalars['String']['input']>;
  /** New target value; null clears the target. */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
};

/**
 * Instansi: a tenant of the platform, such as a ministry, a province, a regency or a city
 * government. Nothing crosses agencies except for a national superadmin.
 */
export type Agency = Node & {
  __typename?: 'Agency';
  /** The agency's allowance rules for a year; null when none are set. */
  allowanceRules?: Maybe<AllowanceRuleTable>;
  /** Short unique code of the agency, for example `PROV-JABAR`. */
  code: Scalars['String']['output'];
  /** Opaque global identifier of the agency. */
  id: Scalars['ID']['output'];
  /** Official name of the agency. */
  name: Scalars['String']['output'];
  /** Top-level units (unit kerja) of the agency's organisation tree. */
  rootUnits: Array<OrgUnit>;
  /** Scoring strategy selected by the agency (PermenPANRB 6/2022 unless changed). */
  scoringStrategy: ScoringStrategy;
};


/**
 * Instansi: a tenant of the platform, such as a ministry, a province, a regency or a city
 * government. Nothing crosses agencies except for a national superadmin.
 */
export type AgencyAllowanceRulesArgs = {
  year: Scalars['Int']['input'];
};

/** Input of `agencyScoringStrategySet`. */
export type AgencyScoringStrategySetInput = {
  /**
   * Agency; the admin's own when omitted (only the admin's own agency is accepted: the
   * national superadmin reads every agency but sets none of their strategies).
   */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** Strategy to use from now on. */
  strategy: ScoringStrategy;
};

/** Result of `agencyScoringStrategySet`. */
export type AgencyScoringStrategySetPayload = {
  __typename?: 'AgencyScoringStrategySetPayload';
  /** The agency with its strategy. */
  agency?: Maybe<Agency>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** TPP of one employee for one month, with its breakdown. */
export type AllowanceBreakdown = {
  __typename?: 'AllowanceBreakdown';
  /** Pagu TPP of the month, whole rupiah. */
  baseAmount: Scalars['Int']['output'];
  /** Discipline part. */
  discipline: AllowanceDisciplineBreakdown;
  /** Confirmed evaluation whose predikat or score was used. */
  evaluation?: Maybe<Evaluation>;
  /** Position level the base amount was read for. */
  level: PositionLevel;
  /** Month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Performance part; null while the evaluation is pending. */
  performance?: Maybe<AllowancePerformanceBreakdown>;
  /** Rules applied. */
  ruleTable: AllowanceRuleTable;
  /** Computed, or waiting for a confirmed evaluation. */
  status: AllowanceStatus;
  /** Allowance paid for the month (not below 0); null while the evaluation is pending. */
  total?: Maybe<Scalars['Int']['output']>;
};

/** One attendance deduction of a month. */
export type AllowanceDeduction = {
  __typename?: 'AllowanceDeduction';
  /** Code of the band applied, for example `TL2`. */
  bandCode?: Maybe<Scalars['String']['output']>;
  /** Day of the deduction. */
  date: Scalars['Date']['output'];
  /** Kind of the deduction. */
  kind: AllowanceDeductionKind;
  /** Minutes (rounded up) for lateness and early leave. */
  minutes?: Maybe<Scalars['Float']['output']>;
  /** Deduction in percent of the deduction base. */
  percent: Scalars['Float']['output'];
};

/** What attendance deduction percentages apply to. */
export type AllowanceDeductionBase =
  /** The whole base amount (pagu), as central tukin rules do. */
  | 'BASE_AMOUNT'
  /** The discipline part (pagu disiplin), as regional TPP rules do. */
  | 'DISCIPLINE_PART';

/** Kind of an attendance deduction. */
export type AllowanceDeductionKind =
  /** Tanpa keterangan (TK): absent without a reason. */
  | 'ABSENT'
  /** Pulang sebelum waktunya (PSW): early leave, by band. */
  | 'EARLY_LEAVE'
  /** Terlambat (TL): late arrival, by band. */
  | 'LATE_ARRIVAL'
  /** No check-in record. */
  | 'MISSING_CHECK_IN'
  /** No check-out record. */
  | 'MISSING_CHECK_OUT';

/** Discipline part (disiplin kerja) of a monthly allowance. */
export type AllowanceDisciplineBreakdown = {
  __typename?: 'AllowanceDisciplineBreakdown';
  /** Pagu disiplin minus deductions, whole rupiah. */
  amount: Scalars['Int']['output'];
  /** Percentage deducted after the monthly cap. */
  appliedPercent: Scalars['Float']['output'];
  /** Indicates whether the cap applied. */
  capApplied: Scalars['Boolean']['output'];
  /** Amount deducted, whole rupiah. */
  deductionAmount: Scalars['Int']['output'];
  /** What the percentages applied to. */
  deductionBase: AllowanceDeductionBase;
  /** Amount the percentages applied to, whole rupiah. */
  deductionBaseAmount: Scalars['Int']['output'];
  /** Sum of the deduction percentages before the cap. */
  deductionPercent: Scalars['Float']['output'];
  /** Deductions of the month, by day. */
  deductions: Array<AllowanceDeduction>;
  /** Days cleared or concerned by supporting documents. */
  documents: Array<AllowanceDocumentLine>;
  /** Pagu disiplin before deductions, whole rupiah. */
  pagu: Scalars['Int']['output'];
  /** Weight of the part, percent. */
  weight: Scalars['Float']['output'];
};

/** A day whose attendance a supporting document concerns. */
export type AllowanceDocumentLine = {
  __typename?: 'AllowanceDocumentLine';
  /** Day. */
  date: Scalars['Date']['output'];
  /** Document kind. */
  documentKind: Scalars['String']['output'];
  /** What it cleared; null when the rules do not accept this kind (ignored). */
  scope?: Maybe<NeutralisationScope>;
};

/** Performance part (produktivitas kerja) of a monthly allowance. */
export type AllowancePerformanceBreakdown = {
  __typename?: 'AllowancePerformanceBreakdown';
  /** Amount paid, whole rupiah. */
  amount: Scalars['Int']['output'];
  /** Pagu kinerja, whole rupiah. */
  pagu: Scalars['Int']['output'];
  /** Percentage paid. */
  percent: Scalars['Float']['output'];
  /** Predikat used, if any. */
  rating?: Maybe<PerformanceRating>;
  /** Score used, if any. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Whether the percentage came from the predikat or from a score. */
  source: AllowancePerformanceSource;
  /** Weight of the part, percent. */
  weight: Scalars['Float']['output'];
};

/** What the performance part of an allowance was read from. */
export type AllowancePerformanceSource =
  /** The predikat of the evaluation. */
  | 'RATING'
  /** The numeric score of the agency's scoring strategy. */
  | 'SCORE';

/** Aturan TPP: an agency's allowance rules for one year (per its Perkada), as data. */
export type AllowanceRuleTable = Node & {
  __typename?: 'AllowanceRuleTable';
  /** Deduction per day absent without a reason, percent. */
  absencePercentPerDay: Scalars['Float']['output'];
  /** Agency the rules belong to. */
  agency: Agency;
  /** Monthly base amounts by position level. */
  baseAmounts: Array<BaseAmountRow>;
  /** What deduction percentages apply to. */
  deductionBase: AllowanceDeductionBase;
  /** Disiplin kerja share of the base amount, percent (the two sum to 100). */
  disciplineWeight: Scalars['Float']['output'];
  /** Early-leave bands (PSW). */
  earlyLeaveBands: Array<MinuteBandRow>;
  /** Opaque global identifier. */
  id: Scalars['ID']['output'];
  /** Late-arrival bands (TL). */
  lateBands: Array<MinuteBandRow>;
  /** Deduction when there is no check-in record, percent. */
  missingCheckInPercent: Scalars['Float']['output'];
  /** Deduction when there is no check-out record, percent. */
  missingCheckOutPercent: Scalars['Float']['output'];
  /** Cap of a month's deductions, percent of the deduction base. */
  monthlyCapPercent: Scalars['Float']['output'];
  /** Name, for example the Perkada number. */
  name: Scalars['String']['output'];
  /** Document kinds that neutralise attendance. */
  neutralisingDocuments: Array<NeutralisingDocumentRow>;
  /** Produktivitas kerja share of the base amount, percent. */
  performanceWeight: Scalars['Float']['output'];
  /** Percentage paid per predikat (empty when only scores are mapped). */
  ratingPercents: Array<RatingPercentRow>;
  /** Percentage paid per score band (empty when only predikat are mapped). */
  scoreBands: Array<ScoreBandRow>;
  /** When the rules were last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Calendar year the rules apply to. */
  year: Scalars['Int']['output'];
};

/**
 * An allowance rule table. Weights must sum to 100; give `ratingPercents` for all five
 * predikat and/or `scoreBands`; bands ascending without gaps or overlaps, the last one
 * open-ended.
 */
export type AllowanceRulesInput = {
  /** Deduction per day absent without a reason, percent. */
  absencePercentPerDay: Scalars['Float']['input'];
  /** Monthly base amounts by position level (each level once). */
  baseAmounts: Array<BaseAmountInput>;
  /** What deduction percentages apply to. */
  deductionBase: AllowanceDeductionBase;
  /** Disiplin kerja share, percent. */
  disciplineWeight: Scalars['Float']['input'];
  /** Early-leave bands (PSW). */
  earlyLeaveBands: Array<MinuteBandInput>;
  /** Late-arrival bands (TL). */
  lateBands: Array<MinuteBandInput>;
  /** Deduction without a check-in record, percent. */
  missingCheckInPercent: Scalars['Float']['input'];
  /** Deduction without a check-out record, percent. */
  missingCheckOutPercent: Scalars['Float']['input'];
  /** Cap of a month's deductions, percent of the deduction base. */
  monthlyCapPercent: Scalars['Float']['input'];
  /** Name, for example the Perkada number (2 to 200 characters). */
  name: Scalars['String']['input'];
  /** Document kinds that neutralise attendance (each kind once). */
  neutralisingDocuments: Array<NeutralisingDocumentInput>;
  /** Produktivitas kerja share, percent. */
  performanceWeight: Scalars['Float']['input'];
  /** Percentage paid per predikat. */
  ratingPercents?: InputMaybe<Array<RatingPercentInput>>;
  /** Percentage paid per score band. */
  scoreBands?: InputMaybe<Array<ScoreBandInput>>;
};

/** Input of `allowanceRulesSet`. */
export type AllowanceRulesSetInput = {
  /**
   * Agency; the admin's own when omitted (only the admin's own agency is accepted: the
   * national superadmin reads every agency's rules but writes none).
   */
  agency?: InputMaybe<Scalars['ID']['input']>;
  /** The rules; they replace any rules of that year. */
  rules: AllowanceRulesInput;
  /** Calendar year the rules apply to. */
  year: Scalars['Int']['input'];
};

/** Result of `allowanceRulesSet`. */
export type AllowanceRulesSetPayload = {
  __typename?: 'AllowanceRulesSetPayload';
  /** The rules as stored. */
  allowanceRuleTable?: Maybe<AllowanceRuleTable>;
  /** Reasons of a refusal, one per problem found; empty on success. */
  userErrors: Array<UserError>;
};

/** Whether a monthly allowance could be computed in full. */
export type AllowanceStatus =
  /** Computed from a confirmed evaluation covering the month. */
  | 'COMPUTED'
  /** No confirmed evaluation covers the month yet: only the discipline part is known. */
  | 'PENDING_EVALUATION';

/** Sum of the monthly allowances (TPP) of the employees of a subtree. */
export type AllowanceTotalsSummary = {
  __typename?: 'AllowanceTotalsSummary';
  /** Sum of the base amounts of the computed employees, rupiah. */
  baseAmountTotal: Scalars['Float']['output'];
  /** Employees whose allowance was computed (confirmed evaluation covering the month). */
  computedCount: Scalars['Int']['output'];
  /** Sum of their attendance deductions, rupiah. */
  deductionAmountTotal: Scalars['Float']['output'];
  /** Sum of their discipline parts after deductions, rupiah. */
  disciplineAmountTotal: Scalars['Float']['output'];
  /** Employees definitively assigned in the subtree at the end of the month. */
  employeeCount: Scalars['Int']['output'];
  /** Month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Employees still waiting for a confirmed evaluation. */
  pendingCount: Scalars['Int']['output'];
  /** Sum of their performance parts, rupiah. */
  performanceAmountTotal: Scalars['Float']['output'];
  /** Rules applied; null when the agency has none for the year (then all sums are 0). */
  ruleTable?: Maybe<AllowanceRuleTable>;
  /** Sum of their allowances, rupiah. */
  total: Scalars['Float']['output'];
  /** Employees whose position level has no base amount in the rules. */
  withoutBaseAmountCount: Scalars['Int']['output'];
};

/**
 * Token API: a credential of an integration client (payroll, HR or attendance system)
 * of one agency. The secret is shown once at creation; only its hash is stored.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** Agency whose data the token reads. */
  agency: Agency;
  /** Instant the token was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Admin who created the token. */
  createdBy?: Maybe<Employee>;
  /** Public start of the secret (`kin_<prefix>_…`), to recognise the token in lists and logs. */
  displayPrefix: Scalars['String']['output'];
  /** Instant after which the token is refused. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque global identifier of the token. */
  id: Scalars['ID']['output'];
  /** Last use of the token, to the minute; null when never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the client system, for example `SIMPEG Provinsi` or `Aplikasi TPP`. */
  name: Scalars['String']['output'];
  /**
   * Instant from which the token is refused as revoked; a rotation with a grace period
   * sets it in the future. Null when never revoked.
   */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the token was revoked, if a reason was given. */
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** Token this one replaced by a rotation, if any. */
  rotatedFrom?: Maybe<ApiToken>;
  /** What the token may do. */
  scopes: Array<ApiTokenScope>;
  /** Whether the token can still be used. */
  status: ApiTokenStatus;
};

/** A page of integration tokens. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** Edges of this page. */
  edges: Array<ApiTokenEdge>;
  /** Tokens of this page. */
  nodes: Array<ApiToken>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of tokens in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `apiTokenCreate`. */
export type ApiTokenCreateInput = {
  /** Days until the token expires (1 to 730, default 365). */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Name of the client system (2 to 100 characters). */
  name: Scalars['String']['input'];
  /** What the token may do (at least one scope). */
  scopes: Array<ApiTokenScope>;
};

/** Result of `apiTokenCreate`. */
export type ApiTokenCreatePayload = {
  __typename?: 'ApiTokenCreatePayload';
  /** Token created, or null when refused. */
  apiToken?: Maybe<ApiToken>;
  /**
   * The secret to configure in the client, shown only this once: send it as
   * `Authorization: Bearer <secret>`.
   */
  secret?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** A token in a connection. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Token of this edge. */
  node: ApiToken;
};

/** Input of `apiTokenRevoke`. */
export type ApiTokenRevokeInput = {
  /** Token to revoke. */
  id: Scalars['ID']['input'];
  /** Why (at most 500 characters); recorded in the audit log. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `apiTokenRevoke`. */
export type ApiTokenRevokePayload = {
  __typename?: 'ApiTokenRevokePayload';
  /** Token in its revoked state. */
  apiToken?: Maybe<ApiToken>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `apiTokenRotate`. */
export type ApiTokenRotateInput = {
  /** Days until the new token expires (1 to 730); 365 when omitted. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  /** Token to replace. */
  id: Scalars['ID']['input'];
  /**
   * Minutes the old secret keeps working so the client can switch without downtime
   * (0 to 10080, default 0: the old token is revoked at once).
   */
  previousValidForMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of `apiTokenRotate`. */
export type ApiTokenRotatePayload = {
  __typename?: 'ApiTokenRotatePayload';
  /** New token, or null when refused. */
  apiToken?: Maybe<ApiToken>;
  /** The replaced token, revoked or expiring after the grace period. */
  previous?: Maybe<ApiToken>;
  /** The new secret, shown only this once. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * What an integration token (token API) may do. Scopes are fixed; a token holds at least
 * one.
 */
export type ApiTokenScope =
  /** Read periodic and annual evaluations (penilaian kinerja) and their ratings. */
  | 'READ_EVALUATIONS'
  /** Read logbook entries (catatan harian), action plans and realizations. */
  | 'READ_LOGBOOK'
  /** Read the organisation: units, positions, employees and reporting lines. */
  | 'READ_ORG'
  /** Read performance plans (SKP) with their goals and indicators. */
  | 'READ_PLANS'
  /** Record attendance (presensi) on behalf of the agency's attendance system. */
  | 'WRITE_ATTENDANCE';

/** Whether an integration token can still be used. */
export type ApiTokenStatus =
  /** The token is usable. */
  | 'ACTIVE'
  /** The token passed its expiry date (kedaluwarsa). */
  | 'EXPIRED'
  /** An admin revoked the token (dicabut), or it was replaced by a rotation. */
  | 'REVOKED';

/**
 * An admin's override of an employee's appraiser, with the reason (for example a teacher
 * appraised by the school head, or a JF reporting to a team leader).
 */
export type AppraiserOverride = Node & {
  __typename?: 'AppraiserOverride';
  /** Appraiser set by the override. */
  appraiser?: Maybe<Employee>;
  /** Employee whose appraiser is overridden. */
  employee?: Maybe<Employee>;
  /** Last day the override applies, or null while it lasts. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque global identifier of the override. */
  id: Scalars['ID']['output'];
  /** Why the reporting-line appraiser does not apply. */
  reason: Scalars['String']['output'];
  /** First day the override applies. */
  startDate: Scalars['Date']['output'];
};

/** Input of `appraiserOverrideSet`. */
export type AppraiserOverrideSetInput = {
  /** Appraiser to use instead of the reporting line. */
  appraiser: Scalars['ID']['input'];
  /** Employee whose appraiser is overridden. */
  employee: Scalars['ID']['input'];
  /** Last day the override applies, if known. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Why (5 to 1000 characters); recorded in the audit log. */
  reason: Scalars['String']['input'];
  /** First day the override applies. */
  startDate: Scalars['Date']['input'];
};

/** Result of `appraiserOverrideSet`. */
export type AppraiserOverrideSetPayload = {
  __typename?: 'AppraiserOverrideSetPayload';
  /** Override created, or null when refused. */
  appraiserOverride?: Maybe<AppraiserOverride>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Where the appraiser recorded on a plan came from. */
export type AppraiserSource =
  /** An admin override of the appraiser (with a reason). */
  | 'OVERRIDE'
  /** The holder of the nearest filled superior position when the plan was made. */
  | 'REPORTING_LINE'
  /**
   * The recorded appraiser left the post mid-year and the plan was routed to the new
   * holder of the superior position (audited).
   */
  | 'ROUTED';

/** Pendekatan: how the plan's goals are measured. */
export type Approach =
  /** Kualitatif: descriptive expectations. */
  | 'QUALITATIVE'
  /** Kuantitatif: numeric indicators, each with an aspect. */
  | 'QUANTITATIVE';

/** An effective-dated assignment of an employee to a position (history is kept). */
export type Assignment = Node & {
  __typename?: 'Assignment';
  /** Employee assigned. */
  employee?: Maybe<Employee>;
  /** Last day of the assignment, or null while it lasts. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque global identifier of the assignment. */
  id: Scalars['ID']['output'];
  /** Definitive or acting. */
  kind: AssignmentKind;
  /** Free note, for example the decree number. */
  note?: Maybe<Scalars['String']['output']>;
  /** Position held. */
  position: Position;
  /** First day of the assignment (TMT). */
  startDate: Scalars['Date']['output'];
};

/** Input of `assignmentCreate`. */
export type AssignmentCreateInput = {
  /** Employee to assign. */
  employee: Scalars['ID']['input'];
  /**
   * Indicates whether a definitive assignment the employee holds on `startDate` ends the
   * day before (a transfer, mutasi).
   */
  endCurrent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Last day, if known. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Definitive or acting. */
  kind: AssignmentKind;
  /** Free note, for example the decree number (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Position to assign to; must belong to the same agency. */
  position: Scalars['ID']['input'];
  /** First day (TMT). */
  startDate: Scalars['Date']['input'];
};

/** Result of `assignmentCreate`. */
export type AssignmentCreatePayload = {
  __typename?: 'AssignmentCreatePayload';
  /** Assignment created, or null when refused. */
  assignment?: Maybe<Assignment>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `assignmentEnd`. */
export type AssignmentEndInput = {
  /** Last day of the assignment. */
  endDate: Scalars['Date']['input'];
  /** Assignment to end. */
  id: Scalars['ID']['input'];
};

/** Result of `assignmentEnd`. */
export type AssignmentEndPayload = {
  __typename?: 'AssignmentEndPayload';
  /** Assignment in its current state. */
  assignment?: Maybe<Assignment>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Kind of assignment of an employee to a position. */
export type AssignmentKind =
  /** Definitive appointment (definitif); at most one at a time per employee and position. */
  | 'DEFINITIVE'
  /** Pelaksana Harian: day-to-day stand-in while the holder is away. */
  | 'PLH'
  /** Pelaksana Tugas: acting holder of a vacant post, beside the employee's own. */
  | 'PLT';

/** Rekap kehadiran: one working day of an employee as reported by the attendance system. */
export type AttendanceRecord = Node & {
  __typename?: 'AttendanceRecord';
  /** Tanpa keterangan: absent without a reason. */
  absent: Scalars['Boolean']['output'];
  /** Working day. */
  date: Scalars['Date']['output'];
  /** Kind of the approved supporting document for the day, if any. */
  documentKind?: Maybe<Scalars['String']['output']>;
  /** Minutes left early (0 when not early); null when there is no check-out. */
  earlyLeaveMinutes?: Maybe<Scalars['Float']['output']>;
  /** Employee; null when not readable. */
  employee?: Maybe<Employee>;
  /** Opaque global identifier. */
  id: Scalars['ID']['output'];
  /** Minutes late at check-in (0 when on time); null when there is no check-in. */
  lateMinutes?: Maybe<Scalars['Float']['output']>;
  /** Indicates whether there is no check-in record. */
  missingCheckIn: Scalars['Boolean']['output'];
  /** Indicates whether there is no check-out record. */
  missingCheckOut: Scalars['Boolean']['output'];
  /** System or device the record came from. */
  source?: Maybe<Scalars['String']['output']>;
  /** When the record was last written. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One day of attendance of one employee. Give exactly one of `employee` and `nip`. */
export type AttendanceRecordInput = {
  /** Absent without a reason (default false); no minutes may be given then. */
  absent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Working day. */
  date: Scalars['Date']['input'];
  /** Kind of an approved supporting document for the day, upper case. */
  documentKind?: InputMaybe<Scalars['String']['input']>;
  /** Minutes left early (0 to 1,440; default 0). */
  earlyLeaveMinutes?: InputMaybe<Scalars['Float']['input']>;
  /** Employee. */
  employee?: InputMaybe<Scalars['ID']['input']>;
  /** Minutes late at check-in (0 to 1,440; default 0). */
  lateMinutes?: InputMaybe<Scalars['Float']['input']>;
  /** There is no check-in record (default false). */
  missingCheckIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** There is no check-out record (default false). */
  missingCheckOut?: InputMaybe<Scalars['Boolean']['input']>;
  /** Employee's 18-digit NIP (what attendance devices know). */
  nip?: InputMaybe<Scalars['String']['input']>;
  /** System or device the record comes from (up to 100 characters). */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `attendanceRecordUpsert`. */
export type AttendanceRecordUpsertInput = {
  /** The day to write; it replaces any record of the same employee and date. */
  record: AttendanceRecordInput;
};

/** Result of `attendanceRecordUpsert`. */
export type AttendanceRecordUpsertPayload = {
  __typename?: 'AttendanceRecordUpsertPayload';
  /** The record as stored. */
  attendanceRecord?: Maybe<AttendanceRecord>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `attendanceRecordsUpsert`. */
export type AttendanceRecordsUpsertInput = {
  /**
   * Days to write (1 to 1,000, each employee and date once); each replaces any record of
   * the same employee and date.
   */
  records: Array<AttendanceRecordInput>;
};

/** Result of `attendanceRecordsUpsert`. */
export type AttendanceRecordsUpsertPayload = {
  __typename?: 'AttendanceRecordsUpsertPayload';
  /** Number of records written; null when refused. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Number of them that replaced an existing record. */
  updatedCount?: Maybe<Scalars['Int']['output']>;
  /** Reasons of a refusal, one per faulty record (nothing is written then); empty on success. */
  userErrors: Array<UserError>;
};

/** Monthly base amount for a position level. */
export type BaseAmountInput = {
  /** Monthly base amount in whole rupiah (0 or more). */
  amount: Scalars['Int']['input'];
  /** Position level. */
  level: PositionLevel;
};

/** Monthly base amount (pagu TPP) for employees whose position has a given level. */
export type BaseAmountRow = {
  __typename?: 'BaseAmountRow';
  /** Monthly base amount in whole rupiah. */
  amount: Scalars['Int']['output'];
  /** Position level. */
  level: PositionLevel;
};

/**
 * Perilaku kerja: the expectation for one core value in a plan: the official guides plus
 * the leader's specific expectation (ekspektasi khusus pimpinan), if any.
 */
export type BehaviorExpectation = {
  __typename?: 'BehaviorExpectation';
  /** The core value. */
  coreValue: CoreValue;
  /** The three official behaviour guides. */
  guides: Array<Scalars['String']['output']>;
  /** Indonesian name of the value. */
  name: Scalars['String']['output'];
  /** Ekspektasi khusus pimpinan: what the appraiser specifically expects, if set. */
  specificExpectation?: Maybe<Scalars['String']['output']>;
};

/** Input of `behaviorExpectationSet`. */
export type BehaviorExpectationSetInput = {
  /** Core value. */
  coreValue: CoreValue;
  /** Plan to set the expectation on. */
  plan: Scalars['ID']['input'];
  /** Ekspektasi khusus pimpinan (at most 2000 characters); null or empty clears it. */
  specificExpectation?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `behaviorExpectationSet`. */
export type BehaviorExpectationSetPayload = {
  __typename?: 'BehaviorExpectationSetPayload';
  /** Plan after the change, or null when refused. */
  performancePlan?: Maybe<PerformancePlan>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** How a goal supports its parent goal (cascading). */
export type CascadeType =
  /** Cascading langsung: the child delivers a share of the same result; targets roll up. */
  | 'DIRECT'
  /** Cascading tidak langsung: the child delivers a different result that contributes. */
  | 'INDIRECT';

/** Nilai dasar BerAKHLAK: the seven core values of the civil service. */
export type CoreValue =
  /** Akuntabel. */
  | 'ACCOUNTABLE'
  /** Adaptif. */
  | 'ADAPTIVE'
  /** Kolaboratif. */
  | 'COLLABORATIVE'
  /** Kompeten. */
  | 'COMPETENT'
  /** Harmonis. */
  | 'HARMONIOUS'
  /** Loyal. */
  | 'LOYAL'
  /** Berorientasi Pelayanan. */
  | 'SERVICE_ORIENTED';

/** Pedoman perilaku: the three official behaviour guides of one core value (reference data). */
export type CoreValueGuide = {
  __typename?: 'CoreValueGuide';
  /** The core value. */
  coreValue: CoreValue;
  /** The three behaviour guides, in their official order. */
  guides: Array<Scalars['String']['output']>;
  /** Indonesian name of the value, for example `Berorientasi Pelayanan`. */
  name: Scalars['String']['output'];
};

/**
 * Angka kredit of one evaluation (PermenPANRB 1/2023): percentage by predikat × coefficient
 * of the functional level × months / 12.
 */
export type CreditPointsLine = {
  __typename?: 'CreditPointsLine';
  /** Annual coefficient of the level. */
  coefficient: Scalars['Float']['output'];
  /** Credit points, 3 decimals. */
  creditPoints: Scalars['Float']['output'];
  /** Evaluation converted; null when not readable. */
  evaluation?: Maybe<Evaluation>;
  /** Evaluation period. */
  evaluationPeriod: EvaluationPeriod;
  /** Functional level (jenjang) of the plan's position. */
  level: PositionLevel;
  /** Months of the period covered by the plan (1 to 12). */
  months: Scalars['Int']['output'];
  /** Percentage for the predikat (150, 100, 75, 50 or 25). */
  percent: Scalars['Float']['output'];
  /** Predikat converted. */
  rating: PerformanceRating;
};

/** Angka kredit of an employee in a year, from confirmed evaluations of functional positions. */
export type CreditPointsSummary = {
  __typename?: 'CreditPointsSummary';
  /** Credit points of the confirmed annual (FINAL) evaluation, if there is one. */
  annual?: Maybe<CreditPointsLine>;
  /** Indicates whether the total is provisional (no confirmed annual evaluation yet). */
  isProvisional: Scalars['Boolean']['output'];
  /** Credit points of each confirmed periodic evaluation (not the FINAL one), in period order. */
  periods: Array<CreditPointsLine>;
  /**
   * Total of the year: the annual evaluation's when confirmed, otherwise the sum of the
   * confirmed periodic evaluations of the finest kind (provisional).
   */
  total: Scalars['Float']['output'];
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/**
 * Result of a distribution check of a unit in an evaluation period. The unit's population
 * is every rated evaluation of plans in the unit's subtree, except those under a subunit
 * that has its own organisational performance (they follow that subunit's pattern).
 */
export type DistributionCheckResult = {
  __typename?: 'DistributionCheckResult';
  /** Number of those whose evaluation is confirmed. */
  confirmed: Scalars['Int']['output'];
  /** Rated employees per predikat, best first. */
  counts: Array<RatingCount>;
  /** Evaluation period. */
  evaluationPeriod: EvaluationPeriod;
  /** The unit's organisational performance; null when not set (then nothing is checked). */
  orgPerformance?: Maybe<OrgPerformance>;
  /** The pattern checked; null when the organisational performance is not set. */
  pattern?: Maybe<DistributionPatternSummary>;
  /** Number of rated employees counted. */
  total: Scalars['Int']['output'];
  /** Unit checked. */
  unit: OrgUnit;
  /** Warnings; empty when the spread fits the pattern. */
  violations: Array<DistributionViolation>;
};

/** Kind of a constraint of a distribution pattern. */
export type DistributionConstraintKind =
  /** No employee may have one of the ratings. */
  | 'FORBIDDEN'
  /** The combined share of the ratings may not exceed `share`. */
  | 'MAX_SHARE'
  /** The combined share of the ratings must reach `share`. */
  | 'MIN_SHARE'
  /** At least one employee must have one of the ratings. */
  | 'REQUIRED';

/** One constraint of a distribution pattern. */
export type DistributionConstraintLine = {
  __typename?: 'DistributionConstraintLine';
  /** Kind of the constraint. */
  kind: DistributionConstraintKind;
  /** Ratings whose combined share is constrained. */
  ratings: Array<PerformanceRating>;
  /** The share limit (0 to 1) for MAX_SHARE and MIN_SHARE; null otherwise. */
  share?: Maybe<Scalars['Float']['output']>;
};

/**
 * Pola distribusi (SE MenPANRB 3/2023): the expected spread of employee ratings for one
 * organisational performance rating.
 */
export type DistributionPatternSummary = {
  __typename?: 'DistributionPatternSummary';
  /** Ratings that may occur at all. */
  allowed: Array<PerformanceRating>;
  /** The constraints checked. */
  constraints: Array<DistributionConstraintLine>;
  /** Indonesian summary, as printed in the POLA DISTRIBUSI block. */
  description: Scalars['String']['output'];
  /** The rating most employees are expected to get. */
  dominant: PerformanceRating;
  /** Organisational performance the pattern is for. */
  orgPerformance: OrgPerformanceRating;
};

/**
 * A distribution warning: the unit's spread of ratings breaks one constraint of its pattern.
 * Advisory: confirming an evaluation despite it needs a reason.
 */
export type DistributionViolation = {
  __typename?: 'DistributionViolation';
  /** Actual combined share of the ratings (0 to 1). */
  actualShare: Scalars['Float']['output'];
  /** Kind of the warning. */
  code: DistributionViolationCode;
  /** Maximum share allowed (0 to 1), for MAX_SHARE_EXCEEDED. */
  max?: Maybe<Scalars['Float']['output']>;
  /** Indonesian explanation. */
  message: Scalars['String']['output'];
  /** Minimum share expected (0 to 1), for MIN_SHARE_NOT_MET. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Ratings the constraint is about. */
  ratings: Array<PerformanceRating>;
};

/** Kind of a distribution warning. */
export type DistributionViolationCode =
  /** A forbidden rating is present. */
  | 'FORBIDDEN_RATING_PRESENT'
  /** A maximum share is exceeded. */
  | 'MAX_SHARE_EXCEEDED'
  /** A minimum share is not reached. */
  | 'MIN_SHARE_NOT_MET'
  /** A required rating is missing. */
  | 'REQUIRED_RATING_MISSING';

/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type Employee = Node & {
  __typename?: 'Employee';
  /** Agency the employee belongs to. */
  agency: Agency;
  /**
   * TPP of a month (`YYYY-MM`) with its breakdown; null when the viewer may not read the
   * employee's results, when the agency has no rules for the year, or when the rules set
   * no base amount for the employee's position level.
   */
  allowance?: Maybe<AllowanceBreakdown>;
  /**
   * Pejabat penilai at the given date: the admin override if one is active, otherwise the
   * holder of the nearest filled superior position.
   */
  appraiser?: Maybe<Employee>;
  /** Admin override of the appraiser active at the given date, if any. */
  appraiserOverride?: Maybe<AppraiserOverride>;
  /** Atasan pejabat penilai: the appraiser's own appraiser at the given date. */
  appraiserSuperior?: Maybe<Employee>;
  /** Assignments to positions, most recent first, including ended ones. */
  assignments: Array<Assignment>;
  /**
   * Attendance records of a month (`YYYY-MM`), by date; empty when the viewer may not
   * read the employee's results.
   */
  attendance: Array<AttendanceRecord>;
  /** Date of birth, derived from the NIP. */
  birthDate: Scalars['Date']['output'];
  /**
   * Angka kredit of a year; null when the viewer may not read the employee's results.
   * Employees without a functional position get an empty summary.
   */
  creditPoints?: Maybe<CreditPointsSummary>;
  /**
   * The plan in force at a date (today when omitted) in a period (the one containing the
   * date when omitted); null when there is none or the viewer may not read it.
   */
  currentPlan?: Maybe<PerformancePlan>;
  /** Employees whose appraiser is this employee at the given date. */
  directSubordinates: EmployeeConnection;
  /** Whether the employee is PNS or PPPK. */
  employmentType: EmploymentType;
  /**
   * The employee's evaluations in the annual period of a year, in period order (at most a
   * few dozen); empty when the viewer may not read the employee's results (themself,
   * their appraiser, managers above them and admins may).
   */
  evaluations: Array<Evaluation>;
  /** Gender, derived from the NIP. */
  gender: Gender;
  /**
   * The employee's goals in a period with the cascade below them (`children` to any
   * depth); empty when the viewer may not read the employee's plans.
   */
  goalCascade: Array<Goal>;
  /** Opaque global identifier of the employee. */
  id: Scalars['ID']['output'];
  /** Indicates whether the account may sign in. */
  isActive: Scalars['Boolean']['output'];
  /** Full name with titles as written in personnel records. */
  name: Scalars['String']['output'];
  /** Nomor Induk Pegawai: 18 digits (birth date, appointment month, gender, serial). */
  nip: Scalars['String']['output'];
  /** Unit an operator maintains; null for other roles. */
  operatorUnit?: Maybe<OrgUnit>;
  /**
   * The employee's performance plans (SKP), most recent first; empty when the viewer may
   * not read them (only the employee, everyone above in the reporting line and admins).
   */
  performancePlans: PerformancePlanConnection;
  /** Primary position at the given date: the definitive one, else an acting one. */
  position?: Maybe<Position>;
  /** Pangkat/golongan, for example `III/d`, or the PPPK golongan, for example `IX`. */
  rank?: Maybe<Scalars['String']['output']>;
  /** Role of the employee's account. */
  role: Role;
  /** All employees below this one in the reporting line, at any depth, at the given date. */
  subordinates: EmployeeConnection;
  /** Unit of the primary position at the given date. */
  unit?: Maybe<OrgUnit>;
  /** Indicates whether the viewer may edit this employee's record and assignments. */
  viewerCanManage: Scalars['Boolean']['output'];
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAllowanceArgs = {
  month: Scalars['String']['input'];
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAppraiserArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAppraiserOverrideArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAppraiserSuperiorArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeAttendanceArgs = {
  month: Scalars['String']['input'];
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeCreditPointsArgs = {
  year: Scalars['Int']['input'];
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeCurrentPlanArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
  period?: InputMaybe<Scalars['ID']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeDirectSubordinatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeEvaluationsArgs = {
  year: Scalars['Int']['input'];
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeGoalCascadeArgs = {
  period?: InputMaybe<Scalars['ID']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeePerformancePlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['ID']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeePositionArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeSubordinatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Pegawai: a civil servant (PNS) or contract employee (PPPK) identified by an 18-digit NIP. */
export type EmployeeUnitArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of employees. */
export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  /** Edges of this page. */
  edges: Array<EmployeeEdge>;
  /** Employees of this page. */
  nodes: Array<Employee>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of employees in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `employeeCreate`. */
export type EmployeeCreateInput = {
  /** PNS or PPPK; PPPK numbers may carry a non-month in digits 13 and 14. */
  employmentType: EmploymentType;
  /** Full name with titles. */
  name: Scalars['String']['input'];
  /** 18-digit NIP; spaces are ignored. Birth date and gender are derived from it. */
  nip: Scalars['String']['input'];
  /** Unit an OPERATOR maintains; required for that role. */
  operatorUnit?: InputMaybe<Scalars['ID']['input']>;
  /** Pangkat/golongan, for example `III/a`. */
  rank?: InputMaybe<Scalars['String']['input']>;
  /** Role of the account; EMPLOYEE when omitted. Only admins grant ADMIN or OPERATOR. */
  role?: InputMaybe<Role>;
};

/** Result of `employeeCreate`. */
export type EmployeeCreatePayload = {
  __typename?: 'EmployeeCreatePayload';
  /** Employee created, or null when refused. */
  employee?: Maybe<Employee>;
  /** One-time password to hand to the employee; it must be changed at first sign-in. */
  oneTimePassword?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** An employee in a connection. */
export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Employee of this edge. */
  node: Employee;
};

/** A page of employees changed since a time, oldest change first. */
export type EmployeeSyncConnection = {
  __typename?: 'EmployeeSyncConnection';
  /** Edges of this page. */
  edges: Array<EmployeeEdge>;
  /** Changes before this instant are complete: no write still in progress can add one. */
  horizon: Scalars['DateTime']['output'];
  /** Employees of this page. */
  nodes: Array<Employee>;
  /**
   * Pagination state. Keep `endCursor` and pass it as `after` next time to receive only
   * later changes.
   */
  pageInfo: PageInfo;
  /** Number of employees changed since `updatedSince` up to `horizon`. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `employeeUpdate`. Omitted fields keep their value. */
export type EmployeeUpdateInput = {
  /** Employee to update. */
  id: Scalars['ID']['input'];
  /** Indicates whether the account may sign in; false deactivates it. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New operator unit (admins only). */
  operatorUnit?: InputMaybe<Scalars['ID']['input']>;
  /** New pangkat/golongan. */
  rank?: InputMaybe<Scalars['String']['input']>;
  /** New role (admins only). */
  role?: InputMaybe<Role>;
};

/** Result of `employeeUpdate`. */
export type EmployeeUpdatePayload = {
  __typename?: 'EmployeeUpdatePayload';
  /** Employee in its current state. */
  employee?: Maybe<Employee>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Status kepegawaian: whether an employee is a civil servant or on a contract. */
export type EmploymentType =
  /** Pegawai Negeri Sipil: a permanent civil servant. */
  | 'PNS'
  /** Pegawai Pemerintah dengan Perjanjian Kerja: a government employee on contract. */
  | 'PPPK';

/**
 * Penilaian kinerja: the evaluation of one performance plan in one evaluation period
 * (periodic), or in the FINAL period (the annual evaluation).
 */
export type Evaluation = Node & {
  __typename?: 'Evaluation';
  /** Pejabat penilai recorded on the plan, who rates; null when not readable. */
  appraiser?: Maybe<Employee>;
  /** Rating perilaku kerja, once given. */
  behaviorRating?: Maybe<ExpectationRating>;
  /** When the evaluation was confirmed. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who confirmed the evaluation. */
  confirmedBy?: Maybe<Employee>;
  /**
   * Angka kredit earned in this evaluation period (functional positions only; null
   * otherwise or while unrated).
   */
  creditPoints?: Maybe<CreditPointsLine>;
  /** Reason given for confirming despite distribution warnings (pola distribusi), if any. */
  distributionOverrideReason?: Maybe<Scalars['String']['output']>;
  /** Employee evaluated; null when the viewer may not read them. */
  employee?: Maybe<Employee>;
  /** Umpan balik on goals and core values (goals first, then core values in official order). */
  feedback: Array<Feedback>;
  /** Opaque global identifier of the evaluation. */
  id: Scalars['ID']['output'];
  /** Indicates whether this is the annual evaluation (the FINAL evaluation period). */
  isAnnual: Scalars['Boolean']['output'];
  /**
   * Indicates whether the evaluated employee heads the plan's unit, so their result
   * rating is the unit's organisational performance.
   */
  isUnitHead: Scalars['Boolean']['output'];
  /**
   * PP 46/2011 behaviour scores (5 or 6 aspects, 0 to 100), kept for agencies that score
   * with the legacy strategy.
   */
  legacyBehaviorScores?: Maybe<Array<Scalars['Float']['output']>>;
  /**
   * Link to the printable evaluation document (dokumen evaluasi kinerja pegawai, PDF, A4):
   * the periodic evaluation, or the annual one for the FINAL evaluation period. A path
   * under /files served with the same bearer sign-in; null when the viewer may not read
   * the evaluation (or is an integration token without READ_EVALUATIONS).
   */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** Plan (SKP) evaluated. */
  performancePlan?: Maybe<PerformancePlan>;
  /** Predikat kinerja, from the matrix, once both ratings are given. */
  performanceRating?: Maybe<PerformanceRating>;
  /** Evaluation period (periode penilaian) evaluated. */
  period: EvaluationPeriod;
  /** When the ratings were last given. */
  ratedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last gave the ratings. */
  ratedBy?: Maybe<Employee>;
  /** The rating matrix with this evaluation's cell marked (none while unrated). */
  ratingMatrix: RatingMatrix;
  /** Reason of the last admin reopen, if the evaluation was ever reopened. */
  reopenReason?: Maybe<Scalars['String']['output']>;
  /** Rating hasil kerja, once given. */
  resultRating?: Maybe<ExpectationRating>;
  /** Where the result rating came from. */
  resultRatingSource?: Maybe<ResultRatingSource>;
  /**
   * Score of the evaluation under the agency's scoring strategy, from the realizations of
   * the plan's indicators in this evaluation period.
   */
  score: ScoringResult;
  /** The employee's self-assessment notes, one per goal at most. */
  selfAssessments: Array<SelfAssessment>;
  /** Draft or confirmed. */
  status: EvaluationStatus;
  /** When the evaluation last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * Indicates whether the viewer may give feedback and ratings, and confirm, now (the
   * plan's appraiser, while the evaluation is a draft).
   */
  viewerCanRate: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may reopen the confirmed evaluation (the admin of its agency). */
  viewerCanReopen: Scalars['Boolean']['output'];
};

/** Input of `evaluationConfirm`. */
export type EvaluationConfirmInput = {
  /**
   * Why the evaluation is confirmed despite distribution warnings (5 to 1,000 characters);
   * required when there are warnings, audited.
   */
  distributionOverrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Evaluation to confirm; it must be rated. */
  evaluation: Scalars['ID']['input'];
};

/** Result of `evaluationConfirm`. */
export type EvaluationConfirmPayload = {
  __typename?: 'EvaluationConfirmPayload';
  /** Distribution warnings that were overridden (empty when the spread fits the pattern). */
  distributionWarnings?: Maybe<Array<DistributionViolation>>;
  /** The confirmed evaluation. */
  evaluation?: Maybe<Evaluation>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Periode penilaian: a stretch of the annual period that is evaluated on its own, with a
 * deadline (batas pengisian) after which it is locked for employees.
 */
export type EvaluationPeriod = Node & {
  __typename?: 'EvaluationPeriod';
  /** Batas pengisian: after this instant the period is locked for employees. */
  deadline: Scalars['DateTime']['output'];
  /** Last day of the evaluation period. */
  endDate: Scalars['Date']['output'];
  /** Opaque global identifier of the evaluation period. */
  id: Scalars['ID']['output'];
  /** Indicates whether employees can no longer write into this period now. */
  isLocked: Scalars['Boolean']['output'];
  /** Monthly, quarterly, semester or final. */
  kind: EvaluationPeriodKind;
  /** Name, for example `Triwulan I 2026`. */
  name: Scalars['String']['output'];
  /** Annual period the evaluation period belongs to. */
  period: Period;
  /** First day of the evaluation period. */
  startDate: Scalars['Date']['output'];
  /** Reason an admin gave for the unlock. */
  unlockReason?: Maybe<Scalars['String']['output']>;
  /** End of an admin unlock after the deadline, if one was granted. */
  unlockedUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** Input of `evaluationPeriodCreate`. */
export type EvaluationPeriodCreateInput = {
  /** The evaluation period. */
  evaluationPeriod: EvaluationPeriodSpec;
  /** Annual period to add the evaluation period to. */
  period: Scalars['ID']['input'];
};

/** Kind of an evaluation period (periode penilaian) inside an annual period. */
export type EvaluationPeriodKind =
  /** Periode akhir: the annual evaluation; its lock is the lock of the whole annual period. */
  | 'FINAL'
  /** Bulanan: one calendar month. */
  | 'MONTHLY'
  /** Triwulanan: one quarter. */
  | 'QUARTERLY'
  /** Semesteran: one half-year. */
  | 'SEMESTER';

/** Input of `evaluationPeriodLock`. */
export type EvaluationPeriodLockInput = {
  /** Evaluation period whose admin unlock ends now. */
  evaluationPeriod: Scalars['ID']['input'];
  /** Why the unlock ends early, if worth recording. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `evaluationPeriodCreate` and `evaluationPeriodUpdate`. */
export type EvaluationPeriodPayload = {
  __typename?: 'EvaluationPeriodPayload';
  /** Evaluation period after the change, or null when refused. */
  evaluationPeriod?: Maybe<EvaluationPeriod>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** An evaluation period to create together with its annual period. */
export type EvaluationPeriodSpec = {
  /** Batas pengisian; must not be before the end of the evaluation period. */
  deadline: Scalars['DateTime']['input'];
  /** Last day; must lie inside the annual period and not before the first day. */
  endDate: Scalars['Date']['input'];
  /** Kind of the evaluation period. */
  kind: EvaluationPeriodKind;
  /** Name (2 to 100 characters). */
  name: Scalars['String']['input'];
  /** First day; must lie inside the annual period. */
  startDate: Scalars['Date']['input'];
};

/** Input of `evaluationPeriodUnlock`. */
export type EvaluationPeriodUnlockInput = {
  /** Evaluation period to unlock. */
  evaluationPeriod: Scalars['ID']['input'];
  /** Why (5 to 1000 characters); recorded in the audit log. */
  reason: Scalars['String']['input'];
  /** Instant until which employees may write again; must be in the future. */
  until: Scalars['DateTime']['input'];
};

/** Input of `evaluationPeriodUpdate`. Omitted fields keep their value. */
export type EvaluationPeriodUpdateInput = {
  /** New deadline (batas pengisian). */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** New last day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Evaluation period to change. */
  evaluationPeriod: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New first day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** How far the evaluations of an evaluation period have come. */
export type EvaluationProgress = {
  __typename?: 'EvaluationProgress';
  /** Approved plans (including those under revision) covering the evaluation period. */
  approvedPlans: Scalars['Int']['output'];
  /** Evaluations confirmed. */
  confirmed: Scalars['Int']['output'];
  /** confirmed / approvedPlans (0 when there are none). */
  confirmedShare: Scalars['Float']['output'];
  /** Evaluations with both ratings given. */
  rated: Scalars['Int']['output'];
  /** Evaluations with an employee self-assessment. */
  selfAssessed: Scalars['Int']['output'];
};

/** Input of `evaluationRate`. */
export type EvaluationRateInput = {
  /** Rating perilaku kerja. */
  behaviorRating: ExpectationRating;
  /** Evaluation period; it must belong to the plan's year, have started and overlap the plan. */
  evaluationPeriod: Scalars['ID']['input'];
  /**
   * PP 46/2011 behaviour scores (5 or 6 values 0 to 100), only for agencies scoring with
   * the legacy strategy.
   */
  legacyBehaviorScores?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Plan evaluated; it must be approved. */
  performancePlan: Scalars['ID']['input'];
  /**
   * Rating hasil kerja. Omit it for the head of the plan's unit: theirs is the unit's
   * organisational performance.
   */
  resultRating?: InputMaybe<ExpectationRating>;
};

/** Result of `evaluationRate`. */
export type EvaluationRatePayload = {
  __typename?: 'EvaluationRatePayload';
  /**
   * Distribution (pola distribusi) warnings of the unit with this rating counted; confirming
   * despite them needs a reason.
   */
  distributionWarnings?: Maybe<Array<DistributionViolation>>;
  /** The evaluation with its ratings. */
  evaluation?: Maybe<Evaluation>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `evaluationReopen`. */
export type EvaluationReopenInput = {
  /** Confirmed evaluation to reopen. */
  evaluation: Scalars['ID']['input'];
  /** Why it is reopened (5 to 1,000 characters), audited. */
  reason: Scalars['String']['input'];
};

/** Result of `evaluationReopen`. */
export type EvaluationReopenPayload = {
  __typename?: 'EvaluationReopenPayload';
  /** The evaluation, back in draft. */
  evaluation?: Maybe<Evaluation>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** State of an evaluation (penilaian kinerja) of one plan in one evaluation period. */
export type EvaluationStatus =
  /** Ditetapkan: confirmed by the appraiser and locked; only an admin can reopen it. */
  | 'CONFIRMED'
  /** Draf: self-assessment, feedback and ratings may still change. */
  | 'DRAFT';

/**
 * Rating hasil kerja / rating perilaku kerja (PermenPANRB 6/2022): how a result or the
 * behaviour compares with the agreed expectation.
 */
export type ExpectationRating =
  /** Di atas ekspektasi: above expectations. */
  | 'ABOVE_EXPECTATIONS'
  /** Di bawah ekspektasi: below expectations. */
  | 'BELOW_EXPECTATIONS'
  /** Sesuai ekspektasi: meets expectations. */
  | 'MEETS_EXPECTATIONS';

/**
 * Umpan balik berkelanjutan: the appraiser's feedback in one evaluation, on one goal or
 * on one core value: options from the reference list plus free text.
 */
export type Feedback = Node & {
  __typename?: 'Feedback';
  /** Who wrote the feedback; null when the viewer may not read them. */
  author?: Maybe<Employee>;
  /** Core value the feedback is on; null for feedback on a goal. */
  coreValue?: Maybe<CoreValue>;
  /** Goal (RHK) the feedback is on; null for feedback on a core value. */
  goal?: Maybe<Goal>;
  /** Opaque global identifier of the feedback. */
  id: Scalars['ID']['output'];
  /** Free text (catatan umpan balik). */
  note?: Maybe<Scalars['String']['output']>;
  /** Options chosen from the reference list, in the order given. */
  options: Array<FeedbackOption>;
  /** When the feedback was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/**
 * Pilihan umpan balik: one entry of the reference list of feedback texts an appraiser can
 * pick from, beside free text.
 */
export type FeedbackOption = Node & {
  __typename?: 'FeedbackOption';
  /** Stable code of the option, for example `GOAL_ON_TARGET`. */
  code: Scalars['String']['output'];
  /** Core value the option is specific to; null when it fits any core value (or a goal). */
  coreValue?: Maybe<CoreValue>;
  /** Opaque global identifier of the option. */
  id: Scalars['ID']['output'];
  /** Whether the option is for goals or for core values. */
  target: FeedbackTarget;
  /** Indonesian text of the option. */
  text: Scalars['String']['output'];
  /** Appreciation or improvement. */
  tone: FeedbackTone;
};

/**
 * Input of `feedbackSet`. Give exactly one of `goal` and `coreValue`, and at least one
 * option or a note.
 */
export type FeedbackSetInput = {
  /** Core value the feedback is on. */
  coreValue?: InputMaybe<CoreValue>;
  /** Evaluation period. */
  evaluationPeriod: Scalars['ID']['input'];
  /** Goal of the plan the feedback is on. */
  goal?: InputMaybe<Scalars['ID']['input']>;
  /** Free text (up to 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Options from the reference list (at most 10), matching the target. */
  options?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Plan evaluated. */
  performancePlan: Scalars['ID']['input'];
};

/** Result of `feedbackSet`. */
export type FeedbackSetPayload = {
  __typename?: 'FeedbackSetPayload';
  /** The evaluation the feedback belongs to. */
  evaluation?: Maybe<Evaluation>;
  /** The feedback as stored. */
  feedback?: Maybe<Feedback>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** What a feedback option (pilihan umpan balik) may be given on. */
export type FeedbackTarget =
  /** A core value (perilaku kerja BerAKHLAK). */
  | 'CORE_VALUE'
  /** A goal (rencana hasil kerja). */
  | 'GOAL';

/** Tone of a feedback option. */
export type FeedbackTone =
  /** Apresiasi: recognises what went well. */
  | 'APPRECIATION'
  /** Perbaikan: asks for improvement. */
  | 'IMPROVEMENT';

/** Gender, as encoded in digit 15 of the NIP. */
export type Gender =
  /** Perempuan (digit 2). */
  | 'FEMALE'
  /** Laki-laki (digit 1). */
  | 'MALE';

/**
 * Rencana Hasil Kerja (RHK): an expected result in a plan, measured by indicators. Goals
 * form the cascade tree across plans through `parentGoal`.
 */
export type Goal = Node & {
  __typename?: 'Goal';
  /** Rencana aksi of this goal, by evaluation period. */
  actionPlans: ActionPlanConnection;
  /** Penugasan dari: who assigned an additional goal. */
  assignedBy?: Maybe<Scalars['String']['output']>;
  /**
   * Number of levels of readable goals below this one (kedalaman kaskade); 0 for a goal
   * nothing cascades from.
   */
  cascadeDepth: Scalars['Int']['output'];
  /** How the goal supports its parent; null without a parent. */
  cascadeType?: Maybe<CascadeType>;
  /**
   * Goals cascaded from this one (RHK bawahan yang mengintervensi), that the viewer may
   * read, in cascade order. Nest it to any depth (`children { children { ... } }`): the
   * whole readable subtree is read at once, so a deeper or wider tree costs no more SQL
   * statements. A goal the viewer may not read is left out together with everything
   * below it.
   */
  children: Array<Goal>;
  /** Klasifikasi of the goal. */
  classification: GoalClassification;
  /** Depth of the goal in the cascade tree; 0 for a root. */
  depth: Scalars['Int']['output'];
  /** Number of readable goals below this one, at all levels (as `children` counts them). */
  descendantCount: Scalars['Int']['output'];
  /**
   * Every goal below this one that the viewer may read, flat, in tree order (parents
   * before their children), for integrations that page through a whole cascade.
   */
  descendants: GoalConnection;
  /** Text of the expected result. */
  description: Scalars['String']['output'];
  /** Opaque global identifier of the goal. */
  id: Scalars['ID']['output'];
  /** Indikator Kinerja Individu (IKI) of the goal, in their order (a handful). */
  indicators: Array<Indicator>;
  /** Indicates whether the owner may not change the goal's text and link. */
  isLocked: Scalars['Boolean']['output'];
  /** Agreement key indicator (IKU) a JPT goal is bound to. */
  keyIndicator?: Maybe<KeyIndicator>;
  /** Main or additional. */
  kind: GoalKind;
  /** Why the goal is locked, if it is. */
  lockSource?: Maybe<GoalLockSource>;
  /** Position of the goal in its plan, from 0. */
  ordinal: Scalars['Int']['output'];
  /** Employee owning the goal; null when not visible to the viewer. */
  owner?: Maybe<Employee>;
  /**
   * RHK atasan yang diintervensi: the appraiser's goal this one supports; null for a root
   * or when not visible.
   */
  parentGoal?: Maybe<Goal>;
  /** Annual period of the goal. */
  period: Period;
  /**
   * Plan the goal belongs to; null when the viewer may read the goal (for example as the
   * parent of their own goal) but not the whole plan.
   */
  plan?: Maybe<PerformancePlan>;
  /** Agreement objective (sasaran strategis) a JPT goal is bound to. */
  strategicObjective?: Maybe<StrategicObjective>;
  /** Indicates whether the viewer may edit the goal now. */
  viewerCanEdit: Scalars['Boolean']['output'];
};


/**
 * Rencana Hasil Kerja (RHK): an expected result in a plan, measured by indicators. Goals
 * form the cascade tree across plans through `parentGoal`.
 */
export type GoalActionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  evaluationPeriod?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Rencana Hasil Kerja (RHK): an expected result in a plan, measured by indicators. Goals
 * form the cascade tree across plans through `parentGoal`.
 */
export type GoalDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `goalCascade`. */
export type GoalCascadeInput = {
  /** The viewer's goal to push down. */
  goal: Scalars['ID']['input'];
  /** Direct reports to cascade it to (1 to 50, each at most once). */
  targets: Array<GoalCascadeTargetInput>;
};

/** Result of `goalCascade`. */
export type GoalCascadePayload = {
  __typename?: 'GoalCascadePayload';
  /** The child goals created, one per target in the input order; null when refused. */
  goals?: Maybe<Array<Goal>>;
  /** Reasons of a refusal; empty on success. Nothing is written when there is any. */
  userErrors: Array<UserError>;
};

/** One direct report to push the goal down to. */
export type GoalCascadeTargetInput = {
  /**
   * DIRECT: the report delivers a share of the same result (indicators copied with
   * their target shares); INDIRECT: a different result that contributes.
   */
  cascadeType: CascadeType;
  /** Text of the child goal (3 to 2000 characters); the parent's text when omitted. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The direct report (bawahan langsung); must report to the goal's owner today. */
  employee: Scalars['ID']['input'];
  /**
   * DIRECT only: target shares of the parent's indicators. An indicator without a share
   * keeps the parent's target when its unit does not add up (percentages, indexes),
   * otherwise its target is left for the report to fill in.
   */
  targetShares?: InputMaybe<Array<IndicatorShareInput>>;
};

/** Klasifikasi RHK. */
export type GoalClassification =
  /** Individu: a result of the individual. */
  | 'INDIVIDUAL'
  /** Organisasi: a result of the organisation the post contributes to. */
  | 'ORGANIZATION';

/** A page of goals of a cascade, in tree order. */
export type GoalConnection = {
  __typename?: 'GoalConnection';
  /** Goals of this page with their cursors. */
  edges: Array<GoalEdge>;
  /** Goals of this page. */
  nodes: Array<Goal>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of readable goals in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `goalCreate`. */
export type GoalCreateInput = {
  /** Penugasan dari (ADDITIONAL goals only, at most 200 characters). */
  assignedBy?: InputMaybe<Scalars['String']['input']>;
  /** How the goal supports its parent; required with a parent. */
  cascadeType?: InputMaybe<CascadeType>;
  /** Klasifikasi; INDIVIDUAL when omitted. */
  classification?: InputMaybe<GoalClassification>;
  /**
   * Text of the expected result (3 to 2000 characters). For a goal bound to the
   * agreement it may be omitted: the objective's or key indicator's text is used.
   */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Indicators to create with the goal (at most 20). */
  indicators?: InputMaybe<Array<IndicatorSpec>>;
  /** Agreement key indicator to bind a JPT goal to; its target becomes a locked indicator. */
  keyIndicator?: InputMaybe<Scalars['ID']['input']>;
  /** Main or additional. */
  kind: GoalKind;
  /** Goal of the appraiser's plan in the same period that this goal supports. */
  parentGoal?: InputMaybe<Scalars['ID']['input']>;
  /** Plan to add the goal to. */
  plan: Scalars['ID']['input'];
  /** Agreement objective to bind a JPT goal to (the plan's unit, same period). */
  strategicObjective?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `goalDelete`. */
export type GoalDeleteInput = {
  /** Goal to delete, with its indicators; refused while other goals cascade from it. */
  goal: Scalars['ID']['input'];
};

/** A goal in a connection. */
export type GoalEdge = {
  __typename?: 'GoalEdge';
  /** Cursor of this goal; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The goal. */
  node: Goal;
};

/** Jenis RHK: whether a goal is a main or an additional result. */
export type GoalKind =
  /** RHK tambahan: an additional result, assigned by someone (penugasan dari). */
  | 'ADDITIONAL'
  /** RHK utama: a main result of the post; for JA/JF it cascades from the appraiser. */
  | 'MAIN';

/** Why a goal is locked for its owner. */
export type GoalLockSource =
  /** Bound to the unit's performance agreement (JPT goals). */
  | 'AGREEMENT'
  /** Pushed down by the superior (cascaded): text and, for DIRECT, the target share. */
  | 'SUPERIOR';

/** Result of the goal mutations. */
export type GoalPayload = {
  __typename?: 'GoalPayload';
  /** Identifier of the deleted goal, for `goalDelete`. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Goal after the change, or null when refused or deleted. */
  goal?: Maybe<Goal>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Input of `goalUpdate`. Omitted fields keep their value; an explicit null clears
 * `parentGoal` (and `cascadeType`) or `assignedBy`.
 */
export type GoalUpdateInput = {
  /** New penugasan dari (ADDITIONAL goals only). */
  assignedBy?: InputMaybe<Scalars['String']['input']>;
  /** New cascade type. */
  cascadeType?: InputMaybe<CascadeType>;
  /** New klasifikasi. */
  classification?: InputMaybe<GoalClassification>;
  /** New text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Goal to change. */
  goal: Scalars['ID']['input'];
  /** New position in the plan. */
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  /** New parent goal from the appraiser's plan; the goal's subtree moves with it. */
  parentGoal?: InputMaybe<Scalars['ID']['input']>;
};

/** Indikator Kinerja Individu (IKI): how a goal is measured. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** Action plans breaking this indicator's target down by evaluation period, by start date. */
  actionPlans: Array<ActionPlan>;
  /** Aspect measured; required in the quantitative approach. */
  aspect?: Maybe<IndicatorAspect>;
  /** Text of the indicator. */
  description: Scalars['String']['output'];
  /** Goal the indicator measures. */
  goal: Goal;
  /** Opaque global identifier of the indicator. */
  id: Scalars['ID']['output'];
  /**
   * Indicates whether the owner may not change the indicator (a DIRECT share set by the
   * superior, or an agreement target).
   */
  isLocked: Scalars['Boolean']['output'];
  /** Indicates whether a lower realization is better (for example cost or time). */
  lowerIsBetter: Scalars['Boolean']['output'];
  /** Position of the indicator under its goal, from 0. */
  ordinal: Scalars['Int']['output'];
  /** The parent goal's indicator this one is a DIRECT share of, if any. */
  parentIndicator?: Maybe<Indicator>;
  /** Perspektif (JPT plans only). */
  perspective?: Maybe<Perspective>;
  /** Realisasi of this indicator, one per evaluation period that has one, by start date. */
  realizations: Array<Realization>;
  /** Upper bound of a target range, if the target is a range. */
  targetMax?: Maybe<Scalars['Float']['output']>;
  /** Lower bound of a target range, if the target is a range. */
  targetMin?: Maybe<Scalars['Float']['output']>;
  /** Target value, if numeric. */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** Satuan of the target. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** Aspek indikator: what an indicator measures. */
export type IndicatorAspect =
  /** Biaya. */
  | 'COST'
  /** Kualitas. */
  | 'QUALITY'
  /** Kuantitas. */
  | 'QUANTITY'
  /** Waktu. */
  | 'TIME';

/** Input of `indicatorCreate`. */
export type IndicatorCreateInput = {
  /** Goal to add the indicator to. */
  goal: Scalars['ID']['input'];
  /** The indicator. */
  indicator: IndicatorSpec;
};

/** Input of `indicatorDelete`. */
export type IndicatorDeleteInput = {
  /** Indicator to delete; refused while a child's DIRECT share refers to it. */
  indicator: Scalars['ID']['input'];
};

/** Result of the indicator mutations. */
export type IndicatorPayload = {
  __typename?: 'IndicatorPayload';
  /** Identifier of the deleted indicator, for `indicatorDelete`. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Indicator after the change, or null when refused or deleted. */
  indicator?: Maybe<Indicator>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Target versus realization of one indicator (IKI) in one evaluation period. */
export type IndicatorProgress = {
  __typename?: 'IndicatorProgress';
  /**
   * Capaian: value divided by target in percent (for lower-is-better indicators
   * `(2 − value / target) × 100`); null without a value or a positive target.
   */
  achievementPercent?: Maybe<Scalars['Float']['output']>;
  /**
   * Roll-up of DIRECT-cascaded subordinates: the sum of the realized values of the child
   * indicators (shares) in the same additive unit; null when there are none.
   */
  childrenValue?: Maybe<Scalars['Float']['output']>;
  /** The evaluation period. */
  evaluationPeriod: EvaluationPeriod;
  /** The indicator. */
  indicator: Indicator;
  /**
   * Sum of VERIFIED logbook output in the indicator's unit dated inside the period, of
   * action plans linked to the indicator (or to its goal without an indicator).
   */
  logbookValue: Scalars['Float']['output'];
  /** Recorded realization (entered or computed), if any. */
  realization?: Maybe<Realization>;
  /**
   * Target for the period: the target of the indicator's action plan in the period, or
   * the indicator's annual target in the FINAL period; null when none is set.
   */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** Satuan of the indicator. */
  unit?: Maybe<Scalars['String']['output']>;
  /** Indicates whether the unit is additive (counts add up; percentages, spans and scores do not). */
  unitIsAdditive: Scalars['Boolean']['output'];
  /** Realized value: the recorded realization, otherwise the roll-up of the DIRECT children. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Score of one indicator (IKI) under PermenPANRB 8/2021. */
export type IndicatorScoreLine = {
  __typename?: 'IndicatorScoreLine';
  /** Capaian in percent. */
  achievement: Scalars['Float']['output'];
  /** Indicates whether a realization was recorded. */
  hasRealization: Scalars['Boolean']['output'];
  /** The indicator; null when not readable. */
  indicator?: Maybe<Indicator>;
  /** Realization in the evaluation period; 0 when none was recorded. */
  realization: Scalars['Float']['output'];
  /** Target used (the bound of a ranged target that applied). */
  target?: Maybe<Scalars['Float']['output']>;
  /** Nilai capaian on 0–120. */
  value: Scalars['Float']['output'];
};

/** A target share of one indicator of the parent goal, for a DIRECT cascade. */
export type IndicatorShareInput = {
  /** Indicator of the goal being cascaded. */
  indicator: Scalars['ID']['input'];
  /** The direct report's share of that indicator's target (zero or more, in its unit). */
  targetValue: Scalars['Float']['input'];
};

/** An indicator to create. */
export type IndicatorSpec = {
  /** Aspect measured; required when the plan's approach is QUANTITATIVE. */
  aspect?: InputMaybe<IndicatorAspect>;
  /** Text of the indicator (3 to 1000 characters). */
  description: Scalars['String']['input'];
  /** Indicates whether a lower realization is better. */
  lowerIsBetter?: InputMaybe<Scalars['Boolean']['input']>;
  /** Perspektif; allowed only in a JPT plan. */
  perspective?: InputMaybe<Perspective>;
  /** Upper bound of a target range; not below `targetMin`. */
  targetMax?: InputMaybe<Scalars['Float']['input']>;
  /** Lower bound of a target range. */
  targetMin?: InputMaybe<Scalars['Float']['input']>;
  /** Target value (zero or more). */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** Satuan (at most 50 characters); required with a target value. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Input of `indicatorUpdate`. Omitted fields keep their value; an explicit null clears an
 * optional field.
 */
export type IndicatorUpdateInput = {
  /** New aspect. */
  aspect?: InputMaybe<IndicatorAspect>;
  /** New text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Indicator to change. */
  indicator: Scalars['ID']['input'];
  /** New lower-is-better flag. */
  lowerIsBetter?: InputMaybe<Scalars['Boolean']['input']>;
  /** New perspektif (JPT plans only). */
  perspective?: InputMaybe<Perspective>;
  /** New upper bound. */
  targetMax?: InputMaybe<Scalars['Float']['input']>;
  /** New lower bound. */
  targetMin?: InputMaybe<Scalars['Float']['input']>;
  /** New target value. */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** New satuan. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Indikator Kinerja Utama (IKU): a key indicator of a strategic objective, with a target. */
export type KeyIndicator = Node & {
  __typename?: 'KeyIndicator';
  /** Text of the indicator. */
  description: Scalars['String']['output'];
  /** Opaque global identifier of the key indicator. */
  id: Scalars['ID']['output'];
  /** Objective the indicator measures. */
  objective: StrategicObjective;
  /** Position of the indicator under its objective, from 0. */
  ordinal: Scalars['Int']['output'];
  /** Target value for the year, if numeric. */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** Satuan: unit of the target, for example `%` or `dokumen`. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** Input of `keyIndicatorCreate`. */
export type KeyIndicatorCreateInput = {
  /** The indicator. */
  keyIndicator: KeyIndicatorSpec;
  /** Objective to add the indicator to. */
  objective: Scalars['ID']['input'];
};

/** Input of `keyIndicatorDelete`. */
export type KeyIndicatorDeleteInput = {
  /** Key indicator to delete; refused while a goal is linked to it. */
  keyIndicator: Scalars['ID']['input'];
};

/** Result of the key indicator mutations. */
export type KeyIndicatorPayload = {
  __typename?: 'KeyIndicatorPayload';
  /** Identifier of the deleted key indicator, for `keyIndicatorDelete`. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Key indicator after the change, or null when refused or deleted. */
  keyIndicator?: Maybe<KeyIndicator>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** A key indicator (IKU) to create. */
export type KeyIndicatorSpec = {
  /** Text of the indicator (3 to 1000 characters). */
  description: Scalars['String']['input'];
  /** Target value (zero or more), if numeric. */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** Satuan of the target (at most 50 characters); required with a target value. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `keyIndicatorUpdate`. Omitted fields keep their value. */
export type KeyIndicatorUpdateInput = {
  /** New text. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Key indicator to change. */
  keyIndicator: Scalars['ID']['input'];
  /** New position under the objective. */
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  /** New target value. */
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  /** New satuan. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Share of employees who wrote logbook entries (catatan harian) in a month. */
export type LogbookActivityShare = {
  __typename?: 'LogbookActivityShare';
  /** Those of them with at least one logbook entry dated in the month. */
  activeCount: Scalars['Int']['output'];
  /** Employees definitively assigned in the subtree at the end of the month (or today). */
  employeeCount: Scalars['Int']['output'];
  /** Month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** activeCount / employeeCount (0 when nobody is assigned). */
  share: Scalars['Float']['output'];
};

/** Input of `logbookEntriesCreate`. */
export type LogbookEntriesCreateInput = {
  /**
   * Entries to create, 1 to 100 (a week at once). All are created or none; each
   * refusal points at its item, for example `["input", "entries", "3", "startTime"]`.
   */
  entries: Array<LogbookEntryInput>;
};

/** Result of `logbookEntriesCreate`. */
export type LogbookEntriesCreatePayload = {
  __typename?: 'LogbookEntriesCreatePayload';
  /**
   * Entries created, in input order (items whose client key was already used return the
   * existing entry); null when refused.
   */
  logbookEntries?: Maybe<Array<LogbookEntry>>;
  /** Reasons of a refusal, one per failing item and field; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `logbookEntriesReject`. */
export type LogbookEntriesRejectInput = {
  /** SUBMITTED entries of the viewer's direct reports (at most 100); all are rejected or none. */
  entries: Array<Scalars['ID']['input']>;
  /** Catatan: why the entries are rejected (3 to 1000 characters), shown to the employee. */
  note: Scalars['String']['input'];
};

/** Result of `logbookEntriesReject`. */
export type LogbookEntriesRejectPayload = {
  __typename?: 'LogbookEntriesRejectPayload';
  /** Entries now REJECTED; null when refused. */
  logbookEntries?: Maybe<Array<LogbookEntry>>;
  /** Reasons of a refusal (each points at its item); empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `logbookEntriesSubmit`: either a list of entries or a date range. */
export type LogbookEntriesSubmitInput = {
  /** Own DRAFT or REJECTED entries to submit (at most 100). */
  entries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Submit every own DRAFT or REJECTED entry on or after this day (with `to`). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the range (with `from`, at most 31 days). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of `logbookEntriesSubmit`. */
export type LogbookEntriesSubmitPayload = {
  __typename?: 'LogbookEntriesSubmitPayload';
  /** Entries now SUBMITTED; null when refused. */
  logbookEntries?: Maybe<Array<LogbookEntry>>;
  /** Reasons of a refusal (each points at its item); empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `logbookEntriesVerify`. */
export type LogbookEntriesVerifyInput = {
  /** SUBMITTED entries of the viewer's direct reports (at most 100); all are verified or none. */
  entries: Array<Scalars['ID']['input']>;
};

/** Result of `logbookEntriesVerify`. */
export type LogbookEntriesVerifyPayload = {
  __typename?: 'LogbookEntriesVerifyPayload';
  /** Entries now VERIFIED; null when refused. */
  logbookEntries?: Maybe<Array<LogbookEntry>>;
  /** Reasons of a refusal (each points at its item); empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Catatan harian / logbook / progres harian: one activity of an employee on one day,
 * with its time range, output and evidence, linked to an action plan (rencana aksi) or
 * marked as an additional task (tugas tambahan).
 */
export type LogbookEntry = Node & {
  __typename?: 'LogbookEntry';
  /** Rencana aksi the activity carries out; null for an additional task. */
  actionPlan?: Maybe<ActionPlan>;
  /** Kegiatan harian: what was done. */
  activity: Scalars['String']['output'];
  /** Idempotency key the client sent when creating the entry, if any. */
  clientKey?: Maybe<Scalars['String']['output']>;
  /** When the entry was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Tanggal: day of the activity. */
  date: Scalars['Date']['output'];
  /** Length of the activity in minutes. */
  durationMinutes: Scalars['Int']['output'];
  /** Employee who wrote the entry. */
  employee?: Maybe<Employee>;
  /** Jam selesai: end time, `HH:MM`; after the start time (`24:00` ends at midnight). */
  endTime: Scalars['String']['output'];
  /** Evaluation period (periode penilaian) containing the entry's date, whose lock applies to it. */
  evaluationPeriod?: Maybe<EvaluationPeriod>;
  /** Bukti dukung: http(s) links proving the output (at most 10). */
  evidence: Array<Scalars['String']['output']>;
  /** Opaque global identifier of the entry. */
  id: Scalars['ID']['output'];
  /** Indicates whether the entry is an additional task (tugas tambahan) outside the plan. */
  isAdditionalTask: Scalars['Boolean']['output'];
  /** Realisasi: output quantity, when the activity produced countable output. */
  outputQuantity?: Maybe<Scalars['Float']['output']>;
  /** Satuan: unit of the output quantity, for example `Dokumen` or `Laporan`. */
  outputUnit?: Maybe<Scalars['String']['output']>;
  /** Catatan penolakan: the appraiser's note when the entry was rejected. */
  rejectionNote?: Maybe<Scalars['String']['output']>;
  /** Jam mulai: start time, `HH:MM` (24-hour clock, agency time zone). */
  startTime: Scalars['String']['output'];
  /** Status in the verification workflow. */
  status: LogbookEntryStatus;
  /** When the entry was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** When the entry was verified or rejected. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Appraiser who verified or rejected the entry. */
  verifiedBy?: Maybe<Employee>;
  /**
   * Indicates whether the viewer may edit or delete the entry now (own entry, not
   * verified, period open).
   */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of logbook entries. */
export type LogbookEntryConnection = {
  __typename?: 'LogbookEntryConnection';
  /** Edges of this page. */
  edges: Array<LogbookEntryEdge>;
  /** Entries of this page. */
  nodes: Array<LogbookEntry>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of entries in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `logbookEntryCreate`: one entry (see `LogbookEntryInput` for the rules). */
export type LogbookEntryCreateInput = {
  /** Rencana aksi of one of the employee's own goals whose evaluation period contains the date. */
  actionPlan?: InputMaybe<Scalars['ID']['input']>;
  /** Kegiatan: what was done (3 to 2000 characters). */
  activity: Scalars['String']['input'];
  /** Idempotency key: a repeated key returns the entry created the first time. */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Tanggal: day of the activity; not in the future and inside an open evaluation period. */
  date: Scalars['Date']['input'];
  /** Jam selesai, `HH:MM`, after the start time. */
  endTime: Scalars['String']['input'];
  /** Bukti dukung: up to 10 http(s) links. */
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Marks the entry as an additional task (tugas tambahan); such an entry has no action plan. */
  isAdditionalTask?: InputMaybe<Scalars['Boolean']['input']>;
  /** Realisasi: output quantity, at least 0; needs `outputUnit`. */
  outputQuantity?: InputMaybe<Scalars['Float']['input']>;
  /** Satuan of the output; required with a quantity. */
  outputUnit?: InputMaybe<Scalars['String']['input']>;
  /** Jam mulai, `HH:MM`. */
  startTime: Scalars['String']['input'];
};

/** Result of `logbookEntryCreate`. */
export type LogbookEntryCreatePayload = {
  __typename?: 'LogbookEntryCreatePayload';
  /** Entry created (or the existing entry with the same client key), or null when refused. */
  logbookEntry?: Maybe<LogbookEntry>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `logbookEntryDelete`. */
export type LogbookEntryDeleteInput = {
  /** Entry to delete: an own entry that is not VERIFIED, in an open period. */
  id: Scalars['ID']['input'];
};

/** Result of `logbookEntryDelete`. */
export type LogbookEntryDeletePayload = {
  __typename?: 'LogbookEntryDeletePayload';
  /** Global id of the deleted entry, or null when refused. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** A page of logbook deletions, oldest first. */
export type LogbookEntryDeletionConnection = {
  __typename?: 'LogbookEntryDeletionConnection';
  /** Edges of this page. */
  edges: Array<LogbookEntryDeletionEdge>;
  /** Deletions before this instant are complete. */
  horizon: Scalars['DateTime']['output'];
  /** Deletions of this page. */
  nodes: Array<LogbookEntryDeletionRow>;
  /** Pagination state. Keep `endCursor` and pass it as `after` next time. */
  pageInfo: PageInfo;
  /** Number of deletions since `deletedSince` up to `horizon`. */
  totalCount: Scalars['Int']['output'];
};

/** A deletion in a connection. */
export type LogbookEntryDeletionEdge = {
  __typename?: 'LogbookEntryDeletionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Deletion of this edge. */
  node: LogbookEntryDeletionRow;
};

/** A deleted logbook entry (tombstone), so a synchronised copy can drop it. */
export type LogbookEntryDeletionRow = {
  __typename?: 'LogbookEntryDeletionRow';
  /** Instant the entry was deleted. */
  deletedAt: Scalars['DateTime']['output'];
  /** Global identifier the entry had. */
  entryId: Scalars['ID']['output'];
};

/** A logbook entry in a connection. */
export type LogbookEntryEdge = {
  __typename?: 'LogbookEntryEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Entry of this edge. */
  node: LogbookEntry;
};

/** One logbook entry to create (an item of `logbookEntriesCreate`). */
export type LogbookEntryInput = {
  /** Rencana aksi of one of the employee's own goals whose evaluation period contains the date. */
  actionPlan?: InputMaybe<Scalars['ID']['input']>;
  /** Kegiatan: what was done (3 to 2000 characters). */
  activity: Scalars['String']['input'];
  /**
   * Idempotency key chosen by the client (1 to 100 characters): sending the same key
   * again returns the entry created the first time instead of a duplicate.
   */
  clientKey?: InputMaybe<Scalars['String']['input']>;
  /** Tanggal: day of the activity; not in the future and inside an open evaluation period. */
  date: Scalars['Date']['input'];
  /** Jam selesai, `HH:MM`, after the start time; the range may not overlap another entry of the same day. */
  endTime: Scalars['String']['input'];
  /** Bukti dukung: up to 10 http(s) links. */
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Marks the entry as an additional task (tugas tambahan); such an entry has no action plan. */
  isAdditionalTask?: InputMaybe<Scalars['Boolean']['input']>;
  /** Realisasi: output quantity, at least 0; needs `outputUnit`. */
  outputQuantity?: InputMaybe<Scalars['Float']['input']>;
  /** Satuan of the output (at most 50 characters); required with a quantity. */
  outputUnit?: InputMaybe<Scalars['String']['input']>;
  /** Jam mulai, `HH:MM`. */
  startTime: Scalars['String']['input'];
};

/** Status of a logbook entry (catatan harian) in its verification workflow. */
export type LogbookEntryStatus =
  /** Draf: written by the employee, not yet submitted; editable. */
  | 'DRAFT'
  /** Ditolak: rejected by the appraiser with a note; editable and submittable again. */
  | 'REJECTED'
  /** Diajukan: submitted to the appraiser for verification; still editable (editing returns it to DRAFT). */
  | 'SUBMITTED'
  /** Diverifikasi: accepted by the appraiser; counts toward realizations and can no longer be changed. */
  | 'VERIFIED';

/**
 * A page of logbook entries changed since a time (sinkronisasi inkremental), oldest
 * change first.
 */
export type LogbookEntrySyncConnection = {
  __typename?: 'LogbookEntrySyncConnection';
  /** Edges of this page. */
  edges: Array<LogbookEntrySyncEdge>;
  /**
   * Changes before this instant are complete: no write still in progress can add one.
   * Later changes come in a later request.
   */
  horizon: Scalars['DateTime']['output'];
  /** Rows of this page. */
  nodes: Array<LogbookEntrySyncRow>;
  /**
   * Pagination state. Keep `endCursor` and pass it as `after` next time to receive only
   * later changes.
   */
  pageInfo: PageInfo;
  /** Number of entries changed since `updatedSince` up to `horizon`. */
  totalCount: Scalars['Int']['output'];
};

/** A row in a logbook sync connection. */
export type LogbookEntrySyncEdge = {
  __typename?: 'LogbookEntrySyncEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Row of this edge. */
  node: LogbookEntrySyncRow;
};

/**
 * A logbook entry as a flat row for bulk synchronisation (catatan harian): every field is
 * a plain value, so a page of 1,000 rows costs little to produce. `id` is the entry's
 * global identifier (`node(id:)` returns the full `LogbookEntry`); the employee is named
 * by NIP, the key HR and payroll systems use.
 */
export type LogbookEntrySyncRow = {
  __typename?: 'LogbookEntrySyncRow';
  /** Kegiatan harian: what was done. */
  activity: Scalars['String']['output'];
  /** When the entry was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Tanggal: day of the activity. */
  date: Scalars['Date']['output'];
  /** Length of the activity in minutes. */
  durationMinutes: Scalars['Int']['output'];
  /** NIP of the employee who wrote the entry. */
  employeeNip: Scalars['String']['output'];
  /** Jam selesai, `HH:MM` (`24:00` ends at midnight). */
  endTime: Scalars['String']['output'];
  /** Bukti dukung: evidence links. */
  evidence: Array<Scalars['String']['output']>;
  /** Global identifier of the logbook entry. */
  id: Scalars['ID']['output'];
  /** Indicates whether the entry is an additional task (tugas tambahan) outside the plan. */
  isAdditionalTask: Scalars['Boolean']['output'];
  /** Realisasi: output quantity, if any. */
  outputQuantity?: Maybe<Scalars['Float']['output']>;
  /** Satuan of the output quantity. */
  outputUnit?: Maybe<Scalars['String']['output']>;
  /** Jam mulai, `HH:MM`. */
  startTime: Scalars['String']['output'];
  /** Status in the verification workflow. */
  status: LogbookEntryStatus;
  /** When the entry was last changed; rows come in (updatedAt, id) order. */
  updatedAt: Scalars['DateTime']['output'];
  /** When the entry was verified or rejected. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * Input of `logbookEntryUpdate`. Omitted fields keep their value; editing a SUBMITTED or
 * REJECTED entry returns it to DRAFT.
 */
export type LogbookEntryUpdateInput = {
  /** New action plan; null with `isAdditionalTask: true` makes it an additional task. */
  actionPlan?: InputMaybe<Scalars['ID']['input']>;
  /** New activity text. */
  activity?: InputMaybe<Scalars['String']['input']>;
  /** New day. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** New end time, `HH:MM`. */
  endTime?: InputMaybe<Scalars['String']['input']>;
  /** New evidence links (replace the old ones). */
  evidence?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Entry to update: an own entry that is not VERIFIED, in an open period. */
  id: Scalars['ID']['input'];
  /** Marks or unmarks the entry as an additional task. */
  isAdditionalTask?: InputMaybe<Scalars['Boolean']['input']>;
  /** New output quantity; null clears it (with the unit). */
  outputQuantity?: InputMaybe<Scalars['Float']['input']>;
  /** New unit of the output. */
  outputUnit?: InputMaybe<Scalars['String']['input']>;
  /** New start time, `HH:MM`. */
  startTime?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `logbookEntryUpdate`. */
export type LogbookEntryUpdatePayload = {
  __typename?: 'LogbookEntryUpdatePayload';
  /** Entry after the change, or null when refused. */
  logbookEntry?: Maybe<LogbookEntry>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Input of `logbookImport`: a spreadsheet sent inline, base64-encoded (no multipart).
 * The first sheet (XLSX) or the file (CSV, comma or semicolon separated) has a header
 * row; the columns are recognised by name, in Indonesian or English: Tanggal (Date), Jam
 * Mulai (Start), Jam Selesai (End), Kegiatan (Activity), Jumlah or Realisasi (Quantity),
 * Satuan (Unit), Bukti Dukung (Evidence, several links separated by spaces, commas or
 * new lines), Rencana Aksi (Action Plan: its description or id) or RHK (Goal: its
 * description or id, when the goal has one action plan in the period). Write `Tugas
 * Tambahan` as the action plan of an additional task. Dates may be Excel dates or
 * serial numbers, `YYYY-MM-DD` or `DD/MM/YYYY`; times `HH:MM` or `HH.MM`. The same
 * spreadsheet layout is produced by the export at `GET /files/logbook.xlsx`.
 */
export type LogbookImportInput = {
  /** Content of the file, base64-encoded; at most 1.4 MB decoded (the request body limit is 2 MB) and 5,000 data rows. */
  contentBase64: Scalars['String']['input'];
  /** Only check the file and report every bad row; nothing is written. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** File name; its extension (`.xlsx` or `.csv`) selects the format. */
  fileName: Scalars['String']['input'];
};

/** Result of `logbookImport`. */
export type LogbookImportPayload = {
  __typename?: 'LogbookImportPayload';
  /** Indicates whether this was a dry run (nothing written). */
  dryRun: Scalars['Boolean']['output'];
  /**
   * Number of entries written: all rows, or 0 when any row is bad or on a dry run.
   * Re-importing the same file writes nothing new (each row has a stable client key).
   */
  importedCount: Scalars['Int']['output'];
  /** Number of data rows read from the file (empty rows skipped). */
  rowCount: Scalars['Int']['output'];
  /** Why the file was refused (unreadable, too large, or bad rows on a real run); empty on success. */
  userErrors: Array<UserError>;
  /** Every bad row with its number and reason; empty when the file is valid. */
  violations: Array<LogbookImportViolation>;
};

/** A bad row of an imported file. */
export type LogbookImportViolation = {
  __typename?: 'LogbookImportViolation';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Column at fault, by its header in the file, or null for the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** Human-readable reason. */
  message: Scalars['String']['output'];
  /** Row number as shown in the spreadsheet (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** Input of `login`. */
export type LoginInput = {
  /** 18-digit NIP of the account; spaces are ignored. */
  nip: Scalars['String']['input'];
  /** Password of the account. */
  password: Scalars['String']['input'];
};

/** Result of `login`. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Timestamp after which the token is no longer accepted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Indicates whether the password must be changed before anything else. */
  mustChangePassword?: Maybe<Scalars['Boolean']['output']>;
  /** Bearer token to send as `Authorization: Bearer <token>`; null when refused. */
  token?: Maybe<Scalars['String']['output']>;
  /**
   * Reasons of a refusal; empty on success. The same message is used for every wrong
   * NIP or password.
   */
  userErrors: Array<UserError>;
};

/** A lateness or early-leave band. */
export type MinuteBandInput = {
  /** Code printed on the slip, for example `TL1`. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** First minute of the band (at least 1). */
  fromMinutes: Scalars['Int']['input'];
  /** Deduction in percent (0 to 100). */
  percent: Scalars['Float']['input'];
  /** Last minute of the band; omit for the open-ended last band. */
  toMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** A lateness or early-leave band in whole minutes (both ends inclusive). */
export type MinuteBandRow = {
  __typename?: 'MinuteBandRow';
  /** Code printed on the slip, for example `TL1`. */
  code?: Maybe<Scalars['String']['output']>;
  /** First minute of the band (at least 1). */
  fromMinutes: Scalars['Int']['output'];
  /** Deduction in percent of the deduction base. */
  percent: Scalars['Float']['output'];
  /** Last minute of the band; null for the open-ended last band. */
  toMinutes?: Maybe<Scalars['Int']['output']>;
};

/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an action plan for one of the viewer's goals in an evaluation period. */
  actionPlanCreate: ActionPlanPayload;
  /** Deletes an own action plan that no logbook entry uses. */
  actionPlanDelete: ActionPlanDeletePayload;
  /** Changes the description or target of an own action plan. */
  actionPlanUpdate: ActionPlanPayload;
  /** An admin selects the agency's scoring strategy (audited). */
  agencyScoringStrategySet: AgencyScoringStrategySetPayload;
  /**
   * An admin sets the agency's allowance rules for a year (audited). Invalid rules (for
   * example weights not summing to 100) are refused with one error per problem and
   * nothing is written.
   */
  allowanceRulesSet: AllowanceRulesSetPayload;
  /**
   * Creates an integration token for the viewer's agency (agency admins only). The
   * secret is returned once.
   */
  apiTokenCreate: ApiTokenCreatePayload;
  /** Revokes a token at once. Audited. */
  apiTokenRevoke: ApiTokenRevokePayload;
  /**
   * Replaces a token by a new secret with the same name and scopes; the old one is
   * revoked (at once or after a grace period). Audited.
   */
  apiTokenRotate: ApiTokenRotatePayload;
  /** Overrides an employee's appraiser from a date, with a reason (admins only). */
  appraiserOverrideSet: AppraiserOverrideSetPayload;
  /** Assigns an employee to a position from a date (definitive, PLT or PLH). */
  assignmentCreate: AssignmentCreatePayload;
  /** Ends an assignment at a date. */
  assignmentEnd: AssignmentEndPayload;
  /**
   * An admin or an integration with the attendance scope writes one day of attendance
   * (idempotent per employee and date).
   */
  attendanceRecordUpsert: AttendanceRecordUpsertPayload;
  /**
   * An admin or an integration with the attendance scope writes up to 1,000 days of
   * attendance at once: all or nothing, idempotent per employee and date (audited once).
   */
  attendanceRecordsUpsert: AttendanceRecordsUpsertPayload;
  /**
   * Sets the leader's specific expectation for one core value (the recorded appraiser,
   * or an admin) on a plan that is not approved.
   */
  behaviorExpectationSet: BehaviorExpectationSetPayload;
  /** Registers an employee with a validated NIP and a one-time password. */
  employeeCreate: EmployeeCreatePayload;
  /** Updates an employee's record or deactivates the account. */
  employeeUpdate: EmployeeUpdatePayload;
  /**
   * The appraiser confirms a rated evaluation, which locks it (admins may not, unless they
   * are the employee's appraiser). When the unit's ratings break the distribution pattern a
   * reason is required (audited).
   */
  evaluationConfirm: EvaluationConfirmPayload;
  /** Adds an evaluation period to an annual period (admins). */
  evaluationPeriodCreate: EvaluationPeriodPayload;
  /**
   * Ends an admin unlock early, so the period is locked again after its deadline
   * (admins; audited).
   */
  evaluationPeriodLock: EvaluationPeriodPayload;
  /**
   * Reopens an evaluation period after its deadline until a given instant, with a
   * reason (admins; audited).
   */
  evaluationPeriodUnlock: EvaluationPeriodPayload;
  /** Edits an evaluation period, including its deadline (admins). */
  evaluationPeriodUpdate: EvaluationPeriodPayload;
  /**
   * The appraiser gives or changes the result and behaviour ratings of a draft evaluation
   * (admins may not, unless they are the employee's appraiser); the predikat follows the matrix.
   */
  evaluationRate: EvaluationRatePayload;
  /**
   * The admin of the evaluation's agency reopens a confirmed evaluation with a reason
   * (audited), back to draft.
   */
  evaluationReopen: EvaluationReopenPayload;
  /**
   * The appraiser writes or replaces the feedback on one goal or one core value of an
   * evaluation (admins may not, unless they are the employee's appraiser).
   */
  feedbackSet: FeedbackSetPayload;
  /**
   * A leader pushes one of their goals down to named direct reports (cascading): each
   * gets a child goal in their plan for the same period (a DRAFT plan is created when
   * they have none), pre-filled and locked (text, and for DIRECT the target shares).
   * All or nothing.
   */
  goalCascade: GoalCascadePayload;
  /** Adds a goal (RHK) to the owner's editable plan. */
  goalCreate: GoalPayload;
  /**
   * Deletes a goal of the owner's editable plan; refused for goals pushed down by the
   * superior and for goals other goals cascade from.
   */
  goalDelete: GoalPayload;
  /** Edits a goal of the owner's editable plan; refused for locked goals. */
  goalUpdate: GoalPayload;
  /** Adds an indicator (IKI) to a goal of the owner's editable plan. */
  indicatorCreate: IndicatorPayload;
  /** Deletes an indicator of the owner's editable plan; refused for locked indicators. */
  indicatorDelete: IndicatorPayload;
  /** Edits an indicator of the owner's editable plan; refused for locked indicators. */
  indicatorUpdate: IndicatorPayload;
  /** Adds a key indicator (IKU) to an objective (admins). */
  keyIndicatorCreate: KeyIndicatorPayload;
  /** Deletes a key indicator (admins). */
  keyIndicatorDelete: KeyIndicatorPayload;
  /** Edits a key indicator (admins). */
  keyIndicatorUpdate: KeyIndicatorPayload;
  /** Writes up to 100 own logbook entries at once, all or none, with one error per failing item. */
  logbookEntriesCreate: LogbookEntriesCreatePayload;
  /** Rejects submitted entries of direct reports with a note (appraiser only), all or none. */
  logbookEntriesReject: LogbookEntriesRejectPayload;
  /** Submits own DRAFT or REJECTED entries to the appraiser, all or none. */
  logbookEntriesSubmit: LogbookEntriesSubmitPayload;
  /** Verifies submitted entries of direct reports (appraiser only), all or none. */
  logbookEntriesVerify: LogbookEntriesVerifyPayload;
  /** Writes one own logbook entry (DRAFT). A repeated `clientKey` returns the existing entry. */
  logbookEntryCreate: LogbookEntryCreatePayload;
  /** Deletes an own entry that is not verified, while its period is open. */
  logbookEntryDelete: LogbookEntryDeletePayload;
  /** Changes an own entry that is not verified, while its period is open. */
  logbookEntryUpdate: LogbookEntryUpdatePayload;
  /**
   * Imports own logbook entries from a CSV or XLSX sheet: a dry run reports every bad
   * row; a real run writes all rows or none.
   */
  logbookImport: LogbookImportPayload;
  /**
   * Signs in with NIP and password and returns a bearer token. Repeated failures for a
   * NIP are refused for a while.
   */
  login: LoginPayload;
  /**
   * Imports units, positions, employees and reporting lines from a national HR export
   * sheet (admins). All or nothing: any violation refuses the whole sheet. Importing the
   * same sheet again changes nothing; a later sheet with transfers creates effective-dated
   * assignments.
   */
  orgImport: OrgImportPayload;
  /**
   * The leader above the unit (the holder of the position above the unit head's position)
   * sets the unit's organisational performance for an evaluation period (audited); admins
   * may not, unless they are that leader, except for a top unit: it has no leader above it
   * in the agency, its rating comes from outside (the regional head, the national SAKIP
   * evaluation) and the agency's admin records it. Draft evaluations of the unit head follow it;
   * refused while the head's evaluation is confirmed.
   */
  orgPerformanceSet: OrgPerformanceSetPayload;
  /** Creates a unit (admins; operators below their own unit). */
  orgUnitCreate: OrgUnitCreatePayload;
  /** Moves a unit with its subtree under another parent; refuses cycles. */
  orgUnitMove: OrgUnitMovePayload;
  /** Renames or recodes a unit. */
  orgUnitUpdate: OrgUnitUpdatePayload;
  /** Changes the viewer's own password; the current one is required. */
  passwordChange: PasswordChangePayload;
  /** Resets an employee's password to a one-time password (agency admins). */
  passwordReset: PasswordResetPayload;
  /** Creates a unit's performance agreement for a period (admins of the agency). */
  performanceAgreementCreate: PerformanceAgreementPayload;
  /** Changes the signing parties or the signature date of an agreement (admins). */
  performanceAgreementUpdate: PerformanceAgreementPayload;
  /**
   * Recorded appraiser (or an admin) approves a SUBMITTED plan or a REVISION_SUBMITTED
   * revision (→ APPROVED).
   */
  performancePlanApprove: PerformancePlanPayload;
  /**
   * Creates a DRAFT plan for the viewer (or, for admins, an employee) in a period, with a
   * snapshot of the appraiser and the appraiser's superior.
   */
  performancePlanCreate: PerformancePlanPayload;
  /** Recorded appraiser (or an admin) sends a SUBMITTED plan back with a reason (→ RETURNED). */
  performancePlanReturn: PerformancePlanPayload;
  /**
   * Recorded appraiser (or an admin) rejects a submitted revision with a reason
   * (→ REVISION_REJECTED).
   */
  performancePlanRevisionReject: PerformancePlanPayload;
  /**
   * Owner asks to revise an APPROVED (or REVISION_REJECTED) plan, with a reason
   * (→ REVISION_SUBMITTED); they may amend it until the appraiser decides.
   */
  performancePlanRevisionSubmit: PerformancePlanPayload;
  /** Owner sends a DRAFT or RETURNED plan to the appraiser (→ SUBMITTED). */
  performancePlanSubmit: PerformancePlanPayload;
  /** Changes the approach or the annexes of the owner's editable plan. */
  performancePlanUpdate: PerformancePlanPayload;
  /** Creates an annual period with its evaluation periods (admins of the agency). */
  periodCreate: PeriodCreatePayload;
  /** Renames an annual period or moves its boundaries (admins). */
  periodUpdate: PeriodUpdatePayload;
  /** Creates a position. */
  positionCreate: PositionCreatePayload;
  /** Updates a position; a new superior moves it with its subtree and refuses cycles. */
  positionUpdate: PositionUpdatePayload;
  /**
   * Records the realization of an own indicator in an evaluation period as the sum of
   * verified logbook output (replaces an earlier value).
   */
  realizationCompute: RealizationPayload;
  /**
   * Records the realization of an own indicator in an evaluation period, with evidence
   * (replaces an earlier value).
   */
  realizationSet: RealizationPayload;
  /**
   * The plan's owner writes or replaces their self-assessment note on one goal, before the
   * appraiser rates the period.
   */
  selfAssessmentSet: SelfAssessmentSetPayload;
  /** Adds a strategic objective to an agreement (admins). */
  strategicObjectiveCreate: StrategicObjectivePayload;
  /** Deletes a strategic objective with its key indicators (admins). */
  strategicObjectiveDelete: StrategicObjectivePayload;
  /** Edits a strategic objective (admins). */
  strategicObjectiveUpdate: StrategicObjectivePayload;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationActionPlanCreateArgs = {
  input: ActionPlanCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationActionPlanDeleteArgs = {
  input: ActionPlanDeleteInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationActionPlanUpdateArgs = {
  input: ActionPlanUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAgencyScoringStrategySetArgs = {
  input: AgencyScoringStrategySetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAllowanceRulesSetArgs = {
  input: AllowanceRulesSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationApiTokenCreateArgs = {
  input: ApiTokenCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationApiTokenRevokeArgs = {
  input: ApiTokenRevokeInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationApiTokenRotateArgs = {
  input: ApiTokenRotateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAppraiserOverrideSetArgs = {
  input: AppraiserOverrideSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAssignmentCreateArgs = {
  input: AssignmentCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAssignmentEndArgs = {
  input: AssignmentEndInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAttendanceRecordUpsertArgs = {
  input: AttendanceRecordUpsertInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationAttendanceRecordsUpsertArgs = {
  input: AttendanceRecordsUpsertInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationBehaviorExpectationSetArgs = {
  input: BehaviorExpectationSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEmployeeCreateArgs = {
  input: EmployeeCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEmployeeUpdateArgs = {
  input: EmployeeUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationConfirmArgs = {
  input: EvaluationConfirmInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationPeriodCreateArgs = {
  input: EvaluationPeriodCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationPeriodLockArgs = {
  input: EvaluationPeriodLockInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationPeriodUnlockArgs = {
  input: EvaluationPeriodUnlockInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationPeriodUpdateArgs = {
  input: EvaluationPeriodUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationRateArgs = {
  input: EvaluationRateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationEvaluationReopenArgs = {
  input: EvaluationReopenInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationFeedbackSetArgs = {
  input: FeedbackSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationGoalCascadeArgs = {
  input: GoalCascadeInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationGoalCreateArgs = {
  input: GoalCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationGoalDeleteArgs = {
  input: GoalDeleteInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationGoalUpdateArgs = {
  input: GoalUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationIndicatorCreateArgs = {
  input: IndicatorCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationIndicatorDeleteArgs = {
  input: IndicatorDeleteInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationIndicatorUpdateArgs = {
  input: IndicatorUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationKeyIndicatorCreateArgs = {
  input: KeyIndicatorCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationKeyIndicatorDeleteArgs = {
  input: KeyIndicatorDeleteInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationKeyIndicatorUpdateArgs = {
  input: KeyIndicatorUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntriesCreateArgs = {
  input: LogbookEntriesCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntriesRejectArgs = {
  input: LogbookEntriesRejectInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntriesSubmitArgs = {
  input: LogbookEntriesSubmitInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntriesVerifyArgs = {
  input: LogbookEntriesVerifyInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntryCreateArgs = {
  input: LogbookEntryCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntryDeleteArgs = {
  input: LogbookEntryDeleteInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookEntryUpdateArgs = {
  input: LogbookEntryUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLogbookImportArgs = {
  input: LogbookImportInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgImportArgs = {
  input: OrgImportInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgPerformanceSetArgs = {
  input: OrgPerformanceSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgUnitCreateArgs = {
  input: OrgUnitCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgUnitMoveArgs = {
  input: OrgUnitMoveInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationOrgUnitUpdateArgs = {
  input: OrgUnitUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPasswordChangeArgs = {
  input: PasswordChangeInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPasswordResetArgs = {
  input: PasswordResetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformanceAgreementCreateArgs = {
  input: PerformanceAgreementCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformanceAgreementUpdateArgs = {
  input: PerformanceAgreementUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanApproveArgs = {
  input: PerformancePlanTransitionInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanCreateArgs = {
  input: PerformancePlanCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanReturnArgs = {
  input: PerformancePlanReasonInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanRevisionRejectArgs = {
  input: PerformancePlanReasonInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanRevisionSubmitArgs = {
  input: PerformancePlanReasonInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanSubmitArgs = {
  input: PerformancePlanTransitionInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPerformancePlanUpdateArgs = {
  input: PerformancePlanUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPeriodCreateArgs = {
  input: PeriodCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPeriodUpdateArgs = {
  input: PeriodUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPositionCreateArgs = {
  input: PositionCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationPositionUpdateArgs = {
  input: PositionUpdateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationRealizationComputeArgs = {
  input: RealizationComputeInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationRealizationSetArgs = {
  input: RealizationSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationSelfAssessmentSetArgs = {
  input: SelfAssessmentSetInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationStrategicObjectiveCreateArgs = {
  input: StrategicObjectiveCreateInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationStrategicObjectiveDeleteArgs = {
  input: StrategicObjectiveDeleteInput;
};


/**
 * Entry points for changing data. Each mutation takes one `input` argument and returns a
 * payload whose `userErrors` list explains any refusal.
 */
export type MutationStrategicObjectiveUpdateArgs = {
  input: StrategicObjectiveUpdateInput;
};

/** What an approved supporting document (dokumen pendukung) clears. */
export type NeutralisationScope =
  /** The arrival only (tugas luar pagi). */
  | 'ARRIVAL'
  /** The whole day (leave, permit, official travel). */
  | 'DAY'
  /** The departure only (tugas luar sore). */
  | 'DEPARTURE';

/** A document kind that neutralises attendance. */
export type NeutralisingDocumentInput = {
  /** Document kind, upper case (2 to 50 of A-Z, 0-9, _). */
  kind: Scalars['String']['input'];
  /** What it clears. */
  scope: NeutralisationScope;
};

/** A document kind that neutralises attendance, with what it clears. */
export type NeutralisingDocumentRow = {
  __typename?: 'NeutralisingDocumentRow';
  /** Document kind, for example `LEAVE` (cuti) or `OFFICIAL_DUTY_MORNING`. */
  kind: Scalars['String']['output'];
  /** What it clears. */
  scope: NeutralisationScope;
};

/**
 * An object with an opaque global identifier. Every entity of the API implements it, so
 * clients can refetch any object with `node(id:)`.
 */
export type Node = {
  /** Opaque global identifier of the object. Treat it as a token: its content may change. */
  id: Scalars['ID']['output'];
};

/** Input of `orgImport`. */
export type OrgImportInput = {
  /** Content of the file, base64-encoded (at most 15 MB decoded). */
  contentBase64: Scalars['String']['input'];
  /** Indicates whether to only check the sheet and count the changes, writing nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** First day (TMT) of the assignments the import creates; today when omitted. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  /** Name of the uploaded file; `.xlsx` or `.csv` decides how it is read. */
  fileName: Scalars['String']['input'];
  /** How new accounts first sign in. */
  passwordMode?: InputMaybe<OrgImportPasswordMode>;
};

/** How the accounts of employees created by an import can first sign in. */
export type OrgImportPasswordMode =
  /**
   * No usable password: an admin issues each employee a one-time password with
   * `passwordReset` before they can sign in. The safe default.
   */
  | 'RESET_REQUIRED'
  /**
   * One random initial password for every account created by this import, returned once
   * in the payload; each employee must change it at first sign-in. Anyone who knows it
   * and another employee's NIP can sign in as them until they do, so hand it out only to
   * the people being onboarded, and only for a pilot.
   */
  | 'SHARED_INITIAL';

/** Result of `orgImport`. */
export type OrgImportPayload = {
  __typename?: 'OrgImportPayload';
  /**
   * With `SHARED_INITIAL`, the initial password of the accounts created, shown only this
   * once; null otherwise.
   */
  initialPassword?: Maybe<Scalars['String']['output']>;
  /** What was done or would be done, with the problems found. */
  report?: Maybe<OrgImportReport>;
  /** Reasons of a refusal; `IMPORT_INVALID` when the report lists violations. */
  userErrors: Array<UserError>;
};

/** What an import of the organisation did, or would do in a dry run. */
export type OrgImportReport = {
  __typename?: 'OrgImportReport';
  /** Indicates whether the changes were written (never when there are violations). */
  applied: Scalars['Boolean']['output'];
  /** Definitive assignments created. */
  assignmentsCreated: Scalars['Int']['output'];
  /** Definitive assignments ended by a transfer (mutasi). */
  assignmentsEnded: Scalars['Int']['output'];
  /** Indicates whether this was a dry run (nothing written). */
  dryRun: Scalars['Boolean']['output'];
  /**
   * First day of the new assignments (TMT); transferred employees' previous definitive
   * assignments end the day before.
   */
  effectiveDate: Scalars['Date']['output'];
  /** Employees created. */
  employeesCreated: Scalars['Int']['output'];
  /** Existing employees whose name, pangkat/golongan or status changed. */
  employeesUpdated: Scalars['Int']['output'];
  /** Positions (jabatan) created. */
  positionsCreated: Scalars['Int']['output'];
  /** Existing positions whose jenis jabatan or superior position changed. */
  positionsUpdated: Scalars['Int']['output'];
  /** Number of data rows read. */
  rowCount: Scalars['Int']['output'];
  /** Rows that changed nothing. */
  unchangedRows: Scalars['Int']['output'];
  /** Units (unit kerja) created. */
  unitsCreated: Scalars['Int']['output'];
  /** Number of problems found; the import is refused when it is not zero. */
  violationCount: Scalars['Int']['output'];
  /** Problems found, in row order (at most 1,000). */
  violations: Array<OrgImportViolation>;
};

/** A problem found in an imported sheet. */
export type OrgImportViolation = {
  __typename?: 'OrgImportViolation';
  /** Machine-readable reason. */
  code: OrgImportViolationCode;
  /** Column header at fault, or null when the problem concerns the whole row. */
  column?: Maybe<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
  /**
   * Row number in the sheet, as shown by the spreadsheet program (the header is usually
   * row 1).
   */
  row: Scalars['Int']['output'];
};

/** Why a row of an import was refused. */
export type OrgImportViolationCode =
  /** Several units have the Unit Induk's name; give unit codes to tell them apart. */
  | 'AMBIGUOUS_PARENT_UNIT'
  /**
   * The employee already has a definitive assignment starting on or after the effective
   * date; end or correct it first.
   */
  | 'ASSIGNMENT_CONFLICT'
  /** The NIP appears on an earlier row of the sheet. */
  | 'DUPLICATE_NIP'
  /** The NIP (or NIP Atasan) is not a valid 18-digit NIP. */
  | 'INVALID_NIP'
  /** A cell cannot be read (status, jenis jabatan, pangkat/golongan, length). */
  | 'INVALID_VALUE'
  /** A required column is missing from the header row. */
  | 'MISSING_COLUMN'
  /** A required cell is empty. */
  | 'MISSING_VALUE'
  /** The NIP belongs to an employee of another agency. */
  | 'NIP_OTHER_AGENCY'
  /** The employee would be their own superior. */
  | 'SELF_SUPERIOR'
  /** Following NIP Atasan (or the existing reporting line) leads back to the employee. */
  | 'SUPERIOR_CYCLE'
  /** The sheet has more rows than one import accepts. */
  | 'TOO_MANY_ROWS'
  /**
   * The unit contradicts the agency's organisation tree (its code belongs to a unit
   * elsewhere) or another row of the sheet.
   */
  | 'UNIT_CONFLICT'
  /** Following the Unit Induk column leads back to the unit itself. */
  | 'UNIT_CYCLE'
  /** The Unit Induk is neither a unit of the sheet nor of the agency. */
  | 'UNKNOWN_PARENT_UNIT'
  /** The NIP Atasan is neither on the sheet nor an employee of the agency with a position. */
  | 'UNKNOWN_SUPERIOR'
  /** The file is not a readable XLSX or CSV file. */
  | 'UNREADABLE_FILE';

/** Capaian kinerja organisasi: a unit's performance rating in one evaluation period. */
export type OrgPerformance = Node & {
  __typename?: 'OrgPerformance';
  /** Distribution pattern that follows from the rating. */
  distributionPattern: DistributionPatternSummary;
  /** Evaluation period. */
  evaluationPeriod: EvaluationPeriod;
  /** Opaque global identifier. */
  id: Scalars['ID']['output'];
  /** Justification (for example the recommendation of the planning or inspectorate unit). */
  note?: Maybe<Scalars['String']['output']>;
  /** The rating. */
  rating: OrgPerformanceRating;
  /** Who set the rating; null when not readable. */
  setBy?: Maybe<Employee>;
  /** Unit rated. */
  unit: OrgUnit;
  /** When the rating was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/**
 * Predikat kinerja organisasi (SE MenPANRB 3/2023): the rating of a unit's performance in
 * an evaluation period, set by the leader above the unit (by the agency's admin for a top
 * unit, whose rating comes from outside the agency).
 */
export type OrgPerformanceRating =
  /** Baik. */
  | 'GOOD'
  /** Butuh Perbaikan. */
  | 'NEEDS_IMPROVEMENT'
  /** Istimewa: outstanding. */
  | 'OUTSTANDING'
  /** Kurang. */
  | 'POOR'
  /** Sangat Kurang. */
  | 'VERY_POOR';

/** Input of `orgPerformanceSet`. */
export type OrgPerformanceSetInput = {
  /** Evaluation period. */
  evaluationPeriod: Scalars['ID']['input'];
  /** Justification (up to 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The rating. */
  rating: OrgPerformanceRating;
  /** Unit rated. */
  unit: Scalars['ID']['input'];
};

/** Result of `orgPerformanceSet`. */
export type OrgPerformanceSetPayload = {
  __typename?: 'OrgPerformanceSetPayload';
  /** The rating as stored. */
  orgPerformance?: Maybe<OrgPerformance>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnit = Node & {
  __typename?: 'OrgUnit';
  /** Agency the unit belongs to. */
  agency: Agency;
  /** Units above this one, from the top-level unit down to the parent. */
  ancestors: Array<OrgUnit>;
  /** Direct child units, ordered by name. */
  children: Array<OrgUnit>;
  /** Code of the unit, unique within its agency. */
  code: Scalars['String']['output'];
  /** Depth of the unit in the tree; 0 for a top-level unit. */
  depth: Scalars['Int']['output'];
  /** All units below this one at any depth, in tree order. */
  descendants: OrgUnitConnection;
  /**
   * Employees whose primary position is in this unit or, with `includeSubunits`, in any
   * unit below it, at the given date.
   */
  employees: EmployeeConnection;
  /**
   * Path of the XLSX download of this unit and everything below it (units, positions,
   * employees in the layout of the national HR export), relative to the API origin:
   * `GET` it with the same `Authorization: Bearer` header. Null when the viewer may not
   * export the unit's staff (admins, the unit's operators and READ_ORG tokens may).
   */
  exportUrl?: Maybe<Scalars['String']['output']>;
  /** Indicates whether the unit has child units (cheap; for lazy tree expansion). */
  hasChildren: Scalars['Boolean']['output'];
  /** Opaque global identifier of the unit. */
  id: Scalars['ID']['output'];
  /** Name of the unit. */
  name: Scalars['String']['output'];
  /** Parent unit, or null for a top-level unit. */
  parent?: Maybe<OrgUnit>;
  /**
   * The unit's organisational performance in an evaluation period; null when not set or
   * not readable.
   */
  performance?: Maybe<OrgPerformance>;
  /**
   * Path of the SKP recap (XLSX) of this unit and everything below it in a period: the
   * plans the viewer may read, with their goals and indicators, and, for those who monitor
   * the unit, the employees without a plan. Null for integration tokens without READ_PLANS.
   */
  plansExportUrl?: Maybe<Scalars['String']['output']>;
  /** Positions (jabatan) placed in this unit, ordered from the most senior. */
  positions: Array<Position>;
  /** Indicates whether the viewer may edit this unit and maintain its employees. */
  viewerCanManage: Scalars['Boolean']['output'];
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitDescendantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  at?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitExportUrlArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitPerformanceArgs = {
  evaluationPeriod: Scalars['ID']['input'];
};


/**
 * Unit kerja (unor, OPD): a node of an agency's organisation tree (SOTK), for example a
 * dinas, a bidang or a seksi.
 */
export type OrgUnitPlansExportUrlArgs = {
  period: Scalars['ID']['input'];
};

/** A page of units. */
export type OrgUnitConnection = {
  __typename?: 'OrgUnitConnection';
  /** Edges of this page. */
  edges: Array<OrgUnitEdge>;
  /** Units of this page. */
  nodes: Array<OrgUnit>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of units in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `orgUnitCreate`. */
export type OrgUnitCreateInput = {
  /** Code, unique within the agency (1 to 40 characters). */
  code: Scalars['String']['input'];
  /** Name (2 to 200 characters). */
  name: Scalars['String']['input'];
  /** Parent unit; a top-level unit of the viewer's agency when omitted. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `orgUnitCreate`. */
export type OrgUnitCreatePayload = {
  __typename?: 'OrgUnitCreatePayload';
  /** Unit created, or null when refused. */
  orgUnit?: Maybe<OrgUnit>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** A unit in a connection. */
export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Unit of this edge. */
  node: OrgUnit;
};

/** Input of `orgUnitMove`. */
export type OrgUnitMoveInput = {
  /** Unit to move, with its whole subtree. */
  id: Scalars['ID']['input'];
  /** New parent unit; null makes the unit top-level. */
  newParent?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `orgUnitMove`. */
export type OrgUnitMovePayload = {
  __typename?: 'OrgUnitMovePayload';
  /** Unit in its new place. */
  orgUnit?: Maybe<OrgUnit>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `orgUnitUpdate`. Omitted fields keep their value. */
export type OrgUnitUpdateInput = {
  /** New code, unique within the agency. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Unit to update. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `orgUnitUpdate`. */
export type OrgUnitUpdatePayload = {
  __typename?: 'OrgUnitUpdatePayload';
  /** Unit in its current state. */
  orgUnit?: Maybe<OrgUnit>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Pagination state of a cursor connection (Relay connection specification). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` to read the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Indicates whether more items follow the last item of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Indicates whether items precede the first item of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Input of `passwordChange`. */
export type PasswordChangeInput = {
  /**
   * New password: 10 to 128 characters with a letter and a digit, different from the
   * current one and not containing the NIP.
   */
  newPassword: Scalars['String']['input'];
  /** Current password. */
  oldPassword: Scalars['String']['input'];
};

/** Result of `passwordChange`. */
export type PasswordChangePayload = {
  __typename?: 'PasswordChangePayload';
  /** Indicates whether the password was changed. */
  changed?: Maybe<Scalars['Boolean']['output']>;
  /** Timestamp after which the fresh token is no longer accepted. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Fresh token that no longer carries the must-change flag. */
  token?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `passwordReset`. */
export type PasswordResetInput = {
  /** Employee whose password is reset. */
  employee: Scalars['ID']['input'];
};

/** Result of `passwordReset`. */
export type PasswordResetPayload = {
  __typename?: 'PasswordResetPayload';
  /** One-time password to hand to the employee; it must be changed at the next sign-in. */
  oneTimePassword?: Maybe<Scalars['String']['output']>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Perjanjian Kinerja (PK): a unit's annual performance agreement between its head (first
 * party) and the head's superior (second party), with strategic objectives and key
 * performance indicators (IKU).
 */
export type PerformanceAgreement = Node & {
  __typename?: 'PerformanceAgreement';
  /**
   * Pihak pertama: the head of the unit who commits to the targets; null when not set or
   * not visible to the viewer.
   */
  firstParty?: Maybe<Employee>;
  /** Opaque global identifier of the agreement. */
  id: Scalars['ID']['output'];
  /** Sasaran strategis of the agreement, in their order (a document has a handful). */
  objectives: Array<StrategicObjective>;
  /** Annual period of the agreement. */
  period: Period;
  /**
   * Pihak kedua: the superior who receives the commitment; null when not set or not
   * visible to the viewer.
   */
  secondParty?: Maybe<Employee>;
  /** Date the agreement was signed, if it was. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** Unit kerja the agreement binds. */
  unit: OrgUnit;
  /** Indicates whether the viewer may edit the agreement (admins of the agency). */
  viewerCanEdit: Scalars['Boolean']['output'];
};

/** A page of performance agreements. */
export type PerformanceAgreementConnection = {
  __typename?: 'PerformanceAgreementConnection';
  /** Edges of this page. */
  edges: Array<PerformanceAgreementEdge>;
  /** Agreements of this page. */
  nodes: Array<PerformanceAgreement>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of agreements in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `performanceAgreementCreate`. */
export type PerformanceAgreementCreateInput = {
  /** Pihak pertama (head of the unit). */
  firstParty?: InputMaybe<Scalars['ID']['input']>;
  /** Strategic objectives with their key indicators (at most 20). */
  objectives?: InputMaybe<Array<StrategicObjectiveSpec>>;
  /** Annual period. */
  period: Scalars['ID']['input'];
  /** Pihak kedua (the head's superior). */
  secondParty?: InputMaybe<Scalars['ID']['input']>;
  /** Date of signature. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Unit the agreement binds; one agreement per unit and period. */
  unit: Scalars['ID']['input'];
};

/** A performance agreement in a connection. */
export type PerformanceAgreementEdge = {
  __typename?: 'PerformanceAgreementEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Agreement of this edge. */
  node: PerformanceAgreement;
};

/** Result of the performance agreement mutations. */
export type PerformanceAgreementPayload = {
  __typename?: 'PerformanceAgreementPayload';
  /** Agreement after the change, or null when refused. */
  performanceAgreement?: Maybe<PerformanceAgreement>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Input of `performanceAgreementUpdate`. Omitted fields keep their value; an explicit
 * null clears a party or the signature date.
 */
export type PerformanceAgreementUpdateInput = {
  /** Agreement to change. */
  agreement: Scalars['ID']['input'];
  /** New pihak pertama. */
  firstParty?: InputMaybe<Scalars['ID']['input']>;
  /** New pihak kedua. */
  secondParty?: InputMaybe<Scalars['ID']['input']>;
  /** New date of signature. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * Sasaran Kinerja Pegawai (SKP): an employee's performance plan for an annual period,
 * agreed with the appraiser. A transfer mid-year closes the plan and opens a new one.
 */
export type PerformancePlan = Node & {
  __typename?: 'PerformancePlan';
  /** Lampiran: skema pertanggungjawaban (accountability scheme). */
  accountabilityScheme?: Maybe<Scalars['String']['output']>;
  /**
   * Pejabat penilai recorded on the plan: snapshot at creation, changed only by an
   * audited override or routing.
   */
  appraiser?: Maybe<Employee>;
  /** Where the recorded appraiser came from. */
  appraiserSource: AppraiserSource;
  /** Atasan pejabat penilai recorded on the plan (the appraiser's own appraiser). */
  appraiserSuperior?: Maybe<Employee>;
  /** Quantitative or qualitative approach. */
  approach: Approach;
  /** When the plan was last approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last approved the plan. */
  approvedBy?: Maybe<Employee>;
  /** Append-only audit trail of the plan (transitions, routing, overrides), oldest first. */
  auditTrail: PlanAuditRecordConnection;
  /** Perilaku kerja: one entry per core value, in the official order. */
  behaviorExpectations: Array<BehaviorExpectation>;
  /**
   * Cascade below this plan: its goals (main goals first, in their order), each with
   * its `children` down to any depth. Reading the roots and the whole subtree is one SQL
   * statement.
   */
  cascade: Array<Goal>;
  /** Why the plan was closed early (for example a transfer); null while open. */
  closedReason?: Maybe<Scalars['String']['output']>;
  /** Lampiran: konsekuensi (consequences). */
  consequences?: Maybe<Scalars['String']['output']>;
  /** Employee whose plan this is; null when the viewer may not read them. */
  employee?: Maybe<Employee>;
  /** Last day the plan applies; null while it runs to the end of the period. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /**
   * Evaluation of the plan in one evaluation period; null when none was started or the
   * viewer may not read it.
   */
  evaluation?: Maybe<Evaluation>;
  /**
   * Evaluations of the plan, one per evaluation period that has one, in period order
   * (at most a few dozen); empty when the viewer may not read the results.
   */
  evaluations: Array<Evaluation>;
  /** Rencana hasil kerja (RHK) of the plan, main goals first, in their order. */
  goals: Array<Goal>;
  /** Opaque global identifier of the plan. */
  id: Scalars['ID']['output'];
  /**
   * Goals of the appraiser's plan in the same period that this plan's MAIN goals may
   * cascade from (RHK atasan yang dapat diintervensi).
   */
  parentGoalCandidates: Array<Goal>;
  /**
   * Path of the printable SKP (PDF, A4, Bahasa Indonesia) of this plan, relative to the
   * API origin: `GET` it with the same `Authorization: Bearer` header. Served to whoever
   * may read the plan.
   */
  pdfUrl: Scalars['String']['output'];
  /** Annual period of the plan. */
  period: Period;
  /** Position (jabatan) the plan was made for. */
  position?: Maybe<Position>;
  /**
   * Target versus realization per indicator and evaluation period (one evaluation
   * period, or all of the plan's annual period), with DIRECT cascades rolled up.
   */
  progress: Array<IndicatorProgress>;
  /** Lampiran: dukungan sumber daya (resource support). */
  resourceSupport?: Maybe<Scalars['String']['output']>;
  /**
   * Matriks Peran Hasil of this plan's owner: their goals against their current direct
   * reports, with the goals cascaded to each.
   */
  resultRoleMatrix: ResultRoleMatrix;
  /** Reason the appraiser gave when returning the plan or rejecting a revision. */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** First day the plan applies. */
  startDate: Scalars['Date']['output'];
  /** Workflow status. */
  status: PlanStatus;
  /** When the plan was last submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Unit kerja of that position. */
  unit?: Maybe<OrgUnit>;
  /**
   * Concurrency token: increases with every change of the plan or its goals. Pass it as
   * `version` to a workflow mutation to act only on the state you saw.
   */
  version: Scalars['Int']['output'];
  /** Indicates whether the viewer may approve the plan (or its revision) now. */
  viewerCanApprove: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may edit the plan, its goals and indicators now. */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may reject the submitted revision now. */
  viewerCanRejectRevision: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may return the plan now. */
  viewerCanReturn: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may set the leader's specific behaviour expectations. */
  viewerCanSetBehaviorExpectations: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may submit the plan now. */
  viewerCanSubmit: Scalars['Boolean']['output'];
  /** Indicates whether the viewer may submit a revision of the approved plan now. */
  viewerCanSubmitRevision: Scalars['Boolean']['output'];
};


/**
 * Sasaran Kinerja Pegawai (SKP): an employee's performance plan for an annual period,
 * agreed with the appraiser. A transfer mid-year closes the plan and opens a new one.
 */
export type PerformancePlanAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Sasaran Kinerja Pegawai (SKP): an employee's performance plan for an annual period,
 * agreed with the appraiser. A transfer mid-year closes the plan and opens a new one.
 */
export type PerformancePlanEvaluationArgs = {
  evaluationPeriod: Scalars['ID']['input'];
};


/**
 * Sasaran Kinerja Pegawai (SKP): an employee's performance plan for an annual period,
 * agreed with the appraiser. A transfer mid-year closes the plan and opens a new one.
 */
export type PerformancePlanProgressArgs = {
  evaluationPeriod?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of performance plans. */
export type PerformancePlanConnection = {
  __typename?: 'PerformancePlanConnection';
  /** Edges of this page. */
  edges: Array<PerformancePlanEdge>;
  /** Plans of this page. */
  nodes: Array<PerformancePlan>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of plans in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** Input of `performancePlanCreate`. */
export type PerformancePlanCreateInput = {
  /** Lampiran: skema pertanggungjawaban (at most 4000 characters). */
  accountabilityScheme?: InputMaybe<Scalars['String']['input']>;
  /** Quantitative or qualitative approach. */
  approach: Approach;
  /** Lampiran: konsekuensi (at most 4000 characters). */
  consequences?: InputMaybe<Scalars['String']['input']>;
  /** Employee the plan is for; the viewer when omitted (admins may create for others). */
  employee?: InputMaybe<Scalars['ID']['input']>;
  /** Annual period of the plan; one open plan per employee and period. */
  period: Scalars['ID']['input'];
  /** Lampiran: dukungan sumber daya (at most 4000 characters). */
  resourceSupport?: InputMaybe<Scalars['String']['input']>;
};

/** A plan in a connection. */
export type PerformancePlanEdge = {
  __typename?: 'PerformancePlanEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Plan of this edge. */
  node: PerformancePlan;
};

/** Result of the plan mutations. */
export type PerformancePlanPayload = {
  __typename?: 'PerformancePlanPayload';
  /** Plan after the change, or null when refused. */
  performancePlan?: Maybe<PerformancePlan>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Input of a workflow transition that needs a reason (`performancePlanReturn`,
 * `performancePlanRevisionSubmit`, `performancePlanRevisionReject`).
 */
export type PerformancePlanReasonInput = {
  /** Plan to move. */
  plan: Scalars['ID']['input'];
  /** Why (5 to 1000 characters); shown to the other party and recorded in the audit log. */
  reason: Scalars['String']['input'];
  /** The plan's `version` as the viewer saw it; refused with CONFLICT when it changed. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of performance plans changed since a time, oldest change first. */
export type PerformancePlanSyncConnection = {
  __typename?: 'PerformancePlanSyncConnection';
  /** Edges of this page. */
  edges: Array<PerformancePlanEdge>;
  /** Changes before this instant are complete: no write still in progress can add one. */
  horizon: Scalars['DateTime']['output'];
  /** Plans of this page. */
  nodes: Array<PerformancePlan>;
  /**
   * Pagination state. Keep `endCursor` and pass it as `after` next time to receive only
   * later changes.
   */
  pageInfo: PageInfo;
  /** Number of plans changed since `updatedSince` up to `horizon`. */
  totalCount: Scalars['Int']['output'];
};

/**
 * Input of a workflow transition without a reason (`performancePlanSubmit`,
 * `performancePlanApprove`).
 */
export type PerformancePlanTransitionInput = {
  /** Plan to move. */
  plan: Scalars['ID']['input'];
  /**
   * The plan's `version` as the viewer saw it; the transition is refused with CONFLICT
   * when the plan changed since.
   */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Input of `performancePlanUpdate`. Omitted fields keep their value; an explicit null
 * clears an annex.
 */
export type PerformancePlanUpdateInput = {
  /** Lampiran: skema pertanggungjawaban. */
  accountabilityScheme?: InputMaybe<Scalars['String']['input']>;
  /** New approach; refused to QUANTITATIVE while an indicator lacks an aspect. */
  approach?: InputMaybe<Approach>;
  /** Lampiran: konsekuensi. */
  consequences?: InputMaybe<Scalars['String']['input']>;
  /** Plan to change. */
  plan: Scalars['ID']['input'];
  /** Lampiran: dukungan sumber daya. */
  resourceSupport?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Predikat kinerja pegawai (PermenPANRB 6/2022): the employee's rating, read from the
 * matrix of the result rating and the behaviour rating.
 */
export type PerformanceRating =
  /** Baik. */
  | 'GOOD'
  /** Butuh Perbaikan (some tools say Cukup): results below expectations. */
  | 'NEEDS_IMPROVEMENT'
  /** Kurang / Misconduct: behaviour below expectations. */
  | 'POOR'
  /** Sangat Baik: both ratings above expectations. */
  | 'VERY_GOOD'
  /** Sangat Kurang: both ratings below expectations. */
  | 'VERY_POOR';

/**
 * Periode: an agency's annual SKP period, with evaluation periods (monthly, quarterly,
 * semester, final) inside it.
 */
export type Period = Node & {
  __typename?: 'Period';
  /** Agency the period belongs to. */
  agency: Agency;
  /** Last day of the period. */
  endDate: Scalars['Date']['output'];
  /** Evaluation periods (periode penilaian) of the year, by start date (at most a few dozen). */
  evaluationPeriods: Array<EvaluationPeriod>;
  /** Opaque global identifier of the period. */
  id: Scalars['ID']['output'];
  /**
   * Indicates whether the annual period is locked for employees: its FINAL evaluation
   * period's deadline (batas pengisian) has passed and no admin unlock is in force.
   */
  isLocked: Scalars['Boolean']['output'];
  /** Name of the period, for example `SKP 2026`. */
  name: Scalars['String']['output'];
  /** First day of the period. */
  startDate: Scalars['Date']['output'];
  /** Indicates whether the viewer may edit the period and its evaluation periods (admins). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Calendar year of the period, unique per agency. */
  year: Scalars['Int']['output'];
};

/** Input of `periodCreate`. */
export type PeriodCreateInput = {
  /** Last day; 31 December of the year when omitted. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Evaluation periods to create. When omitted, the four quarters and the FINAL period
   * are created, each with a deadline 15 days after its end (23:59 Asia/Jakarta).
   */
  evaluationPeriods?: InputMaybe<Array<EvaluationPeriodSpec>>;
  /** Name (2 to 100 characters); `SKP <year>` when omitted. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** First day; 1 January of the year when omitted. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** Calendar year (2000 to 2200); one period per agency and year. */
  year: Scalars['Int']['input'];
};

/** Result of `periodCreate`. */
export type PeriodCreatePayload = {
  __typename?: 'PeriodCreatePayload';
  /** Period created, or null when refused. */
  period?: Maybe<Period>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `periodUpdate`. Omitted fields keep their value. */
export type PeriodUpdateInput = {
  /** New last day. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** New name (2 to 100 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Period to change. */
  period: Scalars['ID']['input'];
  /** New first day. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Result of `periodUpdate`. */
export type PeriodUpdatePayload = {
  __typename?: 'PeriodUpdatePayload';
  /** Period after the change, or null when refused. */
  period?: Maybe<Period>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Perspektif (JPT only): balanced-scorecard perspective of an indicator. */
export type Perspective =
  /** Perspektif anggaran. */
  | 'BUDGET'
  /** Perspektif proses bisnis. */
  | 'BUSINESS_PROCESS'
  /** Perspektif penguatan internal. */
  | 'INTERNAL_STRENGTHENING'
  /** Perspektif penerima layanan. */
  | 'SERVICE_RECIPIENTS';

/** Why a plan needs an admin's attention. */
export type PlanAttentionReason =
  /**
   * The recorded appraiser is no longer the employee's appraiser by the reporting line
   * today and the plan was not routed.
   */
  | 'APPRAISER_CHANGED'
  /** The plan has no appraiser recorded (nobody above the employee). */
  | 'NO_APPRAISER'
  /**
   * The recorded appraiser left and the plan was routed to the new holder of the
   * superior position.
   */
  | 'ROUTED';

/** A record of the plan's audit trail: who did what, when, from which state to which. */
export type PlanAuditRecord = {
  __typename?: 'PlanAuditRecord';
  /** What happened, for example `PLAN_SUBMIT`, `PLAN_APPROVE`, `PLAN_ROUTED`. */
  action: Scalars['String']['output'];
  /** Who did it; null for the system or when the viewer may not read the actor. */
  actor?: Maybe<Employee>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** State before (a status, or the former appraiser for routing). */
  from?: Maybe<Scalars['String']['output']>;
  /** Reason given, if any. */
  reason?: Maybe<Scalars['String']['output']>;
  /** State after. */
  to?: Maybe<Scalars['String']['output']>;
};

/** A page of audit records. */
export type PlanAuditRecordConnection = {
  __typename?: 'PlanAuditRecordConnection';
  /** Edges of this page. */
  edges: Array<PlanAuditRecordEdge>;
  /** Records of this page. */
  nodes: Array<PlanAuditRecord>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of records in the whole trail. */
  totalCount: Scalars['Int']['output'];
};

/** An audit record in a connection. */
export type PlanAuditRecordEdge = {
  __typename?: 'PlanAuditRecordEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** Record of this edge. */
  node: PlanAuditRecord;
};

/** Status of a performance plan (SKP) in the approval workflow. */
export type PlanStatus =
  /** Disetujui: agreed by the appraiser. */
  | 'APPROVED'
  /** Draf: the owner is writing the plan. */
  | 'DRAFT'
  /**
   * Dikembalikan: sent back by the appraiser with a reason; the owner's next edit or
   * submission moves it on.
   */
  | 'RETURNED'
  /** Revisi ditolak: the appraiser refused the revision; the owner may submit another. */
  | 'REVISION_REJECTED'
  /**
   * Revisi diajukan: the owner asked to revise an approved plan (with a reason) and may
   * amend it until the appraiser decides.
   */
  | 'REVISION_SUBMITTED'
  /** Diajukan: sent to the appraiser for approval. */
  | 'SUBMITTED';

/** Number of plans in one workflow status. */
export type PlanStatusCount = {
  __typename?: 'PlanStatusCount';
  /** Number of plans in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: PlanStatus;
};

/** Jabatan: a post in a unit with a reporting line to a superior post. */
export type Position = Node & {
  __typename?: 'Position';
  /** Employee temporarily holding the position (PLT or PLH) at the given date, if any. */
  actingHolder?: Maybe<Employee>;
  /** Employee definitively holding the position at the given date, or null when vacant. */
  holder?: Maybe<Employee>;
  /** Opaque global identifier of the position. */
  id: Scalars['ID']['output'];
  /** Level of the position. */
  level: PositionLevel;
  /** Name of the position, for example `Kepala Seksi Perencanaan`. */
  name: Scalars['String']['output'];
  /** Positions that report directly to this one. */
  subordinatePositions: Array<Position>;
  /** Superior position in the reporting line, or null at the top. */
  superior?: Maybe<Position>;
  /** Kind of the position. */
  type: PositionType;
  /** Unit the position is placed in. */
  unit: OrgUnit;
};


/** Jabatan: a post in a unit with a reporting line to a superior post. */
export type PositionActingHolderArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Jabatan: a post in a unit with a reporting line to a superior post. */
export type PositionHolderArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** Input of `positionCreate`. */
export type PositionCreateInput = {
  /** Level, which must fit the type. */
  level: PositionLevel;
  /** Name of the position. */
  name: Scalars['String']['input'];
  /** Superior position in the reporting line; null for the top of the agency. */
  superior?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of the position. */
  type: PositionType;
  /** Unit the position is placed in. */
  unit: Scalars['ID']['input'];
};

/** Result of `positionCreate`. */
export type PositionCreatePayload = {
  __typename?: 'PositionCreatePayload';
  /** Position created, or null when refused. */
  position?: Maybe<Position>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Level (jenjang) of a position; which levels are allowed depends on the position type. */
export type PositionLevel =
  /** JA Administrator (ex-eselon III), for example a Kepala Bidang. */
  | 'ADMINISTRATOR'
  /** JF keahlian, Ahli Madya. */
  | 'AHLI_MADYA'
  /** JF keahlian, Ahli Muda. */
  | 'AHLI_MUDA'
  /** JF keahlian, Ahli Pertama. */
  | 'AHLI_PERTAMA'
  /** JF keahlian, Ahli Utama. */
  | 'AHLI_UTAMA'
  /** JPT Madya (ex-eselon I), for example a provincial Sekretaris Daerah. */
  | 'MADYA'
  /** JF keterampilan, Mahir. */
  | 'MAHIR'
  /** JA Pelaksana: non-managerial staff. */
  | 'PELAKSANA'
  /** JF keterampilan, Pemula. */
  | 'PEMULA'
  /** JA Pengawas (ex-eselon IV), for example a Kepala Seksi. */
  | 'PENGAWAS'
  /** JF keterampilan, Penyelia. */
  | 'PENYELIA'
  /** JPT Pratama (ex-eselon II), for example a Kepala Dinas. */
  | 'PRATAMA'
  /** JF keterampilan, Terampil. */
  | 'TERAMPIL'
  /** JPT Utama. */
  | 'UTAMA';

/** Jenis jabatan: the kind of a position. */
export type PositionType =
  /** Jabatan Administrasi: administrator, pengawas or pelaksana. */
  | 'JA'
  /** Jabatan Fungsional: functional position with a jenjang. */
  | 'JF'
  /** Jabatan Pimpinan Tinggi: senior leader (utama, madya, pratama). */
  | 'JPT';

/**
 * Input of `positionUpdate`. Omitted fields keep their value; a new superior moves the
 * position with all positions below it.
 */
export type PositionUpdateInput = {
  /** Position to update. */
  id: Scalars['ID']['input'];
  /** New level. */
  level?: InputMaybe<PositionLevel>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New superior position. */
  superior?: InputMaybe<Scalars['ID']['input']>;
  /** New type (with a fitting level). */
  type?: InputMaybe<PositionType>;
  /** New unit. */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `positionUpdate`. */
export type PositionUpdatePayload = {
  __typename?: 'PositionUpdatePayload';
  /** Position in its current state. */
  position?: Maybe<Position>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Entry points for reading data. */
export type Query = {
  __typename?: 'Query';
  /**
   * Action plans of an employee's goals, for an evaluation period or for the evaluation
   * periods containing a day (what the logbook form offers). Readable by the employee,
   * their appraiser, managers above them and the agency's admins; empty for anyone else.
   */
  actionPlans: ActionPlanConnection;
  /** Agencies of the platform (all for a superadmin, the own agency otherwise). */
  agencies: Array<Agency>;
  /** Remaining request budget of the calling integration token; null for other viewers. */
  apiTokenRateLimit?: Maybe<RateLimitBucket>;
  /** Integration tokens of the viewer's agency, newest first (agency admins only). */
  apiTokens: ApiTokenConnection;
  /** The three behaviour guides of each core value (reference data). */
  coreValueGuides: Array<CoreValueGuide>;
  /**
   * Distribution check of a unit in an evaluation period; null when the viewer may not
   * monitor the unit (its leaders up the line, admins, operators of the subtree).
   */
  distributionCheck?: Maybe<DistributionCheckResult>;
  /** The distribution patterns of SE MenPANRB 3/2023, one per organisational rating. */
  distributionPatterns: Array<DistributionPatternSummary>;
  /** Employee by global identifier; null when missing or not visible to the viewer. */
  employee?: Maybe<Employee>;
  /** Employee by NIP; null when missing or not visible to the viewer. */
  employeeByNip?: Maybe<Employee>;
  /**
   * Employees whose name or NIP contains the search text, within a unit subtree (default:
   * the viewer's whole scope), ordered by name. Only employees the viewer may read.
   */
  employeeSearch: EmployeeConnection;
  /**
   * Bulk read for integrations: every employee record of the agency changed since
   * `updatedSince` (READ_ORG tokens, agency admins).
   */
  employeesSync: EmployeeSyncConnection;
  /** Evaluation by global identifier; null when missing or the viewer may not read it. */
  evaluation?: Maybe<Evaluation>;
  /** The reference list of feedback options (pilihan umpan balik). */
  feedbackOptions: Array<FeedbackOption>;
  /**
   * Logbook entries of one employee in a date range (at most 366 days), by date and
   * start time. Readable by the employee, their appraiser, managers above them and the
   * agency's admins; empty for anyone else.
   */
  logbookEntries: LogbookEntryConnection;
  /**
   * Bulk read for integrations: every logbook entry of the agency changed (created,
   * edited, submitted, verified…) since `updatedSince`, ordered by (updatedAt, id).
   * Integration tokens with READ_LOGBOOK read up to 1,000 per page, agency admins 100.
   */
  logbookEntriesSync: LogbookEntrySyncConnection;
  /**
   * Bulk read for integrations: logbook entries deleted since a time, so a copy can drop
   * them (READ_LOGBOOK tokens, agency admins).
   */
  logbookEntryDeletions: LogbookEntryDeletionConnection;
  /**
   * Kotak verifikasi: SUBMITTED entries of the viewer's direct reports, oldest day
   * first, waiting for the viewer (their appraiser) to verify or reject them.
   */
  logbookVerificationInbox: LogbookEntryConnection;
  /**
   * Fetches any object by its global identifier; null when it does not exist or the
   * viewer may not read it.
   */
  node?: Maybe<Node>;
  /**
   * Fetches several objects by global identifier, in the order given; an entry is null
   * when that object does not exist or the viewer may not read it. At most 100 ids.
   */
  nodes: Array<Maybe<Node>>;
  /**
   * A unit's organisational performance in an evaluation period; null when not set or not
   * readable (same agency only).
   */
  orgPerformance?: Maybe<OrgPerformance>;
  /** Unit by global identifier; null when missing or not visible. */
  orgUnit?: Maybe<OrgUnit>;
  /**
   * Performance agreements of a unit (and optionally the units below it) in an annual
   * period, ordered by unit path. Agreements are readable by everyone in the agency.
   */
  performanceAgreements: PerformanceAgreementConnection;
  /** A performance plan by id; null when it does not exist or the viewer may not read it. */
  performancePlan?: Maybe<PerformancePlan>;
  /**
   * Bulk read for integrations: every performance plan of the agency changed since
   * `updatedSince`, ordered by (updatedAt, id) (READ_PLANS tokens, agency admins).
   */
  performancePlansSync: PerformancePlanSyncConnection;
  /** The annual period of a year, or null when the agency has none for that year. */
  period?: Maybe<Period>;
  /**
   * Annual periods of an agency, most recent year first (the viewer's agency when
   * `agency` is omitted; other agencies only for the national superadmin).
   */
  periods: Array<Period>;
  /**
   * Open plans of the agency that need an admin's attention after transfers: routed
   * plans, plans without an appraiser, plans whose appraiser is no longer the reporting
   * line's (admins).
   */
  plansNeedingAttention: PerformancePlanConnection;
  /**
   * Plans waiting for the viewer's decision as their recorded appraiser (submitted plans
   * and submitted revisions by default), oldest submission first.
   */
  plansToApprove: PerformancePlanConnection;
  /** Position by global identifier; null when missing or not visible. */
  position?: Maybe<Position>;
  /** The PermenPANRB 6/2022 rating matrix (kuadran kinerja), unmarked. */
  ratingMatrix: RatingMatrix;
  /**
   * The result-role matrix (Matriks Peran Hasil) of a plan; null when the plan does not
   * exist or the viewer may not read it.
   */
  resultRoleMatrix?: Maybe<ResultRoleMatrix>;
  /** The scoring strategies an agency can select. */
  scoringStrategies: Array<ScoringStrategyOption>;
  /**
   * Monitoring of a unit subtree in an evaluation period; null when the unit is missing or
   * the viewer may not monitor it (its leaders up the line, admins, operators of the
   * subtree).
   */
  unitMonitoring?: Maybe<UnitMonitoringReport>;
  /** The signed-in account; null when not signed in. */
  viewer?: Maybe<Viewer>;
};


/** Entry points for reading data. */
export type QueryActionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  employee?: InputMaybe<Scalars['ID']['input']>;
  evaluationPeriod?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading data. */
export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Entry points for reading data. */
export type QueryDistributionCheckArgs = {
  evaluationPeriod: Scalars['ID']['input'];
  unit: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryEmployeeByNipArgs = {
  nip: Scalars['String']['input'];
};


/** Entry points for reading data. */
export type QueryEmployeeSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading data. */
export type QueryEmployeesSyncArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Entry points for reading data. */
export type QueryEvaluationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryFeedbackOptionsArgs = {
  coreValue?: InputMaybe<CoreValue>;
  target?: InputMaybe<FeedbackTarget>;
};


/** Entry points for reading data. */
export type QueryLogbookEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employee?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['Date']['input'];
  status?: InputMaybe<LogbookEntryStatus>;
  to: Scalars['Date']['input'];
};


/** Entry points for reading data. */
export type QueryLogbookEntriesSyncArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Entry points for reading data. */
export type QueryLogbookEntryDeletionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  deletedSince?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading data. */
export type QueryLogbookVerificationInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employee?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points for reading data. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Entry points for reading data. */
export type QueryOrgPerformanceArgs = {
  evaluationPeriod: Scalars['ID']['input'];
  unit: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryPerformanceAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSubunits?: InputMaybe<Scalars['Boolean']['input']>;
  period: Scalars['ID']['input'];
  unit?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading data. */
export type QueryPerformancePlanArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryPerformancePlansSyncArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Entry points for reading data. */
export type QueryPeriodArgs = {
  agency?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** Entry points for reading data. */
export type QueryPeriodsArgs = {
  agency?: InputMaybe<Scalars['ID']['input']>;
};


/** Entry points for reading data. */
export type QueryPlansNeedingAttentionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period: Scalars['ID']['input'];
  reasons?: InputMaybe<Array<PlanAttentionReason>>;
};


/** Entry points for reading data. */
export type QueryPlansToApproveArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<PlanStatus>>;
};


/** Entry points for reading data. */
export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryResultRoleMatrixArgs = {
  plan: Scalars['ID']['input'];
};


/** Entry points for reading data. */
export type QueryUnitMonitoringArgs = {
  evaluationPeriod: Scalars['ID']['input'];
  unit: Scalars['ID']['input'];
};

/**
 * Request budget of the calling integration token (batas laju): a token bucket that
 * refills continuously.
 */
export type RateLimitBucket = {
  __typename?: 'RateLimitBucket';
  /** Largest number of requests the token may make in a burst. */
  limit: Scalars['Int']['output'];
  /** Requests added back to the bucket per minute. */
  refillPerMinute: Scalars['Int']['output'];
  /** Requests left in the bucket after this one. */
  remaining: Scalars['Int']['output'];
};

/** Number of rated employees with one predikat. */
export type RatingCount = {
  __typename?: 'RatingCount';
  /** Number of employees with it. */
  count: Scalars['Int']['output'];
  /** The predikat. */
  rating: PerformanceRating;
  /** Share of all rated employees counted (0 to 1; 0 when nobody is rated). */
  share: Scalars['Float']['output'];
};

/**
 * Kuadran kinerja (PermenPANRB 6/2022) as the printed page shows it: rows are result
 * ratings from above to below expectations, columns behaviour ratings from below to above.
 */
export type RatingMatrix = {
  __typename?: 'RatingMatrix';
  /** Column headers, left to right. */
  columns: Array<RatingMatrixColumn>;
  /** Predikat of the marked cell, if one is marked. */
  marked?: Maybe<PerformanceRating>;
  /** Rows, top to bottom. */
  rows: Array<RatingMatrixRow>;
};

/** One cell of the rating matrix: the predikat for one pair of ratings. */
export type RatingMatrixCell = {
  __typename?: 'RatingMatrixCell';
  /** Behaviour rating of the cell's column. */
  behaviorRating: ExpectationRating;
  /** Indonesian label of the predikat, for example `Baik`. */
  label: Scalars['String']['output'];
  /** Indicates whether this is the evaluated employee's cell. */
  marked: Scalars['Boolean']['output'];
  /** Predikat of the cell. */
  rating: PerformanceRating;
};

/** Column header of the rating matrix (kuadran kinerja): one behaviour rating. */
export type RatingMatrixColumn = {
  __typename?: 'RatingMatrixColumn';
  /** Behaviour rating of the column. */
  behaviorRating: ExpectationRating;
  /** Indonesian label, for example `Sesuai Ekspektasi`. */
  label: Scalars['String']['output'];
};

/** One row of the rating matrix: a result rating with its three cells. */
export type RatingMatrixRow = {
  __typename?: 'RatingMatrixRow';
  /** Cells from behaviour below to above expectations. */
  cells: Array<RatingMatrixCell>;
  /** Indonesian label, for example `Di Atas Ekspektasi`. */
  label: Scalars['String']['output'];
  /** Result rating of the row. */
  resultRating: ExpectationRating;
};

/** Percentage paid for one predikat. */
export type RatingPercentInput = {
  /** Percentage paid (0 to 100). */
  percent: Scalars['Float']['input'];
  /** The predikat. */
  rating: PerformanceRating;
};

/** Percentage of the performance part paid for one predikat. */
export type RatingPercentRow = {
  __typename?: 'RatingPercentRow';
  /** Percentage paid. */
  percent: Scalars['Float']['output'];
  /** The predikat. */
  rating: PerformanceRating;
};

/** Realisasi: the achieved value of an indicator (IKI) in an evaluation period. */
export type Realization = Node & {
  __typename?: 'Realization';
  /** When the realization was first recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Evaluation period (periode penilaian) the value belongs to. */
  evaluationPeriod: EvaluationPeriod;
  /** Bukti dukung: http(s) links proving the value. */
  evidence: Array<Scalars['String']['output']>;
  /** Opaque global identifier of the realization. */
  id: Scalars['ID']['output'];
  /** Indicator (IKI) the value belongs to. */
  indicator: Indicator;
  /** Note of the employee. */
  note?: Maybe<Scalars['String']['output']>;
  /** Who recorded the value. */
  recordedBy?: Maybe<Employee>;
  /** Whether the value was entered or computed from the logbook. */
  source: RealizationSource;
  /** When the realization was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Achieved value, in the indicator's unit. */
  value: Scalars['Float']['output'];
};

/** Input of `realizationCompute`. */
export type RealizationComputeInput = {
  /**
   * Evaluation period of the goal's annual period; must be open. The value is the sum of
   * the output of VERIFIED logbook entries dated inside it, written in the indicator's
   * unit, of action plans linked to the indicator (or to its goal without an indicator).
   */
  evaluationPeriod: Scalars['ID']['input'];
  /** Indicator (IKI) of one of the viewer's own goals. */
  indicator: Scalars['ID']['input'];
};

/** Result of `realizationSet` and `realizationCompute`. */
export type RealizationPayload = {
  __typename?: 'RealizationPayload';
  /** Realization after the change, or null when refused. */
  realization?: Maybe<Realization>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Input of `realizationSet`. */
export type RealizationSetInput = {
  /** Evaluation period of the goal's annual period; must be open. */
  evaluationPeriod: Scalars['ID']['input'];
  /** Bukti dukung: 1 to 10 http(s) links. */
  evidence: Array<Scalars['String']['input']>;
  /** Indicator (IKI) of one of the viewer's own goals. */
  indicator: Scalars['ID']['input'];
  /** Note (at most 2000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Achieved value, at least 0, in the indicator's unit. */
  value: Scalars['Float']['input'];
};

/** Where the value of a realization comes from. */
export type RealizationSource =
  /** Computed from the sum of VERIFIED logbook output in the indicator's unit. */
  | 'LOGBOOK'
  /** Entered by the employee with evidence (bukti dukung). */
  | 'MANUAL';

/** Where the result rating (rating hasil kerja) of an evaluation came from. */
export type ResultRatingSource =
  /** Given by the appraiser (pejabat penilai). */
  | 'APPRAISER'
  /**
   * Taken from the unit's organisational performance (capaian kinerja organisasi): the
   * evaluated employee heads the unit (SE MenPANRB 3/2023).
   */
  | 'ORG_PERFORMANCE';

/**
 * Matriks Peran Hasil (MPH): which direct report delivers which part of a leader's
 * goals. Rows are the leader's goals, columns the leader's current direct reports,
 * cells the goals cascaded from a row's goal to a column's employee.
 */
export type ResultRoleMatrix = {
  __typename?: 'ResultRoleMatrix';
  /** The leader's current direct reports (bawahan langsung) the viewer may read, by name. */
  columns: Array<ResultRoleMatrixColumn>;
  /** The leader's plan the matrix is built from. */
  plan: PerformancePlan;
  /** One row per goal of the leader's plan, in the plan's order. */
  rows: Array<ResultRoleMatrixRow>;
};

/** A cell of the result-role matrix: what one direct report delivers of one goal. */
export type ResultRoleMatrixCell = {
  __typename?: 'ResultRoleMatrixCell';
  /**
   * How they support the row's goal: DIRECT when any of them is a direct share, else
   * INDIRECT; null for an empty cell.
   */
  cascadeType?: Maybe<CascadeType>;
  /** The direct report of this cell's column. */
  employee: Employee;
  /** Goals of the direct report cascaded from the row's goal; empty when none. */
  goals: Array<Goal>;
  /**
   * Status of the plan holding the cell's goals (or of the column's plan for an empty
   * cell); null without a plan.
   */
  planStatus?: Maybe<PlanStatus>;
};

/** A column of the result-role matrix: one direct report. */
export type ResultRoleMatrixColumn = {
  __typename?: 'ResultRoleMatrixColumn';
  /** The direct report. */
  employee: Employee;
  /**
   * Their plan in the same period in force today; null when they have none yet or the
   * viewer may not read it.
   */
  plan?: Maybe<PerformancePlan>;
  /** Status of that plan; null without a plan. */
  planStatus?: Maybe<PlanStatus>;
};

/** A row of the result-role matrix: one goal of the leader. */
export type ResultRoleMatrixRow = {
  __typename?: 'ResultRoleMatrixRow';
  /** One cell per column, in the order of `columns`. */
  cells: Array<ResultRoleMatrixCell>;
  /** The leader's goal. */
  goal: Goal;
};

/**
 * Role granted to an account. The appraiser relation is derived from the reporting line,
 * not granted.
 */
export type Role =
  /** Agency admin (BKPSDM): organisation tree, periods, overrides and rule tables. */
  | 'ADMIN'
  /** Employee: own plans, logbook and results. */
  | 'EMPLOYEE'
  /** Unit operator: maintains employees and assignments inside one unit subtree. */
  | 'OPERATOR'
  /** National superadmin: manages agencies and reads everything. */
  | 'SUPERADMIN';

/** A score band [minScore, maxScore). */
export type ScoreBandInput = {
  /** Where the next band starts; omit for the open-ended last band. */
  maxScore?: InputMaybe<Scalars['Float']['input']>;
  /** Lowest score of the band. */
  minScore: Scalars['Float']['input'];
  /** Percentage of the performance part paid (0 to 100). */
  percent: Scalars['Float']['input'];
};

/** A score band [minScore, maxScore) and the percentage of the performance part it pays. */
export type ScoreBandRow = {
  __typename?: 'ScoreBandRow';
  /** Score where the next band starts; null for the open-ended last band. */
  maxScore?: Maybe<Scalars['Float']['output']>;
  /** Lowest score of the band. */
  minScore: Scalars['Float']['output'];
  /** Percentage of the performance part paid. */
  percent: Scalars['Float']['output'];
};

/** Score of an evaluation under the agency's scoring strategy. */
export type ScoringResult = {
  __typename?: 'ScoringResult';
  /** Nilai perilaku part (PP 46/2011). */
  behaviorValue?: Maybe<Scalars['Float']['output']>;
  /** Per-indicator scores (PermenPANRB 8/2021), main goals first. */
  indicators: Array<IndicatorScoreLine>;
  /** Number of measurable indicators without a realization in the period (counted as 0). */
  missingRealizations: Scalars['Int']['output'];
  /** Nilai SKP part (PP 46/2011: activities + additional tasks + creativity). */
  planValue?: Maybe<Scalars['Float']['output']>;
  /** Predikat under the strategy; null when it cannot be computed. */
  rating?: Maybe<PerformanceRating>;
  /**
   * Numeric score (nilai SKP for 8/2021, nilai prestasi kerja for PP 46/2011); null for
   * the 6/2022 matrix or when it cannot be computed.
   */
  score?: Maybe<Scalars['Float']['output']>;
  /** Strategy applied. */
  strategy: ScoringStrategy;
  /**
   * Why no score could be computed (for example no ratings yet, no measurable indicator,
   * or missing PP 46/2011 behaviour scores); null when computed.
   */
  unavailableReason?: Maybe<Scalars['String']['output']>;
};

/**
 * Scoring strategy of an agency: how an evaluation is turned into a predikat and, for the
 * numeric schemes still used by regional TPP engines, a score.
 */
export type ScoringStrategy =
  /**
   * PermenPANRB 6/2022 (default): predikat from the matrix of result and behaviour ratings;
   * no numeric score.
   */
  | 'PERMENPANRB_6_2022'
  /**
   * PermenPANRB 8/2021: capaian per indicator (realization / target; lower-is-better
   * 2 − R/T; ranged targets) mapped to 0–120, averaged over the main goals.
   */
  | 'PERMENPANRB_8_2021'
  /**
   * PP 46/2011 + Perka BKN 1/2013: quantity, quality, time (1.76 factor, 24 % efficiency
   * rule) and cost per activity; score = 60 % plan + 40 % behaviour.
   */
  | 'PP_46_2011';

/** A scoring strategy an agency can select. */
export type ScoringStrategyOption = {
  __typename?: 'ScoringStrategyOption';
  /** What it computes. */
  description: Scalars['String']['output'];
  /** Indicates whether it yields a numeric score. */
  isNumeric: Scalars['Boolean']['output'];
  /** The strategy. */
  strategy: ScoringStrategy;
};

/** Penilaian diri: the employee's own note on one goal, written before the appraiser rates. */
export type SelfAssessment = Node & {
  __typename?: 'SelfAssessment';
  /** Goal (RHK) the note is about. */
  goal?: Maybe<Goal>;
  /** Opaque global identifier of the self-assessment. */
  id: Scalars['ID']['output'];
  /** The employee's note. */
  note: Scalars['String']['output'];
  /** When the note was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Input of `selfAssessmentSet`. */
export type SelfAssessmentSetInput = {
  /** Evaluation period assessed. */
  evaluationPeriod: Scalars['ID']['input'];
  /** Goal of the plan the note is about. */
  goal: Scalars['ID']['input'];
  /** The note (1 to 2,000 characters). */
  note: Scalars['String']['input'];
  /** The employee's own plan. */
  performancePlan: Scalars['ID']['input'];
};

/** Result of `selfAssessmentSet`. */
export type SelfAssessmentSetPayload = {
  __typename?: 'SelfAssessmentSetPayload';
  /** The evaluation the note belongs to. */
  evaluation?: Maybe<Evaluation>;
  /** The note as stored. */
  selfAssessment?: Maybe<SelfAssessment>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** Sasaran strategis: an organisation-level objective of a performance agreement. */
export type StrategicObjective = Node & {
  __typename?: 'StrategicObjective';
  /** Agreement the objective belongs to. */
  agreement: PerformanceAgreement;
  /** Text of the objective. */
  description: Scalars['String']['output'];
  /** Opaque global identifier of the objective. */
  id: Scalars['ID']['output'];
  /** Indikator Kinerja Utama (IKU) measuring the objective, in their order. */
  keyIndicators: Array<KeyIndicator>;
  /** Position of the objective in the agreement, from 0. */
  ordinal: Scalars['Int']['output'];
};

/** Input of `strategicObjectiveCreate`. */
export type StrategicObjectiveCreateInput = {
  /** Agreement to add the objective to. */
  agreement: Scalars['ID']['input'];
  /** The objective with its key indicators. */
  objective: StrategicObjectiveSpec;
};

/** Input of `strategicObjectiveDelete`. */
export type StrategicObjectiveDeleteInput = {
  /** Objective to delete; refused while a goal is linked to it or its indicators. */
  objective: Scalars['ID']['input'];
};

/** Result of the strategic objective mutations. */
export type StrategicObjectivePayload = {
  __typename?: 'StrategicObjectivePayload';
  /** Identifier of the deleted objective, for `strategicObjectiveDelete`. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Objective after the change, or null when refused or deleted. */
  strategicObjective?: Maybe<StrategicObjective>;
  /** Reasons of a refusal; empty on success. */
  userErrors: Array<UserError>;
};

/** A strategic objective to create, with its key indicators. */
export type StrategicObjectiveSpec = {
  /** Text of the objective (3 to 1000 characters). */
  description: Scalars['String']['input'];
  /** Key indicators of the objective (at most 20). */
  keyIndicators?: InputMaybe<Array<KeyIndicatorSpec>>;
};

/** Input of `strategicObjectiveUpdate`. */
export type StrategicObjectiveUpdateInput = {
  /** New text (3 to 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Objective to change. */
  objective: Scalars['ID']['input'];
  /** New position in the agreement. */
  ordinal?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of unit distribution checks. */
export type UnitDistributionConnection = {
  __typename?: 'UnitDistributionConnection';
  /** Edges of this page. */
  edges: Array<UnitDistributionEdge>;
  /** Checks of this page. */
  nodes: Array<UnitDistributionRow>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Number of units with an organisational performance in the subtree. */
  totalCount: Scalars['Int']['output'];
};

/** A unit distribution check in a connection. */
export type UnitDistributionEdge = {
  __typename?: 'UnitDistributionEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The unit's check. */
  node: UnitDistributionRow;
};

/**
 * Distribution check of one unit of the subtree that has its own organisational performance
 * (Monitoring Kurva).
 */
export type UnitDistributionRow = {
  __typename?: 'UnitDistributionRow';
  /** The unit's distribution check. */
  check: DistributionCheckResult;
  /** The unit. */
  unit: OrgUnit;
};

/**
 * Monitoring of a unit subtree in an evaluation period: the widgets agencies build by hand
 * from exports today. Each widget is computed when asked for, with a bounded number of SQL
 * statements whatever the subtree's size.
 */
export type UnitMonitoringReport = {
  __typename?: 'UnitMonitoringReport';
  /** Monthly allowance totals. */
  allowanceTotals: AllowanceTotalsSummary;
  /**
   * Employees definitively assigned in the subtree now who have no plan in the annual
   * period.
   */
  employeesWithoutPlan: Scalars['Int']['output'];
  /** Evaluation period monitored. */
  evaluationPeriod: EvaluationPeriod;
  /** Evaluations done in the evaluation period. */
  evaluationProgress: EvaluationProgress;
  /**
   * Path of the XLSX export of this monitoring report (rekap pemantauan kinerja), relative
   * to the API origin: `GET` it with the same `Authorization: Bearer` header. One worksheet
   * per table (SKP completion, logbook activity, evaluation progress, rating distribution
   * against the allowed pattern, allowance totals), one numbered row per unit of the
   * subtree with its own figures and a totals row equal to this report's figures. Served to
   * exactly those who may read this report.
   */
  exportUrl?: Maybe<Scalars['String']['output']>;
  /** Share of employees with logbook entries in a month. */
  logbookActivity: LogbookActivityShare;
  /** Plans of the annual period in the subtree, per status (statuses without plans omitted). */
  planStatusCounts: Array<PlanStatusCount>;
  /** Distribution check of the subtree's root unit. */
  ratingDistribution: DistributionCheckResult;
  /** Root of the subtree. */
  unit: OrgUnit;
  /**
   * Distribution checks of the units of the subtree that have an organisational
   * performance, in tree order (Monitoring Kurva).
   */
  unitDistributions: UnitDistributionConnection;
};


/**
 * Monitoring of a unit subtree in an evaluation period: the widgets agencies build by hand
 * from exports today. Each widget is computed when asked for, with a bounded number of SQL
 * statements whatever the subtree's size.
 */
export type UnitMonitoringReportAllowanceTotalsArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Monitoring of a unit subtree in an evaluation period: the widgets agencies build by hand
 * from exports today. Each widget is computed when asked for, with a bounded number of SQL
 * statements whatever the subtree's size.
 */
export type UnitMonitoringReportExportUrlArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Monitoring of a unit subtree in an evaluation period: the widgets agencies build by hand
 * from exports today. Each widget is computed when asked for, with a bounded number of SQL
 * statements whatever the subtree's size.
 */
export type UnitMonitoringReportLogbookActivityArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Monitoring of a unit subtree in an evaluation period: the widgets agencies build by hand
 * from exports today. Each widget is computed when asked for, with a bounded number of SQL
 * statements whatever the subtree's size.
 */
export type UnitMonitoringReportUnitDistributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A problem with a mutation's input or the state of the data that the user can fix or
 * must be told about. Returned inside mutation payloads; nothing was written.
 */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason of the problem. */
  code: UserErrorCode;
  /**
   * Path to the input field at fault, for example `["input", "nip"]`, or null when the
   * problem is not tied to one field.
   */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation of the problem. */
  message: Scalars['String']['output'];
};

/** Machine-readable reason of a `UserError`. Codes are stable; messages may change. */
export type UserErrorCode =
  /**
   * The action plan is not one of the employee's own, or its evaluation period does not
   * contain the entry's date.
   */
  | 'ACTION_PLAN_MISMATCH'
  /**
   * The targets of an indicator's action plans in evaluation periods of one kind would
   * exceed the indicator's annual target (additive units only).
   */
  | 'ANNUAL_TARGET_EXCEEDED'
  /** The assignment overlaps an existing one of the same kind for the employee or position. */
  | 'ASSIGNMENT_OVERLAP'
  /** Allowance rules: there is a gap between two bands. */
  | 'BANDS_GAP'
  /** Allowance rules: bands are not in ascending order. */
  | 'BANDS_NOT_ORDERED'
  /** Allowance rules: two bands overlap. */
  | 'BANDS_OVERLAP'
  /** Allowance rules: a band is malformed (bounds out of order or not whole minutes). */
  | 'BAND_INVALID'
  /** The parent goal would make the cascade a cycle. */
  | 'CASCADE_CYCLE'
  /** The change conflicts with a concurrent change or an existing record. */
  | 'CONFLICT'
  /** A referenced object belongs to another agency. */
  | 'CROSS_AGENCY'
  /**
   * The ratings break the unit's distribution pattern (pola distribusi); confirming needs a
   * reason.
   */
  | 'DISTRIBUTION_REASON_REQUIRED'
  /** Another unit of the agency already has this code. */
  | 'DUPLICATE_CODE'
  /** Another employee already has this NIP. */
  | 'DUPLICATE_NIP'
  /** The appraiser has already rated the period, so the self-assessment is closed. */
  | 'EVALUATION_ALREADY_RATED'
  /** The evaluation is confirmed and locked; an admin must reopen it first. */
  | 'EVALUATION_CONFIRMED'
  /** The evaluation has no ratings yet. */
  | 'EVALUATION_NOT_RATED'
  /** The viewer may not perform this action on this object. */
  | 'FORBIDDEN'
  /** The date is in the future (logbook entries record work already done). */
  | 'FUTURE_DATE'
  /**
   * The goal is locked: inherited from the superior (cascaded) or bound to the
   * performance agreement, so its owner cannot change it.
   */
  | 'GOAL_LOCKED'
  /** The imported sheet has problems; see the report's violations. Nothing was written. */
  | 'IMPORT_INVALID'
  /** The NIP or password is wrong, or the account is inactive. */
  | 'INVALID_CREDENTIALS'
  /** An input value is malformed or out of range. */
  | 'INVALID_INPUT'
  /** The NIP is not 18 digits or does not encode a valid birth date, appointment and gender. */
  | 'INVALID_NIP'
  /** The parent goal is not a goal of the appraiser's plan in the same period. */
  | 'INVALID_PARENT_GOAL'
  /** The position level does not fit the position type. */
  | 'INVALID_POSITION_LEVEL'
  /** The object is not in a state that allows this action. */
  | 'INVALID_STATE_TRANSITION'
  /** Allowance rules: the last band has an upper bound. */
  | 'LAST_BAND_NOT_OPEN'
  /** The employee is not a current direct report (bawahan langsung) of the goal's owner. */
  | 'NOT_DIRECT_REPORT'
  /** A referenced object does not exist or is not visible to the viewer. */
  | 'NOT_FOUND'
  /** Allowance rules: neither predikat percentages nor score bands are given. */
  | 'NO_PERFORMANCE_MAPPING'
  /** Allowance rules: an open-ended band is not the last one. */
  | 'OPEN_BAND_NOT_LAST'
  /**
   * The evaluated employee heads the unit and the unit's organisational performance for
   * the period is not set yet.
   */
  | 'ORG_PERFORMANCE_REQUIRED'
  /** No evaluation period (periode penilaian) of the agency contains the date. */
  | 'OUTSIDE_EVALUATION_PERIOD'
  /** The evaluation period is not part of the plan's year or does not overlap the plan. */
  | 'OUTSIDE_PLAN_PERIOD'
  /** A MAIN goal of a JA/JF employee has no parent goal from the appraiser's plan. */
  | 'PARENT_GOAL_REQUIRED'
  /** Allowance rules: a percentage is outside 0 to 100. */
  | 'PERCENT_OUT_OF_RANGE'
  /**
   * The deadline (batas pengisian) of the period has passed and it is locked for
   * employees; an admin can unlock it with a reason.
   */
  | 'PERIOD_LOCKED'
  /** The evaluation period has not started yet. */
  | 'PERIOD_NOT_STARTED'
  /** The plan is not complete enough for this action (for example it has no goals). */
  | 'PLAN_INCOMPLETE'
  /** The plan is not approved, so it cannot be evaluated. */
  | 'PLAN_NOT_APPROVED'
  /** Allowance rules: a predikat has no percentage. */
  | 'RATING_MAPPING_INCOMPLETE'
  /**
   * The evaluated employee heads the unit: the result rating is the unit's organisational
   * performance and cannot be given otherwise.
   */
  | 'RESULT_RATING_FROM_ORG_PERFORMANCE'
  /**
   * The DIRECT target shares of an indicator would add up to more than the parent's
   * target (for units that add up).
   */
  | 'TARGET_SHARE_EXCEEDED'
  /** The time range overlaps another logbook entry of the same employee on the same day. */
  | 'TIME_OVERLAP'
  /** The token is already revoked or expired and cannot be rotated. */
  | 'TOKEN_INACTIVE'
  /** Too many failed sign-ins for this NIP; try again later. */
  | 'TOO_MANY_ATTEMPTS'
  /** The move would put a node under itself or one of its descendants. */
  | 'TREE_CYCLE'
  /** The new password does not meet the password rules. */
  | 'WEAK_PASSWORD'
  /** Allowance rules: the performance and discipline weights do not sum to 100. */
  | 'WEIGHTS_NOT_100';

/** The signed-in account and what it may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Agency of the account. */
  agency: Agency;
  /** Employee record of the signed-in account. */
  employee: Employee;
  /** Indicates whether the viewer directly appraises at least one employee today. */
  isAppraiser: Scalars['Boolean']['output'];
  /**
   * Indicates whether the password is a one-time password that must be changed before
   * anything else.
   */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Role of the account. */
  role: Role;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ActionPlanRow )
    | ( AgencyRow )
    | ( AllowanceRuleTableRow )
    | ( ApiTokenRow )
    | ( AppraiserOverrideRow )
    | ( AssignmentRow )
    | ( AttendanceRecordRow )
    | ( EmployeeRow )
    | ( EvaluationRow )
    | ( EvaluationPeriodRow )
    | ( FeedbackRow )
    | ( FeedbackOptionRow )
    | ( GoalRow )
    | ( IndicatorRow )
    | ( KeyIndicatorRow )
    | ( LogbookEntryRow )
    | ( OrgPerformanceRow )
    | ( OrgUnitRow )
    | ( AgreementRow )
    | ( PlanRow )
    | ( PeriodRow )
    | ( PositionRow )
    | ( RealizationRow )
    | ( SelfAssessmentRow )
    | ( ObjectiveRow )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionPlan: ResolverTypeWrapper<ActionPlanRow>;
  ActionPlanConnection: ResolverTypeWrapper<Omit<ActionPlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionPlanEdge']>, nodes: Array<ResolversTypes['ActionPlan']> }>;
  ActionPlanCreateInput: ActionPlanCreateInput;
  ActionPlanDeleteInput: ActionPlanDeleteInput;
  ActionPlanDeletePayload: ResolverTypeWrapper<ActionPlanDeletePayload>;
  ActionPlanEdge: ResolverTypeWrapper<Omit<ActionPlanEdge, 'node'> & { node: ResolversTypes['ActionPlan'] }>;
  ActionPlanPayload: ResolverTypeWrapper<Omit<ActionPlanPayload, 'actionPlan'> & { actionPlan?: Maybe<ResolversTypes['ActionPlan']> }>;
  ActionPlanUpdateInput: ActionPlanUpdateInput;
  Agency: ResolverTypeWrapper<AgencyRow>;
  AgencyScoringStrategySetInput: AgencyScoringStrategySetInput;
  AgencyScoringStrategySetPayload: ResolverTypeWrapper<Omit<AgencyScoringStrategySetPayload, 'agency'> & { agency?: Maybe<ResolversTypes['Agency']> }>;
  AllowanceBreakdown: ResolverTypeWrapper<AllowanceBreakdownRow>;
  AllowanceDeduction: ResolverTypeWrapper<AllowanceDeduction>;
  AllowanceDeductionBase: AllowanceDeductionBase;
  AllowanceDeductionKind: AllowanceDeductionKind;
  AllowanceDisciplineBreakdown: ResolverTypeWrapper<AllowanceDisciplineBreakdown>;
  AllowanceDocumentLine: ResolverTypeWrapper<AllowanceDocumentLine>;
  AllowancePerformanceBreakdown: ResolverTypeWrapper<AllowancePerformanceBreakdown>;
  AllowancePerformanceSource: AllowancePerformanceSource;
  AllowanceRuleTable: ResolverTypeWrapper<AllowanceRuleTableRow>;
  AllowanceRulesInput: AllowanceRulesInput;
  AllowanceRulesSetInput: AllowanceRulesSetInput;
  AllowanceRulesSetPayload: ResolverTypeWrapper<Omit<AllowanceRulesSetPayload, 'allowanceRuleTable'> & { allowanceRuleTable?: Maybe<ResolversTypes['AllowanceRuleTable']> }>;
  AllowanceStatus: AllowanceStatus;
  AllowanceTotalsSummary: ResolverTypeWrapper<Omit<AllowanceTotalsSummary, 'ruleTable'> & { ruleTable?: Maybe<ResolversTypes['AllowanceRuleTable']> }>;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  ApiTokenConnection: ResolverTypeWrapper<Omit<ApiTokenConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiTokenEdge']>, nodes: Array<ResolversTypes['ApiToken']> }>;
  ApiTokenCreateInput: ApiTokenCreateInput;
  ApiTokenCreatePayload: ResolverTypeWrapper<Omit<ApiTokenCreatePayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  ApiTokenEdge: ResolverTypeWrapper<Omit<ApiTokenEdge, 'node'> & { node: ResolversTypes['ApiToken'] }>;
  ApiTokenRevokeInput: ApiTokenRevokeInput;
  ApiTokenRevokePayload: ResolverTypeWrapper<Omit<ApiTokenRevokePayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  ApiTokenRotateInput: ApiTokenRotateInput;
  ApiTokenRotatePayload: ResolverTypeWrapper<Omit<ApiTokenRotatePayload, 'apiToken' | 'previous'> & { apiToken?: Maybe<ResolversTypes['ApiToken']>, previous?: Maybe<ResolversTypes['ApiToken']> }>;
  ApiTokenScope: ApiTokenScope;
  ApiTokenStatus: ApiTokenStatus;
  AppraiserOverride: ResolverTypeWrapper<AppraiserOverrideRow>;
  AppraiserOverrideSetInput: AppraiserOverrideSetInput;
  AppraiserOverrideSetPayload: ResolverTypeWrapper<Omit<AppraiserOverrideSetPayload, 'appraiserOverride'> & { appraiserOverride?: Maybe<ResolversTypes['AppraiserOverride']> }>;
  AppraiserSource: AppraiserSource;
  Approach: Approach;
  Assignment: ResolverTypeWrapper<AssignmentRow>;
  AssignmentCreateInput: AssignmentCreateInput;
  AssignmentCreatePayload: ResolverTypeWrapper<Omit<AssignmentCreatePayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['Assignment']> }>;
  AssignmentEndInput: AssignmentEndInput;
  AssignmentEndPayload: ResolverTypeWrapper<Omit<AssignmentEndPayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['Assignment']> }>;
  AssignmentKind: AssignmentKind;
  AttendanceRecord: ResolverTypeWrapper<AttendanceRecordRow>;
  AttendanceRecordInput: AttendanceRecordInput;
  AttendanceRecordUpsertInput: AttendanceRecordUpsertInput;
  AttendanceRecordUpsertPayload: ResolverTypeWrapper<Omit<AttendanceRecordUpsertPayload, 'attendanceRecord'> & { attendanceRecord?: Maybe<ResolversTypes['AttendanceRecord']> }>;
  AttendanceRecordsUpsertInput: AttendanceRecordsUpsertInput;
  AttendanceRecordsUpsertPayload: ResolverTypeWrapper<AttendanceRecordsUpsertPayload>;
  BaseAmountInput: BaseAmountInput;
  BaseAmountRow: ResolverTypeWrapper<BaseAmountRow>;
  BehaviorExpectation: ResolverTypeWrapper<BehaviorExpectationRow>;
  BehaviorExpectationSetInput: BehaviorExpectationSetInput;
  BehaviorExpectationSetPayload: ResolverTypeWrapper<Omit<BehaviorExpectationSetPayload, 'performancePlan'> & { performancePlan?: Maybe<ResolversTypes['PerformancePlan']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CascadeType: CascadeType;
  CoreValue: CoreValue;
  CoreValueGuide: ResolverTypeWrapper<CoreValueGuideRow>;
  CreditPointsLine: ResolverTypeWrapper<CreditLineRow>;
  CreditPointsSummary: ResolverTypeWrapper<CreditSummaryRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistributionCheckResult: ResolverTypeWrapper<DistributionCheckRow>;
  DistributionConstraintKind: DistributionConstraintKind;
  DistributionConstraintLine: ResolverTypeWrapper<DistributionConstraintLine>;
  DistributionPatternSummary: ResolverTypeWrapper<DistributionPatternSummary>;
  DistributionViolation: ResolverTypeWrapper<DistributionViolation>;
  DistributionViolationCode: DistributionViolationCode;
  Employee: ResolverTypeWrapper<EmployeeRow>;
  EmployeeConnection: ResolverTypeWrapper<Omit<EmployeeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmployeeEdge']>, nodes: Array<ResolversTypes['Employee']> }>;
  EmployeeCreateInput: EmployeeCreateInput;
  EmployeeCreatePayload: ResolverTypeWrapper<Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeSyncConnection: ResolverTypeWrapper<Omit<EmployeeSyncConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EmployeeEdge']>, nodes: Array<ResolversTypes['Employee']> }>;
  EmployeeUpdateInput: EmployeeUpdateInput;
  EmployeeUpdatePayload: ResolverTypeWrapper<Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  EmploymentType: EmploymentType;
  Evaluation: ResolverTypeWrapper<EvaluationRow>;
  EvaluationConfirmInput: EvaluationConfirmInput;
  EvaluationConfirmPayload: ResolverTypeWrapper<Omit<EvaluationConfirmPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  EvaluationPeriod: ResolverTypeWrapper<EvaluationPeriodRow>;
  EvaluationPeriodCreateInput: EvaluationPeriodCreateInput;
  EvaluationPeriodKind: EvaluationPeriodKind;
  EvaluationPeriodLockInput: EvaluationPeriodLockInput;
  EvaluationPeriodPayload: ResolverTypeWrapper<Omit<EvaluationPeriodPayload, 'evaluationPeriod'> & { evaluationPeriod?: Maybe<ResolversTypes['EvaluationPeriod']> }>;
  EvaluationPeriodSpec: EvaluationPeriodSpec;
  EvaluationPeriodUnlockInput: EvaluationPeriodUnlockInput;
  EvaluationPeriodUpdateInput: EvaluationPeriodUpdateInput;
  EvaluationProgress: ResolverTypeWrapper<EvaluationProgress>;
  EvaluationRateInput: EvaluationRateInput;
  EvaluationRatePayload: ResolverTypeWrapper<Omit<EvaluationRatePayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  EvaluationReopenInput: EvaluationReopenInput;
  EvaluationReopenPayload: ResolverTypeWrapper<Omit<EvaluationReopenPayload, 'evaluation'> & { evaluation?: Maybe<ResolversTypes['Evaluation']> }>;
  EvaluationStatus: EvaluationStatus;
  ExpectationRating: ExpectationRating;
  Feedback: ResolverTypeWrapper<FeedbackRow>;
  FeedbackOption: ResolverTypeWrapper<FeedbackOptionRow>;
  FeedbackSetInput: FeedbackSetInput;
  FeedbackSetPayload: ResolverTypeWrapper<Omit<FeedbackSetPayload, 'evaluation' | 'feedback'> & { evaluation?: Maybe<ResolversTypes['Evaluation']>, feedback?: Maybe<ResolversTypes['Feedback']> }>;
  FeedbackTarget: FeedbackTarget;
  FeedbackTone: FeedbackTone;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  Goal: ResolverTypeWrapper<GoalRow>;
  GoalCascadeInput: GoalCascadeInput;
  GoalCascadePayload: ResolverTypeWrapper<Omit<GoalCascadePayload, 'goals'> & { goals?: Maybe<Array<ResolversTypes['Goal']>> }>;
  GoalCascadeTargetInput: GoalCascadeTargetInput;
  GoalClassification: GoalClassification;
  GoalConnection: ResolverTypeWrapper<Omit<GoalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GoalEdge']>, nodes: Array<ResolversTypes['Goal']> }>;
  GoalCreateInput: GoalCreateInput;
  GoalDeleteInput: GoalDeleteInput;
  GoalEdge: ResolverTypeWrapper<Omit<GoalEdge, 'node'> & { node: ResolversTypes['Goal'] }>;
  GoalKind: GoalKind;
  GoalLockSource: GoalLockSource;
  GoalPayload: ResolverTypeWrapper<Omit<GoalPayload, 'goal'> & { goal?: Maybe<ResolversTypes['Goal']> }>;
  GoalUpdateInput: GoalUpdateInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorAspect: IndicatorAspect;
  IndicatorCreateInput: IndicatorCreateInput;
  IndicatorDeleteInput: IndicatorDeleteInput;
  IndicatorPayload: ResolverTypeWrapper<Omit<IndicatorPayload, 'indicator'> & { indicator?: Maybe<ResolversTypes['Indicator']> }>;
  IndicatorProgress: ResolverTypeWrapper<IndicatorProgressRow>;
  IndicatorScoreLine: ResolverTypeWrapper<IndicatorScoreLineRow>;
  IndicatorShareInput: IndicatorShareInput;
  IndicatorSpec: IndicatorSpec;
  IndicatorUpdateInput: IndicatorUpdateInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KeyIndicator: ResolverTypeWrapper<KeyIndicatorRow>;
  KeyIndicatorCreateInput: KeyIndicatorCreateInput;
  KeyIndicatorDeleteInput: KeyIndicatorDeleteInput;
  KeyIndicatorPayload: ResolverTypeWrapper<Omit<KeyIndicatorPayload, 'keyIndicator'> & { keyIndicator?: Maybe<ResolversTypes['KeyIndicator']> }>;
  KeyIndicatorSpec: KeyIndicatorSpec;
  KeyIndicatorUpdateInput: KeyIndicatorUpdateInput;
  LogbookActivityShare: ResolverTypeWrapper<LogbookActivityShare>;
  LogbookEntriesCreateInput: LogbookEntriesCreateInput;
  LogbookEntriesCreatePayload: ResolverTypeWrapper<Omit<LogbookEntriesCreatePayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversTypes['LogbookEntry']>> }>;
  LogbookEntriesRejectInput: LogbookEntriesRejectInput;
  LogbookEntriesRejectPayload: ResolverTypeWrapper<Omit<LogbookEntriesRejectPayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversTypes['LogbookEntry']>> }>;
  LogbookEntriesSubmitInput: LogbookEntriesSubmitInput;
  LogbookEntriesSubmitPayload: ResolverTypeWrapper<Omit<LogbookEntriesSubmitPayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversTypes['LogbookEntry']>> }>;
  LogbookEntriesVerifyInput: LogbookEntriesVerifyInput;
  LogbookEntriesVerifyPayload: ResolverTypeWrapper<Omit<LogbookEntriesVerifyPayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversTypes['LogbookEntry']>> }>;
  LogbookEntry: ResolverTypeWrapper<LogbookEntryRow>;
  LogbookEntryConnection: ResolverTypeWrapper<Omit<LogbookEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LogbookEntryEdge']>, nodes: Array<ResolversTypes['LogbookEntry']> }>;
  LogbookEntryCreateInput: LogbookEntryCreateInput;
  LogbookEntryCreatePayload: ResolverTypeWrapper<Omit<LogbookEntryCreatePayload, 'logbookEntry'> & { logbookEntry?: Maybe<ResolversTypes['LogbookEntry']> }>;
  LogbookEntryDeleteInput: LogbookEntryDeleteInput;
  LogbookEntryDeletePayload: ResolverTypeWrapper<LogbookEntryDeletePayload>;
  LogbookEntryDeletionConnection: ResolverTypeWrapper<LogbookEntryDeletionConnection>;
  LogbookEntryDeletionEdge: ResolverTypeWrapper<LogbookEntryDeletionEdge>;
  LogbookEntryDeletionRow: ResolverTypeWrapper<LogbookEntryDeletionRow>;
  LogbookEntryEdge: ResolverTypeWrapper<Omit<LogbookEntryEdge, 'node'> & { node: ResolversTypes['LogbookEntry'] }>;
  LogbookEntryInput: LogbookEntryInput;
  LogbookEntryStatus: LogbookEntryStatus;
  LogbookEntrySyncConnection: ResolverTypeWrapper<LogbookEntrySyncConnection>;
  LogbookEntrySyncEdge: ResolverTypeWrapper<LogbookEntrySyncEdge>;
  LogbookEntrySyncRow: ResolverTypeWrapper<LogbookEntrySyncRow>;
  LogbookEntryUpdateInput: LogbookEntryUpdateInput;
  LogbookEntryUpdatePayload: ResolverTypeWrapper<Omit<LogbookEntryUpdatePayload, 'logbookEntry'> & { logbookEntry?: Maybe<ResolversTypes['LogbookEntry']> }>;
  LogbookImportInput: LogbookImportInput;
  LogbookImportPayload: ResolverTypeWrapper<LogbookImportPayload>;
  LogbookImportViolation: ResolverTypeWrapper<LogbookImportViolation>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<LoginPayload>;
  MinuteBandInput: MinuteBandInput;
  MinuteBandRow: ResolverTypeWrapper<MinuteBandRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeutralisationScope: NeutralisationScope;
  NeutralisingDocumentInput: NeutralisingDocumentInput;
  NeutralisingDocumentRow: ResolverTypeWrapper<NeutralisingDocumentRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrgImportInput: OrgImportInput;
  OrgImportPasswordMode: OrgImportPasswordMode;
  OrgImportPayload: ResolverTypeWrapper<OrgImportPayload>;
  OrgImportReport: ResolverTypeWrapper<OrgImportReport>;
  OrgImportViolation: ResolverTypeWrapper<OrgImportViolation>;
  OrgImportViolationCode: OrgImportViolationCode;
  OrgPerformance: ResolverTypeWrapper<OrgPerformanceRow>;
  OrgPerformanceRating: OrgPerformanceRating;
  OrgPerformanceSetInput: OrgPerformanceSetInput;
  OrgPerformanceSetPayload: ResolverTypeWrapper<Omit<OrgPerformanceSetPayload, 'orgPerformance'> & { orgPerformance?: Maybe<ResolversTypes['OrgPerformance']> }>;
  OrgUnit: ResolverTypeWrapper<OrgUnitRow>;
  OrgUnitConnection: ResolverTypeWrapper<Omit<OrgUnitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrgUnitEdge']>, nodes: Array<ResolversTypes['OrgUnit']> }>;
  OrgUnitCreateInput: OrgUnitCreateInput;
  OrgUnitCreatePayload: ResolverTypeWrapper<Omit<OrgUnitCreatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversTypes['OrgUnit']> }>;
  OrgUnitEdge: ResolverTypeWrapper<Omit<OrgUnitEdge, 'node'> & { node: ResolversTypes['OrgUnit'] }>;
  OrgUnitMoveInput: OrgUnitMoveInput;
  OrgUnitMovePayload: ResolverTypeWrapper<Omit<OrgUnitMovePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversTypes['OrgUnit']> }>;
  OrgUnitUpdateInput: OrgUnitUpdateInput;
  OrgUnitUpdatePayload: ResolverTypeWrapper<Omit<OrgUnitUpdatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversTypes['OrgUnit']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordChangeInput: PasswordChangeInput;
  PasswordChangePayload: ResolverTypeWrapper<PasswordChangePayload>;
  PasswordResetInput: PasswordResetInput;
  PasswordResetPayload: ResolverTypeWrapper<PasswordResetPayload>;
  PerformanceAgreement: ResolverTypeWrapper<AgreementRow>;
  PerformanceAgreementConnection: ResolverTypeWrapper<Omit<PerformanceAgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PerformanceAgreementEdge']>, nodes: Array<ResolversTypes['PerformanceAgreement']> }>;
  PerformanceAgreementCreateInput: PerformanceAgreementCreateInput;
  PerformanceAgreementEdge: ResolverTypeWrapper<Omit<PerformanceAgreementEdge, 'node'> & { node: ResolversTypes['PerformanceAgreement'] }>;
  PerformanceAgreementPayload: ResolverTypeWrapper<Omit<PerformanceAgreementPayload, 'performanceAgreement'> & { performanceAgreement?: Maybe<ResolversTypes['PerformanceAgreement']> }>;
  PerformanceAgreementUpdateInput: PerformanceAgreementUpdateInput;
  PerformancePlan: ResolverTypeWrapper<PlanRow>;
  PerformancePlanConnection: ResolverTypeWrapper<Omit<PerformancePlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PerformancePlanEdge']>, nodes: Array<ResolversTypes['PerformancePlan']> }>;
  PerformancePlanCreateInput: PerformancePlanCreateInput;
  PerformancePlanEdge: ResolverTypeWrapper<Omit<PerformancePlanEdge, 'node'> & { node: ResolversTypes['PerformancePlan'] }>;
  PerformancePlanPayload: ResolverTypeWrapper<Omit<PerformancePlanPayload, 'performancePlan'> & { performancePlan?: Maybe<ResolversTypes['PerformancePlan']> }>;
  PerformancePlanReasonInput: PerformancePlanReasonInput;
  PerformancePlanSyncConnection: ResolverTypeWrapper<Omit<PerformancePlanSyncConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PerformancePlanEdge']>, nodes: Array<ResolversTypes['PerformancePlan']> }>;
  PerformancePlanTransitionInput: PerformancePlanTransitionInput;
  PerformancePlanUpdateInput: PerformancePlanUpdateInput;
  PerformanceRating: PerformanceRating;
  Period: ResolverTypeWrapper<PeriodRow>;
  PeriodCreateInput: PeriodCreateInput;
  PeriodCreatePayload: ResolverTypeWrapper<Omit<PeriodCreatePayload, 'period'> & { period?: Maybe<ResolversTypes['Period']> }>;
  PeriodUpdateInput: PeriodUpdateInput;
  PeriodUpdatePayload: ResolverTypeWrapper<Omit<PeriodUpdatePayload, 'period'> & { period?: Maybe<ResolversTypes['Period']> }>;
  Perspective: Perspective;
  PlanAttentionReason: PlanAttentionReason;
  PlanAuditRecord: ResolverTypeWrapper<PlanAuditRow>;
  PlanAuditRecordConnection: ResolverTypeWrapper<Omit<PlanAuditRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanAuditRecordEdge']>, nodes: Array<ResolversTypes['PlanAuditRecord']> }>;
  PlanAuditRecordEdge: ResolverTypeWrapper<Omit<PlanAuditRecordEdge, 'node'> & { node: ResolversTypes['PlanAuditRecord'] }>;
  PlanStatus: PlanStatus;
  PlanStatusCount: ResolverTypeWrapper<PlanStatusCount>;
  Position: ResolverTypeWrapper<PositionRow>;
  PositionCreateInput: PositionCreateInput;
  PositionCreatePayload: ResolverTypeWrapper<Omit<PositionCreatePayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  PositionLevel: PositionLevel;
  PositionType: PositionType;
  PositionUpdateInput: PositionUpdateInput;
  PositionUpdatePayload: ResolverTypeWrapper<Omit<PositionUpdatePayload, 'position'> & { position?: Maybe<ResolversTypes['Position']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimitBucket: ResolverTypeWrapper<RateLimitBucket>;
  RatingCount: ResolverTypeWrapper<RatingCount>;
  RatingMatrix: ResolverTypeWrapper<RatingMatrix>;
  RatingMatrixCell: ResolverTypeWrapper<RatingMatrixCell>;
  RatingMatrixColumn: ResolverTypeWrapper<RatingMatrixColumn>;
  RatingMatrixRow: ResolverTypeWrapper<RatingMatrixRow>;
  RatingPercentInput: RatingPercentInput;
  RatingPercentRow: ResolverTypeWrapper<RatingPercentRow>;
  Realization: ResolverTypeWrapper<RealizationRow>;
  RealizationComputeInput: RealizationComputeInput;
  RealizationPayload: ResolverTypeWrapper<Omit<RealizationPayload, 'realization'> & { realization?: Maybe<ResolversTypes['Realization']> }>;
  RealizationSetInput: RealizationSetInput;
  RealizationSource: RealizationSource;
  ResultRatingSource: ResultRatingSource;
  ResultRoleMatrix: ResolverTypeWrapper<Omit<ResultRoleMatrix, 'columns' | 'plan' | 'rows'> & { columns: Array<ResolversTypes['ResultRoleMatrixColumn']>, plan: ResolversTypes['PerformancePlan'], rows: Array<ResolversTypes['ResultRoleMatrixRow']> }>;
  ResultRoleMatrixCell: ResolverTypeWrapper<Omit<ResultRoleMatrixCell, 'employee' | 'goals'> & { employee: ResolversTypes['Employee'], goals: Array<ResolversTypes['Goal']> }>;
  ResultRoleMatrixColumn: ResolverTypeWrapper<Omit<ResultRoleMatrixColumn, 'employee' | 'plan'> & { employee: ResolversTypes['Employee'], plan?: Maybe<ResolversTypes['PerformancePlan']> }>;
  ResultRoleMatrixRow: ResolverTypeWrapper<Omit<ResultRoleMatrixRow, 'cells' | 'goal'> & { cells: Array<ResolversTypes['ResultRoleMatrixCell']>, goal: ResolversTypes['Goal'] }>;
  Role: Role;
  ScoreBandInput: ScoreBandInput;
  ScoreBandRow: ResolverTypeWrapper<ScoreBandRow>;
  ScoringResult: ResolverTypeWrapper<ScoringResultRow>;
  ScoringStrategy: ScoringStrategy;
  ScoringStrategyOption: ResolverTypeWrapper<ScoringStrategyOption>;
  SelfAssessment: ResolverTypeWrapper<SelfAssessmentRow>;
  SelfAssessmentSetInput: SelfAssessmentSetInput;
  SelfAssessmentSetPayload: ResolverTypeWrapper<Omit<SelfAssessmentSetPayload, 'evaluation' | 'selfAssessment'> & { evaluation?: Maybe<ResolversTypes['Evaluation']>, selfAssessment?: Maybe<ResolversTypes['SelfAssessment']> }>;
  StrategicObjective: ResolverTypeWrapper<ObjectiveRow>;
  StrategicObjectiveCreateInput: StrategicObjectiveCreateInput;
  StrategicObjectiveDeleteInput: StrategicObjectiveDeleteInput;
  StrategicObjectivePayload: ResolverTypeWrapper<Omit<StrategicObjectivePayload, 'strategicObjective'> & { strategicObjective?: Maybe<ResolversTypes['StrategicObjective']> }>;
  StrategicObjectiveSpec: StrategicObjectiveSpec;
  StrategicObjectiveUpdateInput: StrategicObjectiveUpdateInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UnitDistributionConnection: ResolverTypeWrapper<Omit<UnitDistributionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['UnitDistributionEdge']>, nodes: Array<ResolversTypes['UnitDistributionRow']> }>;
  UnitDistributionEdge: ResolverTypeWrapper<Omit<UnitDistributionEdge, 'node'> & { node: ResolversTypes['UnitDistributionRow'] }>;
  UnitDistributionRow: ResolverTypeWrapper<Omit<UnitDistributionRow, 'check' | 'unit'> & { check: ResolversTypes['DistributionCheckResult'], unit: ResolversTypes['OrgUnit'] }>;
  UnitMonitoringReport: ResolverTypeWrapper<MonitoringReportRow>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  Viewer: ResolverTypeWrapper<ViewerRow>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionPlan: ActionPlanRow;
  ActionPlanConnection: Omit<ActionPlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActionPlanEdge']>, nodes: Array<ResolversParentTypes['ActionPlan']> };
  ActionPlanCreateInput: ActionPlanCreateInput;
  ActionPlanDeleteInput: ActionPlanDeleteInput;
  ActionPlanDeletePayload: ActionPlanDeletePayload;
  ActionPlanEdge: Omit<ActionPlanEdge, 'node'> & { node: ResolversParentTypes['ActionPlan'] };
  ActionPlanPayload: Omit<ActionPlanPayload, 'actionPlan'> & { actionPlan?: Maybe<ResolversParentTypes['ActionPlan']> };
  ActionPlanUpdateInput: ActionPlanUpdateInput;
  Agency: AgencyRow;
  AgencyScoringStrategySetInput: AgencyScoringStrategySetInput;
  AgencyScoringStrategySetPayload: Omit<AgencyScoringStrategySetPayload, 'agency'> & { agency?: Maybe<ResolversParentTypes['Agency']> };
  AllowanceBreakdown: AllowanceBreakdownRow;
  AllowanceDeduction: AllowanceDeduction;
  AllowanceDisciplineBreakdown: AllowanceDisciplineBreakdown;
  AllowanceDocumentLine: AllowanceDocumentLine;
  AllowancePerformanceBreakdown: AllowancePerformanceBreakdown;
  AllowanceRuleTable: AllowanceRuleTableRow;
  AllowanceRulesInput: AllowanceRulesInput;
  AllowanceRulesSetInput: AllowanceRulesSetInput;
  AllowanceRulesSetPayload: Omit<AllowanceRulesSetPayload, 'allowanceRuleTable'> & { allowanceRuleTable?: Maybe<ResolversParentTypes['AllowanceRuleTable']> };
  AllowanceTotalsSummary: Omit<AllowanceTotalsSummary, 'ruleTable'> & { ruleTable?: Maybe<ResolversParentTypes['AllowanceRuleTable']> };
  ApiToken: ApiTokenRow;
  ApiTokenConnection: Omit<ApiTokenConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiTokenEdge']>, nodes: Array<ResolversParentTypes['ApiToken']> };
  ApiTokenCreateInput: ApiTokenCreateInput;
  ApiTokenCreatePayload: Omit<ApiTokenCreatePayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  ApiTokenEdge: Omit<ApiTokenEdge, 'node'> & { node: ResolversParentTypes['ApiToken'] };
  ApiTokenRevokeInput: ApiTokenRevokeInput;
  ApiTokenRevokePayload: Omit<ApiTokenRevokePayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  ApiTokenRotateInput: ApiTokenRotateInput;
  ApiTokenRotatePayload: Omit<ApiTokenRotatePayload, 'apiToken' | 'previous'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']>, previous?: Maybe<ResolversParentTypes['ApiToken']> };
  AppraiserOverride: AppraiserOverrideRow;
  AppraiserOverrideSetInput: AppraiserOverrideSetInput;
  AppraiserOverrideSetPayload: Omit<AppraiserOverrideSetPayload, 'appraiserOverride'> & { appraiserOverride?: Maybe<ResolversParentTypes['AppraiserOverride']> };
  Assignment: AssignmentRow;
  AssignmentCreateInput: AssignmentCreateInput;
  AssignmentCreatePayload: Omit<AssignmentCreatePayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['Assignment']> };
  AssignmentEndInput: AssignmentEndInput;
  AssignmentEndPayload: Omit<AssignmentEndPayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['Assignment']> };
  AttendanceRecord: AttendanceRecordRow;
  AttendanceRecordInput: AttendanceRecordInput;
  AttendanceRecordUpsertInput: AttendanceRecordUpsertInput;
  AttendanceRecordUpsertPayload: Omit<AttendanceRecordUpsertPayload, 'attendanceRecord'> & { attendanceRecord?: Maybe<ResolversParentTypes['AttendanceRecord']> };
  AttendanceRecordsUpsertInput: AttendanceRecordsUpsertInput;
  AttendanceRecordsUpsertPayload: AttendanceRecordsUpsertPayload;
  BaseAmountInput: BaseAmountInput;
  BaseAmountRow: BaseAmountRow;
  BehaviorExpectation: BehaviorExpectationRow;
  BehaviorExpectationSetInput: BehaviorExpectationSetInput;
  BehaviorExpectationSetPayload: Omit<BehaviorExpectationSetPayload, 'performancePlan'> & { performancePlan?: Maybe<ResolversParentTypes['PerformancePlan']> };
  Boolean: Scalars['Boolean']['output'];
  CoreValueGuide: CoreValueGuideRow;
  CreditPointsLine: CreditLineRow;
  CreditPointsSummary: CreditSummaryRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DistributionCheckResult: DistributionCheckRow;
  DistributionConstraintLine: DistributionConstraintLine;
  DistributionPatternSummary: DistributionPatternSummary;
  DistributionViolation: DistributionViolation;
  Employee: EmployeeRow;
  EmployeeConnection: Omit<EmployeeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmployeeEdge']>, nodes: Array<ResolversParentTypes['Employee']> };
  EmployeeCreateInput: EmployeeCreateInput;
  EmployeeCreatePayload: Omit<EmployeeCreatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeSyncConnection: Omit<EmployeeSyncConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EmployeeEdge']>, nodes: Array<ResolversParentTypes['Employee']> };
  EmployeeUpdateInput: EmployeeUpdateInput;
  EmployeeUpdatePayload: Omit<EmployeeUpdatePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  Evaluation: EvaluationRow;
  EvaluationConfirmInput: EvaluationConfirmInput;
  EvaluationConfirmPayload: Omit<EvaluationConfirmPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  EvaluationPeriod: EvaluationPeriodRow;
  EvaluationPeriodCreateInput: EvaluationPeriodCreateInput;
  EvaluationPeriodLockInput: EvaluationPeriodLockInput;
  EvaluationPeriodPayload: Omit<EvaluationPeriodPayload, 'evaluationPeriod'> & { evaluationPeriod?: Maybe<ResolversParentTypes['EvaluationPeriod']> };
  EvaluationPeriodSpec: EvaluationPeriodSpec;
  EvaluationPeriodUnlockInput: EvaluationPeriodUnlockInput;
  EvaluationPeriodUpdateInput: EvaluationPeriodUpdateInput;
  EvaluationProgress: EvaluationProgress;
  EvaluationRateInput: EvaluationRateInput;
  EvaluationRatePayload: Omit<EvaluationRatePayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  EvaluationReopenInput: EvaluationReopenInput;
  EvaluationReopenPayload: Omit<EvaluationReopenPayload, 'evaluation'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']> };
  Feedback: FeedbackRow;
  FeedbackOption: FeedbackOptionRow;
  FeedbackSetInput: FeedbackSetInput;
  FeedbackSetPayload: Omit<FeedbackSetPayload, 'evaluation' | 'feedback'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']>, feedback?: Maybe<ResolversParentTypes['Feedback']> };
  Float: Scalars['Float']['output'];
  Goal: GoalRow;
  GoalCascadeInput: GoalCascadeInput;
  GoalCascadePayload: Omit<GoalCascadePayload, 'goals'> & { goals?: Maybe<Array<ResolversParentTypes['Goal']>> };
  GoalCascadeTargetInput: GoalCascadeTargetInput;
  GoalConnection: Omit<GoalConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GoalEdge']>, nodes: Array<ResolversParentTypes['Goal']> };
  GoalCreateInput: GoalCreateInput;
  GoalDeleteInput: GoalDeleteInput;
  GoalEdge: Omit<GoalEdge, 'node'> & { node: ResolversParentTypes['Goal'] };
  GoalPayload: Omit<GoalPayload, 'goal'> & { goal?: Maybe<ResolversParentTypes['Goal']> };
  GoalUpdateInput: GoalUpdateInput;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorRow;
  IndicatorCreateInput: IndicatorCreateInput;
  IndicatorDeleteInput: IndicatorDeleteInput;
  IndicatorPayload: Omit<IndicatorPayload, 'indicator'> & { indicator?: Maybe<ResolversParentTypes['Indicator']> };
  IndicatorProgress: IndicatorProgressRow;
  IndicatorScoreLine: IndicatorScoreLineRow;
  IndicatorShareInput: IndicatorShareInput;
  IndicatorSpec: IndicatorSpec;
  IndicatorUpdateInput: IndicatorUpdateInput;
  Int: Scalars['Int']['output'];
  KeyIndicator: KeyIndicatorRow;
  KeyIndicatorCreateInput: KeyIndicatorCreateInput;
  KeyIndicatorDeleteInput: KeyIndicatorDeleteInput;
  KeyIndicatorPayload: Omit<KeyIndicatorPayload, 'keyIndicator'> & { keyIndicator?: Maybe<ResolversParentTypes['KeyIndicator']> };
  KeyIndicatorSpec: KeyIndicatorSpec;
  KeyIndicatorUpdateInput: KeyIndicatorUpdateInput;
  LogbookActivityShare: LogbookActivityShare;
  LogbookEntriesCreateInput: LogbookEntriesCreateInput;
  LogbookEntriesCreatePayload: Omit<LogbookEntriesCreatePayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversParentTypes['LogbookEntry']>> };
  LogbookEntriesRejectInput: LogbookEntriesRejectInput;
  LogbookEntriesRejectPayload: Omit<LogbookEntriesRejectPayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversParentTypes['LogbookEntry']>> };
  LogbookEntriesSubmitInput: LogbookEntriesSubmitInput;
  LogbookEntriesSubmitPayload: Omit<LogbookEntriesSubmitPayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversParentTypes['LogbookEntry']>> };
  LogbookEntriesVerifyInput: LogbookEntriesVerifyInput;
  LogbookEntriesVerifyPayload: Omit<LogbookEntriesVerifyPayload, 'logbookEntries'> & { logbookEntries?: Maybe<Array<ResolversParentTypes['LogbookEntry']>> };
  LogbookEntry: LogbookEntryRow;
  LogbookEntryConnection: Omit<LogbookEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LogbookEntryEdge']>, nodes: Array<ResolversParentTypes['LogbookEntry']> };
  LogbookEntryCreateInput: LogbookEntryCreateInput;
  LogbookEntryCreatePayload: Omit<LogbookEntryCreatePayload, 'logbookEntry'> & { logbookEntry?: Maybe<ResolversParentTypes['LogbookEntry']> };
  LogbookEntryDeleteInput: LogbookEntryDeleteInput;
  LogbookEntryDeletePayload: LogbookEntryDeletePayload;
  LogbookEntryDeletionConnection: LogbookEntryDeletionConnection;
  LogbookEntryDeletionEdge: LogbookEntryDeletionEdge;
  LogbookEntryDeletionRow: LogbookEntryDeletionRow;
  LogbookEntryEdge: Omit<LogbookEntryEdge, 'node'> & { node: ResolversParentTypes['LogbookEntry'] };
  LogbookEntryInput: LogbookEntryInput;
  LogbookEntrySyncConnection: LogbookEntrySyncConnection;
  LogbookEntrySyncEdge: LogbookEntrySyncEdge;
  LogbookEntrySyncRow: LogbookEntrySyncRow;
  LogbookEntryUpdateInput: LogbookEntryUpdateInput;
  LogbookEntryUpdatePayload: Omit<LogbookEntryUpdatePayload, 'logbookEntry'> & { logbookEntry?: Maybe<ResolversParentTypes['LogbookEntry']> };
  LogbookImportInput: LogbookImportInput;
  LogbookImportPayload: LogbookImportPayload;
  LogbookImportViolation: LogbookImportViolation;
  LoginInput: LoginInput;
  LoginPayload: LoginPayload;
  MinuteBandInput: MinuteBandInput;
  MinuteBandRow: MinuteBandRow;
  Mutation: Record<PropertyKey, never>;
  NeutralisingDocumentInput: NeutralisingDocumentInput;
  NeutralisingDocumentRow: NeutralisingDocumentRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OrgImportInput: OrgImportInput;
  OrgImportPayload: OrgImportPayload;
  OrgImportReport: OrgImportReport;
  OrgImportViolation: OrgImportViolation;
  OrgPerformance: OrgPerformanceRow;
  OrgPerformanceSetInput: OrgPerformanceSetInput;
  OrgPerformanceSetPayload: Omit<OrgPerformanceSetPayload, 'orgPerformance'> & { orgPerformance?: Maybe<ResolversParentTypes['OrgPerformance']> };
  OrgUnit: OrgUnitRow;
  OrgUnitConnection: Omit<OrgUnitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrgUnitEdge']>, nodes: Array<ResolversParentTypes['OrgUnit']> };
  OrgUnitCreateInput: OrgUnitCreateInput;
  OrgUnitCreatePayload: Omit<OrgUnitCreatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversParentTypes['OrgUnit']> };
  OrgUnitEdge: Omit<OrgUnitEdge, 'node'> & { node: ResolversParentTypes['OrgUnit'] };
  OrgUnitMoveInput: OrgUnitMoveInput;
  OrgUnitMovePayload: Omit<OrgUnitMovePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversParentTypes['OrgUnit']> };
  OrgUnitUpdateInput: OrgUnitUpdateInput;
  OrgUnitUpdatePayload: Omit<OrgUnitUpdatePayload, 'orgUnit'> & { orgUnit?: Maybe<ResolversParentTypes['OrgUnit']> };
  PageInfo: PageInfo;
  PasswordChangeInput: PasswordChangeInput;
  PasswordChangePayload: PasswordChangePayload;
  PasswordResetInput: PasswordResetInput;
  PasswordResetPayload: PasswordResetPayload;
  PerformanceAgreement: AgreementRow;
  PerformanceAgreementConnection: Omit<PerformanceAgreementConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PerformanceAgreementEdge']>, nodes: Array<ResolversParentTypes['PerformanceAgreement']> };
  PerformanceAgreementCreateInput: PerformanceAgreementCreateInput;
  PerformanceAgreementEdge: Omit<PerformanceAgreementEdge, 'node'> & { node: ResolversParentTypes['PerformanceAgreement'] };
  PerformanceAgreementPayload: Omit<PerformanceAgreementPayload, 'performanceAgreement'> & { performanceAgreement?: Maybe<ResolversParentTypes['PerformanceAgreement']> };
  PerformanceAgreementUpdateInput: PerformanceAgreementUpdateInput;
  PerformancePlan: PlanRow;
  PerformancePlanConnection: Omit<PerformancePlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PerformancePlanEdge']>, nodes: Array<ResolversParentTypes['PerformancePlan']> };
  PerformancePlanCreateInput: PerformancePlanCreateInput;
  PerformancePlanEdge: Omit<PerformancePlanEdge, 'node'> & { node: ResolversParentTypes['PerformancePlan'] };
  PerformancePlanPayload: Omit<PerformancePlanPayload, 'performancePlan'> & { performancePlan?: Maybe<ResolversParentTypes['PerformancePlan']> };
  PerformancePlanReasonInput: PerformancePlanReasonInput;
  PerformancePlanSyncConnection: Omit<PerformancePlanSyncConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PerformancePlanEdge']>, nodes: Array<ResolversParentTypes['PerformancePlan']> };
  PerformancePlanTransitionInput: PerformancePlanTransitionInput;
  PerformancePlanUpdateInput: PerformancePlanUpdateInput;
  Period: PeriodRow;
  PeriodCreateInput: PeriodCreateInput;
  PeriodCreatePayload: Omit<PeriodCreatePayload, 'period'> & { period?: Maybe<ResolversParentTypes['Period']> };
  PeriodUpdateInput: PeriodUpdateInput;
  PeriodUpdatePayload: Omit<PeriodUpdatePayload, 'period'> & { period?: Maybe<ResolversParentTypes['Period']> };
  PlanAuditRecord: PlanAuditRow;
  PlanAuditRecordConnection: Omit<PlanAuditRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanAuditRecordEdge']>, nodes: Array<ResolversParentTypes['PlanAuditRecord']> };
  PlanAuditRecordEdge: Omit<PlanAuditRecordEdge, 'node'> & { node: ResolversParentTypes['PlanAuditRecord'] };
  PlanStatusCount: PlanStatusCount;
  Position: PositionRow;
  PositionCreateInput: PositionCreateInput;
  PositionCreatePayload: Omit<PositionCreatePayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  PositionUpdateInput: PositionUpdateInput;
  PositionUpdatePayload: Omit<PositionUpdatePayload, 'position'> & { position?: Maybe<ResolversParentTypes['Position']> };
  Query: Record<PropertyKey, never>;
  RateLimitBucket: RateLimitBucket;
  RatingCount: RatingCount;
  RatingMatrix: RatingMatrix;
  RatingMatrixCell: RatingMatrixCell;
  RatingMatrixColumn: RatingMatrixColumn;
  RatingMatrixRow: RatingMatrixRow;
  RatingPercentInput: RatingPercentInput;
  RatingPercentRow: RatingPercentRow;
  Realization: RealizationRow;
  RealizationComputeInput: RealizationComputeInput;
  RealizationPayload: Omit<RealizationPayload, 'realization'> & { realization?: Maybe<ResolversParentTypes['Realization']> };
  RealizationSetInput: RealizationSetInput;
  ResultRoleMatrix: Omit<ResultRoleMatrix, 'columns' | 'plan' | 'rows'> & { columns: Array<ResolversParentTypes['ResultRoleMatrixColumn']>, plan: ResolversParentTypes['PerformancePlan'], rows: Array<ResolversParentTypes['ResultRoleMatrixRow']> };
  ResultRoleMatrixCell: Omit<ResultRoleMatrixCell, 'employee' | 'goals'> & { employee: ResolversParentTypes['Employee'], goals: Array<ResolversParentTypes['Goal']> };
  ResultRoleMatrixColumn: Omit<ResultRoleMatrixColumn, 'employee' | 'plan'> & { employee: ResolversParentTypes['Employee'], plan?: Maybe<ResolversParentTypes['PerformancePlan']> };
  ResultRoleMatrixRow: Omit<ResultRoleMatrixRow, 'cells' | 'goal'> & { cells: Array<ResolversParentTypes['ResultRoleMatrixCell']>, goal: ResolversParentTypes['Goal'] };
  ScoreBandInput: ScoreBandInput;
  ScoreBandRow: ScoreBandRow;
  ScoringResult: ScoringResultRow;
  ScoringStrategyOption: ScoringStrategyOption;
  SelfAssessment: SelfAssessmentRow;
  SelfAssessmentSetInput: SelfAssessmentSetInput;
  SelfAssessmentSetPayload: Omit<SelfAssessmentSetPayload, 'evaluation' | 'selfAssessment'> & { evaluation?: Maybe<ResolversParentTypes['Evaluation']>, selfAssessment?: Maybe<ResolversParentTypes['SelfAssessment']> };
  StrategicObjective: ObjectiveRow;
  StrategicObjectiveCreateInput: StrategicObjectiveCreateInput;
  StrategicObjectiveDeleteInput: StrategicObjectiveDeleteInput;
  StrategicObjectivePayload: Omit<StrategicObjectivePayload, 'strategicObjective'> & { strategicObjective?: Maybe<ResolversParentTypes['StrategicObjective']> };
  StrategicObjectiveSpec: StrategicObjectiveSpec;
  StrategicObjectiveUpdateInput: StrategicObjectiveUpdateInput;
  String: Scalars['String']['output'];
  UnitDistributionConnection: Omit<UnitDistributionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['UnitDistributionEdge']>, nodes: Array<ResolversParentTypes['UnitDistributionRow']> };
  UnitDistributionEdge: Omit<UnitDistributionEdge, 'node'> & { node: ResolversParentTypes['UnitDistributionRow'] };
  UnitDistributionRow: Omit<UnitDistributionRow, 'check' | 'unit'> & { check: ResolversParentTypes['DistributionCheckResult'], unit: ResolversParentTypes['OrgUnit'] };
  UnitMonitoringReport: MonitoringReportRow;
  UserError: UserError;
  Viewer: ViewerRow;
};

export type ActionPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlan'] = ResolversParentTypes['ActionPlan']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  logbookEntries?: Resolver<ResolversTypes['LogbookEntryConnection'], ParentType, ContextType, Partial<ActionPlanLogbookEntriesArgs>>;
  targetUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetUnitIsAdditive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedOutput?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionPlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanConnection'] = ResolversParentTypes['ActionPlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionPlanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionPlanDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanDeletePayload'] = ResolversParentTypes['ActionPlanDeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ActionPlanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanEdge'] = ResolversParentTypes['ActionPlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
};

export type ActionPlanPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanPayload'] = ResolversParentTypes['ActionPlanPayload']> = {
  actionPlan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = {
  allowanceRules?: Resolver<Maybe<ResolversTypes['AllowanceRuleTable']>, ParentType, ContextType, RequireFields<AgencyAllowanceRulesArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rootUnits?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  scoringStrategy?: Resolver<ResolversTypes['ScoringStrategy'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgencyScoringStrategySetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyScoringStrategySetPayload'] = ResolversParentTypes['AgencyScoringStrategySetPayload']> = {
  agency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AllowanceBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceBreakdown'] = ResolversParentTypes['AllowanceBreakdown']> = {
  baseAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discipline?: Resolver<ResolversTypes['AllowanceDisciplineBreakdown'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PositionLevel'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['AllowancePerformanceBreakdown']>, ParentType, ContextType>;
  ruleTable?: Resolver<ResolversTypes['AllowanceRuleTable'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AllowanceStatus'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AllowanceDeductionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceDeduction'] = ResolversParentTypes['AllowanceDeduction']> = {
  bandCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AllowanceDeductionKind'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AllowanceDisciplineBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceDisciplineBreakdown'] = ResolversParentTypes['AllowanceDisciplineBreakdown']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  appliedPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  capApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deductionAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deductionBase?: Resolver<ResolversTypes['AllowanceDeductionBase'], ParentType, ContextType>;
  deductionBaseAmount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deductionPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  deductions?: Resolver<Array<ResolversTypes['AllowanceDeduction']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['AllowanceDocumentLine']>, ParentType, ContextType>;
  pagu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AllowanceDocumentLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceDocumentLine'] = ResolversParentTypes['AllowanceDocumentLine']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documentKind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['NeutralisationScope']>, ParentType, ContextType>;
};

export type AllowancePerformanceBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowancePerformanceBreakdown'] = ResolversParentTypes['AllowancePerformanceBreakdown']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pagu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['AllowancePerformanceSource'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type AllowanceRuleTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceRuleTable'] = ResolversParentTypes['AllowanceRuleTable']> = {
  absencePercentPerDay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  baseAmounts?: Resolver<Array<ResolversTypes['BaseAmountRow']>, ParentType, ContextType>;
  deductionBase?: Resolver<ResolversTypes['AllowanceDeductionBase'], ParentType, ContextType>;
  disciplineWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  earlyLeaveBands?: Resolver<Array<ResolversTypes['MinuteBandRow']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateBands?: Resolver<Array<ResolversTypes['MinuteBandRow']>, ParentType, ContextType>;
  missingCheckInPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  missingCheckOutPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyCapPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neutralisingDocuments?: Resolver<Array<ResolversTypes['NeutralisingDocumentRow']>, ParentType, ContextType>;
  performanceWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratingPercents?: Resolver<Array<ResolversTypes['RatingPercentRow']>, ParentType, ContextType>;
  scoreBands?: Resolver<Array<ResolversTypes['ScoreBandRow']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllowanceRulesSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceRulesSetPayload'] = ResolversParentTypes['AllowanceRulesSetPayload']> = {
  allowanceRuleTable?: Resolver<Maybe<ResolversTypes['AllowanceRuleTable']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AllowanceTotalsSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AllowanceTotalsSummary'] = ResolversParentTypes['AllowanceTotalsSummary']> = {
  baseAmountTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  computedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deductionAmountTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  disciplineAmountTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  performanceAmountTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ruleTable?: Resolver<Maybe<ResolversTypes['AllowanceRuleTable']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withoutBaseAmountCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  displayPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rotatedFrom?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiTokenScope']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiTokenStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenCreatePayload'] = ResolversParentTypes['ApiTokenCreatePayload']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiTokenEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type ApiTokenRevokePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenRevokePayload'] = ResolversParentTypes['ApiTokenRevokePayload']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApiTokenRotatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiTokenRotatePayload'] = ResolversParentTypes['ApiTokenRotatePayload']> = {
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AppraiserOverrideResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppraiserOverride'] = ResolversParentTypes['AppraiserOverride']> = {
  appraiser?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppraiserOverrideSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppraiserOverrideSetPayload'] = ResolversParentTypes['AppraiserOverrideSetPayload']> = {
  appraiserOverride?: Resolver<Maybe<ResolversTypes['AppraiserOverride']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssignmentKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignmentCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentCreatePayload'] = ResolversParentTypes['AssignmentCreatePayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AssignmentEndPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentEndPayload'] = ResolversParentTypes['AssignmentEndPayload']> = {
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AttendanceRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttendanceRecord'] = ResolversParentTypes['AttendanceRecord']> = {
  absent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documentKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  earlyLeaveMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lateMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missingCheckIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missingCheckOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendanceRecordUpsertPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttendanceRecordUpsertPayload'] = ResolversParentTypes['AttendanceRecordUpsertPayload']> = {
  attendanceRecord?: Resolver<Maybe<ResolversTypes['AttendanceRecord']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AttendanceRecordsUpsertPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttendanceRecordsUpsertPayload'] = ResolversParentTypes['AttendanceRecordsUpsertPayload']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BaseAmountRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BaseAmountRow'] = ResolversParentTypes['BaseAmountRow']> = {
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PositionLevel'], ParentType, ContextType>;
};

export type BehaviorExpectationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BehaviorExpectation'] = ResolversParentTypes['BehaviorExpectation']> = {
  coreValue?: Resolver<ResolversTypes['CoreValue'], ParentType, ContextType>;
  guides?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  specificExpectation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BehaviorExpectationSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BehaviorExpectationSetPayload'] = ResolversParentTypes['BehaviorExpectationSetPayload']> = {
  performancePlan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoreValueGuideResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoreValueGuide'] = ResolversParentTypes['CoreValueGuide']> = {
  coreValue?: Resolver<ResolversTypes['CoreValue'], ParentType, ContextType>;
  guides?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditPointsLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditPointsLine'] = ResolversParentTypes['CreditPointsLine']> = {
  coefficient?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  creditPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PositionLevel'], ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['PerformanceRating'], ParentType, ContextType>;
};

export type CreditPointsSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditPointsSummary'] = ResolversParentTypes['CreditPointsSummary']> = {
  annual?: Resolver<Maybe<ResolversTypes['CreditPointsLine']>, ParentType, ContextType>;
  isProvisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['CreditPointsLine']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistributionCheckResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistributionCheckResult'] = ResolversParentTypes['DistributionCheckResult']> = {
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['RatingCount']>, ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  orgPerformance?: Resolver<Maybe<ResolversTypes['OrgPerformance']>, ParentType, ContextType>;
  pattern?: Resolver<Maybe<ResolversTypes['DistributionPatternSummary']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['DistributionViolation']>, ParentType, ContextType>;
};

export type DistributionConstraintLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistributionConstraintLine'] = ResolversParentTypes['DistributionConstraintLine']> = {
  kind?: Resolver<ResolversTypes['DistributionConstraintKind'], ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type DistributionPatternSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistributionPatternSummary'] = ResolversParentTypes['DistributionPatternSummary']> = {
  allowed?: Resolver<Array<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
  constraints?: Resolver<Array<ResolversTypes['DistributionConstraintLine']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dominant?: Resolver<ResolversTypes['PerformanceRating'], ParentType, ContextType>;
  orgPerformance?: Resolver<ResolversTypes['OrgPerformanceRating'], ParentType, ContextType>;
};

export type DistributionViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistributionViolation'] = ResolversParentTypes['DistributionViolation']> = {
  actualShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['DistributionViolationCode'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  allowance?: Resolver<Maybe<ResolversTypes['AllowanceBreakdown']>, ParentType, ContextType, RequireFields<EmployeeAllowanceArgs, 'month'>>;
  appraiser?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<EmployeeAppraiserArgs>>;
  appraiserOverride?: Resolver<Maybe<ResolversTypes['AppraiserOverride']>, ParentType, ContextType, Partial<EmployeeAppraiserOverrideArgs>>;
  appraiserSuperior?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<EmployeeAppraiserSuperiorArgs>>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['AttendanceRecord']>, ParentType, ContextType, RequireFields<EmployeeAttendanceArgs, 'month'>>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  creditPoints?: Resolver<Maybe<ResolversTypes['CreditPointsSummary']>, ParentType, ContextType, RequireFields<EmployeeCreditPointsArgs, 'year'>>;
  currentPlan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType, Partial<EmployeeCurrentPlanArgs>>;
  directSubordinates?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<EmployeeDirectSubordinatesArgs>>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<EmployeeEvaluationsArgs, 'year'>>;
  gender?: Resolver<ResolversTypes['Gender'], ParentType, ContextType>;
  goalCascade?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType, Partial<EmployeeGoalCascadeArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatorUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  performancePlans?: Resolver<ResolversTypes['PerformancePlanConnection'], ParentType, ContextType, Partial<EmployeePerformancePlansArgs>>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, Partial<EmployeePositionArgs>>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subordinates?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<EmployeeSubordinatesArgs>>;
  unit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, Partial<EmployeeUnitArgs>>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeCreatePayload'] = ResolversParentTypes['EmployeeCreatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  oneTimePassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type EmployeeSyncConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeSyncConnection'] = ResolversParentTypes['EmployeeSyncConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  horizon?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeUpdatePayload'] = ResolversParentTypes['EmployeeUpdatePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = {
  appraiser?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  behaviorRating?: Resolver<Maybe<ResolversTypes['ExpectationRating']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  creditPoints?: Resolver<Maybe<ResolversTypes['CreditPointsLine']>, ParentType, ContextType>;
  distributionOverrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAnnual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isUnitHead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  legacyBehaviorScores?: Resolver<Maybe<Array<ResolversTypes['Float']>>, ParentType, ContextType>;
  pdfUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  performancePlan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  performanceRating?: Resolver<Maybe<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  ratedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ratedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  ratingMatrix?: Resolver<ResolversTypes['RatingMatrix'], ParentType, ContextType>;
  reopenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultRating?: Resolver<Maybe<ResolversTypes['ExpectationRating']>, ParentType, ContextType>;
  resultRatingSource?: Resolver<Maybe<ResolversTypes['ResultRatingSource']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['ScoringResult'], ParentType, ContextType>;
  selfAssessments?: Resolver<Array<ResolversTypes['SelfAssessment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EvaluationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  viewerCanRate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanReopen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationConfirmPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationConfirmPayload'] = ResolversParentTypes['EvaluationConfirmPayload']> = {
  distributionWarnings?: Resolver<Maybe<Array<ResolversTypes['DistributionViolation']>>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationPeriod'] = ResolversParentTypes['EvaluationPeriod']> = {
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvaluationPeriodKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unlockReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unlockedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvaluationPeriodPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationPeriodPayload'] = ResolversParentTypes['EvaluationPeriodPayload']> = {
  evaluationPeriod?: Resolver<Maybe<ResolversTypes['EvaluationPeriod']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationProgress'] = ResolversParentTypes['EvaluationProgress']> = {
  approvedPlans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selfAssessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvaluationRatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationRatePayload'] = ResolversParentTypes['EvaluationRatePayload']> = {
  distributionWarnings?: Resolver<Maybe<Array<ResolversTypes['DistributionViolation']>>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EvaluationReopenPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvaluationReopenPayload'] = ResolversParentTypes['EvaluationReopenPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FeedbackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = {
  author?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  coreValue?: Resolver<Maybe<ResolversTypes['CoreValue']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['FeedbackOption']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedbackOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackOption'] = ResolversParentTypes['FeedbackOption']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coreValue?: Resolver<Maybe<ResolversTypes['CoreValue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['FeedbackTarget'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tone?: Resolver<ResolversTypes['FeedbackTone'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FeedbackSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedbackSetPayload'] = ResolversParentTypes['FeedbackSetPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['Feedback']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  actionPlans?: Resolver<ResolversTypes['ActionPlanConnection'], ParentType, ContextType, Partial<GoalActionPlansArgs>>;
  assignedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cascadeDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cascadeType?: Resolver<Maybe<ResolversTypes['CascadeType']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  classification?: Resolver<ResolversTypes['GoalClassification'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  descendantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, Partial<GoalDescendantsArgs>>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keyIndicator?: Resolver<Maybe<ResolversTypes['KeyIndicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GoalKind'], ParentType, ContextType>;
  lockSource?: Resolver<Maybe<ResolversTypes['GoalLockSource']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  parentGoal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  strategicObjective?: Resolver<Maybe<ResolversTypes['StrategicObjective']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalCascadePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalCascadePayload'] = ResolversParentTypes['GoalCascadePayload']> = {
  goals?: Resolver<Maybe<Array<ResolversTypes['Goal']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GoalConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalConnection'] = ResolversParentTypes['GoalConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GoalEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalEdge'] = ResolversParentTypes['GoalEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
};

export type GoalPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GoalPayload'] = ResolversParentTypes['GoalPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  actionPlans?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  aspect?: Resolver<Maybe<ResolversTypes['IndicatorAspect']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lowerIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parentIndicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  perspective?: Resolver<Maybe<ResolversTypes['Perspective']>, ParentType, ContextType>;
  realizations?: Resolver<Array<ResolversTypes['Realization']>, ParentType, ContextType>;
  targetMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetMin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorPayload'] = ResolversParentTypes['IndicatorPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IndicatorProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorProgress'] = ResolversParentTypes['IndicatorProgress']> = {
  achievementPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  childrenValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  logbookValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  realization?: Resolver<Maybe<ResolversTypes['Realization']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitIsAdditive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IndicatorScoreLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorScoreLine'] = ResolversParentTypes['IndicatorScoreLine']> = {
  achievement?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hasRealization?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  realization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type KeyIndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyIndicator'] = ResolversParentTypes['KeyIndicator']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['StrategicObjective'], ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KeyIndicatorPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KeyIndicatorPayload'] = ResolversParentTypes['KeyIndicatorPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  keyIndicator?: Resolver<Maybe<ResolversTypes['KeyIndicator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookActivityShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookActivityShare'] = ResolversParentTypes['LogbookActivityShare']> = {
  activeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type LogbookEntriesCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntriesCreatePayload'] = ResolversParentTypes['LogbookEntriesCreatePayload']> = {
  logbookEntries?: Resolver<Maybe<Array<ResolversTypes['LogbookEntry']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookEntriesRejectPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntriesRejectPayload'] = ResolversParentTypes['LogbookEntriesRejectPayload']> = {
  logbookEntries?: Resolver<Maybe<Array<ResolversTypes['LogbookEntry']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookEntriesSubmitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntriesSubmitPayload'] = ResolversParentTypes['LogbookEntriesSubmitPayload']> = {
  logbookEntries?: Resolver<Maybe<Array<ResolversTypes['LogbookEntry']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookEntriesVerifyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntriesVerifyPayload'] = ResolversParentTypes['LogbookEntriesVerifyPayload']> = {
  logbookEntries?: Resolver<Maybe<Array<ResolversTypes['LogbookEntry']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntry'] = ResolversParentTypes['LogbookEntry']> = {
  actionPlan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clientKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluationPeriod?: Resolver<Maybe<ResolversTypes['EvaluationPeriod']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdditionalTask?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outputQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outputUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LogbookEntryStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verifiedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LogbookEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryConnection'] = ResolversParentTypes['LogbookEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LogbookEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LogbookEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LogbookEntryCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryCreatePayload'] = ResolversParentTypes['LogbookEntryCreatePayload']> = {
  logbookEntry?: Resolver<Maybe<ResolversTypes['LogbookEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookEntryDeletePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryDeletePayload'] = ResolversParentTypes['LogbookEntryDeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookEntryDeletionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryDeletionConnection'] = ResolversParentTypes['LogbookEntryDeletionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LogbookEntryDeletionEdge']>, ParentType, ContextType>;
  horizon?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LogbookEntryDeletionRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LogbookEntryDeletionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryDeletionEdge'] = ResolversParentTypes['LogbookEntryDeletionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LogbookEntryDeletionRow'], ParentType, ContextType>;
};

export type LogbookEntryDeletionRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryDeletionRow'] = ResolversParentTypes['LogbookEntryDeletionRow']> = {
  deletedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LogbookEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryEdge'] = ResolversParentTypes['LogbookEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LogbookEntry'], ParentType, ContextType>;
};

export type LogbookEntrySyncConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntrySyncConnection'] = ResolversParentTypes['LogbookEntrySyncConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LogbookEntrySyncEdge']>, ParentType, ContextType>;
  horizon?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LogbookEntrySyncRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LogbookEntrySyncEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntrySyncEdge'] = ResolversParentTypes['LogbookEntrySyncEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LogbookEntrySyncRow'], ParentType, ContextType>;
};

export type LogbookEntrySyncRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntrySyncRow'] = ResolversParentTypes['LogbookEntrySyncRow']> = {
  activity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employeeNip?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdditionalTask?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outputQuantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outputUnit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LogbookEntryStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type LogbookEntryUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookEntryUpdatePayload'] = ResolversParentTypes['LogbookEntryUpdatePayload']> = {
  logbookEntry?: Resolver<Maybe<ResolversTypes['LogbookEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogbookImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookImportPayload'] = ResolversParentTypes['LogbookImportPayload']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  importedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['LogbookImportViolation']>, ParentType, ContextType>;
};

export type LogbookImportViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogbookImportViolation'] = ResolversParentTypes['LogbookImportViolation']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MinuteBandRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MinuteBandRow'] = ResolversParentTypes['MinuteBandRow']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  toMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  actionPlanCreate?: Resolver<ResolversTypes['ActionPlanPayload'], ParentType, ContextType, RequireFields<MutationActionPlanCreateArgs, 'input'>>;
  actionPlanDelete?: Resolver<ResolversTypes['ActionPlanDeletePayload'], ParentType, ContextType, RequireFields<MutationActionPlanDeleteArgs, 'input'>>;
  actionPlanUpdate?: Resolver<ResolversTypes['ActionPlanPayload'], ParentType, ContextType, RequireFields<MutationActionPlanUpdateArgs, 'input'>>;
  agencyScoringStrategySet?: Resolver<ResolversTypes['AgencyScoringStrategySetPayload'], ParentType, ContextType, RequireFields<MutationAgencyScoringStrategySetArgs, 'input'>>;
  allowanceRulesSet?: Resolver<ResolversTypes['AllowanceRulesSetPayload'], ParentType, ContextType, RequireFields<MutationAllowanceRulesSetArgs, 'input'>>;
  apiTokenCreate?: Resolver<ResolversTypes['ApiTokenCreatePayload'], ParentType, ContextType, RequireFields<MutationApiTokenCreateArgs, 'input'>>;
  apiTokenRevoke?: Resolver<ResolversTypes['ApiTokenRevokePayload'], ParentType, ContextType, RequireFields<MutationApiTokenRevokeArgs, 'input'>>;
  apiTokenRotate?: Resolver<ResolversTypes['ApiTokenRotatePayload'], ParentType, ContextType, RequireFields<MutationApiTokenRotateArgs, 'input'>>;
  appraiserOverrideSet?: Resolver<ResolversTypes['AppraiserOverrideSetPayload'], ParentType, ContextType, RequireFields<MutationAppraiserOverrideSetArgs, 'input'>>;
  assignmentCreate?: Resolver<ResolversTypes['AssignmentCreatePayload'], ParentType, ContextType, RequireFields<MutationAssignmentCreateArgs, 'input'>>;
  assignmentEnd?: Resolver<ResolversTypes['AssignmentEndPayload'], ParentType, ContextType, RequireFields<MutationAssignmentEndArgs, 'input'>>;
  attendanceRecordUpsert?: Resolver<ResolversTypes['AttendanceRecordUpsertPayload'], ParentType, ContextType, RequireFields<MutationAttendanceRecordUpsertArgs, 'input'>>;
  attendanceRecordsUpsert?: Resolver<ResolversTypes['AttendanceRecordsUpsertPayload'], ParentType, ContextType, RequireFields<MutationAttendanceRecordsUpsertArgs, 'input'>>;
  behaviorExpectationSet?: Resolver<ResolversTypes['BehaviorExpectationSetPayload'], ParentType, ContextType, RequireFields<MutationBehaviorExpectationSetArgs, 'input'>>;
  employeeCreate?: Resolver<ResolversTypes['EmployeeCreatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeCreateArgs, 'input'>>;
  employeeUpdate?: Resolver<ResolversTypes['EmployeeUpdatePayload'], ParentType, ContextType, RequireFields<MutationEmployeeUpdateArgs, 'input'>>;
  evaluationConfirm?: Resolver<ResolversTypes['EvaluationConfirmPayload'], ParentType, ContextType, RequireFields<MutationEvaluationConfirmArgs, 'input'>>;
  evaluationPeriodCreate?: Resolver<ResolversTypes['EvaluationPeriodPayload'], ParentType, ContextType, RequireFields<MutationEvaluationPeriodCreateArgs, 'input'>>;
  evaluationPeriodLock?: Resolver<ResolversTypes['EvaluationPeriodPayload'], ParentType, ContextType, RequireFields<MutationEvaluationPeriodLockArgs, 'input'>>;
  evaluationPeriodUnlock?: Resolver<ResolversTypes['EvaluationPeriodPayload'], ParentType, ContextType, RequireFields<MutationEvaluationPeriodUnlockArgs, 'input'>>;
  evaluationPeriodUpdate?: Resolver<ResolversTypes['EvaluationPeriodPayload'], ParentType, ContextType, RequireFields<MutationEvaluationPeriodUpdateArgs, 'input'>>;
  evaluationRate?: Resolver<ResolversTypes['EvaluationRatePayload'], ParentType, ContextType, RequireFields<MutationEvaluationRateArgs, 'input'>>;
  evaluationReopen?: Resolver<ResolversTypes['EvaluationReopenPayload'], ParentType, ContextType, RequireFields<MutationEvaluationReopenArgs, 'input'>>;
  feedbackSet?: Resolver<ResolversTypes['FeedbackSetPayload'], ParentType, ContextType, RequireFields<MutationFeedbackSetArgs, 'input'>>;
  goalCascade?: Resolver<ResolversTypes['GoalCascadePayload'], ParentType, ContextType, RequireFields<MutationGoalCascadeArgs, 'input'>>;
  goalCreate?: Resolver<ResolversTypes['GoalPayload'], ParentType, ContextType, RequireFields<MutationGoalCreateArgs, 'input'>>;
  goalDelete?: Resolver<ResolversTypes['GoalPayload'], ParentType, ContextType, RequireFields<MutationGoalDeleteArgs, 'input'>>;
  goalUpdate?: Resolver<ResolversTypes['GoalPayload'], ParentType, ContextType, RequireFields<MutationGoalUpdateArgs, 'input'>>;
  indicatorCreate?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationIndicatorCreateArgs, 'input'>>;
  indicatorDelete?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationIndicatorDeleteArgs, 'input'>>;
  indicatorUpdate?: Resolver<ResolversTypes['IndicatorPayload'], ParentType, ContextType, RequireFields<MutationIndicatorUpdateArgs, 'input'>>;
  keyIndicatorCreate?: Resolver<ResolversTypes['KeyIndicatorPayload'], ParentType, ContextType, RequireFields<MutationKeyIndicatorCreateArgs, 'input'>>;
  keyIndicatorDelete?: Resolver<ResolversTypes['KeyIndicatorPayload'], ParentType, ContextType, RequireFields<MutationKeyIndicatorDeleteArgs, 'input'>>;
  keyIndicatorUpdate?: Resolver<ResolversTypes['KeyIndicatorPayload'], ParentType, ContextType, RequireFields<MutationKeyIndicatorUpdateArgs, 'input'>>;
  logbookEntriesCreate?: Resolver<ResolversTypes['LogbookEntriesCreatePayload'], ParentType, ContextType, RequireFields<MutationLogbookEntriesCreateArgs, 'input'>>;
  logbookEntriesReject?: Resolver<ResolversTypes['LogbookEntriesRejectPayload'], ParentType, ContextType, RequireFields<MutationLogbookEntriesRejectArgs, 'input'>>;
  logbookEntriesSubmit?: Resolver<ResolversTypes['LogbookEntriesSubmitPayload'], ParentType, ContextType, RequireFields<MutationLogbookEntriesSubmitArgs, 'input'>>;
  logbookEntriesVerify?: Resolver<ResolversTypes['LogbookEntriesVerifyPayload'], ParentType, ContextType, RequireFields<MutationLogbookEntriesVerifyArgs, 'input'>>;
  logbookEntryCreate?: Resolver<ResolversTypes['LogbookEntryCreatePayload'], ParentType, ContextType, RequireFields<MutationLogbookEntryCreateArgs, 'input'>>;
  logbookEntryDelete?: Resolver<ResolversTypes['LogbookEntryDeletePayload'], ParentType, ContextType, RequireFields<MutationLogbookEntryDeleteArgs, 'input'>>;
  logbookEntryUpdate?: Resolver<ResolversTypes['LogbookEntryUpdatePayload'], ParentType, ContextType, RequireFields<MutationLogbookEntryUpdateArgs, 'input'>>;
  logbookImport?: Resolver<ResolversTypes['LogbookImportPayload'], ParentType, ContextType, RequireFields<MutationLogbookImportArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  orgImport?: Resolver<ResolversTypes['OrgImportPayload'], ParentType, ContextType, RequireFields<MutationOrgImportArgs, 'input'>>;
  orgPerformanceSet?: Resolver<ResolversTypes['OrgPerformanceSetPayload'], ParentType, ContextType, RequireFields<MutationOrgPerformanceSetArgs, 'input'>>;
  orgUnitCreate?: Resolver<ResolversTypes['OrgUnitCreatePayload'], ParentType, ContextType, RequireFields<MutationOrgUnitCreateArgs, 'input'>>;
  orgUnitMove?: Resolver<ResolversTypes['OrgUnitMovePayload'], ParentType, ContextType, RequireFields<MutationOrgUnitMoveArgs, 'input'>>;
  orgUnitUpdate?: Resolver<ResolversTypes['OrgUnitUpdatePayload'], ParentType, ContextType, RequireFields<MutationOrgUnitUpdateArgs, 'input'>>;
  passwordChange?: Resolver<ResolversTypes['PasswordChangePayload'], ParentType, ContextType, RequireFields<MutationPasswordChangeArgs, 'input'>>;
  passwordReset?: Resolver<ResolversTypes['PasswordResetPayload'], ParentType, ContextType, RequireFields<MutationPasswordResetArgs, 'input'>>;
  performanceAgreementCreate?: Resolver<ResolversTypes['PerformanceAgreementPayload'], ParentType, ContextType, RequireFields<MutationPerformanceAgreementCreateArgs, 'input'>>;
  performanceAgreementUpdate?: Resolver<ResolversTypes['PerformanceAgreementPayload'], ParentType, ContextType, RequireFields<MutationPerformanceAgreementUpdateArgs, 'input'>>;
  performancePlanApprove?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanApproveArgs, 'input'>>;
  performancePlanCreate?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanCreateArgs, 'input'>>;
  performancePlanReturn?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanReturnArgs, 'input'>>;
  performancePlanRevisionReject?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanRevisionRejectArgs, 'input'>>;
  performancePlanRevisionSubmit?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanRevisionSubmitArgs, 'input'>>;
  performancePlanSubmit?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanSubmitArgs, 'input'>>;
  performancePlanUpdate?: Resolver<ResolversTypes['PerformancePlanPayload'], ParentType, ContextType, RequireFields<MutationPerformancePlanUpdateArgs, 'input'>>;
  periodCreate?: Resolver<ResolversTypes['PeriodCreatePayload'], ParentType, ContextType, RequireFields<MutationPeriodCreateArgs, 'input'>>;
  periodUpdate?: Resolver<ResolversTypes['PeriodUpdatePayload'], ParentType, ContextType, RequireFields<MutationPeriodUpdateArgs, 'input'>>;
  positionCreate?: Resolver<ResolversTypes['PositionCreatePayload'], ParentType, ContextType, RequireFields<MutationPositionCreateArgs, 'input'>>;
  positionUpdate?: Resolver<ResolversTypes['PositionUpdatePayload'], ParentType, ContextType, RequireFields<MutationPositionUpdateArgs, 'input'>>;
  realizationCompute?: Resolver<ResolversTypes['RealizationPayload'], ParentType, ContextType, RequireFields<MutationRealizationComputeArgs, 'input'>>;
  realizationSet?: Resolver<ResolversTypes['RealizationPayload'], ParentType, ContextType, RequireFields<MutationRealizationSetArgs, 'input'>>;
  selfAssessmentSet?: Resolver<ResolversTypes['SelfAssessmentSetPayload'], ParentType, ContextType, RequireFields<MutationSelfAssessmentSetArgs, 'input'>>;
  strategicObjectiveCreate?: Resolver<ResolversTypes['StrategicObjectivePayload'], ParentType, ContextType, RequireFields<MutationStrategicObjectiveCreateArgs, 'input'>>;
  strategicObjectiveDelete?: Resolver<ResolversTypes['StrategicObjectivePayload'], ParentType, ContextType, RequireFields<MutationStrategicObjectiveDeleteArgs, 'input'>>;
  strategicObjectiveUpdate?: Resolver<ResolversTypes['StrategicObjectivePayload'], ParentType, ContextType, RequireFields<MutationStrategicObjectiveUpdateArgs, 'input'>>;
};

export type NeutralisingDocumentRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeutralisingDocumentRow'] = ResolversParentTypes['NeutralisingDocumentRow']> = {
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['NeutralisationScope'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'ActionPlan' | 'Agency' | 'AllowanceRuleTable' | 'ApiToken' | 'AppraiserOverride' | 'Assignment' | 'AttendanceRecord' | 'Employee' | 'Evaluation' | 'EvaluationPeriod' | 'Feedback' | 'FeedbackOption' | 'Goal' | 'Indicator' | 'KeyIndicator' | 'LogbookEntry' | 'OrgPerformance' | 'OrgUnit' | 'PerformanceAgreement' | 'PerformancePlan' | 'Period' | 'Position' | 'Realization' | 'SelfAssessment' | 'StrategicObjective', ParentType, ContextType>;
};

export type OrgImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgImportPayload'] = ResolversParentTypes['OrgImportPayload']> = {
  initialPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['OrgImportReport']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrgImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgImportReport'] = ResolversParentTypes['OrgImportReport']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignmentsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentsEnded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employeesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employeesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positionsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positionsUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchangedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  violationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['OrgImportViolation']>, ParentType, ContextType>;
};

export type OrgImportViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgImportViolation'] = ResolversParentTypes['OrgImportViolation']> = {
  code?: Resolver<ResolversTypes['OrgImportViolationCode'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgPerformanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgPerformance'] = ResolversParentTypes['OrgPerformance']> = {
  distributionPattern?: Resolver<ResolversTypes['DistributionPatternSummary'], ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['OrgPerformanceRating'], ParentType, ContextType>;
  setBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrgPerformanceSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgPerformanceSetPayload'] = ResolversParentTypes['OrgPerformanceSetPayload']> = {
  orgPerformance?: Resolver<Maybe<ResolversTypes['OrgPerformance']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrgUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnit'] = ResolversParentTypes['OrgUnit']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  descendants?: Resolver<ResolversTypes['OrgUnitConnection'], ParentType, ContextType, Partial<OrgUnitDescendantsArgs>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<OrgUnitEmployeesArgs, 'includeSubunits'>>;
  exportUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<OrgUnitExportUrlArgs>>;
  hasChildren?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  performance?: Resolver<Maybe<ResolversTypes['OrgPerformance']>, ParentType, ContextType, RequireFields<OrgUnitPerformanceArgs, 'evaluationPeriod'>>;
  plansExportUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrgUnitPlansExportUrlArgs, 'period'>>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrgUnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitConnection'] = ResolversParentTypes['OrgUnitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrgUnitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrgUnitCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitCreatePayload'] = ResolversParentTypes['OrgUnitCreatePayload']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrgUnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitEdge'] = ResolversParentTypes['OrgUnitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type OrgUnitMovePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitMovePayload'] = ResolversParentTypes['OrgUnitMovePayload']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrgUnitUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrgUnitUpdatePayload'] = ResolversParentTypes['OrgUnitUpdatePayload']> = {
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PasswordChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordChangePayload'] = ResolversParentTypes['PasswordChangePayload']> = {
  changed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PasswordResetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PasswordResetPayload'] = ResolversParentTypes['PasswordResetPayload']> = {
  oneTimePassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PerformanceAgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceAgreement'] = ResolversParentTypes['PerformanceAgreement']> = {
  firstParty?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['StrategicObjective']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  secondParty?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PerformanceAgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceAgreementConnection'] = ResolversParentTypes['PerformanceAgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PerformanceAgreementEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PerformanceAgreement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerformanceAgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceAgreementEdge'] = ResolversParentTypes['PerformanceAgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PerformanceAgreement'], ParentType, ContextType>;
};

export type PerformanceAgreementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceAgreementPayload'] = ResolversParentTypes['PerformanceAgreementPayload']> = {
  performanceAgreement?: Resolver<Maybe<ResolversTypes['PerformanceAgreement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PerformancePlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformancePlan'] = ResolversParentTypes['PerformancePlan']> = {
  accountabilityScheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appraiser?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  appraiserSource?: Resolver<ResolversTypes['AppraiserSource'], ParentType, ContextType>;
  appraiserSuperior?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  approach?: Resolver<ResolversTypes['Approach'], ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['PlanAuditRecordConnection'], ParentType, ContextType, Partial<PerformancePlanAuditTrailArgs>>;
  behaviorExpectations?: Resolver<Array<ResolversTypes['BehaviorExpectation']>, ParentType, ContextType>;
  cascade?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consequences?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<PerformancePlanEvaluationArgs, 'evaluationPeriod'>>;
  evaluations?: Resolver<Array<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentGoalCandidates?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['IndicatorProgress']>, ParentType, ContextType, Partial<PerformancePlanProgressArgs>>;
  resourceSupport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultRoleMatrix?: Resolver<ResolversTypes['ResultRoleMatrix'], ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCanApprove?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanRejectRevision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanReturn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSetBehaviorExpectations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSubmit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSubmitRevision?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PerformancePlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformancePlanConnection'] = ResolversParentTypes['PerformancePlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PerformancePlanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerformancePlanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformancePlanEdge'] = ResolversParentTypes['PerformancePlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PerformancePlan'], ParentType, ContextType>;
};

export type PerformancePlanPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformancePlanPayload'] = ResolversParentTypes['PerformancePlanPayload']> = {
  performancePlan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PerformancePlanSyncConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformancePlanSyncConnection'] = ResolversParentTypes['PerformancePlanSyncConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PerformancePlanEdge']>, ParentType, ContextType>;
  horizon?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evaluationPeriods?: Resolver<Array<ResolversTypes['EvaluationPeriod']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isLocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  viewerCanManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PeriodCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeriodCreatePayload'] = ResolversParentTypes['PeriodCreatePayload']> = {
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PeriodUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PeriodUpdatePayload'] = ResolversParentTypes['PeriodUpdatePayload']> = {
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PlanAuditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanAuditRecord'] = ResolversParentTypes['PlanAuditRecord']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlanAuditRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanAuditRecordConnection'] = ResolversParentTypes['PlanAuditRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanAuditRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlanAuditRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanAuditRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanAuditRecordEdge'] = ResolversParentTypes['PlanAuditRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanAuditRecord'], ParentType, ContextType>;
};

export type PlanStatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanStatusCount'] = ResolversParentTypes['PlanStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  actingHolder?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<PositionActingHolderArgs>>;
  holder?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, Partial<PositionHolderArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PositionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subordinatePositions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  superior?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PositionType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionCreatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionCreatePayload'] = ResolversParentTypes['PositionCreatePayload']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PositionUpdatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PositionUpdatePayload'] = ResolversParentTypes['PositionUpdatePayload']> = {
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionPlans?: Resolver<ResolversTypes['ActionPlanConnection'], ParentType, ContextType, Partial<QueryActionPlansArgs>>;
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  apiTokenRateLimit?: Resolver<Maybe<ResolversTypes['RateLimitBucket']>, ParentType, ContextType>;
  apiTokens?: Resolver<ResolversTypes['ApiTokenConnection'], ParentType, ContextType, RequireFields<QueryApiTokensArgs, 'includeInactive'>>;
  coreValueGuides?: Resolver<Array<ResolversTypes['CoreValueGuide']>, ParentType, ContextType>;
  distributionCheck?: Resolver<Maybe<ResolversTypes['DistributionCheckResult']>, ParentType, ContextType, RequireFields<QueryDistributionCheckArgs, 'evaluationPeriod' | 'unit'>>;
  distributionPatterns?: Resolver<Array<ResolversTypes['DistributionPatternSummary']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employeeByNip?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeByNipArgs, 'nip'>>;
  employeeSearch?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, RequireFields<QueryEmployeeSearchArgs, 'query'>>;
  employeesSync?: Resolver<ResolversTypes['EmployeeSyncConnection'], ParentType, ContextType, Partial<QueryEmployeesSyncArgs>>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType, RequireFields<QueryEvaluationArgs, 'id'>>;
  feedbackOptions?: Resolver<Array<ResolversTypes['FeedbackOption']>, ParentType, ContextType, Partial<QueryFeedbackOptionsArgs>>;
  logbookEntries?: Resolver<ResolversTypes['LogbookEntryConnection'], ParentType, ContextType, RequireFields<QueryLogbookEntriesArgs, 'from' | 'to'>>;
  logbookEntriesSync?: Resolver<ResolversTypes['LogbookEntrySyncConnection'], ParentType, ContextType, Partial<QueryLogbookEntriesSyncArgs>>;
  logbookEntryDeletions?: Resolver<ResolversTypes['LogbookEntryDeletionConnection'], ParentType, ContextType, Partial<QueryLogbookEntryDeletionsArgs>>;
  logbookVerificationInbox?: Resolver<ResolversTypes['LogbookEntryConnection'], ParentType, ContextType, Partial<QueryLogbookVerificationInboxArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  orgPerformance?: Resolver<Maybe<ResolversTypes['OrgPerformance']>, ParentType, ContextType, RequireFields<QueryOrgPerformanceArgs, 'evaluationPeriod' | 'unit'>>;
  orgUnit?: Resolver<Maybe<ResolversTypes['OrgUnit']>, ParentType, ContextType, RequireFields<QueryOrgUnitArgs, 'id'>>;
  performanceAgreements?: Resolver<ResolversTypes['PerformanceAgreementConnection'], ParentType, ContextType, RequireFields<QueryPerformanceAgreementsArgs, 'includeSubunits' | 'period'>>;
  performancePlan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType, RequireFields<QueryPerformancePlanArgs, 'id'>>;
  performancePlansSync?: Resolver<ResolversTypes['PerformancePlanSyncConnection'], ParentType, ContextType, Partial<QueryPerformancePlansSyncArgs>>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType, RequireFields<QueryPeriodArgs, 'year'>>;
  periods?: Resolver<Array<ResolversTypes['Period']>, ParentType, ContextType, Partial<QueryPeriodsArgs>>;
  plansNeedingAttention?: Resolver<ResolversTypes['PerformancePlanConnection'], ParentType, ContextType, RequireFields<QueryPlansNeedingAttentionArgs, 'period'>>;
  plansToApprove?: Resolver<ResolversTypes['PerformancePlanConnection'], ParentType, ContextType, Partial<QueryPlansToApproveArgs>>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<QueryPositionArgs, 'id'>>;
  ratingMatrix?: Resolver<ResolversTypes['RatingMatrix'], ParentType, ContextType>;
  resultRoleMatrix?: Resolver<Maybe<ResolversTypes['ResultRoleMatrix']>, ParentType, ContextType, RequireFields<QueryResultRoleMatrixArgs, 'plan'>>;
  scoringStrategies?: Resolver<Array<ResolversTypes['ScoringStrategyOption']>, ParentType, ContextType>;
  unitMonitoring?: Resolver<Maybe<ResolversTypes['UnitMonitoringReport']>, ParentType, ContextType, RequireFields<QueryUnitMonitoringArgs, 'evaluationPeriod' | 'unit'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RateLimitBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RateLimitBucket'] = ResolversParentTypes['RateLimitBucket']> = {
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refillPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RatingCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingCount'] = ResolversParentTypes['RatingCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['PerformanceRating'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RatingMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingMatrix'] = ResolversParentTypes['RatingMatrix']> = {
  columns?: Resolver<Array<ResolversTypes['RatingMatrixColumn']>, ParentType, ContextType>;
  marked?: Resolver<Maybe<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RatingMatrixRow']>, ParentType, ContextType>;
};

export type RatingMatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingMatrixCell'] = ResolversParentTypes['RatingMatrixCell']> = {
  behaviorRating?: Resolver<ResolversTypes['ExpectationRating'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['PerformanceRating'], ParentType, ContextType>;
};

export type RatingMatrixColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingMatrixColumn'] = ResolversParentTypes['RatingMatrixColumn']> = {
  behaviorRating?: Resolver<ResolversTypes['ExpectationRating'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RatingMatrixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingMatrixRow'] = ResolversParentTypes['RatingMatrixRow']> = {
  cells?: Resolver<Array<ResolversTypes['RatingMatrixCell']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultRating?: Resolver<ResolversTypes['ExpectationRating'], ParentType, ContextType>;
};

export type RatingPercentRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatingPercentRow'] = ResolversParentTypes['RatingPercentRow']> = {
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['PerformanceRating'], ParentType, ContextType>;
};

export type RealizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Realization'] = ResolversParentTypes['Realization']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RealizationSource'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RealizationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RealizationPayload'] = ResolversParentTypes['RealizationPayload']> = {
  realization?: Resolver<Maybe<ResolversTypes['Realization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResultRoleMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultRoleMatrix'] = ResolversParentTypes['ResultRoleMatrix']> = {
  columns?: Resolver<Array<ResolversTypes['ResultRoleMatrixColumn']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['PerformancePlan'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ResultRoleMatrixRow']>, ParentType, ContextType>;
};

export type ResultRoleMatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultRoleMatrixCell'] = ResolversParentTypes['ResultRoleMatrixCell']> = {
  cascadeType?: Resolver<Maybe<ResolversTypes['CascadeType']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  planStatus?: Resolver<Maybe<ResolversTypes['PlanStatus']>, ParentType, ContextType>;
};

export type ResultRoleMatrixColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultRoleMatrixColumn'] = ResolversParentTypes['ResultRoleMatrixColumn']> = {
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['PerformancePlan']>, ParentType, ContextType>;
  planStatus?: Resolver<Maybe<ResolversTypes['PlanStatus']>, ParentType, ContextType>;
};

export type ResultRoleMatrixRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultRoleMatrixRow'] = ResolversParentTypes['ResultRoleMatrixRow']> = {
  cells?: Resolver<Array<ResolversTypes['ResultRoleMatrixCell']>, ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType>;
};

export type ScoreBandRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoreBandRow'] = ResolversParentTypes['ScoreBandRow']> = {
  maxScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ScoringResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoringResult'] = ResolversParentTypes['ScoringResult']> = {
  behaviorValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['IndicatorScoreLine']>, ParentType, ContextType>;
  missingRealizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['PerformanceRating']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['ScoringStrategy'], ParentType, ContextType>;
  unavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ScoringStrategyOptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ScoringStrategyOption'] = ResolversParentTypes['ScoringStrategyOption']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isNumeric?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['ScoringStrategy'], ParentType, ContextType>;
};

export type SelfAssessmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfAssessment'] = ResolversParentTypes['SelfAssessment']> = {
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SelfAssessmentSetPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SelfAssessmentSetPayload'] = ResolversParentTypes['SelfAssessmentSetPayload']> = {
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  selfAssessment?: Resolver<Maybe<ResolversTypes['SelfAssessment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StrategicObjectiveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StrategicObjective'] = ResolversParentTypes['StrategicObjective']> = {
  agreement?: Resolver<ResolversTypes['PerformanceAgreement'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyIndicators?: Resolver<Array<ResolversTypes['KeyIndicator']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StrategicObjectivePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StrategicObjectivePayload'] = ResolversParentTypes['StrategicObjectivePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  strategicObjective?: Resolver<Maybe<ResolversTypes['StrategicObjective']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UnitDistributionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitDistributionConnection'] = ResolversParentTypes['UnitDistributionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnitDistributionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['UnitDistributionRow']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitDistributionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitDistributionEdge'] = ResolversParentTypes['UnitDistributionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnitDistributionRow'], ParentType, ContextType>;
};

export type UnitDistributionRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitDistributionRow'] = ResolversParentTypes['UnitDistributionRow']> = {
  check?: Resolver<ResolversTypes['DistributionCheckResult'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
};

export type UnitMonitoringReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitMonitoringReport'] = ResolversParentTypes['UnitMonitoringReport']> = {
  allowanceTotals?: Resolver<ResolversTypes['AllowanceTotalsSummary'], ParentType, ContextType, Partial<UnitMonitoringReportAllowanceTotalsArgs>>;
  employeesWithoutPlan?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluationPeriod?: Resolver<ResolversTypes['EvaluationPeriod'], ParentType, ContextType>;
  evaluationProgress?: Resolver<ResolversTypes['EvaluationProgress'], ParentType, ContextType>;
  exportUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<UnitMonitoringReportExportUrlArgs>>;
  logbookActivity?: Resolver<ResolversTypes['LogbookActivityShare'], ParentType, ContextType, Partial<UnitMonitoringReportLogbookActivityArgs>>;
  planStatusCounts?: Resolver<Array<ResolversTypes['PlanStatusCount']>, ParentType, ContextType>;
  ratingDistribution?: Resolver<ResolversTypes['DistributionCheckResult'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['OrgUnit'], ParentType, ContextType>;
  unitDistributions?: Resolver<ResolversTypes['UnitDistributionConnection'], ParentType, ContextType, Partial<UnitMonitoringReportUnitDistributionsArgs>>;
};

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  isAppraiser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  ActionPlan?: ActionPlanResolvers<ContextType>;
  ActionPlanConnection?: ActionPlanConnectionResolvers<ContextType>;
  ActionPlanDeletePayload?: ActionPlanDeletePayloadResolvers<ContextType>;
  ActionPlanEdge?: ActionPlanEdgeResolvers<ContextType>;
  ActionPlanPayload?: ActionPlanPayloadResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  AgencyScoringStrategySetPayload?: AgencyScoringStrategySetPayloadResolvers<ContextType>;
  AllowanceBreakdown?: AllowanceBreakdownResolvers<ContextType>;
  AllowanceDeduction?: AllowanceDeductionResolvers<ContextType>;
  AllowanceDisciplineBreakdown?: AllowanceDisciplineBreakdownResolvers<ContextType>;
  AllowanceDocumentLine?: AllowanceDocumentLineResolvers<ContextType>;
  AllowancePerformanceBreakdown?: AllowancePerformanceBreakdownResolvers<ContextType>;
  AllowanceRuleTable?: AllowanceRuleTableResolvers<ContextType>;
  AllowanceRulesSetPayload?: AllowanceRulesSetPayloadResolvers<ContextType>;
  AllowanceTotalsSummary?: AllowanceTotalsSummaryResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenCreatePayload?: ApiTokenCreatePayloadResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  ApiTokenRevokePayload?: ApiTokenRevokePayloadResolvers<ContextType>;
  ApiTokenRotatePayload?: ApiTokenRotatePayloadResolvers<ContextType>;
  AppraiserOverride?: AppraiserOverrideResolvers<ContextType>;
  AppraiserOverrideSetPayload?: AppraiserOverrideSetPayloadResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentCreatePayload?: AssignmentCreatePayloadResolvers<ContextType>;
  AssignmentEndPayload?: AssignmentEndPayloadResolvers<ContextType>;
  AttendanceRecord?: AttendanceRecordResolvers<ContextType>;
  AttendanceRecordUpsertPayload?: AttendanceRecordUpsertPayloadResolvers<ContextType>;
  AttendanceRecordsUpsertPayload?: AttendanceRecordsUpsertPayloadResolvers<ContextType>;
  BaseAmountRow?: BaseAmountRowResolvers<ContextType>;
  BehaviorExpectation?: BehaviorExpectationResolvers<ContextType>;
  BehaviorExpectationSetPayload?: BehaviorExpectationSetPayloadResolvers<ContextType>;
  CoreValueGuide?: CoreValueGuideResolvers<ContextType>;
  CreditPointsLine?: CreditPointsLineResolvers<ContextType>;
  CreditPointsSummary?: CreditPointsSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DistributionCheckResult?: DistributionCheckResultResolvers<ContextType>;
  DistributionConstraintLine?: DistributionConstraintLineResolvers<ContextType>;
  DistributionPatternSummary?: DistributionPatternSummaryResolvers<ContextType>;
  DistributionViolation?: DistributionViolationResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeCreatePayload?: EmployeeCreatePayloadResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeeSyncConnection?: EmployeeSyncConnectionResolvers<ContextType>;
  EmployeeUpdatePayload?: EmployeeUpdatePayloadResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationConfirmPayload?: EvaluationConfirmPayloadResolvers<ContextType>;
  EvaluationPeriod?: EvaluationPeriodResolvers<ContextType>;
  EvaluationPeriodPayload?: EvaluationPeriodPayloadResolvers<ContextType>;
  EvaluationProgress?: EvaluationProgressResolvers<ContextType>;
  EvaluationRatePayload?: EvaluationRatePayloadResolvers<ContextType>;
  EvaluationReopenPayload?: EvaluationReopenPayloadResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackOption?: FeedbackOptionResolvers<ContextType>;
  FeedbackSetPayload?: FeedbackSetPayloadResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalCascadePayload?: GoalCascadePayloadResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GoalEdge?: GoalEdgeResolvers<ContextType>;
  GoalPayload?: GoalPayloadResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorPayload?: IndicatorPayloadResolvers<ContextType>;
  IndicatorProgress?: IndicatorProgressResolvers<ContextType>;
  IndicatorScoreLine?: IndicatorScoreLineResolvers<ContextType>;
  KeyIndicator?: KeyIndicatorResolvers<ContextType>;
  KeyIndicatorPayload?: KeyIndicatorPayloadResolvers<ContextType>;
  LogbookActivityShare?: LogbookActivityShareResolvers<ContextType>;
  LogbookEntriesCreatePayload?: LogbookEntriesCreatePayloadResolvers<ContextType>;
  LogbookEntriesRejectPayload?: LogbookEntriesRejectPayloadResolvers<ContextType>;
  LogbookEntriesSubmitPayload?: LogbookEntriesSubmitPayloadResolvers<ContextType>;
  LogbookEntriesVerifyPayload?: LogbookEntriesVerifyPayloadResolvers<ContextType>;
  LogbookEntry?: LogbookEntryResolvers<ContextType>;
  LogbookEntryConnection?: LogbookEntryConnectionResolvers<ContextType>;
  LogbookEntryCreatePayload?: LogbookEntryCreatePayloadResolvers<ContextType>;
  LogbookEntryDeletePayload?: LogbookEntryDeletePayloadResolvers<ContextType>;
  LogbookEntryDeletionConnection?: LogbookEntryDeletionConnectionResolvers<ContextType>;
  LogbookEntryDeletionEdge?: LogbookEntryDeletionEdgeResolvers<ContextType>;
  LogbookEntryDeletionRow?: LogbookEntryDeletionRowResolvers<ContextType>;
  LogbookEntryEdge?: LogbookEntryEdgeResolvers<ContextType>;
  LogbookEntrySyncConnection?: LogbookEntrySyncConnectionResolvers<ContextType>;
  LogbookEntrySyncEdge?: LogbookEntrySyncEdgeResolvers<ContextType>;
  LogbookEntrySyncRow?: LogbookEntrySyncRowResolvers<ContextType>;
  LogbookEntryUpdatePayload?: LogbookEntryUpdatePayloadResolvers<ContextType>;
  LogbookImportPayload?: LogbookImportPayloadResolvers<ContextType>;
  LogbookImportViolation?: LogbookImportViolationResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  MinuteBandRow?: MinuteBandRowResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeutralisingDocumentRow?: NeutralisingDocumentRowResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OrgImportPayload?: OrgImportPayloadResolvers<ContextType>;
  OrgImportReport?: OrgImportReportResolvers<ContextType>;
  OrgImportViolation?: OrgImportViolationResolvers<ContextType>;
  OrgPerformance?: OrgPerformanceResolvers<ContextType>;
  OrgPerformanceSetPayload?: OrgPerformanceSetPayloadResolvers<ContextType>;
  OrgUnit?: OrgUnitResolvers<ContextType>;
  OrgUnitConnection?: OrgUnitConnectionResolvers<ContextType>;
  OrgUnitCreatePayload?: OrgUnitCreatePayloadResolvers<ContextType>;
  OrgUnitEdge?: OrgUnitEdgeResolvers<ContextType>;
  OrgUnitMovePayload?: OrgUnitMovePayloadResolvers<ContextType>;
  OrgUnitUpdatePayload?: OrgUnitUpdatePayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordChangePayload?: PasswordChangePayloadResolvers<ContextType>;
  PasswordResetPayload?: PasswordResetPayloadResolvers<ContextType>;
  PerformanceAgreement?: PerformanceAgreementResolvers<ContextType>;
  PerformanceAgreementConnection?: PerformanceAgreementConnectionResolvers<ContextType>;
  PerformanceAgreementEdge?: PerformanceAgreementEdgeResolvers<ContextType>;
  PerformanceAgreementPayload?: PerformanceAgreementPayloadResolvers<ContextType>;
  PerformancePlan?: PerformancePlanResolvers<ContextType>;
  PerformancePlanConnection?: PerformancePlanConnectionResolvers<ContextType>;
  PerformancePlanEdge?: PerformancePlanEdgeResolvers<ContextType>;
  PerformancePlanPayload?: PerformancePlanPayloadResolvers<ContextType>;
  PerformancePlanSyncConnection?: PerformancePlanSyncConnectionResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PeriodCreatePayload?: PeriodCreatePayloadResolvers<ContextType>;
  PeriodUpdatePayload?: PeriodUpdatePayloadResolvers<ContextType>;
  PlanAuditRecord?: PlanAuditRecordResolvers<ContextType>;
  PlanAuditRecordConnection?: PlanAuditRecordConnectionResolvers<ContextType>;
  PlanAuditRecordEdge?: PlanAuditRecordEdgeResolvers<ContextType>;
  PlanStatusCount?: PlanStatusCountResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionCreatePayload?: PositionCreatePayloadResolvers<ContextType>;
  PositionUpdatePayload?: PositionUpdatePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateLimitBucket?: RateLimitBucketResolvers<ContextType>;
  RatingCount?: RatingCountResolvers<ContextType>;
  RatingMatrix?: RatingMatrixResolvers<ContextType>;
  RatingMatrixCell?: RatingMatrixCellResolvers<ContextType>;
  RatingMatrixColumn?: RatingMatrixColumnResolvers<ContextType>;
  RatingMatrixRow?: RatingMatrixRowResolvers<ContextType>;
  RatingPercentRow?: RatingPercentRowResolvers<ContextType>;
  Realization?: RealizationResolvers<ContextType>;
  RealizationPayload?: RealizationPayloadResolvers<ContextType>;
  ResultRoleMatrix?: ResultRoleMatrixResolvers<ContextType>;
  ResultRoleMatrixCell?: ResultRoleMatrixCellResolvers<ContextType>;
  ResultRoleMatrixColumn?: ResultRoleMatrixColumnResolvers<ContextType>;
  ResultRoleMatrixRow?: ResultRoleMatrixRowResolvers<ContextType>;
  ScoreBandRow?: ScoreBandRowResolvers<ContextType>;
  ScoringResult?: ScoringResultResolvers<ContextType>;
  ScoringStrategyOption?: ScoringStrategyOptionResolvers<ContextType>;
  SelfAssessment?: SelfAssessmentResolvers<ContextType>;
  SelfAssessmentSetPayload?: SelfAssessmentSetPayloadResolvers<ContextType>;
  StrategicObjective?: StrategicObjectiveResolvers<ContextType>;
  StrategicObjectivePayload?: StrategicObjectivePayloadResolvers<ContextType>;
  UnitDistributionConnection?: UnitDistributionConnectionResolvers<ContextType>;
  UnitDistributionEdge?: UnitDistributionEdgeResolvers<ContextType>;
  UnitDistributionRow?: UnitDistributionRowResolvers<ContextType>;
  UnitMonitoringReport?: UnitMonitoringReportResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

