import type { QueryResolvers } from '../../../graphql/generated/types';
import type { Context } from '../../../graphql/context';
import { decodeId } from '../../../lib/ids';
import { decodeCursor, emptyConnection, pageSize, toConnection } from '../../../lib/connections';
import { badInput } from '../../../lib/errors';
import { sql } from '../../../db/sql';
import * as repo from '../repo';
import * as L from '../loaders';
import { canReadAgency, canReadEmployee } from '../scope';
import { normalizeNip } from '../nip';
import { EMPLOYEE_COLS, activeAt, type EmployeeRow, type OrgUnitRow } from '../types';

export async function visibleUnit(ctx: Context, id: number): Promise<OrgUnitRow | null> {
  const unit = await L.unitById(ctx).load(id);
  return unit && canReadAgency(ctx, unit.agencyId) ? unit : null;
}

export async function visiblePosition(ctx: Context, id: number) {
  const pos = await L.positionById(ctx).load(id);
  return pos && canReadAgency(ctx, pos.agencyId) ? pos : null;
}

export async function visibleEmployee(ctx: Context, id: number): Promise<EmployeeRow | null> {
  const [emp, ok] = await Promise.all([L.employeeById(ctx).load(id), canReadEmployee(ctx, id)]);
  return emp && ok ? emp : null;
}

/**
 * Search within the viewer's scope (admins: agency or a unit subtree; others: the
 * employees they may read). The scope filter is applied in SQL, before paging.
 */
async function searchEmployees(ctx: Context, text: string, unit: OrgUnitRow | null, first?: number | null, after?: string | null) {
  const limit = pageSize(first);
  const key = decodeCursor(after, 2) as [string, number] | null;
  const v = ctx.viewer!;
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await sql<EmployeeRow>(
    ctx.em,
    `select ${EMPLOYEE_COLS} from employee e
     where ($1::int is null or e.agency_id = $1) and (e.name ilike $2 or e.nip like $3)
       and ($4::text is null or exists (
         select 1 from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
         join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
         where a.agency_id = e.agency_id and a.employee_id = e.id and ${activeAt('a', '$5')} and u.path >= $4 and u.path < $4 || '~'))
       and ($6::text is null or (e.name, e.id) > ($6::text, $7::int))
     order by e.name, e.id limit $8`,
    [v.role === 'SUPERADMIN' ? null : v.agencyId, like, `%${normalizeNip(text)}%`, unit?.path ?? null, ctx.today, key?.[0] ?? null, key?.[1] ?? null, v.role === 'ADMIN' || v.role === 'SUPERADMIN' || v.role === 'INTEGRATION' ? limit + 1 : 1000],
  );
  const flags = await Promise.all(rows.map((r) => canReadEmployee(ctx, r.id)));
  const visible = rows.filter((_r, i) => flags[i]);
  // Admin-scoped searches are filtered in SQL and counted there; for other viewers the
  // count is the number of readable matches among the first 1,000 candidates.
  const count = async () =>
    v.role === 'ADMIN' || v.role === 'SUPERADMIN' || v.role === 'INTEGRATION'
      ? (await sql<{ n: number }>(
          ctx.em,
          `select count(*) as n from employee e where ($1::int is null or e.agency_id = $1) and (e.name ilike $2 or e.nip like $3)
             and ($4::text is null or exists (
               select 1 from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
               join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
               where a.agency_id = e.agency_id and a.employee_id = e.id and ${activeAt('a', '$5')} and u.path >= $4 and u.path < $4 || '~'))`,
          [v.role === 'SUPERADMIN' ? null : v.agencyId, like, `%${normalizeNip(text)}%`, unit?.path ?? null, ctx.today],
        ))[0].n
      : visible.length;
  return toConnection(visible.slice(0, limit + 1), limit, (e) => [e.name, e.id], count, after);
}

export const orgQueries: QueryResolvers = {
  agencies: async (_p, _a, ctx) => {
    const v = ctx.viewer!;
    if (v.role === 'SUPERADMIN') return repo.allAgencies(ctx.em);
    const a = await L.agencyById(ctx).load(v.agencyId);
    return a ? [a] : [];
  },
  orgUnit: (_p, { id }, ctx) => visibleUnit(ctx, decodeId(id, 'OrgUnit')),
  position: (_p, { id }, ctx) => visiblePosition(ctx, decodeId(id, 'Position')),
  employee: (_p, { id }, ctx) => visibleEmployee(ctx, decodeId(id, 'Employee')),
  employeeByNip: async (_p, { nip }, ctx) => {
    const n = normalizeNip(nip);
    if (!/^\d{18}$/.test(n)) throw badInput('NIP must be exactly 18 digits.');
    const emp = await repo.employeeByNip(ctx.em, n);
    return emp && (await canReadEmployee(ctx, emp.id)) ? emp : null;
  },
  employeeSearch: async (_p, { query, unit, first, after }, ctx) => {
    const text = query.trim();
    if (text.length < 2 || text.length > 100) throw badInput('The search text must have 2 to 100 characters.');
    const scope = unit ? await visibleUnit(ctx, decodeId(unit, 'OrgUnit')) : null;
    if (unit && !scope) return emptyConnection();
    return searchEmployees(ctx, text, scope, first, after) as any;
  },
};
