import type { Em } from '../../db/orm';
import { sql } from '../../db/sql';
import {
  activeAt,
  ASSIGNMENT_COLS,
  EMPLOYEE_COLS,
  OVERRIDE_COLS,
  POSITION_COLS,
  UNIT_COLS,
  type AgencyRow,
  type AppraiserOverrideRow,
  type AssignmentRow,
  type EmployeeRow,
  type OrgUnitRow,
  type PositionRow,
} from './types';

/**
 * Read queries of the organisation module. Every query is set-based (takes many
 * keys) so DataLoaders can batch it, and tree reads use the materialized path range
 * `path > $p and path < $p || '~'` on a COLLATE "C" btree.
 */

export const agenciesByIds = (em: Em, ids: readonly number[]) =>
  sql<AgencyRow>(em, `select id, code, name from agency where id = any($1::int[])`, [ids]);

export const allAgencies = (em: Em) => sql<AgencyRow>(em, `select id, code, name from agency order by name`);

export const unitsByIds = (em: Em, ids: readonly number[]) =>
  sql<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.id = any($1::int[])`, [ids]);

export const unitsByParentIds = (em: Em, parentIds: readonly number[]) =>
  sql<OrgUnitRow>(
    em,
    `select ${UNIT_COLS} from org_unit u join org_unit par on par.id = any($1::int[])
     where u.agency_id = par.agency_id and u.parent_id = par.id order by u.name, u.id`,
    [parentIds],
  );

export const unitIdsWithChildren = (em: Em, ids: readonly number[]) =>
  sql<{ id: number }>(
    em,
    `select par.id from org_unit par where par.id = any($1::int[])
     and exists (select 1 from org_unit c where c.agency_id = par.agency_id and c.parent_id = par.id)`,
    [ids],
  );

export const rootUnitsOfAgencies = (em: Em, agencyIds: readonly number[]) =>
  sql<OrgUnitRow>(em, `select ${UNIT_COLS} from org_unit u where u.agency_id = any($1::int[]) and u.parent_id is null order by u.name, u.id`, [agencyIds]);

/** Units strictly below `unit`, in tree (path) order, keyset on path. */
export const unitDescendants = (em: Em, unit: OrgUnitRow, limit: number, afterPath: string | null) =>
  sql<OrgUnitRow>(
    em,
    `select ${UNIT_COLS} from org_unit u
     where u.agency_id = $1 and u.path > $2 and u.path < $2 || '~' and u.path > coalesce($3, $2)
     order by u.path limit $4`,
    [unit.agencyId, unit.path, afterPath, limit],
  );

export const countUnitDescendants = async (em: Em, unit: OrgUnitRow) =>
  (await sql<{ n: number }>(em, `select count(*) as n from org_unit u where u.agency_id = $1 and u.path > $2 and u.path < $2 || '~'`, [unit.agencyId, unit.path]))[0].n;

export const positionsByIds = (em: Em, ids: readonly number[]) =>
  sql<PositionRow>(em, `select ${POSITION_COLS} from position p where p.id = any($1::int[])`, [ids]);

export const positionsByUnitIds = (em: Em, unitIds: readonly number[]) =>
  sql<PositionRow>(
    em,
    `select ${POSITION_COLS} from position p join org_unit u on u.id = any($1::int[])
     where p.agency_id = u.agency_id and p.unit_id = u.id order by p.depth, p.name, p.id`,
    [unitIds],
  );

export const positionsBySuperiorIds = (em: Em, ids: readonly number[]) =>
  sql<PositionRow>(
    em,
    `select ${POSITION_COLS} from position p join position s on s.id = any($1::int[])
     where p.agency_id = s.agency_id and p.superior_id = s.id order by p.name, p.id`,
    [ids],
  );

export const employeesByIds = (em: Em, ids: readonly number[]) =>
  sql<EmployeeRow>(em, `select ${EMPLOYEE_COLS} from employee e where e.id = any($1::int[])`, [ids]);

export const employeeByNip = async (em: Em, nip: string) =>
  (await sql<EmployeeRow>(em, `select ${EMPLOYEE_COLS} from employee e where e.nip = $1`, [nip]))[0] ?? null;

export const assignmentsByIds = (em: Em, ids: readonly number[]) =>
  sql<AssignmentRow>(em, `select ${ASSIGNMENT_COLS} from assignment a where a.id = any($1::int[])`, [ids]);

export const assignmentsByEmployeeIds = (em: Em, ids: readonly number[]) =>
  sql<AssignmentRow>(
    em,
    `select ${ASSIGNMENT_COLS} from employee e join assignment a on a.agency_id = e.agency_id and a.employee_id = e.id
     where e.id = any($1::int[]) order by a.start_date desc, a.id desc`,
    [ids],
  );

export const overridesByIds = (em: Em, ids: readonly number[]) =>
  sql<AppraiserOverrideRow>(em, `select ${OVERRIDE_COLS} from appraiser_override o where o.id = any($1::int[])`, [ids]);

export const overridesAt = (em: Em, employeeIds: readonly number[], at: string) =>
  sql<AppraiserOverrideRow>(
    em,
    `select ${OVERRIDE_COLS} from employee e join appraiser_override o on o.agency_id = e.agency_id and o.employee_id = e.id
     where e.id = any($1::int[]) and ${activeAt('o', '$2')}`,
    [employeeIds, at],
  );

/**
 * Primary position of each employee at a date: the definitive assignment, else an
 * acting one (PLT before PLH), else none.
 */
export const PRIMARY_ORDER = `(a.kind = 'DEFINITIVE') desc, (a.kind = 'PLT') desc, a.start_date desc, a.id`;

export const primaryAssignmentsAt = (em: Em, employeeIds: readonly number[], at: string) =>
  sql<AssignmentRow>(
    em,
    `select distinct on (a.employee_id) ${ASSIGNMENT_COLS}
     from employee e join assignment a on a.agency_id = e.agency_id and a.employee_id = e.id
     where e.id = any($1::int[]) and ${activeAt('a', '$2')}
     order by a.employee_id, ${PRIMARY_ORDER}`,
    [employeeIds, at],
  );

/** Holder of each position at a date; `acting` picks PLT/PLH instead of definitive. */
export const holdersAt = (em: Em, positionIds: readonly number[], at: string, acting: boolean) =>
  sql<{ positionId: number; employeeId: number }>(
    em,
    `select distinct on (a.position_id) a.position_id as "positionId", a.employee_id as "employeeId"
     from position p join assignment a on a.agency_id = p.agency_id and a.position_id = p.id
     where p.id = any($1::int[]) and ${activeAt('a', '$2')} and (a.kind = 'DEFINITIVE') = $3
     order by a.position_id, (a.kind = 'PLT') desc, a.start_date desc, a.id`,
    [positionIds, at, !acting],
  );

/**
 * Appraiser of each employee at a date: an active admin override, otherwise the
 * holder (definitive first, then PLT, then PLH) of the nearest filled position above
 * the employee's primary position, never the employee themself.
 */
export const appraisersAt = (em: Em, employeeIds: readonly number[], at: string) =>
  sql<{ employeeId: number; appraiserId: number | null }>(
    em,
    `with emp as (select e.id, e.agency_id from employee e where e.id = any($1::int[])),
     ovr as (
       select o.employee_id, o.appraiser_id from emp
       join appraiser_override o on o.agency_id = emp.agency_id and o.employee_id = emp.id
       where ${activeAt('o', '$2')}
     ),
     prim as (
       select distinct on (a.employee_id) a.employee_id, a.agency_id, p.path
       from emp join assignment a on a.agency_id = emp.agency_id and a.employee_id = emp.id
       join position p on p.agency_id = a.agency_id and p.id = a.position_id
       where ${activeAt('a', '$2')}
       order by a.employee_id, ${PRIMARY_ORDER}
     ),
     anc as (
       select prim.employee_id, prim.agency_id, x.seg::int as position_id, x.ord, cardinality(string_to_array(rtrim(prim.path, '.'), '.')) as n
       from prim, unnest(string_to_array(rtrim(prim.path, '.'), '.')) with ordinality as x(seg, ord)
     ),
     cand as (
       select distinct on (anc.employee_id) anc.employee_id, h.employee_id as appraiser_id
       from anc join assignment h on h.agency_id = anc.agency_id and h.position_id = anc.position_id
       where anc.ord < anc.n and ${activeAt('h', '$2')} and h.employee_id <> anc.employee_id
       order by anc.employee_id, anc.ord desc, (h.kind = 'DEFINITIVE') desc, (h.kind = 'PLT') desc, h.id
     )
     select emp.id as "employeeId", coalesce(ovr.appraiser_id, cand.appraiser_id) as "appraiserId"
     from emp left join ovr on ovr.employee_id = emp.id left join cand on cand.employee_id = emp.id`,
    [employeeIds, at],
  );

/** Keyset page over employees ordered by (name, id). */
export interface EmployeePage {
  limit: number;
  after: [string, number] | null;
}

const pageClause = (nameParam: string, idParam: string) =>
  `(${nameParam}::text is null or (e.name, e.id) > (${nameParam}::text, ${idParam}::int))`;

/**
 * Employees whose appraiser is `employeeId` at a date: the holders (by primary
 * position) of positions reached from the employee's positions through vacant
 * positions only, minus those overridden elsewhere, plus those overridden to them.
 */
const DIRECT_SUBORDINATES_CTE = `
  with recursive mine as (
    select a.position_id as id from assignment a where a.agency_id = $1 and a.employee_id = $2 and ${activeAt('a', '$3')}
  ),
  walk as (
    select p.id from position p where p.agency_id = $1 and p.superior_id in (select id from mine)
    union
    select c.id from walk w join position c on c.agency_id = $1 and c.superior_id = w.id
    where not exists (
      select 1 from assignment h where h.agency_id = $1 and h.position_id = w.id and ${activeAt('h', '$3')} and h.employee_id <> $2
    )
  ),
  prim as (
    select distinct on (a.employee_id) a.employee_id, a.position_id
    from assignment a
    where a.agency_id = $1 and ${activeAt('a', '$3')}
      and a.employee_id in (select h.employee_id from assignment h join walk on h.position_id = walk.id where h.agency_id = $1 and ${activeAt('h', '$3')})
    order by a.employee_id, ${PRIMARY_ORDER}
  ),
  direct as (
    select prim.employee_id as id from prim join walk on walk.id = prim.position_id
    where prim.employee_id <> $2
      and not exists (select 1 from appraiser_override o where o.agency_id = $1 and o.employee_id = prim.employee_id and ${activeAt('o', '$3')})
    union
    select o.employee_id from appraiser_override o where o.agency_id = $1 and o.appraiser_id = $2 and ${activeAt('o', '$3')}
  )`;

export const directSubordinates = (em: Em, agencyId: number, employeeId: number, at: string, page: EmployeePage) =>
  sql<EmployeeRow>(
    em,
    `${DIRECT_SUBORDINATES_CTE}
     select ${EMPLOYEE_COLS} from employee e join direct d on d.id = e.id
     where e.agency_id = $1 and ${pageClause('$4', '$5')}
     order by e.name, e.id limit $6`,
    [agencyId, employeeId, at, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );

export const countDirectSubordinates = async (em: Em, agencyId: number, employeeId: number, at: string) =>
  (await sql<{ n: number }>(em, `${DIRECT_SUBORDINATES_CTE} select count(*) as n from direct`, [agencyId, employeeId, at]))[0].n;

/** Direct-subordinate ids of several appraisers at once (for scoping checks). */
export const isDirectSubordinate = async (em: Em, agencyId: number, appraiserId: number, employeeId: number, at: string) =>
  (await sql(em, `${DIRECT_SUBORDINATES_CTE} select 1 from direct where id = $4`, [agencyId, appraiserId, at, employeeId])).length > 0;

/** Employees holding (any kind) a position strictly below one of `employeeId`'s positions. */
const ALL_SUBORDINATES_CTE = `
  with mine as (
    select p.path from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
    where a.agency_id = $1 and a.employee_id = $2 and ${activeAt('a', '$3')}
  ),
  below as (
    select distinct a.employee_id as id
    from mine join position p on p.agency_id = $1 and p.path > mine.path and p.path < mine.path || '~'
    join assignment a on a.agency_id = $1 and a.position_id = p.id
    where ${activeAt('a', '$3')} and a.employee_id <> $2
  )`;

export const allSubordinates = (em: Em, agencyId: number, employeeId: number, at: string, page: EmployeePage) =>
  sql<EmployeeRow>(
    em,
    `${ALL_SUBORDINATES_CTE}
     select ${EMPLOYEE_COLS} from employee e join below b on b.id = e.id
     where e.agency_id = $1 and ${pageClause('$4', '$5')}
     order by e.name, e.id limit $6`,
    [agencyId, employeeId, at, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );

export const countAllSubordinates = async (em: Em, agencyId: number, employeeId: number, at: string) =>
  (await sql<{ n: number }>(em, `${ALL_SUBORDINATES_CTE} select count(*) as n from below`, [agencyId, employeeId, at]))[0].n;

/** True when `target` holds a position strictly below one of `manager`'s positions. */
export const isBelow = async (em: Em, agencyId: number, managerId: number, targetId: number, at: string) =>
  (await sql(em, `${ALL_SUBORDINATES_CTE} select 1 from below where id = $4`, [agencyId, managerId, at, targetId])).length > 0;

/** Employees whose primary position's unit is in a unit subtree (optionally just the unit). */
const UNIT_EMPLOYEES_CTE = `
  with units as (
    select u.id from org_unit u where u.agency_id = $1 and (u.id = $2 or ($3 and u.path > $4 and u.path < $4 || '~'))
  ),
  prim as (
    select distinct on (a.employee_id) a.employee_id, a.position_id
    from assignment a where a.agency_id = $1 and ${activeAt('a', '$5')}
      and a.position_id in (select p.id from position p where p.agency_id = $1 and p.unit_id in (select id from units))
    order by a.employee_id, ${PRIMARY_ORDER}
  ),
  inunit as (select prim.employee_id as id from prim)`;

export const unitEmployees = (em: Em, unit: OrgUnitRow, includeSub: boolean, at: string, page: EmployeePage) =>
  sql<EmployeeRow>(
    em,
    `${UNIT_EMPLOYEES_CTE}
     select ${EMPLOYEE_COLS} from employee e join inunit i on i.id = e.id
     where e.agency_id = $1 and ${pageClause('$6', '$7')}
     order by e.name, e.id limit $8`,
    [unit.agencyId, unit.id, includeSub, unit.path, at, page.after?.[0] ?? null, page.after?.[1] ?? null, page.limit + 1],
  );

export const countUnitEmployees = async (em: Em, unit: OrgUnitRow, includeSub: boolean, at: string) =>
  (await sql<{ n: number }>(em, `${UNIT_EMPLOYEES_CTE} select count(*) as n from inunit`, [unit.agencyId, unit.id, includeSub, unit.path, at]))[0].n;
