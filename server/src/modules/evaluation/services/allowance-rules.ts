import type { Context } from '../../../graphql/context';
import { sqlOne } from '../../../db/sql';
import { administers } from '../../../auth/viewer';
import { userError, UserErrorList } from '../../../lib/errors';
import { optionalText, requiredText } from '../../../lib/validate';
import type { AllowanceRulesInput, UserErrorCode } from '../../../graphql/generated/types';
import { writeAudit } from '../../audit/audit';
import { validateAllowanceRules, type AllowanceRuleError, type AllowanceRules, type MinuteBand, type NeutralisationScope } from '../rules/allowance';
import type { PerformanceRating } from '../rules/rating-matrix';
import { RULE_TABLE_COLS, type AllowanceRuleTableRow, type BaseAmount } from '../types';

/**
 * TPP rule tables as data, per agency and year (Kepmendagri 900-4700/2020 + each Perkada):
 * validated with `validateAllowanceRules`; every problem is returned as its own userError
 * with a stable code (e.g. WEIGHTS_NOT_100) and nothing is written.
 */

const FIELD = ['input', 'rules'];

/** 'lateBands[2].percent' → ['input','rules','lateBands','2','percent']; rating keys point at the list. */
export function rulePath(path: string): string[] {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  if (parts[0] === 'ratingPercent') return [...FIELD, 'ratingPercents'];
  return [...FIELD, ...parts];
}

const CODE: Partial<Record<AllowanceRuleError['code'], UserErrorCode>> = { UNKNOWN_VALUE: 'INVALID_INPUT' };
const toUserError = (e: AllowanceRuleError) => userError(CODE[e.code] ?? (e.code as UserErrorCode), e.message, rulePath(e.path));

function bands(input: { code?: string | null; fromMinutes: number; toMinutes?: number | null; percent: number }[], at: string): MinuteBand[] {
  return input.map((b, i) => ({
    ...(b.code ? { code: optionalText(b.code, [...FIELD, at, String(i), 'code'], 20, 'Band code')! } : {}),
    fromMinutes: b.fromMinutes,
    toMinutes: b.toMinutes ?? null,
    percent: b.percent,
  }));
}

function ratingPercents(list: AllowanceRulesInput['ratingPercents']): Partial<Record<PerformanceRating, number>> | undefined {
  if (list == null) return undefined;
  const out: Partial<Record<PerformanceRating, number>> = {};
  list.forEach((r, i) => {
    if (r.rating in out) throw userError('INVALID_INPUT', `${r.rating} is given twice.`, [...FIELD, 'ratingPercents', String(i)]);
    out[r.rating] = r.percent;
  });
  return out;
}

function documents(list: AllowanceRulesInput['neutralisingDocuments']): Record<string, NeutralisationScope> {
  const out: Record<string, NeutralisationScope> = {};
  list.forEach((d, i) => {
    const at = [...FIELD, 'neutralisingDocuments', String(i), 'kind'];
    if (!/^[A-Z0-9_]{2,50}$/.test(d.kind)) throw userError('INVALID_INPUT', 'Document kinds are 2 to 50 characters A-Z, 0-9 or _.', at);
    if (Object.hasOwn(out, d.kind)) throw userError('INVALID_INPUT', `${d.kind} is given twice.`, at);
    out[d.kind] = d.scope;
  });
  return out;
}

function baseAmounts(list: AllowanceRulesInput['baseAmounts']): BaseAmount[] {
  const seen = new Set<string>();
  return list.map((b, i) => {
    const at = [...FIELD, 'baseAmounts', String(i)];
    if (seen.has(b.level)) throw userError('INVALID_INPUT', `${b.level} is given twice.`, [...at, 'level']);
    if (!Number.isInteger(b.amount) || b.amount < 0) throw userError('INVALID_INPUT', 'Base amounts are whole rupiah, 0 or more.', [...at, 'amount']);
    seen.add(b.level);
    return { level: b.level, amount: b.amount };
  });
}

/** Converts and validates the input; throws one userError per problem. */
export function rulesFromInput(input: AllowanceRulesInput): { rules: AllowanceRules; baseAmounts: BaseAmount[] } {
  const rules: AllowanceRules = {
    name: requiredText(input.name, [...FIELD, 'name'], 2, 200, 'Name'),
    performanceWeight: input.performanceWeight,
    disciplineWeight: input.disciplineWeight,
    ...(input.ratingPercents != null ? { ratingPercent: ratingPercents(input.ratingPercents) } : {}),
    ...(input.scoreBands != null ? { scoreBands: input.scoreBands.map((b) => ({ minScore: b.minScore, maxScore: b.maxScore ?? null, percent: b.percent })) } : {}),
    lateBands: bands(input.lateBands, 'lateBands'),
    earlyLeaveBands: bands(input.earlyLeaveBands, 'earlyLeaveBands'),
    missingCheckInPercent: input.missingCheckInPercent,
    missingCheckOutPercent: input.missingCheckOutPercent,
    absencePercentPerDay: input.absencePercentPerDay,
    deductionBase: input.deductionBase,
    monthlyCapPercent: input.monthlyCapPercent,
    neutralisingDocuments: documents(input.neutralisingDocuments),
  };
  const errors = validateAllowanceRules(rules);
  if (errors.length > 0) throw new UserErrorList(errors.map(toUserError));
  return { rules, baseAmounts: baseAmounts(input.baseAmounts) };
}

function agencyOf(ctx: Context, agencyId: number | null): number {
  const v = ctx.viewer!;
  const id = agencyId ?? v.agencyId;
  if (!administers(v, id)) throw userError('NOT_FOUND', 'Agency not found.', ['input', 'agency']);
  return id;
}

export async function setAllowanceRules(ctx: Context, input: { agencyId: number | null; year: number; rules: AllowanceRulesInput }): Promise<AllowanceRuleTableRow> {
  const agencyId = agencyOf(ctx, input.agencyId);
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2200) throw userError('INVALID_INPUT', 'The year must be 2000 to 2200.', ['input', 'year']);
  const { rules, baseAmounts: amounts } = rulesFromInput(input.rules);
  return ctx.em.transactional(async (em) => {
    const agency = await sqlOne(em, `select id from agency where id = $1`, [agencyId]);
    if (!agency) throw userError('NOT_FOUND', 'Agency not found.', ['input', 'agency']);
    const row = (await sqlOne<AllowanceRuleTableRow>(
      em,
      `insert into allowance_rule_table as rt (agency_id, year, name, rules, base_amounts, updated_by_id) values ($1, $2, $3, $4::jsonb, $5::jsonb, $6)
       on conflict (agency_id, year) do update set name = excluded.name, rules = excluded.rules, base_amounts = excluded.base_amounts,
         updated_by_id = excluded.updated_by_id, updated_at = now()
       returning ${RULE_TABLE_COLS}`,
      [agencyId, input.year, rules.name, JSON.stringify(rules), JSON.stringify(amounts), ctx.viewer!.agencyId === agencyId ? ctx.viewer!.employeeId : null],
    ))!;
    await writeAudit(em, ctx, {
      action: 'ALLOWANCE_RULES_SET', entityType: 'AllowanceRuleTable', entityId: row.id, agencyId, to: String(input.year),
      data: { rules, baseAmounts: amounts },
    });
    return row;
  });
}
