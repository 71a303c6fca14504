import type { PositionLevel, PositionType } from '../../../graphql/generated/types';
import { nameKey } from './columns';
import type { DbAssignment, DbEmployee, OrgState } from './state';
import type { ImportRow, Violation } from './types';

/**
 * Positions, employees and assignments of the sheet. A definitive post has one holder,
 * so each row gets its own position: the one the employee already holds when it has
 * the same unit and name (nothing to do), else a vacant one with that unit and name,
 * else a new one. A superior's position (NIP Atasan) becomes the position's superior.
 */
export interface RowPlan {
  row: ImportRow;
  employee: DbEmployee | null;
  employeeChanged: boolean;
  unitId: number;
  positionId: number;
  /** The employee keeps the definitive assignment they hold. */
  keep: boolean;
  /** Current definitive assignment ended the day before the effective date (transfer). */
  endAssignment: DbAssignment | null;
}

export interface NewPosition { tempId: number; unitId: number; name: string; type: PositionType; level: PositionLevel; superiorId: number | null }
export interface PositionChange { id: number; type: PositionType; level: PositionLevel; superiorId: number | null }

export interface PeoplePlan {
  rows: RowPlan[];
  newPositions: NewPosition[];
  positionChanges: PositionChange[];
}

const activeAt = (a: DbAssignment, d: string) => a.startDate <= d && (a.endDate === null || a.endDate >= d);

/** First pass: who keeps their position, who moves, and who cannot be moved. */
function placeRows(rows: ImportRow[], unitOfRow: Map<number, number>, s: OrgState, v: Violation[]): RowPlan[] {
  const out: RowPlan[] = [];
  for (const row of rows) {
    const unitId = unitOfRow.get(row.row);
    const emp = s.employeesByNip.get(row.nip) ?? null;
    if (emp && emp.agencyId !== s.agencyId) {
      v.push({ row: row.row, column: 'NIP', code: 'NIP_OTHER_AGENCY', message: 'This NIP belongs to an employee of another agency.' });
      continue;
    }
    if (unitId === undefined) continue;
    const mine = emp ? (s.assignmentsByEmployee.get(emp.id) ?? []) : [];
    const current = mine.find((a) => activeAt(a, s.effectiveDate)) ?? null;
    const pos = current ? s.positions.get(current.positionId) : undefined;
    const keep = !!pos && pos.unitId === unitId && nameKey(pos.name) === nameKey(row.positionName);
    const blocking = mine.find((a) => a !== current && a.startDate > s.effectiveDate) ?? (current && !keep && current.startDate >= s.effectiveDate ? current : undefined);
    if (blocking) {
      v.push({ row: row.row, column: 'Jabatan', code: 'ASSIGNMENT_CONFLICT', message: `The employee already has a definitive assignment from ${blocking.startDate}; end or correct it first.` });
      continue;
    }
    const changed = !!emp && (emp.name !== row.name || (emp.rank ?? null) !== row.rank || emp.employmentType !== row.employmentType);
    out.push({ row, employee: emp, employeeChanged: changed, unitId, positionId: keep ? pos!.id : 0, keep, endAssignment: keep ? null : current });
  }
  return out;
}

/** Second pass: movers and newcomers take a vacant position of that unit and name, or a new one. */
function assignPositions(plans: RowPlan[], s: OrgState): NewPosition[] {
  const leaving = new Set(plans.filter((p) => p.endAssignment).map((p) => p.endAssignment!.id));
  const vacant = new Map<string, number[]>();
  for (const pos of [...s.positions.values()].sort((a, b) => a.id - b.id)) {
    const holders = (s.heldPositions.get(pos.id) ?? []).filter((a) => !leaving.has(a.id));
    if (holders.length > 0) continue;
    const k = `${pos.unitId}|${nameKey(pos.name)}`;
    vacant.set(k, [...(vacant.get(k) ?? []), pos.id]);
  }
  const created: NewPosition[] = [];
  for (const p of plans) {
    if (p.keep) continue;
    const free = vacant.get(`${p.unitId}|${nameKey(p.row.positionName)}`);
    const reuse = free?.shift();
    if (reuse !== undefined) {
      p.positionId = reuse;
      continue;
    }
    p.positionId = -(created.length + 1);
    created.push({ tempId: p.positionId, unitId: p.unitId, name: p.row.positionName, type: p.row.positionType, level: p.row.positionLevel, superiorId: null });
  }
  return created;
}

/** Superior position of each row's position, from NIP Atasan (sheet first, then the agency). */
function superiors(plans: RowPlan[], sheetNips: Set<string>, s: OrgState, v: Violation[]): Map<number, number | null> {
  const byNip = new Map(plans.map((p) => [p.row.nip, p]));
  const sup = new Map<number, number | null>();
  for (const p of plans) {
    const nip = p.row.superiorNip;
    if (!nip) {
      sup.set(p.row.row, null);
      continue;
    }
    const onSheet = byNip.get(nip);
    if (!onSheet && sheetNips.has(nip)) continue; // the superior's own row has a problem, reported there
    const emp = s.employeesByNip.get(nip);
    const fromDb = emp && emp.agencyId === s.agencyId ? s.superiorPositionByEmployee.get(emp.id) : undefined;
    const id = onSheet ? onSheet.positionId : fromDb;
    if (id === undefined) v.push({ row: p.row.row, column: 'NIP Atasan', code: 'UNKNOWN_SUPERIOR', message: 'The superior is neither on the sheet nor an employee of the agency holding a position.' });
    else sup.set(p.row.row, id);
  }
  return sup;
}

/** Reports the rows whose position would end up above itself in the final reporting line. */
function checkLineCycles(plans: RowPlan[], superiorOf: (id: number) => number | null, v: Violation[]): void {
  const done = new Set<number>();
  const cyclic = new Set<number>();
  for (const p of plans) {
    const trail: number[] = [];
    const onTrail = new Set<number>();
    let at: number | null = p.positionId;
    while (at !== null && !done.has(at) && !onTrail.has(at)) {
      trail.push(at);
      onTrail.add(at);
      at = superiorOf(at);
    }
    if (at !== null && onTrail.has(at)) for (const c of trail.slice(trail.indexOf(at))) cyclic.add(c);
    for (const t of trail) done.add(t);
  }
  for (const p of plans) {
    if (cyclic.has(p.positionId)) v.push({ row: p.row.row, column: 'NIP Atasan', code: 'SUPERIOR_CYCLE', message: 'Following NIP Atasan leads back to this employee.' });
  }
}

export function planPeople(rows: ImportRow[], unitOfRow: Map<number, number>, s: OrgState, v: Violation[], sheetNips: Set<string>): PeoplePlan {
  const plans = placeRows(rows, unitOfRow, s, v);
  const newPositions = assignPositions(plans, s);
  const sup = superiors(plans, sheetNips, s, v);
  const newById = new Map(newPositions.map((n) => [n.tempId, n]));
  const changes = new Map<number, PositionChange>();
  for (const p of plans) {
    const superiorId = sup.get(p.row.row);
    if (superiorId === undefined) continue;
    const fresh = newById.get(p.positionId);
    if (fresh) {
      fresh.superiorId = superiorId;
      continue;
    }
    const db = s.positions.get(p.positionId)!;
    const { positionType: type, positionLevel: level } = p.row;
    if (db.superiorId !== superiorId || db.type !== type || db.level !== level) changes.set(db.id, { id: db.id, type, level, superiorId });
  }
  const superiorOf = (id: number): number | null => {
    const fresh = newById.get(id) ?? changes.get(id);
    return fresh ? fresh.superiorId : (s.positions.get(id)?.superiorId ?? null);
  };
  checkLineCycles(plans, superiorOf, v);
  return { rows: plans, newPositions, positionChanges: [...changes.values()] };
}
