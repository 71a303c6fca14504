import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { optionalText } from '../../../lib/validate';
import { assertEvaluationPeriodOpen } from '../../../lib/period-locks';
import { writeAudit } from '../../audit/audit';
import { isHttpUrl, LIMITS } from '../rules/entry-input';
import { REALIZATION_COLS, type RealizationRow } from '../types';
import { employeeOf } from './entries-create';

/**
 * Realisasi of an own indicator in an evaluation period: entered with evidence, or
 * computed as the sum of VERIFIED logbook output dated inside the period, written in
 * the indicator's unit, of the action plans linked to the indicator (and of the
 * goal's action plans linked to no indicator). One value per indicator and period
 * (upsert), audited with the previous value.
 */
const F = (f: string) => ['input', f];

interface OwnIndicator {
  id: number;
  goalId: number;
  unit: string | null;
  ownerId: number;
  periodId: number;
}

async function ownIndicatorInOpenPeriod(em: Em, ctx: Context, indicatorId: number, evaluationPeriodId: number) {
  const { agencyId, employeeId } = employeeOf(ctx);
  const ind = await sqlOne<OwnIndicator>(
    em,
    `select i.id, i.goal_id as "goalId", i.unit, g.owner_id as "ownerId", g.period_id as "periodId"
     from indicator i join goal g on g.agency_id = i.agency_id and g.id = i.goal_id where i.agency_id = $1 and i.id = $2`,
    [agencyId, indicatorId],
  );
  if (!ind || ind.ownerId !== employeeId) throw userError('NOT_FOUND', 'Indicator not found among your own.', F('indicator'));
  const period = await assertEvaluationPeriodOpen(em, ctx.viewer!, agencyId, evaluationPeriodId, F('evaluationPeriod'));
  if (period.periodId !== ind.periodId) throw userError('INVALID_INPUT', "The evaluation period is not part of the goal's annual period.", F('evaluationPeriod'));
  return { agencyId, employeeId, ind, period };
}

/** Sum of verified logbook output for an indicator over a date range. */
export async function logbookSum(em: Em, agencyId: number, ind: Pick<OwnIndicator, 'id' | 'goalId' | 'unit'>, from: string, to: string): Promise<{ total: number; entries: number }> {
  const row = await sqlOne<{ total: number; entries: number }>(
    em,
    `select coalesce(sum(le.output_quantity), 0) as total, count(le.id) as entries
     from action_plan ap join logbook_entry le on le.agency_id = ap.agency_id and le.action_plan_id = ap.id
     where ap.agency_id = $1 and (ap.indicator_id = $2 or (ap.indicator_id is null and ap.goal_id = $3))
       and le.status = 'VERIFIED' and le.entry_date between $4::date and $5::date
       and lower(btrim(le.output_unit)) = lower(btrim($6::text))`,
    [agencyId, ind.id, ind.goalId, from, to, ind.unit],
  );
  return row!;
}

async function upsert(em: Em, ctx: Context, r: { agencyId: number; indicatorId: number; periodId: number; value: number; source: 'MANUAL' | 'LOGBOOK'; evidence: string[]; note: string | null }) {
  const prev = await sqlOne<{ value: number; source: string }>(
    em,
    `select value, source from realization where agency_id = $1 and indicator_id = $2 and evaluation_period_id = $3 for update`,
    [r.agencyId, r.indicatorId, r.periodId],
  );
  const row = await sqlOne<RealizationRow>(
    em,
    `insert into realization as r (agency_id, indicator_id, evaluation_period_id, value, source, evidence_urls, note, recorded_by_id)
     values ($1, $2, $3, $4, $5, $6::text[], $7, $8)
     on conflict (agency_id, indicator_id, evaluation_period_id) do update set value = excluded.value, source = excluded.source,
       evidence_urls = excluded.evidence_urls, note = excluded.note, recorded_by_id = excluded.recorded_by_id, updated_at = now()
     returning ${REALIZATION_COLS}`,
    [r.agencyId, r.indicatorId, r.periodId, r.value, r.source, r.evidence, r.note, ctx.viewer!.employeeId],
  );
  await writeAudit(em, ctx, {
    action: `realization.${r.source === 'MANUAL' ? 'set' : 'compute'}`, entityType: 'Realization', entityId: row!.id, agencyId: r.agencyId,
    from: prev ? String(prev.value) : null, to: String(r.value), data: { indicatorId: r.indicatorId, evaluationPeriodId: r.periodId, source: r.source, previousSource: prev?.source ?? null },
  });
  return row!;
}

export interface RealizationInput {
  indicatorId: number;
  evaluationPeriodId: number;
  value: number;
  evidence: readonly string[];
  note?: string | null;
}

export function setRealization(ctx: Context, input: RealizationInput): Promise<RealizationRow> {
  if (!Number.isFinite(input.value) || input.value < 0 || input.value > LIMITS.quantity) throw userError('INVALID_INPUT', 'The value must be a number of at least 0.', F('value'));
  const evidence = input.evidence.map((u) => u.trim()).filter((u) => u !== '');
  if (evidence.length < 1 || evidence.length > LIMITS.evidence) throw userError('INVALID_INPUT', `Give 1 to ${LIMITS.evidence} evidence links (bukti dukung).`, F('evidence'));
  if (!evidence.every(isHttpUrl)) throw userError('INVALID_INPUT', 'Evidence must be http(s) links.', F('evidence'));
  const note = optionalText(input.note, F('note'), 2000, 'The note');
  return ctx.em.transactional(async (em) => {
    const { agencyId, ind, period } = await ownIndicatorInOpenPeriod(em, ctx, input.indicatorId, input.evaluationPeriodId);
    return upsert(em, ctx, { agencyId, indicatorId: ind.id, periodId: period.id, value: input.value, source: 'MANUAL', evidence, note });
  });
}

export function computeRealization(ctx: Context, indicatorId: number, evaluationPeriodId: number): Promise<RealizationRow> {
  return ctx.em.transactional(async (em) => {
    const { agencyId, ind, period } = await ownIndicatorInOpenPeriod(em, ctx, indicatorId, evaluationPeriodId);
    if (!ind.unit) throw userError('INVALID_INPUT', 'The indicator has no unit, so logbook output cannot be summed for it.', F('indicator'));
    const sum = await logbookSum(em, agencyId, ind, period.startDate, period.endDate);
    const note = `Sum of ${sum.entries} verified logbook entries in ${ind.unit}.`;
    return upsert(em, ctx, { agencyId, indicatorId: ind.id, periodId: period.id, value: sum.total, source: 'LOGBOOK', evidence: [], note });
  });
}
