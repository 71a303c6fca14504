import type { Em } from '../db/orm';
import { sql } from '../db/sql';
import { today } from '../lib/dates';
import { goalSegment } from '../modules/planning/types';
import { activeAt } from '../modules/org/types';
import { appraisersAt, overridesAt, PRIMARY_ORDER } from '../modules/org/repo';
import { buildSeedBook, type SeedBook, type SeedEmployee } from './plans-build';
import { CORE_VALUES, SPECIFIC_EXPECTATIONS } from './plans-text';
import { createRand } from './prng';

/**
 * Plans for seeded agencies (run after the org seeds, inside their transaction):
 * - `seedDemoPlans`: the year's period with monthly, quarterly, semester and FINAL
 *   evaluation periods and deadlines, a performance agreement (PK) for every JPT unit,
 *   and a plan for every placed employee cascaded from the top down to staff, 2-4
 *   goals each with indicators, in every status;
 * - `seedSyntheticPlans`: the same skeleton for benchmarks, written with bulk `unnest`
 *   inserts: one plan per employee with `goalsPerPlan` goals cascaded from the
 *   appraiser's goals (correct paths and depths), one indicator each.
 */
export interface PlanSeedOptions {
  agencyId: number;
  year: number;
}

export interface PlanSeedSummary {
  periodId: number;
  plans: number;
  goals: number;
  indicators: number;
  agreements: number;
  byStatus: Record<string, number>;
}

const CHUNK = 10_000;
const SEED_BASE = 0x5eed;

export async function seedDemoPlans(em: Em, opts: PlanSeedOptions): Promise<PlanSeedSummary> {
  return seedPlans(em, opts, { rich: true, rand: createRand(SEED_BASE + opts.agencyId) });
}

export async function seedSyntheticPlans(em: Em, opts: PlanSeedOptions & { goalsPerPlan?: number }): Promise<PlanSeedSummary> {
  const goalsPerPlan = opts.goalsPerPlan ?? 3;
  if (!Number.isInteger(goalsPerPlan) || goalsPerPlan < 1 || goalsPerPlan > 20) throw new Error(`goalsPerPlan must be 1 to 20 (got ${goalsPerPlan}).`);
  return seedPlans(em, opts, { rich: false, goalsPerPlan, rand: createRand(SEED_BASE + opts.agencyId) });
}

async function seedPlans(em: Em, opts: PlanSeedOptions, build: Parameters<typeof buildSeedBook>[1]): Promise<PlanSeedSummary> {
  const { agencyId, year } = opts;
  if (!Number.isInteger(year) || year < 2000 || year > 2200) throw new Error(`year must be 2000 to 2200 (got ${year}).`);
  const periodId = await ensurePeriod(em, agencyId, year);
  const [{ n }] = await sql<{ n: number }>(em, `select count(*) as n from performance_plan where agency_id = $1 and period_id = $2`, [agencyId, periodId]);
  if (n > 0) throw new Error(`Agency ${agencyId} already has ${n} plans for ${year}; plans are seeded only once.`);
  // Fresh org rows in the same transaction have no statistics yet: without them the
  // reporting-line queries below may pick nested loops that take tens of seconds.
  await sql(em, `analyze org_unit, position, employee, assignment, appraiser_override`);
  const employees = await loadSeedEmployees(em, agencyId, referenceDate(year));
  const book = buildSeedBook(employees, build);
  await writeBook(em, agencyId, periodId, year, book, build.rich);
  const byStatus: Record<string, number> = {};
  for (const p of book.plans) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;
  return { periodId, plans: book.plans.length, goals: book.goals.length, indicators: book.indicators.length, agreements: book.agreements.length, byStatus };
}

/** The day whose reporting line the plans follow: today in the current year, else its last (or first) day. */
function referenceDate(year: number): string {
  const t = today();
  const y = Number(t.slice(0, 4));
  return y === year ? t : y > year ? `${year}-12-31` : `${year}-01-01`;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAN = ['I', 'II', 'III', 'IV'];

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const firstDay = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;
/** Deadline: day `d` of the month after `month`, 23:59 WIB. */
const deadlineAfter = (year: number, month: number, d: number) => {
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T23:59:00+07:00`;
};

/** Monthly (deadline the 5th after), quarterly (10th), semester (15th) and FINAL (31 January) periods. */
export function evaluationPeriodsOf(year: number): { kind: string; name: string; start: string; end: string; deadline: string }[] {
  const out = [];
  for (let m = 1; m <= 12; m++) out.push({ kind: 'MONTHLY', name: `${MONTHS[m - 1]} ${year}`, start: firstDay(year, m), end: lastDay(year, m), deadline: deadlineAfter(year, m, 5) });
  for (let q = 0; q < 4; q++) out.push({ kind: 'QUARTERLY', name: `Triwulan ${ROMAN[q]} ${year}`, start: firstDay(year, q * 3 + 1), end: lastDay(year, q * 3 + 3), deadline: deadlineAfter(year, q * 3 + 3, 10) });
  for (let s = 0; s < 2; s++) out.push({ kind: 'SEMESTER', name: `Semester ${ROMAN[s]} ${year}`, start: firstDay(year, s * 6 + 1), end: lastDay(year, s * 6 + 6), deadline: deadlineAfter(year, s * 6 + 6, 15) });
  out.push({ kind: 'FINAL', name: `Penilaian Tahunan ${year}`, start: `${year}-01-01`, end: `${year}-12-31`, deadline: `${year + 1}-01-31T23:59:00+07:00` });
  return out;
}

/** The agency's period of the year (created with its evaluation periods when missing). */
export async function ensurePeriod(em: Em, agencyId: number, year: number): Promise<number> {
  const found = await sql<{ id: number }>(em, `select id from period where agency_id = $1 and year = $2`, [agencyId, year]);
  if (found.length) return found[0].id;
  const [{ id }] = await sql<{ id: number }>(
    em,
    `insert into period (agency_id, year, name, start_date, end_date) values ($1, $2, $3, $4, $5) returning id`,
    [agencyId, year, `SKP Tahun ${year}`, `${year}-01-01`, `${year}-12-31`],
  );
  const eps = evaluationPeriodsOf(year);
  await bulkInsert(em, 'evaluation_period', [
    ['kind', 'text', eps.map((e) => e.kind)],
    ['name', 'text', eps.map((e) => e.name)],
    ['start_date', 'date', eps.map((e) => e.start)],
    ['end_date', 'date', eps.map((e) => e.end)],
    ['deadline', 'timestamptz', eps.map((e) => e.deadline)],
  ], [['agency_id', 'int', agencyId], ['period_id', 'int', id]]);
  return id;
}

/** Every employee with a primary post at `at`, with their appraiser (one statement each). */
export async function loadSeedEmployees(em: Em, agencyId: number, at: string): Promise<SeedEmployee[]> {
  const rows = await sql<Omit<SeedEmployee, 'appraiserId' | 'overridden'>>(
    em,
    `select distinct on (a.employee_id) a.employee_id as id, p.id as "positionId", p.type as "positionType", p.level,
       u.id as "unitId", u.name as "unitName", a.start_date as start
     from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
     join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
     where a.agency_id = $1 and ${activeAt('a', '$2')}
     order by a.employee_id, ${PRIMARY_ORDER}`,
    [agencyId, at],
  );
  const ids = rows.map((r) => r.id);
  const appraisers = new Map((await appraisersAt(em, ids, at)).map((r) => [r.employeeId, r.appraiserId]));
  const overridden = new Set((await overridesAt(em, ids, at)).map((o) => o.employeeId));
  return rows.map((r) => ({ ...r, appraiserId: appraisers.get(r.id) ?? null, overridden: overridden.has(r.id) }));
}

type Column = readonly [name: string, pgType: string, values: readonly unknown[]];
type Constant = readonly [name: string, pgType: string, value: unknown];

async function bulkInsert(em: Em, table: string, columns: Column[], constants: Constant[] = []): Promise<void> {
  const rows = columns[0][2].length;
  const names = [...columns.map((c) => c[0]), ...constants.map((c) => c[0])].join(', ');
  const consts = constants.map((c, i) => `, $${columns.length + i + 1}::${c[1]}`).join('');
  const text = `insert into ${table} (${names}) select *${consts} from unnest(${columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ')})`;
  for (let from = 0; from < rows; from += CHUNK) {
    await sql(em, text, [...columns.map((c) => c[2].slice(from, from + CHUNK)), ...constants.map((c) => c[2])]);
  }
}

async function allocateIds(em: Em, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await sql<{ id: number }>(em, `select nextval(pg_get_serial_sequence($1, 'id'))::int as id from generate_series(1, $2::int)`, [table, count]);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function writeBook(em: Em, agencyId: number, periodId: number, year: number, book: SeedBook, rich: boolean): Promise<void> {
  const agreement = await writeAgreements(em, agencyId, periodId, year, book);
  const planIds = await writePlans(em, agencyId, periodId, year, book);
  const goalIds = await writeGoals(em, agencyId, periodId, book, planIds, agreement);
  await writeIndicators(em, agencyId, book, goalIds);
  if (rich) await writeBehaviorExpectations(em, agencyId, book, planIds);
}

interface AgreementIds { objective: number[][]; keyIndicator: number[][][] }

async function writeAgreements(em: Em, agencyId: number, periodId: number, year: number, book: SeedBook): Promise<AgreementIds> {
  const ids = await allocateIds(em, 'performance_agreement', book.agreements.length);
  const out: AgreementIds = { objective: [], keyIndicator: [] };
  if (!ids.length) return out;
  await bulkInsert(em, 'performance_agreement', [
    ['id', 'int', ids],
    ['unit_id', 'int', book.agreements.map((a) => a.unitId)],
    ['first_party_id', 'int', book.agreements.map((a) => a.firstPartyId)],
    ['second_party_id', 'int', book.agreements.map((a) => a.secondPartyId)],
  ], [['agency_id', 'int', agencyId], ['period_id', 'int', periodId], ['signed_on', 'date', `${year}-01-31`]]);
  const objectives = book.agreements.flatMap((a, ai) => a.objectives.map((o, k) => ({ ai, o, k })));
  const objIds = await allocateIds(em, 'strategic_objective', objectives.length);
  await bulkInsert(em, 'strategic_objective', [
    ['id', 'int', objIds],
    ['agreement_id', 'int', objectives.map((x) => ids[x.ai])],
    ['description', 'text', objectives.map((x) => x.o.description)],
    ['ordinal', 'int', objectives.map((x) => x.k)],
  ], [['agency_id', 'int', agencyId]]);
  const kis = objectives.flatMap((x, oi) => x.o.keyIndicators.map((ki, k) => ({ oi, ki, k })));
  const kiIds = await allocateIds(em, 'key_indicator', kis.length);
  await bulkInsert(em, 'key_indicator', [
    ['id', 'int', kiIds],
    ['objective_id', 'int', kis.map((x) => objIds[x.oi])],
    ['description', 'text', kis.map((x) => x.ki.description)],
    ['target_value', 'numeric', kis.map((x) => x.ki.target)],
    ['unit', 'text', kis.map((x) => x.ki.unit)],
    ['ordinal', 'int', kis.map((x) => x.k)],
  ], [['agency_id', 'int', agencyId]]);
  objectives.forEach((x, oi) => {
    (out.objective[x.ai] ??= [])[x.k] = objIds[oi];
    (out.keyIndicator[x.ai] ??= [])[x.k] = [];
  });
  kis.forEach((x, i) => out.keyIndicator[objectives[x.oi].ai][objectives[x.oi].k][x.k] = kiIds[i]);
  return out;
}

function planTimes(year: number, status: string) {
  const now = new Date().toISOString();
  const clamp = (iso: string) => (iso < now ? iso : now);
  const submitted = status === 'DRAFT' ? null : clamp(status === 'REVISION_SUBMITTED' ? `${year}-07-08T02:00:00Z` : `${year}-01-20T02:00:00Z`);
  const approved = status === 'APPROVED' || status === 'REVISION_SUBMITTED' ? clamp(`${year}-01-27T03:00:00Z`) : null;
  return { submitted, approved };
}

async function writePlans(em: Em, agencyId: number, periodId: number, year: number, book: SeedBook): Promise<number[]> {
  const ids = await allocateIds(em, 'performance_plan', book.plans.length);
  const times = book.plans.map((p) => planTimes(year, p.status));
  await bulkInsert(em, 'performance_plan', [
    ['id', 'int', ids],
    ['employee_id', 'int', book.plans.map((p) => p.employee.id)],
    ['position_id', 'int', book.plans.map((p) => p.employee.positionId)],
    ['unit_id', 'int', book.plans.map((p) => p.employee.unitId)],
    ['appraiser_id', 'int', book.plans.map((p) => p.employee.appraiserId)],
    ['appraiser_superior_id', 'int', book.plans.map((p) => p.appraiserSuperiorId)],
    ['appraiser_source', 'text', book.plans.map((p) => (p.employee.overridden ? 'OVERRIDE' : 'REPORTING_LINE'))],
    ['status', 'text', book.plans.map((p) => p.status)],
    ['version', 'int', book.plans.map((p) => (p.status === 'REVISION_SUBMITTED' ? 3 : p.status === 'DRAFT' ? 1 : 2))],
    ['start_date', 'date', book.plans.map((p) => (p.employee.start > `${year}-01-01` ? p.employee.start : `${year}-01-01`))],
    ['return_reason', 'text', book.plans.map((p) => p.returnReason)],
    ['submitted_at', 'timestamptz', times.map((t) => t.submitted)],
    ['approved_at', 'timestamptz', times.map((t) => t.approved)],
    ['approved_by_id', 'int', book.plans.map((p, i) => (times[i].approved ? p.employee.appraiserId : null))],
  ], [['agency_id', 'int', agencyId], ['period_id', 'int', periodId], ['approach', 'text', 'QUANTITATIVE']]);
  return ids;
}

async function writeGoals(em: Em, agencyId: number, periodId: number, book: SeedBook, planIds: number[], agreement: AgreementIds): Promise<number[]> {
  const ids = await allocateIds(em, 'goal', book.goals.length);
  const paths: string[] = [];
  const depths: number[] = [];
  book.goals.forEach((g, i) => {
    if (g.parent != null && g.parent >= i) throw new Error(`Seed goals out of order at ${i}`);
    paths.push((g.parent == null ? '' : paths[g.parent]) + goalSegment(ids[i]));
    depths.push(g.parent == null ? 0 : depths[g.parent] + 1);
  });
  const parentIds = book.goals.map((g) => (g.parent == null ? null : ids[g.parent]));
  await bulkInsert(em, 'goal', [
    ['id', 'int', ids],
    ['plan_id', 'int', book.goals.map((g) => planIds[g.plan])],
    ['owner_id', 'int', book.goals.map((g) => g.ownerId)],
    ['kind', 'text', book.goals.map((g) => g.kind)],
    ['assigned_by', 'text', book.goals.map((g) => g.assignedBy)],
    ['classification', 'text', book.goals.map((g) => g.classification)],
    ['description', 'text', book.goals.map((g) => g.description)],
    ['parent_goal_id', 'int', parentIds],
    ['cascade_type', 'text', book.goals.map((g) => g.cascadeType)],
    ['lock_source', 'text', book.goals.map((g) => g.lockSource)],
    ['objective_id', 'int', book.goals.map((g) => (g.agreement ? agreement.objective[g.agreement[0]][g.agreement[1]] : null))],
    ['key_indicator_id', 'int', book.goals.map((g) => (g.agreement ? agreement.keyIndicator[g.agreement[0]][g.agreement[1]][g.agreement[2]] : null))],
    ['ordinal', 'int', book.goals.map((g) => g.ordinal)],
    ['depth', 'int', depths],
    ['path', 'text', paths],
  ], [['agency_id', 'int', agencyId], ['period_id', 'int', periodId]]);
  return ids;
}

async function writeIndicators(em: Em, agencyId: number, book: SeedBook, goalIds: number[]): Promise<void> {
  const ids = await allocateIds(em, 'indicator', book.indicators.length);
  await bulkInsert(em, 'indicator', [
    ['id', 'int', ids],
    ['goal_id', 'int', book.indicators.map((i) => goalIds[i.goal])],
    ['description', 'text', book.indicators.map((i) => i.description)],
    ['aspect', 'text', book.indicators.map((i) => i.aspect)],
    ['target_value', 'numeric', book.indicators.map((i) => i.target)],
    ['unit', 'text', book.indicators.map((i) => i.unit)],
    ['perspective', 'text', book.indicators.map((i) => i.perspective)],
    ['parent_indicator_id', 'int', book.indicators.map((i) => (i.parent == null ? null : ids[i.parent]))],
    ['locked', 'boolean', book.indicators.map((i) => i.locked)],
    ['ordinal', 'int', book.indicators.map((i) => i.ordinal)],
  ], [['agency_id', 'int', agencyId]]);
}

/** The seven core values per plan; submitted plans carry two leader's specific expectations. */
async function writeBehaviorExpectations(em: Em, agencyId: number, book: SeedBook, planIds: number[]): Promise<void> {
  const plan: number[] = [];
  const value: string[] = [];
  const text: (string | null)[] = [];
  book.plans.forEach((p, i) => {
    CORE_VALUES.forEach((cv, k) => {
      plan.push(planIds[i]);
      value.push(cv);
      text.push(p.status !== 'DRAFT' && (k === i % 7 || k === (i + 3) % 7) ? SPECIFIC_EXPECTATIONS[cv] : null);
    });
  });
  await bulkInsert(em, 'behavior_expectation', [
    ['plan_id', 'int', plan],
    ['core_value', 'text', value],
    ['specific_expectation', 'text', text],
  ], [['agency_id', 'int', agencyId]]);
}
