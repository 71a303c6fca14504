import { nameKey } from './columns';
import type { OrgState } from './state';
import type { ImportRow, Violation } from './types';

/**
 * Units of the sheet: a unit is its name under its Unit Induk. Parents are resolved by
 * name among the sheet's units, else among the agency's units; then each unit is
 * matched to an existing one (by code when given, else by parent and name) or planned
 * as new with a temporary negative id.
 */
export interface NewUnit {
  tempId: number;
  name: string;
  code: string | null;
  parentId: number | null;
}

export interface UnitPlan {
  /** Unit id (existing, or temporary negative for a new one) per sheet row number. */
  unitOfRow: Map<number, number>;
  newUnits: NewUnit[];
}

interface SheetUnit {
  key: string;
  name: string;
  parentName: string | null;
  code: string | null;
  rows: ImportRow[];
  parent?: { key: string } | { id: number } | null;
  resolved?: number | null;
}

const unitKey = (name: string, parent: string | null) => `${nameKey(name)}|${nameKey(parent ?? '')}`;

function collect(rows: ImportRow[], v: Violation[]): Map<string, SheetUnit> {
  const units = new Map<string, SheetUnit>();
  const byCode = new Map<string, SheetUnit>();
  for (const r of rows) {
    const key = unitKey(r.unitName, r.parentUnitName);
    let u = units.get(key);
    if (!u) units.set(key, (u = { key, name: r.unitName, parentName: r.parentUnitName, code: null, rows: [] }));
    u.rows.push(r);
    if (!r.unitCode) continue;
    if (u.code && u.code !== r.unitCode) v.push({ row: r.row, column: 'Kode Unit', code: 'UNIT_CONFLICT', message: `Unit "${r.unitName}" has code ${u.code} on row ${u.rows[0].row}.` });
    const other = byCode.get(r.unitCode);
    if (other && other !== u) v.push({ row: r.row, column: 'Kode Unit', code: 'UNIT_CONFLICT', message: `Code ${r.unitCode} is used by unit "${other.name}" on row ${other.rows[0].row}.` });
    u.code ??= r.unitCode;
    byCode.set(r.unitCode, u);
  }
  return units;
}

function resolveParents(units: Map<string, SheetUnit>, state: OrgState, v: Violation[]): void {
  const sheetByName = new Map<string, SheetUnit[]>();
  for (const u of units.values()) sheetByName.set(nameKey(u.name), [...(sheetByName.get(nameKey(u.name)) ?? []), u]);
  const dbByName = new Map<string, number[]>();
  for (const d of state.units) dbByName.set(nameKey(d.name), [...(dbByName.get(nameKey(d.name)) ?? []), d.id]);
  for (const u of units.values()) {
    if (!u.parentName) {
      u.parent = null;
      continue;
    }
    const sheet = sheetByName.get(nameKey(u.parentName)) ?? [];
    const db = dbByName.get(nameKey(u.parentName)) ?? [];
    const row = u.rows[0].row;
    if (sheet.length === 1) u.parent = { key: sheet[0].key };
    else if (sheet.length === 0 && db.length === 1) u.parent = { id: db[0] };
    else if (sheet.length === 0 && db.length === 0) v.push({ row, column: 'Unit Induk', code: 'UNKNOWN_PARENT_UNIT', message: `No unit is named "${u.parentName}" on the sheet or in the agency.` });
    else v.push({ row, column: 'Unit Induk', code: 'AMBIGUOUS_PARENT_UNIT', message: `Several units are named "${u.parentName}"; add a Kode Unit column to tell them apart.` });
  }
}

/** Reports units on a parent cycle and marks them unresolvable. */
function checkCycles(units: Map<string, SheetUnit>, v: Violation[]): void {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of units.values()) {
    const trail: SheetUnit[] = [];
    let u: SheetUnit | undefined = start;
    while (u && !state.has(u.key)) {
      state.set(u.key, 'visiting');
      trail.push(u);
      u = u.parent && 'key' in u.parent ? units.get(u.parent.key) : undefined;
    }
    if (u && state.get(u.key) === 'visiting') {
      const cycle = trail.slice(trail.indexOf(u));
      for (const c of cycle) {
        c.resolved = null;
        v.push({ row: c.rows[0].row, column: 'Unit Induk', code: 'UNIT_CYCLE', message: `Unit "${c.name}" is its own ancestor through the Unit Induk column.` });
      }
    }
    for (const t of trail) state.set(t.key, 'done');
  }
}

function matcher(state: OrgState, v: Violation[], newUnits: NewUnit[], units: Map<string, SheetUnit>) {
  const byCode = new Map(state.units.map((d) => [d.code, d]));
  const byParentName = new Map(state.units.map((d) => [`${d.parentId ?? 0}|${nameKey(d.name)}`, d.id]));
  const resolve = (u: SheetUnit): number | null => {
    if (u.resolved !== undefined) return u.resolved;
    u.resolved = null;
    if (u.parent === undefined) return null;
    const parentId = u.parent === null ? null : 'id' in u.parent ? u.parent.id : resolve(units.get(u.parent.key)!);
    if (u.parent !== null && parentId === null) return null;
    const existing = u.code ? byCode.get(u.code) : undefined;
    if (existing && existing.parentId !== parentId) {
      v.push({ row: u.rows[0].row, column: 'Kode Unit', code: 'UNIT_CONFLICT', message: `Code ${u.code} belongs to unit "${existing.name}" under another parent; move it in the organisation tree first.` });
      return null;
    }
    let id = existing?.id ?? byParentName.get(`${parentId ?? 0}|${nameKey(u.name)}`);
    if (id === undefined) {
      id = -(newUnits.length + 1);
      newUnits.push({ tempId: id, name: u.name, code: u.code, parentId });
    }
    return (u.resolved = id);
  };
  return resolve;
}

export function planUnits(rows: ImportRow[], state: OrgState, v: Violation[]): UnitPlan {
  const units = collect(rows, v);
  resolveParents(units, state, v);
  checkCycles(units, v);
  const newUnits: NewUnit[] = [];
  const resolve = matcher(state, v, newUnits, units);
  const unitOfRow = new Map<number, number>();
  for (const u of units.values()) {
    const id = resolve(u);
    if (id !== null) for (const r of u.rows) unitOfRow.set(r.row, id);
  }
  return { unitOfRow, newUnits };
}
