import type { Resolvers } from '../../../graphql/generated/types';
import { toGlobalId } from '../../../lib/ids';
import * as orgL from '../../org/loaders';
import { canReadAgency } from '../../org/scope';
import { PERFORMANCE_RATINGS } from '../rules/rating-matrix';
import type { MonthlyAllowance } from '../rules/allowance';
import * as L from '../loaders';
import { canReadResultsOfEmployee } from '../scope';
import { allowanceOf, checkMonth } from '../services/allowance';
import { employeeRef, visibleEvaluation } from './convert';

const band = (b: { code?: string; fromMinutes: number; toMinutes: number | null; percent: number }) => ({ ...b, code: b.code ?? null });

function discipline(d: MonthlyAllowance['discipline']) {
  const documents = [
    ...d.neutralised.map((n) => ({ date: n.date, documentKind: n.documentKind, scope: n.scope })),
    ...d.ignoredDocuments.map((n) => ({ date: n.date, documentKind: n.documentKind, scope: null })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return {
    ...d,
    deductions: d.deductions.map((x) => ({ date: x.date, kind: x.kind, minutes: x.minutes, bandCode: x.band?.code ?? null, percent: x.percent })),
    documents,
  };
}

/** TPP rule tables, attendance and the monthly allowance breakdown. */
export const allowanceTypes: Resolvers = {
  AllowanceRuleTable: {
    id: (t) => toGlobalId('AllowanceRuleTable', t.id),
    agency: async (t, _a, ctx) => (await orgL.agencyById(ctx).load(t.agencyId))!,
    performanceWeight: (t) => t.rules.performanceWeight,
    disciplineWeight: (t) => t.rules.disciplineWeight,
    ratingPercents: (t) => PERFORMANCE_RATINGS.flatMap((rating) => {
      const percent = t.rules.ratingPercent?.[rating];
      return percent === undefined ? [] : [{ rating, percent }];
    }),
    scoreBands: (t) => t.rules.scoreBands ?? [],
    lateBands: (t) => t.rules.lateBands.map(band),
    earlyLeaveBands: (t) => t.rules.earlyLeaveBands.map(band),
    missingCheckInPercent: (t) => t.rules.missingCheckInPercent,
    missingCheckOutPercent: (t) => t.rules.missingCheckOutPercent,
    absencePercentPerDay: (t) => t.rules.absencePercentPerDay,
    deductionBase: (t) => t.rules.deductionBase,
    monthlyCapPercent: (t) => t.rules.monthlyCapPercent,
    neutralisingDocuments: (t) => Object.entries(t.rules.neutralisingDocuments).map(([kind, scope]) => ({ kind, scope })),
  },
  AttendanceRecord: {
    id: (r) => toGlobalId('AttendanceRecord', r.id),
    employee: (r, _a, ctx) => employeeRef(ctx, r.employeeId),
    missingCheckIn: (r) => !r.absent && r.lateMinutes == null,
    missingCheckOut: (r) => !r.absent && r.earlyLeaveMinutes == null,
  },
  AllowanceBreakdown: {
    baseAmount: (b) => b.result.baseAmount,
    status: (b) => (b.pending ? 'PENDING_EVALUATION' : 'COMPUTED'),
    evaluation: (b, _a, ctx) => (b.evaluationId == null ? null : visibleEvaluation(ctx, b.evaluationId)),
    performance: (b) => (b.pending ? null : b.result.performance),
    discipline: (b) => discipline(b.result.discipline),
    total: (b) => (b.pending ? null : b.result.total),
  },
  Employee: {
    attendance: async (e, { month }, ctx) =>
      (await canReadResultsOfEmployee(ctx, e.id)) ? L.attendanceOfMonth(ctx).load(`${e.id}|${checkMonth(month)}`) : [],
    allowance: async (e, { month }, ctx) => ((await canReadResultsOfEmployee(ctx, e.id)) ? allowanceOf(ctx, e, month) : null),
  },
  Agency: {
    allowanceRules: async (a, { year }, ctx) => (canReadAgency(ctx, a.id) ? (await L.ruleTableOf(ctx).load(L.pair(a.id, year)))[0] ?? null : null),
  },
};
