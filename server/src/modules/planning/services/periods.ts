import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import type { EvaluationPeriodKind } from '../../../graphql/generated/types';
import { forbidden, userError } from '../../../lib/errors';
import { isDate } from '../../../lib/dates';
import { pgCode, requiredText } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import { isAgencyAdmin } from '../access';
import { EVALUATION_PERIOD_COLS, PERIOD_COLS, type EvaluationPeriodRow, type PeriodRow } from '../types';
import { defaultSchedule, type EvaluationSpec } from './schedule';

const F = (...p: string[]) => ['input', ...p];

function checkDate(d: string, field: string[]): string {
  if (!isDate(d)) throw userError('INVALID_INPUT', 'Dates are written YYYY-MM-DD.', field);
  return d;
}

function checkInstant(s: string, field: string[]): Date {
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw userError('INVALID_INPUT', 'Not a valid instant.', field);
  return d;
}

/** Evaluation period inside its annual period, end after start, deadline not before the end day. */
function checkSpec(s: EvaluationSpec, period: { startDate: string; endDate: string }, field: string[]) {
  const name = requiredText(s.name, [...field, 'name'], 2, 100, 'The name');
  const start = checkDate(s.startDate, [...field, 'startDate']);
  const end = checkDate(s.endDate, [...field, 'endDate']);
  if (end < start) throw userError('INVALID_INPUT', 'The end is before the start.', [...field, 'endDate']);
  if (start < period.startDate || end > period.endDate) throw userError('INVALID_INPUT', 'The evaluation period must lie inside the annual period.', [...field, 'startDate']);
  const deadline = checkInstant(String(s.deadline), [...field, 'deadline']);
  if (deadline.getTime() < Date.parse(`${end}T00:00:00+07:00`)) throw userError('INVALID_INPUT', 'The deadline is before the end of the evaluation period.', [...field, 'deadline']);
  return { kind: s.kind, name, start, end, deadline };
}

async function insertEvaluation(em: Em, period: PeriodRow, s: EvaluationSpec, field: string[]): Promise<EvaluationPeriodRow> {
  const v = checkSpec(s, period, field);
  return (await sqlOne<EvaluationPeriodRow>(
    em,
    `insert into evaluation_period as ep (agency_id, period_id, kind, name, start_date, end_date, deadline) values ($1, $2, $3, $4, $5, $6, $7)
     returning ${EVALUATION_PERIOD_COLS}`,
    [period.agencyId, period.id, v.kind, v.name, v.start, v.end, v.deadline],
  ).catch((err) => {
    if (pgCode(err).code === '23505') throw userError('CONFLICT', 'An evaluation period of this kind already starts on that day.', [...field, 'startDate']);
    throw err;
  }))!;
}

export interface PeriodCreate {
  year: number;
  name?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  evaluationPeriods?: EvaluationSpec[] | null;
}

export async function createPeriod(ctx: Context, input: PeriodCreate): Promise<PeriodRow> {
  const agencyId = ctx.viewer!.agencyId;
  if (!isAgencyAdmin(ctx, agencyId)) throw forbidden('Only the agency admin creates periods.');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2200) throw userError('INVALID_INPUT', 'The year is from 2000 to 2200.', F('year'));
  const name = requiredText(input.name ?? `SKP ${input.year}`, F('name'), 2, 100, 'The name');
  const start = checkDate(input.startDate ?? `${input.year}-01-01`, F('startDate'));
  const end = checkDate(input.endDate ?? `${input.year}-12-31`, F('endDate'));
  if (end < start) throw userError('INVALID_INPUT', 'The end is before the start.', F('endDate'));
  const specs = input.evaluationPeriods ?? defaultSchedule(input.year, start, end);
  if (specs.length > 40) throw userError('INVALID_INPUT', 'At most 40 evaluation periods.', F('evaluationPeriods'));
  return ctx.em.transactional(async (em) => {
    const period = await sqlOne<PeriodRow>(
      em,
      `insert into period as pe (agency_id, year, name, start_date, end_date) values ($1, $2, $3, $4, $5) returning ${PERIOD_COLS}`,
      [agencyId, input.year, name, start, end],
    ).catch((err) => {
      if (pgCode(err).code === '23505') throw userError('CONFLICT', 'The agency already has a period for this year.', F('year'));
      throw err;
    });
    for (const [i, s] of specs.entries()) await insertEvaluation(em, period!, s, F('evaluationPeriods', String(i)));
    await writeAudit(em, ctx, { action: 'PERIOD_CREATE', entityType: 'Period', entityId: period!.id, agencyId, data: { year: input.year, evaluationPeriods: specs.length } });
    return period!;
  });
}

async function periodForAdmin(em: Em, ctx: Context, id: number, field: string[]): Promise<PeriodRow> {
  const p = await sqlOne<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.id = $1 for update`, [id]);
  if (!p || !isAgencyAdmin(ctx, p.agencyId)) throw userError('NOT_FOUND', 'Period not found.', field);
  return p;
}

export async function updatePeriod(ctx: Context, input: { periodId: number; name?: string | null; startDate?: string | null; endDate?: string | null }): Promise<PeriodRow> {
  return ctx.em.transactional(async (em) => {
    const p = await periodForAdmin(em, ctx, input.periodId, F('period'));
    const name = input.name != null ? requiredText(input.name, F('name'), 2, 100, 'The name') : p.name;
    const start = input.startDate != null ? checkDate(input.startDate, F('startDate')) : p.startDate;
    const end = input.endDate != null ? checkDate(input.endDate, F('endDate')) : p.endDate;
    if (end < start) throw userError('INVALID_INPUT', 'The end is before the start.', F('endDate'));
    const outside = await sql(em, `select 1 from evaluation_period where agency_id = $1 and period_id = $2 and (start_date < $3 or end_date > $4) limit 1`, [p.agencyId, p.id, start, end]);
    if (outside.length > 0) throw userError('INVALID_INPUT', 'An evaluation period would lie outside the new boundaries.', F('startDate'));
    const row = await sqlOne<PeriodRow>(em, `update period pe set name = $2, start_date = $3, end_date = $4, updated_at = now() where pe.id = $1 returning ${PERIOD_COLS}`, [p.id, name, start, end]);
    await writeAudit(em, ctx, { action: 'PERIOD_UPDATE', entityType: 'Period', entityId: p.id, agencyId: p.agencyId, data: { name, startDate: start, endDate: end } });
    return row!;
  });
}

export async function createEvaluationPeriod(ctx: Context, periodId: number, spec: EvaluationSpec): Promise<EvaluationPeriodRow> {
  return ctx.em.transactional(async (em) => {
    const p = await periodForAdmin(em, ctx, periodId, F('period'));
    const row = await insertEvaluation(em, p, spec, F('evaluationPeriod'));
    await writeAudit(em, ctx, { action: 'EVALUATION_PERIOD_CREATE', entityType: 'EvaluationPeriod', entityId: row.id, agencyId: p.agencyId });
    return row;
  });
}

async function evaluationForAdmin(em: Em, ctx: Context, id: number): Promise<EvaluationPeriodRow> {
  const e = await sqlOne<EvaluationPeriodRow>(em, `select ${EVALUATION_PERIOD_COLS} from evaluation_period ep where ep.id = $1 for update`, [id]);
  if (!e || !isAgencyAdmin(ctx, e.agencyId)) throw userError('NOT_FOUND', 'Evaluation period not found.', F('evaluationPeriod'));
  return e;
}

export async function updateEvaluationPeriod(ctx: Context, input: { id: number; name?: string | null; startDate?: string | null; endDate?: string | null; deadline?: string | null }): Promise<EvaluationPeriodRow> {
  return ctx.em.transactional(async (em) => {
    const e = await evaluationForAdmin(em, ctx, input.id);
    const p = (await sqlOne<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.id = $1`, [e.periodId]))!;
    const v = checkSpec({
      kind: e.kind as EvaluationPeriodKind, name: input.name ?? e.name, startDate: input.startDate ?? e.startDate, endDate: input.endDate ?? e.endDate,
      deadline: input.deadline ?? new Date(e.deadline).toISOString(),
    }, p, ['input']);
    const row = await sqlOne<EvaluationPeriodRow>(
      em,
      `update evaluation_period ep set name = $2, start_date = $3, end_date = $4, deadline = $5, updated_at = now() where ep.id = $1 returning ${EVALUATION_PERIOD_COLS}`,
      [e.id, v.name, v.start, v.end, v.deadline],
    ).catch((err) => {
      if (pgCode(err).code === '23505') throw userError('CONFLICT', 'An evaluation period of this kind already starts on that day.', F('startDate'));
      throw err;
    });
    await writeAudit(em, ctx, { action: 'EVALUATION_PERIOD_UPDATE', entityType: 'EvaluationPeriod', entityId: e.id, agencyId: e.agencyId, from: new Date(e.deadline).toISOString(), to: v.deadline.toISOString() });
    return row!;
  });
}

export async function unlockEvaluationPeriod(ctx: Context, id: number, until: string, reason: string): Promise<EvaluationPeriodRow> {
  const text = requiredText(reason, F('reason'), 5, 1000, 'The reason');
  const u = checkInstant(until, F('until'));
  if (u.getTime() <= Date.now()) throw userError('INVALID_INPUT', 'The unlock must end in the future.', F('until'));
  return ctx.em.transactional(async (em) => {
    const e = await evaluationForAdmin(em, ctx, id);
    const row = await sqlOne<EvaluationPeriodRow>(
      em,
      `update evaluation_period ep set unlocked_until = $2, unlock_reason = $3, updated_at = now() where ep.id = $1 returning ${EVALUATION_PERIOD_COLS}`,
      [e.id, u, text],
    );
    await writeAudit(em, ctx, { action: 'PERIOD_UNLOCK', entityType: 'EvaluationPeriod', entityId: e.id, agencyId: e.agencyId, from: e.unlockedUntil ? new Date(e.unlockedUntil).toISOString() : null, to: u.toISOString(), reason: text });
    return row!;
  });
}

export async function lockEvaluationPeriod(ctx: Context, id: number, reason: string | null | undefined): Promise<EvaluationPeriodRow> {
  const text = reason ? requiredText(reason, F('reason'), 5, 1000, 'The reason') : null;
  return ctx.em.transactional(async (em) => {
    const e = await evaluationForAdmin(em, ctx, id);
    const row = await sqlOne<EvaluationPeriodRow>(em, `update evaluation_period ep set unlocked_until = null, unlock_reason = null, updated_at = now() where ep.id = $1 returning ${EVALUATION_PERIOD_COLS}`, [e.id]);
    await writeAudit(em, ctx, { action: 'PERIOD_LOCK', entityType: 'EvaluationPeriod', entityId: e.id, agencyId: e.agencyId, from: e.unlockedUntil ? new Date(e.unlockedUntil).toISOString() : null, to: null, reason: text });
    return row!;
  });
}
