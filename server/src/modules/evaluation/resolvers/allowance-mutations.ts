import type { MutationResolvers } from '../../../graphql/generated/types';
import { optionalInputId, payload } from '../../../lib/errors';
import { setAllowanceRules } from '../services/allowance-rules';
import { upsertAttendance } from '../services/attendance';

/** TPP rules and attendance: thin resolvers over the services. */
export const allowanceMutations: MutationResolvers = {
  allowanceRulesSet: (_p, { input }, ctx) =>
    payload(async () => ({
      allowanceRuleTable: await setAllowanceRules(ctx, { agencyId: optionalInputId(input.agency, 'Agency', ['input', 'agency']), year: input.year, rules: input.rules }),
    })),
  attendanceRecordUpsert: (_p, { input }, ctx) =>
    payload(async () => ({ attendanceRecord: (await upsertAttendance(ctx, [input.record], () => ['input', 'record'])).rows[0] })),
  attendanceRecordsUpsert: (_p, { input }, ctx) =>
    payload(async () => {
      const { rows } = await upsertAttendance(ctx, input.records, (i) => ['input', 'records', String(i)]);
      return { count: rows.length, updatedCount: rows.filter((r) => r.updated).length };
    }),
};
