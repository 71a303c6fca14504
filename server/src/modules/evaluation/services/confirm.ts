import type { Context } from '../../../graphql/context';
import { sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { assertEvaluationPeriodOpen } from '../../../lib/period-locks';
import { optionalText, requiredText } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import type { DistributionViolation } from '../rules/distribution';
import { EVALUATION_COLS, type EvaluationRow } from '../types';
import { governingCheck, violationsOf } from './distribution';
import { existingEvaluationForWrite } from './target';

/**
 * Confirmation locks an evaluation (penetapan): the appraiser's act, like the ratings it
 * fixes (an admin confirms only as that appraiser). When the ratings of its unit break the
 * distribution pattern, the appraiser must give a reason, which is stored and audited
 * with the warnings (advisory, SE MenPANRB 3/2023). Only the agency's admin reopens, with a reason.
 */

export async function confirmEvaluation(ctx: Context, id: number, reasonInput: string | null | undefined): Promise<{ evaluation: EvaluationRow; warnings: DistributionViolation[] }> {
  const reason = optionalText(reasonInput, ['input', 'distributionOverrideReason'], 1000, 'Reason');
  return ctx.em.transactional(async (em) => {
    const { evaluation, plan, rel } = await existingEvaluationForWrite(ctx, em, id);
    if (!rel.isAppraiser) throw userError('FORBIDDEN', 'Only the appraiser confirms an evaluation.', ['input', 'evaluation']);
    if (evaluation.status === 'CONFIRMED') throw userError('EVALUATION_CONFIRMED', 'The evaluation is already confirmed.', ['input', 'evaluation']);
    if (evaluation.performanceRating == null) throw userError('EVALUATION_NOT_RATED', 'Give both ratings before confirming.', ['input', 'evaluation']);
    await assertEvaluationPeriodOpen(em, ctx.viewer!, evaluation.agencyId, evaluation.evaluationPeriodId, ['input', 'evaluation']);
    const check = await governingCheck(em, evaluation.agencyId, plan.unitId, evaluation.evaluationPeriodId);
    const warnings = check ? violationsOf(check) : [];
    if (warnings.length > 0 && (reason == null || reason.length < 5)) {
      throw userError(
        'DISTRIBUTION_REASON_REQUIRED',
        `The unit's ratings break its distribution pattern: ${warnings.map((w) => w.message).join(' ')} Give a reason (at least 5 characters) to confirm anyway.`,
        ['input', 'distributionOverrideReason'],
      );
    }
    const stored = warnings.length > 0 ? reason : null;
    const updated = await sqlOne<EvaluationRow>(
      em,
      `update evaluation ev set status = 'CONFIRMED', confirmed_at = now(), confirmed_by_id = $2, distribution_override_reason = $3,
         version = ev.version + 1, updated_at = now()
       where ev.id = $1 and ev.status = 'DRAFT' returning ${EVALUATION_COLS}`,
      [evaluation.id, ctx.viewer!.employeeId, stored],
    );
    if (!updated) throw userError('CONFLICT', 'The evaluation changed meanwhile; reload it.', ['input', 'evaluation']);
    await writeAudit(em, ctx, {
      action: 'EVALUATION_CONFIRM', entityType: 'Evaluation', entityId: updated.id, agencyId: updated.agencyId,
      from: 'DRAFT', to: 'CONFIRMED', reason: stored,
      data: { performanceRating: updated.performanceRating, distributionWarnings: warnings.map((w) => ({ code: w.code, ratings: w.ratings, actualShare: w.actualShare })) },
    });
    return { evaluation: updated, warnings };
  });
}

export async function reopenEvaluation(ctx: Context, id: number, reasonInput: string): Promise<EvaluationRow> {
  const reason = requiredText(reasonInput, ['input', 'reason'], 5, 1000, 'Reason');
  return ctx.em.transactional(async (em) => {
    const { evaluation, rel } = await existingEvaluationForWrite(ctx, em, id);
    if (!rel.isAdmin) throw userError('FORBIDDEN', 'Only an admin reopens a confirmed evaluation.', ['input', 'evaluation']);
    if (evaluation.status !== 'CONFIRMED') throw userError('INVALID_STATE_TRANSITION', 'Only a confirmed evaluation can be reopened.', ['input', 'evaluation']);
    const updated = (await sqlOne<EvaluationRow>(
      em,
      `update evaluation ev set status = 'DRAFT', confirmed_at = null, confirmed_by_id = null, distribution_override_reason = null,
         reopen_reason = $2, version = ev.version + 1, updated_at = now()
       where ev.id = $1 and ev.status = 'CONFIRMED' returning ${EVALUATION_COLS}`,
      [evaluation.id, reason],
    ))!;
    await writeAudit(em, ctx, {
      action: 'EVALUATION_REOPEN', entityType: 'Evaluation', entityId: updated.id, agencyId: updated.agencyId,
      from: 'CONFIRMED', to: 'DRAFT', reason, data: { performanceRating: updated.performanceRating },
    });
    return updated;
  });
}
