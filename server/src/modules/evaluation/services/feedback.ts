import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { optionalText, requiredText } from '../../../lib/validate';
import type { PlanRow } from '../../planning/types';
import { FEEDBACK_COLS, FEEDBACK_OPTION_COLS, SELF_ASSESSMENT_COLS, type CoreValueCode, type EvaluationRow, type FeedbackOptionRow, type FeedbackRow, type SelfAssessmentRow } from '../types';
import { actorIn, evaluationForWrite } from './target';

/**
 * Umpan balik berkelanjutan and penilaian diri (PermenPANRB 6/2022, research §1.4): the
 * appraiser's feedback per goal and per core value (options from the reference list plus
 * free text), and the employee's self-assessment note per goal before the rating.
 * Feedback is the appraiser's alone (DOMAIN.md: "appraiser (derived, not granted) | … |
 * feedback, ratings"; an admin is not granted it, unless they are that appraiser).
 */

async function goalOfPlan(em: Em, plan: PlanRow, goalId: number): Promise<void> {
  const g = await sqlOne(em, `select 1 as ok from goal g where g.agency_id = $1 and g.id = $2 and g.plan_id = $3`, [plan.agencyId, goalId, plan.id]);
  if (!g) throw userError('NOT_FOUND', 'The goal is not a goal of this plan.', ['input', 'goal']);
}

export interface SelfAssessmentInput {
  planId: number;
  periodId: number;
  goalId: number;
  note: string;
}

export async function setSelfAssessment(ctx: Context, input: SelfAssessmentInput): Promise<{ selfAssessment: SelfAssessmentRow; evaluation: EvaluationRow }> {
  const note = requiredText(input.note, ['input', 'note'], 1, 2000, 'Note');
  return ctx.em.transactional(async (em) => {
    const { plan, evaluation } = await evaluationForWrite(ctx, em, input, (r) => r.isOwner);
    if (evaluation.resultRating != null || evaluation.behaviorRating != null) {
      throw userError('EVALUATION_ALREADY_RATED', 'The appraiser has rated this period; the self-assessment is closed.', ['input']);
    }
    await goalOfPlan(em, plan, input.goalId);
    const row = (await sqlOne<SelfAssessmentRow>(
      em,
      `insert into evaluation_self_assessment as sa (agency_id, evaluation_id, goal_id, note) values ($1, $2, $3, $4)
       on conflict (agency_id, evaluation_id, goal_id) do update set note = excluded.note, updated_at = now()
       returning ${SELF_ASSESSMENT_COLS}`,
      [plan.agencyId, evaluation.id, input.goalId, note],
    ))!;
    return { selfAssessment: row, evaluation };
  });
}

export interface FeedbackInput {
  planId: number;
  periodId: number;
  goalId: number | null;
  coreValue: CoreValueCode | null;
  optionIds: number[];
  note: string | null | undefined;
}

function checkShape(input: FeedbackInput): string | null {
  if ((input.goalId == null) === (input.coreValue == null)) {
    throw userError('INVALID_INPUT', 'Give exactly one of goal and coreValue.', ['input', 'goal']);
  }
  if (input.optionIds.length > 10) throw userError('INVALID_INPUT', 'At most 10 options.', ['input', 'options']);
  if (new Set(input.optionIds).size !== input.optionIds.length) throw userError('INVALID_INPUT', 'An option is given twice.', ['input', 'options']);
  const note = optionalText(input.note, ['input', 'note'], 2000, 'Note');
  if (input.optionIds.length === 0 && note == null) throw userError('INVALID_INPUT', 'Choose at least one option or write a note.', ['input', 'options']);
  return note;
}

/** Options must exist and fit the target: goal options for goals, general or matching ones for a core value. */
async function checkOptions(em: Em, input: FeedbackInput): Promise<void> {
  if (input.optionIds.length === 0) return;
  const rows = await sql<FeedbackOptionRow>(em, `select ${FEEDBACK_OPTION_COLS} from feedback_option fo where fo.id = any($1::int[])`, [input.optionIds]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  input.optionIds.forEach((id, i) => {
    const o = byId.get(id);
    const fits = o && (input.goalId != null ? o.target === 'GOAL' : o.target === 'CORE_VALUE' && (o.coreValue == null || o.coreValue === input.coreValue));
    if (!fits) throw userError('INVALID_INPUT', 'This option does not exist or does not fit the feedback target.', ['input', 'options', String(i)]);
  });
}

export async function setFeedback(ctx: Context, input: FeedbackInput): Promise<{ feedback: FeedbackRow; evaluation: EvaluationRow }> {
  const note = checkShape(input);
  return ctx.em.transactional(async (em) => {
    const { plan, evaluation } = await evaluationForWrite(ctx, em, input, (r) => r.isAppraiser);
    if (input.goalId != null) await goalOfPlan(em, plan, input.goalId);
    await checkOptions(em, input);
    const target = input.goalId != null ? `(agency_id, evaluation_id, goal_id) where goal_id is not null` : `(agency_id, evaluation_id, core_value) where core_value is not null`;
    const row = (await sqlOne<FeedbackRow>(
      em,
      `insert into evaluation_feedback as fb (agency_id, evaluation_id, goal_id, core_value, option_ids, note, author_id)
       values ($1, $2, $3, $4, $5::int[], $6, $7)
       on conflict ${target} do update set option_ids = excluded.option_ids, note = excluded.note, author_id = excluded.author_id, updated_at = now()
       returning ${FEEDBACK_COLS}`,
      [plan.agencyId, evaluation.id, input.goalId, input.coreValue, input.optionIds, note, actorIn(ctx, plan.agencyId)],
    ))!;
    return { feedback: row, evaluation };
  });
}
