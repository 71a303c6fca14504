import type { MutationResolvers } from '../../../graphql/generated/types';
import { inputId, optionalInputId, payload, userError } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import { LIMITS } from '../rules/entry-input';
import { createEntries } from '../services/entries-create';
import { deleteEntry, updateEntry } from '../services/entries-edit';
import { decideEntries, submitEntries } from '../services/entries-workflow';
import { createActionPlan, deleteActionPlan, updateActionPlan } from '../services/action-plans';
import { computeRealization, setRealization } from '../services/realizations';
import { importMutation } from './import';

/** Thin resolvers: decode ids, call one service function, wrap refusals as userErrors. */
export const logbookMutations: MutationResolvers = {
  logbookEntryCreate: (_p, { input }, ctx) =>
    payload(async () => ({ logbookEntry: (await createEntries(ctx, [input], (p) => ['input', p.field]))[0] })),
  logbookEntriesCreate: (_p, { input }, ctx) =>
    payload(async () => {
      if (input.entries.length === 0 || input.entries.length > LIMITS.batch) throw userError('INVALID_INPUT', `Give 1 to ${LIMITS.batch} entries.`, ['input', 'entries']);
      return { logbookEntries: await createEntries(ctx, input.entries, (p) => ['input', 'entries', String(p.index), p.field]) };
    }),
  logbookEntryUpdate: (_p, { input }, ctx) =>
    payload(async () => ({ logbookEntry: await updateEntry(ctx, inputId(input.id, 'LogbookEntry', ['input', 'id']), { ...input }) })),
  logbookEntryDelete: (_p, { input }, ctx) =>
    payload(async () => ({ deletedId: toGlobalId('LogbookEntry', await deleteEntry(ctx, inputId(input.id, 'LogbookEntry', ['input', 'id']))) })),
  logbookEntriesSubmit: (_p, { input }, ctx) => payload(async () => ({ logbookEntries: await submitEntries(ctx, input) })),
  logbookEntriesVerify: (_p, { input }, ctx) => payload(async () => ({ logbookEntries: await decideEntries(ctx, input.entries, null) })),
  logbookEntriesReject: (_p, { input }, ctx) => payload(async () => ({ logbookEntries: await decideEntries(ctx, input.entries, input.note) })),
  logbookImport: importMutation,
  actionPlanCreate: (_p, { input }, ctx) =>
    payload(async () => ({
      actionPlan: await createActionPlan(ctx, {
        goalId: inputId(input.goal, 'Goal', ['input', 'goal']),
        evaluationPeriodId: inputId(input.evaluationPeriod, 'EvaluationPeriod', ['input', 'evaluationPeriod']),
        indicatorId: optionalInputId(input.indicator, 'Indicator', ['input', 'indicator']),
        description: input.description,
        targetValue: input.targetValue ?? null,
        targetUnit: input.targetUnit ?? null,
      }),
    })),
  actionPlanUpdate: (_p, { input }, ctx) =>
    payload(async () => ({
      actionPlan: await updateActionPlan(ctx, inputId(input.id, 'ActionPlan', ['input', 'id']), {
        description: input.description, targetValue: input.targetValue, targetUnit: input.targetUnit, targetGiven: input.targetValue !== undefined,
      }),
    })),
  actionPlanDelete: (_p, { input }, ctx) =>
    payload(async () => ({ deletedId: toGlobalId('ActionPlan', await deleteActionPlan(ctx, inputId(input.id, 'ActionPlan', ['input', 'id']))) })),
  realizationSet: (_p, { input }, ctx) =>
    payload(async () => ({
      realization: await setRealization(ctx, {
        indicatorId: inputId(input.indicator, 'Indicator', ['input', 'indicator']),
        evaluationPeriodId: inputId(input.evaluationPeriod, 'EvaluationPeriod', ['input', 'evaluationPeriod']),
        value: input.value,
        evidence: input.evidence,
        note: input.note,
      }),
    })),
  realizationCompute: (_p, { input }, ctx) =>
    payload(async () => ({
      realization: await computeRealization(
        ctx,
        inputId(input.indicator, 'Indicator', ['input', 'indicator']),
        inputId(input.evaluationPeriod, 'EvaluationPeriod', ['input', 'evaluationPeriod']),
      ),
    })),
};
