import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import { activeAt } from '../org/types';
import * as orgRepo from '../org/repo';

/**
 * Who may read whose logbook (deny by default; shield only gates roles):
 * - the employee themself;
 * - their appraiser today (direct report, reporting line or admin override);
 * - every manager holding a position above them today (two or more levels up);
 * - ADMIN, and integration tokens holding READ_LOGBOOK, of the same agency; SUPERADMIN everywhere.
 * Peers, operators (not admins), subordinates and other agencies: never.
 * Action plans and realizations are part of the plan and follow the planning
 * module's plan visibility instead (see access.ts).
 */
export function logbookReaderLoader(ctx: Context): DataLoader<number, boolean> {
  return ctx.loaders.get('logbook.canRead', () => new DataLoader<number, boolean>(async (ids) => {
    const v = ctx.viewer;
    if (!v) return ids.map(() => false);
    if (v.role === 'SUPERADMIN') return ids.map(() => true);
    const inAgency = await sql<{ id: number; below: boolean }>(
      ctx.em,
      `with mine as (
         select p.path from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
         where a.agency_id = $2 and a.employee_id = $3 and ${activeAt('a', '$4')}
       )
       select e.id, exists (
         select 1 from assignment ta join position tp on tp.agency_id = ta.agency_id and tp.id = ta.position_id
         join mine on tp.path > mine.path and tp.path < mine.path || '~'
         where ta.agency_id = $2 and ta.employee_id = e.id and ${activeAt('ta', '$4')}
       ) as below
       from employee e where e.id = any($1::int[]) and e.agency_id = $2`,
      [ids, v.agencyId, v.employeeId ?? 0, ctx.today],
    );
    const wide = v.role === 'ADMIN' || (v.role === 'INTEGRATION' && !!v.scopes?.includes('READ_LOGBOOK'));
    const ok = new Set(inAgency.filter((r) => wide || r.id === v.employeeId || r.below).map((r) => r.id));
    const rest = inAgency.filter((r) => !ok.has(r.id)).map((r) => r.id);
    if (rest.length && v.employeeId != null) {
      for (const a of await orgRepo.appraisersAt(ctx.em, rest, ctx.today)) if (a.appraiserId === v.employeeId) ok.add(a.employeeId);
    }
    return ids.map((id) => ok.has(id));
  }));
}

export const canReadLogbookOf = (ctx: Context, employeeId: number): Promise<boolean> => logbookReaderLoader(ctx).load(employeeId);

/** Appraiser (today) of each employee, for verification rights. */
export async function appraisersToday(em: Em, ctx: Context, employeeIds: number[]): Promise<Map<number, number | null>> {
  if (employeeIds.length === 0) return new Map();
  const rows = await orgRepo.appraisersAt(em, employeeIds, ctx.today);
  return new Map(rows.map((r) => [r.employeeId, r.appraiserId]));
}
