import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import { sql, sqlOne } from '../../db/sql';
import { activeAt } from '../org/types';

/**
 * Who may read and write evaluation data (deny by default; shield only gates roles).
 *
 * Individual results (evaluations, credit points, allowance, attendance) of a plan or an
 * employee: SUPERADMIN everything; ADMIN and INTEGRATION their agency; an employee their
 * own, those of plans on which they are the recorded appraiser or appraiser's superior,
 * and those of everyone below them in the reporting line. Operators see aggregates
 * (monitoring) of their subtree, not individual ratings. Peers and other agencies never.
 *
 * Aggregates of a unit (monitoring, distribution checks): the holder of the head position
 * of the unit or of any unit above it (the leaders up the line), admins of the agency and
 * operators whose subtree contains the unit.
 */

/** Admins, and integration tokens holding READ_EVALUATIONS, read the whole agency. */
const isAgencyWide = (v: { role: string; scopes?: string[] }) =>
  v.role === 'ADMIN' || (v.role === 'INTEGRATION' && !!v.scopes?.includes('READ_EVALUATIONS'));

/** Result visibility per plan id, batched: one statement per request batch. */
export function visibleResultsLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('evaluation.visibleResults', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v) return ids.map(() => false);
    if (v.role === 'SUPERADMIN') return ids.map(() => true);
    const rows = await sql<{ id: number }>(
      ctx.em,
      `with vpos as (
         select p.path, a.start_date, a.end_date from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
         where a.agency_id = $2 and a.employee_id = $3
       )
       select pp.id from performance_plan pp
       cross join lateral (select least($4::date, coalesce(pp.end_date, $4::date)) as d) ref
       where pp.id = any($1::int[]) and pp.agency_id = $2 and (
         $5::boolean or pp.employee_id = $3 or pp.appraiser_id = $3 or pp.appraiser_superior_id = $3
         or exists (
           select 1 from vpos join position tp on tp.agency_id = $2 and tp.path > vpos.path and tp.path < vpos.path || '~'
           join assignment ta on ta.agency_id = $2 and ta.position_id = tp.id
           where ta.employee_id = pp.employee_id and ${activeAt('ta', 'ref.d')} and ${activeAt('vpos', 'ref.d')})
       )`,
      [ids, v.agencyId, v.employeeId ?? 0, ctx.today, isAgencyWide(v)],
    );
    const ok = new Set(rows.map((r) => r.id));
    return ids.map((id) => ok.has(id));
  }));
}

export const canReadResultsOfPlan = (ctx: Context, planId: number): Promise<boolean> => visibleResultsLoader(ctx).load(planId);

/**
 * Result visibility per employee (their credit points, allowance, attendance, list of
 * evaluations): themself, admins/integrations of the agency, managers above them today,
 * and the appraiser (or appraiser's superior) recorded on one of their plans.
 */
export function visibleEmployeeResultsLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('evaluation.visibleEmployeeResults', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v) return ids.map(() => false);
    if (v.role === 'SUPERADMIN') return ids.map(() => true);
    const rows = await sql<{ id: number }>(
      ctx.em,
      `with vpos as (
         select p.path from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
         where a.agency_id = $2 and a.employee_id = $3 and ${activeAt('a', '$4')}
       )
       select e.id from employee e where e.id = any($1::int[]) and e.agency_id = $2 and (
         $5::boolean or e.id = $3
         or exists (select 1 from performance_plan pp where pp.agency_id = $2 and pp.employee_id = e.id and (pp.appraiser_id = $3 or pp.appraiser_superior_id = $3))
         or exists (
           select 1 from vpos join position tp on tp.agency_id = $2 and tp.path > vpos.path and tp.path < vpos.path || '~'
           join assignment ta on ta.agency_id = $2 and ta.position_id = tp.id
           where ta.employee_id = e.id and ${activeAt('ta', '$4')})
       )`,
      [ids, v.agencyId, v.employeeId ?? 0, ctx.today, isAgencyWide(v)],
    );
    const ok = new Set(rows.map((r) => r.id));
    return ids.map((id) => ok.has(id));
  }));
}

export const canReadResultsOfEmployee = (ctx: Context, employeeId: number): Promise<boolean> =>
  visibleEmployeeResultsLoader(ctx).load(employeeId);

/** Units the viewer may monitor (aggregates), batched per request. */
export function monitorableUnitLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('evaluation.monitorableUnit', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v) return ids.map(() => false);
    if (v.role === 'SUPERADMIN') return ids.map(() => true);
    const rows = await sql<{ id: number }>(
      ctx.em,
      `with heads as (
         select pu.path from assignment a
         join position p on p.agency_id = a.agency_id and p.id = a.position_id
         join org_unit pu on pu.agency_id = p.agency_id and pu.id = p.unit_id
         where a.agency_id = $2 and a.employee_id = $3 and ${activeAt('a', '$4')}
           and p.id = (select h.id from position h where h.agency_id = p.agency_id and h.unit_id = p.unit_id order by h.depth, h.id limit 1)
         union all
         select ou.path from org_unit ou where ou.agency_id = $2 and ou.id = $6
       )
       select u.id from org_unit u where u.id = any($1::int[]) and u.agency_id = $2 and (
         $5::boolean or exists (select 1 from heads where u.path >= heads.path and u.path < heads.path || '~')
       )`,
      [ids, v.agencyId, v.employeeId ?? 0, ctx.today, isAgencyWide(v), v.role === 'OPERATOR' ? v.operatorUnitId : null],
    );
    const ok = new Set(rows.map((r) => r.id));
    return ids.map((id) => ok.has(id));
  }));
}

/**
 * May the viewer monitor the unit (by id, or a unit row)? With a row, agency-wide viewers are
 * answered without a statement.
 */
export async function canMonitorUnit(ctx: Context, unit: number | { id: number; agencyId: number }): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.role === 'SUPERADMIN') return true;
  if (typeof unit === 'number') return monitorableUnitLoader(ctx).load(unit);
  if (isAgencyWide(v)) return v.agencyId === unit.agencyId;
  return monitorableUnitLoader(ctx).load(unit.id);
}

/** Head position of a unit: its most senior position (least depth, then lowest id). */
export async function unitHeadPosition(em: Em, agencyId: number, unitId: number): Promise<{ id: number; superiorId: number | null } | null> {
  return sqlOne(
    em,
    `select p.id, p.superior_id as "superiorId" from position p where p.agency_id = $1 and p.unit_id = $2 order by p.depth, p.id limit 1`,
    [agencyId, unitId],
  );
}

/**
 * The leader above a unit (who sets its organisational performance): a holder (definitive or
 * acting) today of the position above the unit head's position.
 */
export async function isLeaderAboveUnit(em: Em, agencyId: number, unitId: number, employeeId: number, today: string): Promise<boolean> {
  const head = await unitHeadPosition(em, agencyId, unitId);
  if (!head?.superiorId) return false;
  const row = await sqlOne(
    em,
    `select 1 as ok from assignment a where a.agency_id = $1 and a.position_id = $2 and a.employee_id = $3 and ${activeAt('a', '$4')}`,
    [agencyId, head.superiorId, employeeId, today],
  );
  return !!row;
}
