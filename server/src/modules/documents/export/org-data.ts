import type { Em } from '../../../db/orm';
import { sql } from '../../../db/sql';
import { PRIMARY_ORDER } from '../../org/repo';
import { activeAt, type OrgUnitRow } from '../../org/types';

/**
 * The data of a unit's organisation export, in three set-based statements whatever
 * the unit's size: the unit subtree, its positions with holders, and the employees
 * whose primary position (at the date) lies in the subtree with their superior's NIP
 * (holder of the nearest filled position above, as the import reads "NIP Atasan").
 */
export interface ExportUnit { id: number; code: string; name: string; parentName: string | null; depth: number }
export interface ExportPosition {
  unitName: string; name: string; type: string; level: string; superiorName: string | null;
  holderNip: string | null; holderName: string | null; actingNip: string | null; actingName: string | null;
}
export interface ExportEmployee {
  nip: string; name: string; rank: string | null; employmentType: string; gender: string; birthDate: string;
  positionName: string; positionType: string; positionLevel: string; kind: string; startDate: string;
  unitId: number; unitName: string; unitCode: string; parentUnitName: string | null; superiorNip: string | null;
}

const UNITS = `units as (
  select u.id, u.code, u.name, u.depth, u.path, par.name as parent_name from org_unit u
  left join org_unit par on par.agency_id = u.agency_id and par.id = u.parent_id
  where u.agency_id = $1 and u.path >= $2 and u.path < $2 || '~')`;

export const exportUnits = (em: Em, unit: OrgUnitRow) =>
  sql<ExportUnit>(em, `with ${UNITS} select id, code, name, parent_name as "parentName", depth - $3 as depth from units order by path`, [unit.agencyId, unit.path, unit.depth]);

export const exportPositions = (em: Em, unit: OrgUnitRow, at: string) =>
  sql<ExportPosition>(
    em,
    `with ${UNITS}
     select units.name as "unitName", p.name, p.type, p.level, sp.name as "superiorName",
       hd.nip as "holderNip", hd.name as "holderName", ac.nip as "actingNip", ac.name as "actingName"
     from units join position p on p.agency_id = $1 and p.unit_id = units.id
     left join position sp on sp.agency_id = p.agency_id and sp.id = p.superior_id
     left join lateral (select e.nip, e.name from assignment a join employee e on e.id = a.employee_id
       where a.agency_id = $1 and a.position_id = p.id and a.kind = 'DEFINITIVE' and ${activeAt('a', '$3')} limit 1) hd on true
     left join lateral (select e.nip, e.name from assignment a join employee e on e.id = a.employee_id
       where a.agency_id = $1 and a.position_id = p.id and a.kind <> 'DEFINITIVE' and ${activeAt('a', '$3')}
       order by (a.kind = 'PLT') desc, a.start_date desc limit 1) ac on true
     order by units.path, p.depth, p.name, p.id`,
    [unit.agencyId, unit.path, at],
  );

export const exportEmployees = (em: Em, unit: OrgUnitRow, at: string) =>
  sql<ExportEmployee>(
    em,
    `with ${UNITS},
     cand as (
       select distinct a.employee_id from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
       where a.agency_id = $1 and p.unit_id in (select id from units) and ${activeAt('a', '$3')}
     ),
     prim as (
       select distinct on (a.employee_id) a.employee_id, a.position_id, a.kind, a.start_date from assignment a
       where a.agency_id = $1 and a.employee_id in (select employee_id from cand) and ${activeAt('a', '$3')}
       order by a.employee_id, ${PRIMARY_ORDER}
     )
     select e.nip, e.name, e.rank, e.employment_type as "employmentType", e.gender, e.birth_date as "birthDate",
       p.name as "positionName", p.type as "positionType", p.level as "positionLevel", prim.kind, prim.start_date as "startDate",
       units.id as "unitId", units.name as "unitName", units.code as "unitCode", units.parent_name as "parentUnitName", sup.nip as "superiorNip"
     from prim join position p on p.agency_id = $1 and p.id = prim.position_id
     join units on units.id = p.unit_id
     join employee e on e.agency_id = $1 and e.id = prim.employee_id
     left join lateral (
       select se.nip from unnest(string_to_array(rtrim(p.path, '.'), '.')) with ordinality as x(seg, ord)
       join assignment h on h.agency_id = $1 and h.position_id = x.seg::int and ${activeAt('h', '$3')} and h.employee_id <> e.id
       join employee se on se.id = h.employee_id
       where x.ord < p.depth + 1
       order by x.ord desc, (h.kind = 'DEFINITIVE') desc, (h.kind = 'PLT') desc, h.id limit 1
     ) sup on true
     order by units.path, p.depth, e.name, e.id`,
    [unit.agencyId, unit.path, at],
  );
