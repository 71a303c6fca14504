import { isAdditiveUnit, splitTarget } from '../modules/cascade/shares';
import type { Rand } from './prng';
import { ADDITIONAL_GOALS, agreementObjectives, goalTemplates, QUALITY_INDICATOR, RETURN_REASONS, templateOf, TIME_INDICATOR, type ObjectiveText } from './plans-text';

/**
 * Pure builder of seeded plans (no I/O): given the agency's employees with their post
 * and appraiser, it lays out agreements, one plan per employee, goals cascaded from the
 * appraiser's goals (top down, so a parent always precedes its children) and
 * indicators, with DIRECT shares that add up to the parent's target. References are
 * array indexes; the writer turns them into ids and paths.
 */
export interface SeedEmployee {
  id: number;
  positionId: number;
  positionType: string;
  level: string;
  unitId: number;
  unitName: string;
  start: string;
  appraiserId: number | null;
  overridden: boolean;
}

export type SeedStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'REVISION_SUBMITTED';
export const SEED_STATUSES: SeedStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'REVISION_SUBMITTED'];

export interface SeedAgreement { unitId: number; firstPartyId: number; secondPartyId: number | null; objectives: ObjectiveText[] }

export interface SeedPlan {
  employee: SeedEmployee;
  appraiserSuperiorId: number | null;
  status: SeedStatus;
  returnReason: string | null;
}

export interface SeedGoal {
  plan: number;
  ownerId: number;
  kind: 'MAIN' | 'ADDITIONAL';
  classification: 'ORGANIZATION' | 'INDIVIDUAL';
  description: string;
  /** Text children derive theirs from (without the unit suffix). */
  core: string;
  parent: number | null;
  cascadeType: 'DIRECT' | 'INDIRECT' | null;
  lockSource: 'SUPERIOR' | 'AGREEMENT' | null;
  /** [agreement index, objective index, key indicator index] for agreement-bound goals. */
  agreement: readonly [number, number, number] | null;
  assignedBy: string | null;
  ordinal: number;
}

export interface SeedIndicator {
  goal: number;
  description: string;
  aspect: 'QUANTITY' | 'QUALITY' | 'TIME' | null;
  target: number | null;
  unit: string | null;
  perspective: string | null;
  parent: number | null;
  locked: boolean;
  ordinal: number;
}

export interface SeedBook {
  agreements: SeedAgreement[];
  plans: SeedPlan[];
  goals: SeedGoal[];
  indicators: SeedIndicator[];
}

export interface BuildOptions {
  rand: Rand;
  /** Demo: agreements, varied texts and statuses; synthetic: fixed goal count, one indicator. */
  rich: boolean;
  goalsPerPlan?: number;
}

/** Employees ordered so that everyone's appraiser comes first (roots: no appraiser in the set). */
export function topDown(employees: readonly SeedEmployee[]): SeedEmployee[] {
  const byId = new Map(employees.map((e) => [e.id, e]));
  const reports = new Map<number, SeedEmployee[]>();
  const order: SeedEmployee[] = [];
  for (const e of employees) {
    if (e.appraiserId != null && e.appraiserId !== e.id && byId.has(e.appraiserId)) {
      let list = reports.get(e.appraiserId);
      if (!list) reports.set(e.appraiserId, (list = []));
      list.push(e);
    } else order.push(e);
  }
  for (let i = 0; i < order.length; i++) for (const r of reports.get(order[i].id) ?? []) order.push(r);
  return order; // employees in an appraiser cycle (a data error) are left out
}

function pickStatus(o: BuildOptions, e: SeedEmployee, index: number): SeedStatus {
  if (e.positionType === 'JPT' || e.appraiserId == null) return 'APPROVED';
  if (!o.rich) return (['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'SUBMITTED', 'DRAFT', 'RETURNED', 'REVISION_SUBMITTED'] as const)[index % 10];
  const r = o.rand.next();
  return r < 0.45 ? 'APPROVED' : r < 0.65 ? 'SUBMITTED' : r < 0.8 ? 'DRAFT' : r < 0.9 ? 'RETURNED' : 'REVISION_SUBMITTED';
}

/**
 * Makes sure every status occurs at least once (on plans that have an appraiser) and
 * that every appraiser of two or more has a plan waiting for their decision.
 */
function coverStatuses(plans: SeedPlan[], rand: Rand): void {
  const byAppraiser = new Map<number, SeedPlan[]>();
  for (const p of plans) {
    if (p.employee.appraiserId == null || p.employee.positionType === 'JPT') continue;
    const list = byAppraiser.get(p.employee.appraiserId) ?? [];
    byAppraiser.set(p.employee.appraiserId, list);
    list.push(p);
  }
  for (const list of byAppraiser.values()) {
    if (list.length >= 2 && !list.some((p) => p.status === 'SUBMITTED' || p.status === 'REVISION_SUBMITTED')) {
      list[0].status = 'SUBMITTED';
      list[0].returnReason = null;
    }
  }
  const candidates = plans.filter((p) => p.employee.appraiserId != null && p.employee.positionType !== 'JPT');
  for (const status of SEED_STATUSES) {
    if (plans.some((p) => p.status === status) || candidates.length === 0) continue;
    const p = candidates[rand.int(0, candidates.length - 1)];
    p.status = status;
    p.returnReason = status === 'RETURNED' ? RETURN_REASONS[0] : null;
  }
}

interface State {
  o: BuildOptions;
  book: SeedBook;
  goalsOf: Map<number, number[]>;
  agreementOfUnit: Map<number, number>;
  siblingIndex: Map<number, number>;
}

export function buildSeedBook(employees: readonly SeedEmployee[], o: BuildOptions): SeedBook {
  const s: State = { o, book: { agreements: [], plans: [], goals: [], indicators: [] }, goalsOf: new Map(), agreementOfUnit: new Map(), siblingIndex: new Map() };
  const appraiserOf = new Map(employees.map((e) => [e.id, e.appraiserId]));
  topDown(employees).forEach((e, index) => {
    const status = pickStatus(o, e, index);
    const plan = s.book.plans.push({
      employee: e,
      appraiserSuperiorId: e.appraiserId == null ? null : (appraiserOf.get(e.appraiserId) ?? null),
      status,
      returnReason: status === 'RETURNED' ? o.rand.pick(RETURN_REASONS) : null,
    }) - 1;
    if (o.rich && e.positionType === 'JPT') agreementGoals(s, plan, e);
    else cascadedGoals(s, plan, e);
  });
  if (o.rich) coverStatuses(s.book.plans, o.rand);
  addIndicators(s);
  return s.book;
}

function addGoal(s: State, g: Omit<SeedGoal, 'ordinal'>): number {
  const mine = s.goalsOf.get(g.ownerId) ?? [];
  s.goalsOf.set(g.ownerId, mine);
  const index = s.book.goals.push({ ...g, ordinal: mine.length }) - 1;
  if (g.kind === 'MAIN') mine.push(index);
  return index;
}

/** JPT: one goal per objective of the unit's agreement, cascading INDIRECT from the appraiser. */
function agreementGoals(s: State, plan: number, e: SeedEmployee): void {
  let a = s.agreementOfUnit.get(e.unitId);
  if (a === undefined) {
    a = s.book.agreements.push({ unitId: e.unitId, firstPartyId: e.id, secondPartyId: e.appraiserId, objectives: agreementObjectives(e.unitName) }) - 1;
    s.agreementOfUnit.set(e.unitId, a);
  }
  const parents = e.appraiserId == null ? [] : (s.goalsOf.get(e.appraiserId) ?? []);
  const offset = nextSibling(s, e.appraiserId);
  s.book.agreements[a].objectives.forEach((obj, k) => {
    addGoal(s, {
      plan, ownerId: e.id, kind: 'MAIN', classification: 'ORGANIZATION', description: obj.description, core: obj.description,
      parent: parents.length ? parents[(offset + k) % parents.length] : null,
      cascadeType: parents.length ? 'INDIRECT' : null,
      lockSource: 'AGREEMENT', agreement: [a, k, 0], assignedBy: null,
    });
  });
}

function nextSibling(s: State, appraiserId: number | null): number {
  if (appraiserId == null) return 0;
  const n = s.siblingIndex.get(appraiserId) ?? 0;
  s.siblingIndex.set(appraiserId, n + 1);
  return n;
}

/** JA/JF (and every post in synthetic data): MAIN goals cascading from the appraiser's goals. */
function cascadedGoals(s: State, plan: number, e: SeedEmployee): void {
  const { o, book } = s;
  const parents = e.appraiserId == null ? [] : (s.goalsOf.get(e.appraiserId) ?? []);
  const count = o.goalsPerPlan ?? o.rand.int(2, 4);
  const offset = nextSibling(s, e.appraiserId);
  const templates = goalTemplates(e.level);
  const start = o.rich ? o.rand.int(0, templates.length - 1) : 0;
  for (let k = 0; k < count; k++) {
    const parent = parents.length ? parents[(offset + k) % parents.length] : null;
    const direct = parent != null && o.rand.chance(o.rich ? 0.4 : 0.3);
    const t = templates[(start + k) % templates.length];
    const core = direct ? book.goals[parent].core : o.rich ? t.goal : `Keluaran ${k + 1} ${e.unitName}`;
    addGoal(s, {
      plan, ownerId: e.id, kind: 'MAIN', classification: 'INDIVIDUAL', description: `${core} pada ${e.unitName}`.slice(0, 2000), core,
      parent, cascadeType: parent == null ? null : direct ? 'DIRECT' : 'INDIRECT',
      lockSource: parent != null && (direct || o.rand.chance(0.5)) ? 'SUPERIOR' : null,
      agreement: null, assignedBy: null,
    });
  }
  if (o.rich && o.rand.chance(0.2)) {
    const text = o.rand.pick(ADDITIONAL_GOALS);
    addGoal(s, {
      plan, ownerId: e.id, kind: 'ADDITIONAL', classification: 'INDIVIDUAL', description: text, core: text, parent: null,
      cascadeType: null, lockSource: null, agreement: null, assignedBy: 'Surat Tugas Kepala Perangkat Daerah',
    });
  }
}

/** Indicators, top down: DIRECT children copy the parent's with even shares of additive targets. */
function addIndicators(s: State): void {
  const { book, o } = s;
  const directKids = new Map<number, number[]>();
  book.goals.forEach((g, i) => {
    if (g.cascadeType === 'DIRECT' && g.parent != null) (directKids.get(g.parent) ?? directKids.set(g.parent, []).get(g.parent)!).push(i);
  });
  const indicatorsOf = new Map<number, number[]>();
  const push = (ind: SeedIndicator) => {
    const i = book.indicators.push(ind) - 1;
    (indicatorsOf.get(ind.goal) ?? indicatorsOf.set(ind.goal, []).get(ind.goal)!).push(i);
  };
  book.goals.forEach((g, gi) => {
    if (g.agreement) {
      const [a, obj] = g.agreement;
      book.agreements[a].objectives[obj].keyIndicators.forEach((ki, k) =>
        push({ goal: gi, description: ki.description, aspect: 'QUANTITY', target: ki.target, unit: ki.unit, perspective: ki.perspective, parent: null, locked: true, ordinal: k }));
    } else if (g.cascadeType === 'DIRECT' && g.parent != null) {
      const n = directKids.get(g.parent)!.length;
      const pos = directKids.get(g.parent)!.indexOf(gi);
      (indicatorsOf.get(g.parent) ?? []).forEach((pi, k) => {
        const p = book.indicators[pi];
        const share = p.target != null && isAdditiveUnit(p.unit, p.aspect) ? splitTarget(p.target, n)[pos] : p.target;
        push({ goal: gi, description: p.description, aspect: p.aspect, target: share, unit: p.unit, perspective: null, parent: pi, locked: true, ordinal: k });
      });
    } else ownIndicators(o, gi, g, push);
  });
}

function ownIndicators(o: BuildOptions, gi: number, g: SeedGoal, push: (i: SeedIndicator) => void): void {
  const t = templateOf(g.core);
  const unit = t?.unit ?? 'dokumen';
  const target = t ? o.rand.int(t.target[0], t.target[1]) : o.rich ? 12 : 120;
  const text = t?.indicator ?? (g.kind === 'ADDITIONAL' ? 'Jumlah penugasan yang diselesaikan' : `Jumlah ${unit} keluaran yang diselesaikan`);
  push({ goal: gi, description: text, aspect: 'QUANTITY', target: g.kind === 'ADDITIONAL' ? 4 : target, unit: g.kind === 'ADDITIONAL' ? 'kegiatan' : unit, perspective: null, parent: null, locked: false, ordinal: 0 });
  if (!o.rich || g.kind === 'ADDITIONAL') return;
  if (o.rand.chance(0.6)) push({ goal: gi, description: QUALITY_INDICATOR(unit), aspect: 'QUALITY', target: 90, unit: '%', perspective: null, parent: null, locked: false, ordinal: 1 });
  else push({ goal: gi, description: TIME_INDICATOR, aspect: 'TIME', target: 12, unit: 'bulan', perspective: null, parent: null, locked: false, ordinal: 1 });
}
