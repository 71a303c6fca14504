import type { Context } from '../../../graphql/context';
import { parseGlobalId } from '../../../lib/ids';
import { isDate } from '../../../lib/dates';
import type { RawEntry } from '../rules/entry-input';
import { textCell } from '../import/cells';
import type { Column, Sheet } from '../import/sheet';
import { sql } from '../../../db/sql';
import type { UserErrorCode } from '../../../graphql/generated/types';

/**
 * Resolving the "Rencana Aksi" / "RHK" column of imported rows to one of the
 * employee's action plans whose evaluation period contains the row's date: by global
 * id, or by description (case and spacing ignored; the shortest period wins when the
 * same text exists in a month and its quarter). "Tugas Tambahan" marks an additional
 * task. A goal reference picks the goal's only action plan in that period.
 */
export interface ImportViolation {
  row: number;
  column: string | null;
  code: UserErrorCode;
  message: string;
}

interface Plan {
  id: number;
  description: string;
  goalId: number;
  goalDescription: string;
  startDate: string;
  endDate: string;
}

/** The employee's action plans whose evaluation period overlaps [from, to]. */
const ownActionPlansBetween = (ctx: Context, agencyId: number, employeeId: number, from: string, to: string) =>
  sql<Plan>(
    ctx.em,
    `select ap.id, ap.description, ap.goal_id as "goalId", g.description as "goalDescription", ape.start_date as "startDate", ape.end_date as "endDate"
     from performance_plan pp join goal g on g.agency_id = pp.agency_id and g.plan_id = pp.id
     join action_plan ap on ap.agency_id = g.agency_id and ap.goal_id = g.id
     join evaluation_period ape on ape.agency_id = ap.agency_id and ape.id = ap.evaluation_period_id
     where pp.agency_id = $1 and pp.employee_id = $2 and g.owner_id = $2 and ape.start_date <= $4::date and ape.end_date >= $3::date`,
    [agencyId, employeeId, from, to],
  );

const ADDITIONAL = /^(tugas\s+tambahan|tambahan|additional(\s+task)?|non[\s-]?skp)$/i;
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();


function pick(candidates: Plan[], date: string): Plan[] {
  const inPeriod = candidates.filter((p) => p.startDate <= date && p.endDate >= date);
  if (inPeriod.length <= 1) return inPeriod;
  const span = (p: Plan) => Date.parse(p.endDate) - Date.parse(p.startDate);
  const shortest = Math.min(...inPeriod.map(span));
  return inPeriod.filter((p) => span(p) === shortest);
}

interface Link {
  actionPlanId: number | null;
  isAdditionalTask: boolean;
}

type Outcome = { link: Link; problem?: { message: string; code: UserErrorCode }; unresolved?: boolean };

const NONE: Link = { actionPlanId: null, isAdditionalTask: false };

function resolveOne(plans: Plan[], date: string, ap: string, goal: string): Outcome {
  if (ADDITIONAL.test(ap)) return { link: { actionPlanId: null, isAdditionalTask: true } };
  if (!ap && !goal) return { link: NONE, problem: { code: 'INVALID_INPUT', message: 'Give the action plan (Rencana Aksi), or write "Tugas Tambahan" for an additional task.' } };
  // An unreadable date is reported on its own column; the reference cannot be resolved without it.
  if (!isDate(date)) return { link: NONE, unresolved: true };
  const ref = ap || goal;
  const gid = parseGlobalId(ref);
  const found = ap
    ? pick(plans.filter((p) => (gid?.type === 'ActionPlan' ? p.id === gid.id : key(p.description) === key(ref))), date)
    : pick(plans.filter((p) => (gid?.type === 'Goal' ? p.goalId === gid.id : key(p.goalDescription) === key(ref))), date);
  if (found.length === 1) return { link: { actionPlanId: found[0].id, isAdditionalTask: false } };
  if (found.length === 0) return { link: NONE, problem: { code: 'NOT_FOUND', message: `No action plan of yours matches "${ref.slice(0, 80)}" on ${date}.` } };
  return { link: NONE, problem: { code: 'INVALID_INPUT', message: `"${ref.slice(0, 80)}" matches ${found.length} action plans on ${date}; use the action plan's description or id.` } };
}

/** Links of every row, the reference problems, and the rows whose link is unknown. */
export async function resolveReferences(ctx: Context, employeeId: number, agencyId: number, sheet: Sheet, raws: RawEntry[]) {
  const dates = raws.map((r) => r.date).filter(isDate).sort();
  const plans = dates.length ? await ownActionPlansBetween(ctx, agencyId, employeeId, dates[0], dates.at(-1)!) : [];
  const cell = (i: number, c: Column) => (sheet.columns[c] ? textCell(sheet.rows[i].cells[sheet.columns[c]!.index]) : '');
  const problems: ImportViolation[] = [];
  const failed = new Set<number>();
  const usedColumn = new Map<number, Column>();
  const links = raws.map((raw, i) => {
    const ap = cell(i, 'actionPlan');
    const goal = cell(i, 'goal');
    const column: Column = ap || !goal ? 'actionPlan' : 'goal';
    usedColumn.set(i, column);
    const out = resolveOne(plans, raw.date, ap, goal);
    if (out.problem || out.unresolved) failed.add(i);
    if (out.problem) problems.push({ row: sheet.rows[i].row, column: sheet.columns[column]?.header ?? null, ...out.problem });
    return out.link;
  });
  return { links, problems, failed, columnOf: (i: number) => usedColumn.get(i) ?? 'actionPlan' };
}
