import type { Em } from '../../../db/orm';
import { sql, sqlOne } from '../../../db/sql';
import type { Context } from '../../../graphql/context';
import type { Approach, CoreValue } from '../../../graphql/generated/types';
import { userError } from '../../../lib/errors';
import { assertAnnualPeriodOpen } from '../../../lib/period-locks';
import { optionalText, pgCode } from '../../../lib/validate';
import { writeAudit } from '../../audit/audit';
import * as orgRepo from '../../org/repo';
import { actorOn, isAgencyAdmin, stateOf } from '../access';
import { editablePlan, readPlan, refusal } from './guards';
import { refuseExpectations } from '../workflow';
import { PERIOD_COLS, PLAN_COLS, type PeriodRow, type PlanRow } from '../types';

export interface PlanCreate {
  periodId: number;
  employeeId: number | null;
  approach: Approach;
  resourceSupport?: string | null;
  accountabilityScheme?: string | null;
  consequences?: string | null;
}

const clamp = (d: string, lo: string, hi: string) => (d < lo ? lo : d > hi ? hi : d);

/** Appraiser and appraiser's superior at a date, and whether an override applies. */
export async function appraiserSnapshot(em: Em, employeeId: number, at: string) {
  const [line] = await orgRepo.appraisersAt(em, [employeeId], at);
  const appraiserId = line?.appraiserId ?? null;
  const [sup] = appraiserId ? await orgRepo.appraisersAt(em, [appraiserId], at) : [];
  const [override] = await orgRepo.overridesAt(em, [employeeId], at);
  const source = override && override.appraiserId === appraiserId ? 'OVERRIDE' : 'REPORTING_LINE';
  return { appraiserId, appraiserSuperiorId: sup?.appraiserId ?? null, source };
}

/** Inserts a DRAFT plan for the employee's primary position at `at`, starting `start`. */
export async function insertPlan(em: Em, ctx: Context, emp: { id: number; agencyId: number }, period: PeriodRow, approach: string, at: string, start: string, annexes: (string | null)[]): Promise<PlanRow> {
  const [primary] = await orgRepo.primaryAssignmentsAt(em, [emp.id], at);
  if (!primary) throw userError('INVALID_INPUT', 'The employee holds no position in this period.', ['input', 'employee']);
  const [pos] = await orgRepo.positionsByIds(em, [primary.positionId]);
  const snap = await appraiserSnapshot(em, emp.id, at);
  const plan = await sqlOne<PlanRow>(
    em,
    `insert into performance_plan as pp (agency_id, employee_id, period_id, position_id, unit_id, approach, appraiser_id, appraiser_superior_id,
       appraiser_source, start_date, resource_support, accountability_scheme, consequences)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning ${PLAN_COLS}`,
    [emp.agencyId, emp.id, period.id, pos.id, pos.unitId, approach, snap.appraiserId, snap.appraiserSuperiorId, snap.source, start, ...annexes],
  ).catch((err) => {
    if (pgCode(err).code === '23P01') throw userError('CONFLICT', 'The employee already has a plan for this period.', ['input', 'period']);
    throw err;
  });
  await writeAudit(em, ctx, {
    action: 'PLAN_CREATE', entityType: 'PerformancePlan', entityId: plan!.id, agencyId: emp.agencyId, to: 'DRAFT',
    data: { appraiserId: snap.appraiserId, appraiserSuperiorId: snap.appraiserSuperiorId, appraiserSource: snap.source, positionId: pos.id, startDate: start },
  });
  return plan!;
}

function annexes(input: Pick<PlanCreate, 'resourceSupport' | 'accountabilityScheme' | 'consequences'>): (string | null)[] {
  return [
    optionalText(input.resourceSupport, ['input', 'resourceSupport'], 4000, 'Resource support'),
    optionalText(input.accountabilityScheme, ['input', 'accountabilityScheme'], 4000, 'The accountability scheme'),
    optionalText(input.consequences, ['input', 'consequences'], 4000, 'Consequences'),
  ];
}

export async function createPlan(ctx: Context, input: PlanCreate): Promise<PlanRow> {
  const v = ctx.viewer!;
  return ctx.em.transactional(async (em) => {
    const period = await sqlOne<PeriodRow>(em, `select ${PERIOD_COLS} from period pe where pe.id = $1 and pe.agency_id = $2`, [input.periodId, v.agencyId]);
    if (!period) throw userError('NOT_FOUND', 'Period not found.', ['input', 'period']);
    const employeeId = input.employeeId ?? v.employeeId;
    if (employeeId !== v.employeeId && !isAgencyAdmin(ctx, period.agencyId)) throw userError('FORBIDDEN', 'Only admins create plans for someone else.', ['input', 'employee']);
    const emp = await sqlOne<{ id: number; agencyId: number }>(em, `select id, agency_id as "agencyId" from employee where id = $1 and agency_id = $2`, [employeeId, period.agencyId]);
    if (!emp) throw userError('NOT_FOUND', 'Employee not found.', ['input', 'employee']);
    await assertAnnualPeriodOpen(em, v, period.agencyId, period.id, ['input', 'period']);
    const at = clamp(ctx.today, period.startDate, period.endDate);
    const existing = await sql(em, `select 1 from performance_plan where agency_id = $1 and employee_id = $2 and period_id = $3 and (end_date is null or end_date >= $4::date)`, [emp.agencyId, emp.id, period.id, at]);
    if (existing.length > 0) throw userError('CONFLICT', 'The employee already has a plan for this period.', ['input', 'period']);
    const [primary] = await orgRepo.primaryAssignmentsAt(em, [emp.id], at);
    const start = primary && primary.startDate > period.startDate ? primary.startDate : period.startDate;
    const lastEnd = await sqlOne<{ d: string | null }>(em, `select max(end_date) as d from performance_plan where agency_id = $1 and employee_id = $2 and period_id = $3`, [emp.agencyId, emp.id, period.id]);
    const from = lastEnd?.d && lastEnd.d >= start ? addDay(lastEnd.d) : start;
    return insertPlan(em, ctx, emp, period, input.approach, at, from, annexes(input));
  });
}

const addDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export interface PlanUpdate {
  planId: number;
  approach?: Approach | null;
  resourceSupport?: string | null;
  accountabilityScheme?: string | null;
  consequences?: string | null;
}

export async function updatePlan(ctx: Context, input: PlanUpdate): Promise<PlanRow> {
  return ctx.em.transactional(async (em) => {
    const plan = await editablePlan(em, ctx, input.planId, ['input', 'plan']);
    if (input.approach === null) throw userError('INVALID_INPUT', 'The approach cannot be cleared.', ['input', 'approach']);
    if (input.approach === 'QUANTITATIVE' && plan.approach !== 'QUANTITATIVE') {
      const missing = await sql(em, `select 1 from goal g join indicator i on i.agency_id = g.agency_id and i.goal_id = g.id where g.agency_id = $1 and g.plan_id = $2 and i.aspect is null limit 1`, [plan.agencyId, plan.id]);
      if (missing.length > 0) throw userError('INVALID_INPUT', 'In the quantitative approach every indicator needs an aspect; set them first.', ['input', 'approach']);
    }
    const sets: string[] = [];
    const params: unknown[] = [plan.id];
    const set = (col: string, value: unknown) => { params.push(value); sets.push(`${col} = $${params.length}`); };
    if (input.approach) set('approach', input.approach);
    const [rs, as, cs] = annexes(input);
    if (input.resourceSupport !== undefined) set('resource_support', rs);
    if (input.accountabilityScheme !== undefined) set('accountability_scheme', as);
    if (input.consequences !== undefined) set('consequences', cs);
    if (sets.length === 0) return plan;
    return (await sqlOne<PlanRow>(em, `update performance_plan pp set ${sets.join(', ')} where pp.id = $1 returning ${PLAN_COLS}`, params))!;
  });
}

export async function setBehaviorExpectation(ctx: Context, planId: number, coreValue: CoreValue, text: string | null | undefined): Promise<PlanRow> {
  return ctx.em.transactional(async (em) => {
    const plan = await readPlan(em, ctx, planId, ['input', 'plan']);
    const r = refuseExpectations(stateOf(plan), await actorOn(ctx, plan));
    if (r) throw refusal(r, ['input', 'plan']);
    const value = optionalText(text, ['input', 'specificExpectation'], 2000, 'The expectation');
    const updated = await sqlOne<PlanRow>(
      em,
      `update performance_plan pp set version = version + 1, updated_at = now() where pp.id = $1 and pp.version = $2 and pp.status <> 'APPROVED' returning ${PLAN_COLS}`,
      [plan.id, plan.version],
    );
    if (!updated) throw refusal('CONFLICT', ['input', 'plan']);
    await sql(
      em,
      `insert into behavior_expectation (agency_id, plan_id, core_value, specific_expectation) values ($1, $2, $3, $4)
       on conflict (agency_id, plan_id, core_value) do update set specific_expectation = excluded.specific_expectation, updated_at = now()`,
      [plan.agencyId, plan.id, coreValue, value],
    );
    await writeAudit(em, ctx, { action: 'PLAN_BEHAVIOR_EXPECTATION', entityType: 'PerformancePlan', entityId: plan.id, agencyId: plan.agencyId, data: { coreValue, specificExpectation: value } });
    return updated;
  });
}
