import type { Field } from './names';
import { canBePppk, makePerson, positionType, type Level, type NipRegistry, type Person, type PersonRequest } from './people';
import type { Rand } from './prng';
import type { AccountRole, AgencyPlan } from './write';

/**
 * Declarative organisation specs (used by the demo) turned into an AgencyPlan: each post is
 * a position under its superior post; a post with `unit` opens an org unit below the
 * superior's unit (or below `unitUnder`); every post that is not vacant gets one holder
 * with a definitive assignment.
 */
export interface PostSpec {
  title: string;
  level: Level;
  /** Name to refer to this post (the first one when `count` > 1). */
  key?: string;
  unit?: readonly [code: string, name: string];
  /** Code of the unit the new unit hangs under; default the superior post's unit. */
  unitUnder?: string;
  /** Number of identical posts, each with its own holder. */
  count?: number;
  /** Field of work for degrees; inherited by subordinate posts. */
  field?: Field;
  vacant?: boolean;
  /** Start of the definitive assignment; default the agency's start date. */
  since?: string;
  note?: string;
  pppk?: boolean;
  person?: PersonRequest['fixed'];
  role?: AccountRole;
  /** Code of the unit an OPERATOR maintains. */
  operatorOf?: string;
  sub?: PostSpec[];
}

export interface AgencySpec {
  code: string;
  name: string;
  rootUnit: readonly [code: string, name: string];
  start: string;
  /** Share of non-managerial posts held by PPPK. */
  pppkShare: number;
  posts: PostSpec[];
}

export interface BuiltAgency {
  plan: AgencyPlan;
  unitByCode: Map<string, number>;
  positionByKey: Map<string, number>;
  employeeByKey: Map<string, number>;
}

interface Walk {
  rand: Rand;
  nips: NipRegistry;
  spec: AgencySpec;
  built: BuiltAgency;
  names: Set<string>;
  operators: { employee: number; unitCode: string }[];
}

export function buildAgency(rand: Rand, nips: NipRegistry, spec: AgencySpec, names: Set<string> = new Set()): BuiltAgency {
  const plan: AgencyPlan = { code: spec.code, name: spec.name, units: [], positions: [], employees: [], assignments: [], overrides: [] };
  const built: BuiltAgency = { plan, unitByCode: new Map(), positionByKey: new Map(), employeeByKey: new Map() };
  plan.units.push({ parent: null, code: spec.rootUnit[0], name: spec.rootUnit[1] });
  built.unitByCode.set(spec.rootUnit[0], 0);
  const walk: Walk = { rand, nips, spec, built, names, operators: [] };
  for (const post of spec.posts) addPost(walk, post, null, 0, post.field ?? 'GOV');
  for (const op of walk.operators) plan.employees[op.employee].operatorUnit = unitIndex(built, op.unitCode);
  return built;
}

function unitIndex(built: BuiltAgency, code: string): number {
  const i = built.unitByCode.get(code);
  if (i === undefined) throw new Error(`Unknown unit code ${code}`);
  return i;
}

function addPost(w: Walk, post: PostSpec, superior: number | null, parentUnit: number, inherited: Field): void {
  const { plan } = w.built;
  const field = post.field ?? inherited;
  const count = post.count ?? 1;
  if (post.unit && count > 1) throw new Error(`Post ${post.title} opens a unit and cannot have count > 1`);
  let unit = parentUnit;
  if (post.unit) {
    const parent = post.unitUnder ? unitIndex(w.built, post.unitUnder) : parentUnit;
    if (w.built.unitByCode.has(post.unit[0])) throw new Error(`Duplicate unit code ${post.unit[0]}`);
    unit = plan.units.push({ parent, code: post.unit[0], name: post.unit[1] }) - 1;
    w.built.unitByCode.set(post.unit[0], unit);
  }
  for (let n = 0; n < count; n++) {
    const position = plan.positions.push({ unit, superior, name: post.title, type: positionType(post.level), level: post.level }) - 1;
    if (post.key && n === 0) w.built.positionByKey.set(post.key, position);
    if (!post.vacant) addHolder(w, post, position, field, n === 0);
    for (const child of post.sub ?? []) addPost(w, child, position, unit, field);
  }
}

function addHolder(w: Walk, post: PostSpec, position: number, field: Field, first: boolean): void {
  const { plan } = w.built;
  const pppk = post.pppk ?? (!post.person && canBePppk(post.level) && w.rand.chance(w.spec.pppkShare));
  const person = uniquePerson(w, { level: post.level, field, pppk, fixed: post.person });
  const employee =
    plan.employees.push({ ...person, role: post.role ?? 'EMPLOYEE', operatorUnit: null }) - 1;
  if (post.operatorOf) w.operators.push({ employee, unitCode: post.operatorOf });
  if (post.key && first) w.built.employeeByKey.set(post.key, employee);
  plan.assignments.push({ employee, position, kind: 'DEFINITIVE', start: post.since ?? w.spec.start, end: null, note: post.note ?? null });
}

/** Regenerates until the full name is not used yet in this seed (nicer demo lists). */
function uniquePerson(w: Walk, req: PersonRequest): Person {
  for (let attempt = 0; ; attempt++) {
    const person = makePerson(w.rand, req, w.nips);
    if (!w.names.has(person.name) || req.fixed || attempt >= 20) {
      w.names.add(person.name);
      return person;
    }
    w.nips.release(person.nip);
  }
}

function keyed(map: Map<string, number>, key: string, what: string): number {
  const i = map.get(key);
  if (i === undefined) throw new Error(`Unknown ${what} key ${key}`);
  return i;
}

export const employeeOf = (built: BuiltAgency, key: string) => keyed(built.employeeByKey, key, 'employee');
export const positionOf = (built: BuiltAgency, key: string) => keyed(built.positionByKey, key, 'position');

/** An acting (PLT/PLH) assignment of the holder of `holderKey` to the post `positionKey`. */
export function addActing(built: BuiltAgency, holderKey: string, positionKey: string, start: string, note: string, kind: 'PLT' | 'PLH' = 'PLT'): void {
  built.plan.assignments.push({ employee: employeeOf(built, holderKey), position: positionOf(built, positionKey), kind, start, end: null, note });
}

/** Ended definitive history: the holder of `holderKey` held `fromKey` until `end`. */
export function addPastAssignment(built: BuiltAgency, holderKey: string, fromKey: string, start: string, end: string, note: string): void {
  built.plan.assignments.push({ employee: employeeOf(built, holderKey), position: positionOf(built, fromKey), kind: 'DEFINITIVE', start, end, note });
}

export function addOverride(built: BuiltAgency, employeeKey: string, appraiserKey: string, reason: string, start: string, createdByKey: string): void {
  built.plan.overrides.push({
    employee: employeeOf(built, employeeKey),
    appraiser: employeeOf(built, appraiserKey),
    reason,
    start,
    createdBy: employeeOf(built, createdByKey),
  });
}
