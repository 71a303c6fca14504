import type { Context } from '../../../graphql/context';
import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import { userError } from '../../../lib/errors';
import { assertEvaluationPeriodOpen } from '../../../lib/period-locks';
import { optionalText } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import { UNIT_COLS, type OrgUnitRow } from '../../org/types';
import { resultRatingFromOrgPerformance } from '../rules/org-performance';
import { performanceRating, type OrgPerformance } from '../rules/rating-matrix';
import { isLeaderAboveUnit, unitHeadPosition } from '../scope';
import { EVALUATION_COLS, ORG_PERFORMANCE_COLS, type EvaluationRow, type OrgPerformanceRow } from '../types';
import { actorIn, periodOfAgency } from './target';

/**
 * Capaian kinerja organisasi (SE MenPANRB 3/2023 step 1): the leader above the unit — the
 * holder of the position above the unit head's position — rates the unit per evaluation
 * period (not an admin: ratings are the appraiser's, DOMAIN.md roles). The unit head's result rating follows it (step 3): their draft
 * evaluations are re-derived in the same transaction; a confirmed one blocks a change.
 */

export interface OrgPerformanceInput {
  unitId: number;
  periodId: number;
  rating: OrgPerformance;
  note: string | null | undefined;
}

async function unitInScope(ctx: Context, em: Em, id: number): Promise<OrgUnitRow> {
  const unit = await sqlOne<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.id = $1`, [id]);
  const v = ctx.viewer!;
  if (!unit || (v.role !== 'SUPERADMIN' && unit.agencyId !== v.agencyId)) throw userError('NOT_FOUND', 'Unit not found.', ['input', 'unit']);
  return unit;
}

/**
 * The unit's rating is given by the leader above it (the appraiser of its head), like any
 * rating: DOMAIN.md grants ratings to the derived appraiser only, not to admins. A top
 * unit has no leader above it inside the agency: its rating comes from outside (the
 * regional head, the national SAKIP evaluation), so the agency's admin records it.
 */
async function assertMaySet(ctx: Context, em: Em, unit: OrgUnitRow): Promise<void> {
  const v = ctx.viewer!;
  if (v.kind !== 'EMPLOYEE' || v.agencyId !== unit.agencyId) throw notAllowed();
  if (unit.parentId === null && v.role === 'ADMIN') return;
  if (v.employeeId == null || !(await isLeaderAboveUnit(em, unit.agencyId, unit.id, v.employeeId, ctx.today))) throw notAllowed();
}

const notAllowed = () =>
  userError('FORBIDDEN', "Only the leader above the unit sets its organisational performance (the agency's admin for a top unit).", ['input', 'unit']);

/** Re-derives the unit head's draft evaluations; refuses when a confirmed one would change. */
async function followHead(em: Em, unit: OrgUnitRow, periodId: number, rating: OrgPerformance): Promise<number[]> {
  const head = await unitHeadPosition(em, unit.agencyId, unit.id);
  if (!head) return [];
  const evaluations = await sql<EvaluationRow>(
    em,
    `select ${EVALUATION_COLS} from evaluation ev join performance_plan pp on pp.agency_id = ev.agency_id and pp.id = ev.plan_id
     where ev.agency_id = $1 and ev.evaluation_period_id = $2 and pp.unit_id = $3 and pp.position_id = $4 and ev.result_rating is not null
     for update of ev`,
    [unit.agencyId, periodId, unit.id, head.id],
  );
  const result = resultRatingFromOrgPerformance(rating);
  const changed = evaluations.filter((e) => e.resultRating !== result);
  if (changed.some((e) => e.status === 'CONFIRMED')) {
    throw userError('EVALUATION_CONFIRMED', 'The unit head\'s evaluation for this period is confirmed; an admin must reopen it first.', ['input', 'rating']);
  }
  for (const e of changed) {
    await sql(
      em,
      `update evaluation set result_rating = $2, result_rating_source = 'ORG_PERFORMANCE', performance_rating = $3, version = version + 1, updated_at = now()
       where id = $1 and status = 'DRAFT'`,
      [e.id, result, performanceRating(result, e.behaviorRating!)],
    );
  }
  return changed.map((e) => e.id);
}

export async function setOrgPerformance(ctx: Context, input: OrgPerformanceInput): Promise<OrgPerformanceRow> {
  const note = optionalText(input.note, ['input', 'note'], 2000, 'Note');
  return ctx.em.transactional(async (em) => {
    const unit = await unitInScope(ctx, em, input.unitId);
    const period = await periodOfAgency(em, unit.agencyId, input.periodId, ['input', 'evaluationPeriod']);
    await assertMaySet(ctx, em, unit);
    if (ctx.today < period.startDate) throw userError('PERIOD_NOT_STARTED', `The evaluation period starts on ${period.startDate}.`, ['input', 'evaluationPeriod']);
    await assertEvaluationPeriodOpen(em, ctx.viewer!, unit.agencyId, period.id, ['input', 'evaluationPeriod']);
    const before = await sqlOne<{ rating: string }>(
      em,
      `select rating from org_performance where agency_id = $1 and evaluation_period_id = $2 and unit_id = $3 for update`,
      [unit.agencyId, period.id, unit.id],
    );
    const rederived = await followHead(em, unit, period.id, input.rating);
    const row = (await sqlOne<OrgPerformanceRow>(
      em,
      `insert into org_performance as op (agency_id, unit_id, evaluation_period_id, rating, note, set_by_id) values ($1, $2, $3, $4, $5, $6)
       on conflict (agency_id, evaluation_period_id, unit_id) do update set rating = excluded.rating, note = excluded.note,
         set_by_id = excluded.set_by_id, updated_at = now()
       returning ${ORG_PERFORMANCE_COLS}`,
      [unit.agencyId, unit.id, period.id, input.rating, note, actorIn(ctx, unit.agencyId)],
    ))!;
    await writeAudit(em, ctx, {
      action: 'ORG_PERFORMANCE_SET', entityType: 'OrgPerformance', entityId: row.id, agencyId: row.agencyId,
      from: before?.rating ?? null, to: row.rating, reason: note, data: { unitId: unit.id, evaluationPeriodId: period.id, rederivedEvaluations: rederived },
    });
    return row;
  });
}
