import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { sql } from '../../db/sql';
import { activeAt } from './types';
import type { EmployeeRow, OrgUnitRow } from './types';
import * as repo from './repo';

/**
 * Who may read or manage whom. Shield gates roles; these checks scope rows, again,
 * in the service layer (deny by default):
 * - SUPERADMIN: reads everything, manages nothing of an agency; ADMIN: their agency.
 * - OPERATOR: employees placed in their unit subtree, and unplaced employees of the agency.
 * - everyone: themself, everyone below them in the reporting line, the holders of the
 *   positions above them (their appraiser chain) and override relations.
 * Other agencies are never visible.
 */
export function visibleEmployeeLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('org.visibleEmployee', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v) return ids.map(() => false);
    if (v.role === 'SUPERADMIN') return ids.map(() => true);
    if (v.role === 'ADMIN' || v.role === 'INTEGRATION') {
      const rows = await sql<{ id: number }>(ctx.em, `select id from employee where id = any($1::int[]) and agency_id = $2`, [ids, v.agencyId]);
      const ok = new Set(rows.map((r) => r.id));
      return ids.map((id) => ok.has(id));
    }
    const chain = await appraiserChain(ctx);
    const rows = await sql<{ id: number }>(
      ctx.em,
      `with vpos as (
         select p.path from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
         where a.agency_id = $2 and a.employee_id = $3 and ${activeAt('a', '$4')}
       ),
       anc as (select distinct x::int as id from vpos, unnest(string_to_array(rtrim(vpos.path, '.'), '.')) as x),
       opath as (select u.path from org_unit u where u.agency_id = $2 and u.id = $5)
       select t.id from employee t
       where t.id = any($1::int[]) and t.agency_id = $2 and (
         t.id = $3 or t.id = any($6::int[])
         or exists (
           select 1 from assignment ta join position tp on tp.agency_id = ta.agency_id and tp.id = ta.position_id
           join vpos on tp.path > vpos.path and tp.path < vpos.path || '~'
           where ta.agency_id = $2 and ta.employee_id = t.id and ${activeAt('ta', '$4')})
         or exists (select 1 from assignment ha where ha.agency_id = $2 and ha.employee_id = t.id and ha.position_id in (select id from anc) and ${activeAt('ha', '$4')})
         or exists (select 1 from appraiser_override o where o.agency_id = $2 and ${activeAt('o', '$4')}
                    and ((o.employee_id = t.id and o.appraiser_id = $3) or (o.employee_id = $3 and o.appraiser_id = t.id)))
         or ($5::int is not null and (
           exists (
             select 1 from assignment oa join position op on op.agency_id = oa.agency_id and op.id = oa.position_id
             join org_unit ou on ou.agency_id = op.agency_id and ou.id = op.unit_id
             join opath on ou.path >= opath.path and ou.path < opath.path || '~'
             where oa.agency_id = $2 and oa.employee_id = t.id and ${activeAt('oa', '$4')})
           or not exists (select 1 from assignment na where na.agency_id = $2 and na.employee_id = t.id and ${activeAt('na', '$4')})
         ))
       )`,
      [ids, v.agencyId, v.employeeId, ctx.today, v.role === 'OPERATOR' ? v.operatorUnitId : null, chain],
    );
    const ok = new Set(rows.map((r) => r.id));
    return ids.map((id) => ok.has(id));
  }));
}

/**
 * The viewer's appraiser and the appraiser's appraiser (atasan pejabat penilai), who
 * appear on the viewer's own SKP even when an override puts them outside the
 * reporting line. Computed once per request.
 */
async function appraiserChain(ctx: Context): Promise<number[]> {
  const v = ctx.viewer!;
  if (v.employeeId == null) return [];
  const memo = ctx.loaders.get('org.appraiserChain', () => new DataLoader<number, number[]>(async (keys) => {
    const first = await repo.appraisersAt(ctx.em, keys, ctx.today);
    const firstIds = first.map((r) => r.appraiserId).filter((x): x is number => x != null);
    const second = firstIds.length ? await repo.appraisersAt(ctx.em, firstIds, ctx.today) : [];
    return keys.map((k) => {
      const a = first.find((r) => r.employeeId === k)?.appraiserId ?? null;
      const b = a == null ? null : (second.find((r) => r.employeeId === a)?.appraiserId ?? null);
      return [a, b].filter((x): x is number => x != null);
    });
  }));
  return memo.load(v.employeeId);
}

export async function canReadEmployee(ctx: Context, id: number): Promise<boolean> {
  return visibleEmployeeLoader(ctx).load(id);
}

/** Returns the employees the viewer may read, null for the others (same order). */
export async function filterVisible(ctx: Context, rows: (EmployeeRow | null)[]): Promise<(EmployeeRow | null)[]> {
  const flags = await Promise.all(rows.map((r) => (r ? canReadEmployee(ctx, r.id) : false)));
  return rows.map((r, i) => (flags[i] ? r : null));
}

export const canReadAgency = (ctx: Context, agencyId: number): boolean =>
  !!ctx.viewer && (ctx.viewer.role === 'SUPERADMIN' || ctx.viewer.agencyId === agencyId);

/** True when `unit` is the operator's unit or below it. */
async function inOperatorSubtree(ctx: Context, unit: OrgUnitRow): Promise<boolean> {
  const v = ctx.viewer;
  if (!v || v.role !== 'OPERATOR' || v.operatorUnitId == null || v.agencyId !== unit.agencyId) return false;
  const [root] = await repo.unitsByIds(ctx.em, [v.operatorUnitId]);
  return !!root && unit.path.startsWith(root.path);
}

/**
 * Admins manage their agency; operators their unit subtree. The superadmin manages no
 * agency's units (DOMAIN.md: "SUPERADMIN | all agencies | manage agencies; read everything").
 */
export async function canManageUnit(ctx: Context, unit: OrgUnitRow): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.role === 'ADMIN') return v.agencyId === unit.agencyId;
  return inOperatorSubtree(ctx, unit);
}

/** May the viewer list (and export) a unit's staff: who manages it, and the superadmin (a read). */
export async function canListUnitStaff(ctx: Context, unit: OrgUnitRow): Promise<boolean> {
  return ctx.viewer?.role === 'SUPERADMIN' || canManageUnit(ctx, unit);
}

/**
 * Admins manage every employee of their agency; operators those placed in their
 * subtree (by primary position today) and unplaced ones of their agency. The superadmin
 * manages none (it reads them all).
 */
export async function canManageEmployee(ctx: Context, employee: EmployeeRow): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.agencyId !== employee.agencyId) return false;
  if (v.role === 'ADMIN') return true;
  if (v.role !== 'OPERATOR') return false;
  const [primary] = await repo.primaryAssignmentsAt(ctx.em, [employee.id], ctx.today);
  if (!primary) return true;
  const [pos] = await repo.positionsByIds(ctx.em, [primary.positionId]);
  const [unit] = await repo.unitsByIds(ctx.em, [pos.unitId]);
  return inOperatorSubtree(ctx, unit);
}

/**
 * May the viewer list everyone below `employee`? Themself, their managers above, and
 * admins/operators in scope; never peers or subordinates of others.
 */
export async function canReadSubtreeOf(ctx: Context, employee: EmployeeRow): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (v.role === 'SUPERADMIN') return true;
  if (v.agencyId !== employee.agencyId) return false;
  if (v.role === 'ADMIN' || v.role === 'INTEGRATION') return true;
  if (v.employeeId === employee.id) return true;
  if (v.employeeId != null && (await repo.isBelow(ctx.em, v.agencyId, v.employeeId, employee.id, ctx.today))) return true;
  if (v.employeeId != null && (await repo.isDirectSubordinate(ctx.em, v.agencyId, v.employeeId, employee.id, ctx.today))) return true;
  return v.role === 'OPERATOR' && (await canManageEmployee(ctx, employee));
}
