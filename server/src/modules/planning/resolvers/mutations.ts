import type { MutationResolvers } from '../../../graphql/generated/types';
import { inputId, optionalInputId } from '../../../lib/errors';
import { toGlobalId } from '../../../lib/ids';
import * as periods from '../services/periods';
import * as agreements from '../services/agreements';
import { planMutations } from './plan-mutations';
import { fresh } from './fresh';


const evaluationSpec = (s: any) => ({ ...s, deadline: s.deadline });

export const planningMutations: MutationResolvers = {
  periodCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ period: await periods.createPeriod(ctx, { ...input, evaluationPeriods: input.evaluationPeriods?.map(evaluationSpec) }) })),
  periodUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ period: await periods.updatePeriod(ctx, { ...input, periodId: inputId(input.period, 'Period', ['input', 'period']) }) })),
  evaluationPeriodCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ evaluationPeriod: await periods.createEvaluationPeriod(ctx, inputId(input.period, 'Period', ['input', 'period']), evaluationSpec(input.evaluationPeriod)) })),
  evaluationPeriodUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ evaluationPeriod: await periods.updateEvaluationPeriod(ctx, { ...input, id: inputId(input.evaluationPeriod, 'EvaluationPeriod', ['input', 'evaluationPeriod']) }) })),
  evaluationPeriodUnlock: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ evaluationPeriod: await periods.unlockEvaluationPeriod(ctx, inputId(input.evaluationPeriod, 'EvaluationPeriod', ['input', 'evaluationPeriod']), input.until, input.reason) })),
  evaluationPeriodLock: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ evaluationPeriod: await periods.lockEvaluationPeriod(ctx, inputId(input.evaluationPeriod, 'EvaluationPeriod', ['input', 'evaluationPeriod']), input.reason) })),
  performanceAgreementCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({
      performanceAgreement: await agreements.createAgreement(ctx, {
        unitId: inputId(input.unit, 'OrgUnit', ['input', 'unit']), periodId: inputId(input.period, 'Period', ['input', 'period']),
        firstPartyId: optionalInputId(input.firstParty, 'Employee', ['input', 'firstParty']), secondPartyId: optionalInputId(input.secondParty, 'Employee', ['input', 'secondParty']),
        signedOn: input.signedOn, objectives: input.objectives,
      }),
    })),
  performanceAgreementUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({
      performanceAgreement: await agreements.updateAgreement(ctx, {
        agreementId: inputId(input.agreement, 'PerformanceAgreement', ['input', 'agreement']),
        firstPartyId: input.firstParty === undefined ? undefined : optionalInputId(input.firstParty, 'Employee', ['input', 'firstParty']),
        secondPartyId: input.secondParty === undefined ? undefined : optionalInputId(input.secondParty, 'Employee', ['input', 'secondParty']),
        signedOn: input.signedOn,
      }),
    })),
  strategicObjectiveCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ strategicObjective: await agreements.createObjective(ctx, inputId(input.agreement, 'PerformanceAgreement', ['input', 'agreement']), input.objective) })),
  strategicObjectiveUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ strategicObjective: await agreements.updateObjective(ctx, { ...input, id: inputId(input.objective, 'StrategicObjective', ['input', 'objective']) }) })),
  strategicObjectiveDelete: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ deletedId: toGlobalId('StrategicObjective', await agreements.deleteObjective(ctx, inputId(input.objective, 'StrategicObjective', ['input', 'objective']))) })),
  keyIndicatorCreate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ keyIndicator: await agreements.createKeyIndicator(ctx, inputId(input.objective, 'StrategicObjective', ['input', 'objective']), input.keyIndicator) })),
  keyIndicatorUpdate: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ keyIndicator: await agreements.updateKeyIndicator(ctx, { ...input, id: inputId(input.keyIndicator, 'KeyIndicator', ['input', 'keyIndicator']) }) })),
  keyIndicatorDelete: (_p, { input }, ctx) =>
    fresh(ctx, async () => ({ deletedId: toGlobalId('KeyIndicator', await agreements.deleteKeyIndicator(ctx, inputId(input.keyIndicator, 'KeyIndicator', ['input', 'keyIndicator']))) })),
  ...planMutations,
};
