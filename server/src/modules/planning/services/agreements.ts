import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import { forbidden, userError } from '../../../lib/errors';
import { isDate } from '../../../lib/dates';
import { pgCode, requiredText } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import { isAgencyAdmin } from '../access';
import { AGREEMENT_COLS, KEY_INDICATOR_COLS, OBJECTIVE_COLS, type AgreementRow, type KeyIndicatorRow, type ObjectiveRow } from '../types';

export interface KeyIndicatorSpec { description: string; targetValue?: number | null; unit?: string | null }
export interface ObjectiveSpec { description: string; keyIndicators?: KeyIndicatorSpec[] | null }

const F = (...p: string[]) => ['input', ...p];

function checkKi(s: KeyIndicatorSpec, field: string[]) {
  const description = requiredText(s.description, [...field, 'description'], 3, 1000, 'The indicator text');
  const unit = s.unit?.trim() || null;
  if (unit && unit.length > 50) throw userError('INVALID_INPUT', 'The unit has at most 50 characters.', [...field, 'unit']);
  if (s.targetValue != null && (!Number.isFinite(s.targetValue) || s.targetValue < 0)) throw userError('INVALID_INPUT', 'The target is a number of at least 0.', [...field, 'targetValue']);
  if (s.targetValue != null && !unit) throw userError('INVALID_INPUT', 'A target needs a unit (satuan).', [...field, 'unit']);
  return { description, targetValue: s.targetValue ?? null, unit };
}

async function insertKi(em: Em, agencyId: number, objectiveId: number, s: KeyIndicatorSpec, field: string[]): Promise<KeyIndicatorRow> {
  const v = checkKi(s, field);
  return (await sqlOne<KeyIndicatorRow>(
    em,
    `insert into key_indicator as ki (agency_id, objective_id, description, target_value, unit, ordinal)
     values ($1, $2, $3, $4, $5, (select coalesce(max(x.ordinal) + 1, 0) from key_indicator x where x.agency_id = $1 and x.objective_id = $2))
     returning ${KEY_INDICATOR_COLS}`,
    [agencyId, objectiveId, v.description, v.targetValue, v.unit],
  ))!;
}

async function insertObjective(em: Em, agencyId: number, agreementId: number, s: ObjectiveSpec, field: string[]): Promise<ObjectiveRow> {
  const description = requiredText(s.description, [...field, 'description'], 3, 1000, 'The objective text');
  const kis = s.keyIndicators ?? [];
  if (kis.length > 20) throw userError('INVALID_INPUT', 'At most 20 key indicators per objective.', [...field, 'keyIndicators']);
  const o = (await sqlOne<ObjectiveRow>(
    em,
    `insert into strategic_objective as so (agency_id, agreement_id, description, ordinal)
     values ($1, $2, $3, (select coalesce(max(x.ordinal) + 1, 0) from strategic_objective x where x.agency_id = $1 and x.agreement_id = $2))
     returning ${OBJECTIVE_COLS}`,
    [agencyId, agreementId, description],
  ))!;
  for (const [i, k] of kis.entries()) await insertKi(em, agencyId, o.id, k, [...field, 'keyIndicators', String(i)]);
  return o;
}

async function party(em: Em, agencyId: number, id: number | null | undefined, field: string[]): Promise<number | null> {
  if (id == null) return null;
  const e = await sqlOne(em, `select 1 from employee where id = $1 and agency_id = $2`, [id, agencyId]);
  if (!e) throw userError('NOT_FOUND', 'Employee not found.', field);
  return id;
}

export interface AgreementCreate {
  unitId: number; periodId: number; firstPartyId?: number | null; secondPartyId?: number | null; signedOn?: string | null; objectives?: ObjectiveSpec[] | null;
}

export async function createAgreement(ctx: Context, input: AgreementCreate): Promise<AgreementRow> {
  const agencyId = ctx.viewer!.agencyId;
  if (!isAgencyAdmin(ctx, agencyId)) throw forbidden('Only the agency admin records performance agreements.');
  return ctx.em.transactional(async (em) => {
    const unit = await sqlOne(em, `select 1 from org_unit where id = $1 and agency_id = $2`, [input.unitId, agencyId]);
    if (!unit) throw userError('NOT_FOUND', 'Unit not found.', F('unit'));
    const period = await sqlOne(em, `select 1 from period where id = $1 and agency_id = $2`, [input.periodId, agencyId]);
    if (!period) throw userError('NOT_FOUND', 'Period not found.', F('period'));
    if (input.signedOn != null && !isDate(input.signedOn)) throw userError('INVALID_INPUT', 'Dates are written YYYY-MM-DD.', F('signedOn'));
    const objectives = input.objectives ?? [];
    if (objectives.length > 20) throw userError('INVALID_INPUT', 'At most 20 objectives.', F('objectives'));
    const a = await sqlOne<AgreementRow>(
      em,
      `insert into performance_agreement as pa (agency_id, unit_id, period_id, first_party_id, second_party_id, signed_on)
       values ($1, $2, $3, $4, $5, $6) returning ${AGREEMENT_COLS}`,
      [agencyId, input.unitId, input.periodId, await party(em, agencyId, input.firstPartyId, F('firstParty')), await party(em, agencyId, input.secondPartyId, F('secondParty')), input.signedOn ?? null],
    ).catch((err) => {
      if (pgCode(err).code === '23505') throw userError('CONFLICT', 'The unit already has an agreement for this period.', F('unit'));
      throw err;
    });
    for (const [i, o] of objectives.entries()) await insertObjective(em, agencyId, a!.id, o, F('objectives', String(i)));
    await writeAudit(em, ctx, { action: 'AGREEMENT_CREATE', entityType: 'PerformanceAgreement', entityId: a!.id, agencyId });
    return a!;
  });
}

async function agreementForAdmin(em: Em, ctx: Context, id: number, field: string[]): Promise<AgreementRow> {
  const a = await sqlOne<AgreementRow>(em, `select ${AGREEMENT_COLS} from performance_agreement pa where pa.id = $1`, [id]);
  if (!a || !isAgencyAdmin(ctx, a.agencyId)) throw userError('NOT_FOUND', 'Agreement not found.', field);
  return a;
}

export async function updateAgreement(ctx: Context, input: { agreementId: number; firstPartyId?: number | null; secondPartyId?: number | null; signedOn?: string | null }): Promise<AgreementRow> {
  return ctx.em.transactional(async (em) => {
    const a = await agreementForAdmin(em, ctx, input.agreementId, F('agreement'));
    if (input.signedOn != null && !isDate(input.signedOn)) throw userError('INVALID_INPUT', 'Dates are written YYYY-MM-DD.', F('signedOn'));
    const first = input.firstPartyId !== undefined ? await party(em, a.agencyId, input.firstPartyId, F('firstParty')) : a.firstPartyId;
    const second = input.secondPartyId !== undefined ? await party(em, a.agencyId, input.secondPartyId, F('secondParty')) : a.secondPartyId;
    const signed = input.signedOn !== undefined ? input.signedOn : a.signedOn;
    const row = await sqlOne<AgreementRow>(
      em,
      `update performance_agreement pa set first_party_id = $2, second_party_id = $3, signed_on = $4, updated_at = now() where pa.id = $1 returning ${AGREEMENT_COLS}`,
      [a.id, first, second, signed],
    );
    await writeAudit(em, ctx, { action: 'AGREEMENT_UPDATE', entityType: 'PerformanceAgreement', entityId: a.id, agencyId: a.agencyId, data: { first, second, signed } });
    return row!;
  });
}

export async function createObjective(ctx: Context, agreementId: number, spec: ObjectiveSpec): Promise<ObjectiveRow> {
  return ctx.em.transactional(async (em) => {
    const a = await agreementForAdmin(em, ctx, agreementId, F('agreement'));
    const n = await sql(em, `select 1 from strategic_objective where agency_id = $1 and agreement_id = $2`, [a.agencyId, a.id]);
    if (n.length >= 20) throw userError('INVALID_INPUT', 'At most 20 objectives.', F('agreement'));
    return insertObjective(em, a.agencyId, a.id, spec, F('objective'));
  });
}

async function objectiveForAdmin(em: Em, ctx: Context, id: number, field: string[]): Promise<ObjectiveRow> {
  const o = await sqlOne<ObjectiveRow>(em, `select ${OBJECTIVE_COLS} from strategic_objective so where so.id = $1`, [id]);
  if (!o || !isAgencyAdmin(ctx, o.agencyId)) throw userError('NOT_FOUND', 'Objective not found.', field);
  return o;
}

const inUse = (what: string, field: string[]) => (err: unknown) => {
  if (pgCode(err).code === '23503') throw userError('CONFLICT', `Goals are bound to this ${what}; unbind them first.`, field);
  throw err;
};

export async function updateObjective(ctx: Context, input: { id: number; description?: string | null; ordinal?: number | null }): Promise<ObjectiveRow> {
  return ctx.em.transactional(async (em) => {
    const o = await objectiveForAdmin(em, ctx, input.id, F('objective'));
    const description = input.description != null ? requiredText(input.description, F('description'), 3, 1000, 'The objective text') : o.description;
    const ordinal = input.ordinal ?? o.ordinal;
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal > 1000) throw userError('INVALID_INPUT', 'The position is from 0 to 1000.', F('ordinal'));
    // Goals bound to the objective keep the agreement's text (they are locked to it).
    await sql(em, `update goal set description = $3, updated_at = now() where agency_id = $1 and objective_id = $2 and key_indicator_id is null and lock_source = 'AGREEMENT'`, [o.agencyId, o.id, description]);
    return (await sqlOne<ObjectiveRow>(em, `update strategic_objective so set description = $2, ordinal = $3 where so.id = $1 returning ${OBJECTIVE_COLS}`, [o.id, description, ordinal]))!;
  });
}

export async function deleteObjective(ctx: Context, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const o = await objectiveForAdmin(em, ctx, id, F('objective'));
    await sql(em, `delete from strategic_objective where id = $1`, [o.id]).catch(inUse('objective', F('objective')));
    return o.id;
  });
}

export async function createKeyIndicator(ctx: Context, objectiveId: number, spec: KeyIndicatorSpec): Promise<KeyIndicatorRow> {
  return ctx.em.transactional(async (em) => {
    const o = await objectiveForAdmin(em, ctx, objectiveId, F('objective'));
    return insertKi(em, o.agencyId, o.id, spec, F('keyIndicator'));
  });
}

async function kiForAdmin(em: Em, ctx: Context, id: number): Promise<KeyIndicatorRow> {
  const k = await sqlOne<KeyIndicatorRow>(em, `select ${KEY_INDICATOR_COLS} from key_indicator ki where ki.id = $1`, [id]);
  if (!k || !isAgencyAdmin(ctx, k.agencyId)) throw userError('NOT_FOUND', 'Key indicator not found.', F('keyIndicator'));
  return k;
}

export async function updateKeyIndicator(ctx: Context, input: { id: number; description?: string | null; targetValue?: number | null; unit?: string | null; ordinal?: number | null }): Promise<KeyIndicatorRow> {
  return ctx.em.transactional(async (em) => {
    const k = await kiForAdmin(em, ctx, input.id);
    const v = checkKi({
      description: input.description ?? k.description,
      targetValue: input.targetValue !== undefined ? input.targetValue : k.targetValue,
      unit: input.unit !== undefined ? input.unit : k.unit,
    }, ['input']);
    const ordinal = input.ordinal ?? k.ordinal;
    if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal > 1000) throw userError('INVALID_INPUT', 'The position is from 0 to 1000.', F('ordinal'));
    // Bound goals and their locked target follow the agreement.
    await sql(em, `update goal set description = $3, updated_at = now() where agency_id = $1 and key_indicator_id = $2 and lock_source = 'AGREEMENT'`, [k.agencyId, k.id, v.description]);
    await sql(
      em,
      `update indicator i set description = $3, target_value = $4, unit = $5, updated_at = now()
       from goal g where g.agency_id = $1 and g.key_indicator_id = $2 and g.lock_source = 'AGREEMENT' and i.agency_id = g.agency_id and i.goal_id = g.id and i.locked`,
      [k.agencyId, k.id, v.description, v.targetValue, v.unit],
    );
    return (await sqlOne<KeyIndicatorRow>(em, `update key_indicator ki set description = $2, target_value = $3, unit = $4, ordinal = $5 where ki.id = $1 returning ${KEY_INDICATOR_COLS}`, [k.id, v.description, v.targetValue, v.unit, ordinal]))!;
  });
}

export async function deleteKeyIndicator(ctx: Context, id: number): Promise<number> {
  return ctx.em.transactional(async (em) => {
    const k = await kiForAdmin(em, ctx, id);
    await sql(em, `delete from key_indicator where id = $1`, [k.id]).catch(inUse('key indicator', F('keyIndicator')));
    return k.id;
  });
}
