import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildEvalFixture, CONFIRM, RATE, type EvalFixture } from './fixture';

/**
 * TPP: rule tables per agency and year as data (validated; refused with one code per
 * problem and nothing written), attendance through the API (single and bulk up to 1,000,
 * all or nothing, idempotent per employee and date; admins and WRITE_ATTENDANCE tokens),
 * and the monthly allowance with its breakdown.
 *
 * Worked example (staff1, PELAKSANA, pagu 5,000,000, January, predikat Baik → 100 %):
 *   pagu kinerja 60 % = 3,000,000 paid in full; pagu disiplin 2,000,000;
 *   deductions: 05 late 12 min TL1 0.5 %; 06 late 45 TL2 1 % + early 20 PSW1 0.5 %;
 *   07 absent 3 %; 08 no check-out 1.5 %; 09 absent with LEAVE (neutralised);
 *   12 late 95 with OFFICIAL_DUTY_MORNING (arrival neutralised); 13 on time;
 *   14 absent with an unknown document (ignored) 3 % → 9.5 % of 2,000,000 = 190,000;
 *   total = 3,000,000 + 1,810,000 = 4,810,000.
 */
let api: TestApi;
let f: EvalFixture;
const g = (type: string, id: number) => api.gid(type, id);

const RULES_SET = `mutation($i: AllowanceRulesSetInput!) { allowanceRulesSet(input: $i) {
  allowanceRuleTable { id year name performanceWeight disciplineWeight ratingPercents { rating percent } lateBands { code fromMinutes toMinutes percent }
    neutralisingDocuments { kind scope } baseAmounts { level amount } deductionBase monthlyCapPercent }
  userErrors { code field message } } }`;
const BULK = `mutation($i: AttendanceRecordsUpsertInput!) { attendanceRecordsUpsert(input: $i) { count updatedCount userErrors { code field message } } }`;
const SINGLE = `mutation($i: AttendanceRecordUpsertInput!) { attendanceRecordUpsert(input: $i) {
  attendanceRecord { id date lateMinutes earlyLeaveMinutes missingCheckIn missingCheckOut absent documentKind employee { id } } userErrors { code field } } }`;

const band = (code: string, fromMinutes: number, toMinutes: number | null, percent: number) => ({ code, fromMinutes, toMinutes, percent });
const RULES = {
  name: 'Perkada TPP Provinsi Uji',
  performanceWeight: 60,
  disciplineWeight: 40,
  ratingPercents: [['VERY_GOOD', 100], ['GOOD', 100], ['NEEDS_IMPROVEMENT', 75], ['POOR', 50], ['VERY_POOR', 25]].map(([rating, percent]) => ({ rating, percent })),
  scoreBands: [{ minScore: 0, maxScore: 50, percent: 25 }, { minScore: 50, maxScore: 70, percent: 50 }, { minScore: 70, maxScore: 90, percent: 75 }, { minScore: 90, maxScore: null, percent: 100 }],
  lateBands: [band('TL1', 1, 30, 0.5), band('TL2', 31, 60, 1), band('TL3', 61, 90, 1.25), band('TL4', 91, null, 1.5)],
  earlyLeaveBands: [band('PSW1', 1, 30, 0.5), band('PSW2', 31, 60, 1), band('PSW3', 61, 90, 1.25), band('PSW4', 91, null, 1.5)],
  missingCheckInPercent: 1.5,
  missingCheckOutPercent: 1.5,
  absencePercentPerDay: 3,
  deductionBase: 'DISCIPLINE_PART',
  monthlyCapPercent: 100,
  neutralisingDocuments: [{ kind: 'LEAVE', scope: 'DAY' }, { kind: 'OFFICIAL_DUTY_MORNING', scope: 'ARRIVAL' }, { kind: 'OFFICIAL_DUTY_AFTERNOON', scope: 'DEPARTURE' }],
  baseAmounts: [{ level: 'PELAKSANA', amount: 5_000_000 }, { level: 'AHLI_PERTAMA', amount: 6_000_000 }],
};

const tables = async () => Number((await api.db.query(`select count(*) as n from allowance_rule_table`)).rows[0].n);
const records = async () => Number((await api.db.query(`select count(*) as n from attendance_record`)).rows[0].n);

beforeAll(async () => {
  api = await startTestApi();
  f = await buildEvalFixture(api);
});
afterAll(() => api?.stop());

describe('allowance rule tables', () => {
  it.each([
    ['weights not summing to 100', { performanceWeight: 70 }, [['WEIGHTS_NOT_100', ['input', 'rules', 'performanceWeight']]]],
    ['overlapping late bands', { lateBands: [band('TL1', 1, 30, 0.5), band('TL2', 25, null, 1)] }, [['BANDS_OVERLAP', ['input', 'rules', 'lateBands', '1']]]],
    ['a gap between bands', { earlyLeaveBands: [band('PSW1', 1, 30, 0.5), band('PSW2', 40, null, 1)] }, [['BANDS_GAP', ['input', 'rules', 'earlyLeaveBands', '1']]]],
    ['a closed last band', { lateBands: [band('TL1', 1, 30, 0.5)] }, [['LAST_BAND_NOT_OPEN', ['input', 'rules', 'lateBands', '0']]]],
    ['a predikat without a percentage', { ratingPercents: [{ rating: 'GOOD', percent: 100 }] }, [
      ['RATING_MAPPING_INCOMPLETE', ['input', 'rules', 'ratingPercents']], ['RATING_MAPPING_INCOMPLETE', ['input', 'rules', 'ratingPercents']],
      ['RATING_MAPPING_INCOMPLETE', ['input', 'rules', 'ratingPercents']], ['RATING_MAPPING_INCOMPLETE', ['input', 'rules', 'ratingPercents']]]],
    ['a percentage above 100 and weights off together', { absencePercentPerDay: 120, disciplineWeight: 50 }, [
      ['WEIGHTS_NOT_100', ['input', 'rules', 'performanceWeight']], ['PERCENT_OUT_OF_RANGE', ['input', 'rules', 'absencePercentPerDay']]]],
    ['no performance mapping at all', { ratingPercents: null, scoreBands: null }, [['NO_PERFORMANCE_MAPPING', ['input', 'rules', 'ratingPercents']]]],
    ['a base amount given twice for a level', { baseAmounts: [{ level: 'PELAKSANA', amount: 1 }, { level: 'PELAKSANA', amount: 2 }] }, [['INVALID_INPUT', ['input', 'rules', 'baseAmounts', '1', 'level']]]],
    ['a malformed document kind', { neutralisingDocuments: [{ kind: 'cuti tahunan', scope: 'DAY' }] }, [['INVALID_INPUT', ['input', 'rules', 'neutralisingDocuments', '0', 'kind']]]],
  ] as const)('refuses %s with its code and writes nothing', async (_name, change, expected) => {
    const r = await api.gql(RULES_SET, { i: { year: f.year, rules: { ...RULES, ...change } } }, await api.as('admin'));
    expect(r.data.allowanceRulesSet.allowanceRuleTable).toBeNull();
    expect(r.data.allowanceRulesSet.userErrors.map((e: any) => [e.code, e.field])).toEqual(expected);
    expect(await tables()).toBe(0);
  });

  it('stores a valid table per agency and year (audited) and replaces it on a second set', async () => {
    const r = await api.gql(RULES_SET, { i: { year: f.year, rules: RULES } }, await api.as('admin'));
    expect(r.data.allowanceRulesSet.userErrors).toEqual([]);
    expect(r.data.allowanceRulesSet.allowanceRuleTable).toMatchObject({
      year: f.year, performanceWeight: 60, disciplineWeight: 40, deductionBase: 'DISCIPLINE_PART',
      lateBands: [{ code: 'TL1', fromMinutes: 1, toMinutes: 30, percent: 0.5 }, expect.anything(), expect.anything(), { code: 'TL4', fromMinutes: 91, toMinutes: null, percent: 1.5 }],
      baseAmounts: [{ level: 'PELAKSANA', amount: 5000000 }, { level: 'AHLI_PERTAMA', amount: 6000000 }],
    });
    const again = await api.gql(RULES_SET, { i: { year: f.year, rules: { ...RULES, name: 'Perkada TPP (perubahan)' } } }, await api.as('admin'));
    expect(again.data.allowanceRulesSet.allowanceRuleTable.id).toBe(r.data.allowanceRulesSet.allowanceRuleTable.id);
    expect(await tables()).toBe(1);
    expect(Number((await api.db.query(`select count(*) as n from audit_log where action = 'ALLOWANCE_RULES_SET'`)).rows[0].n)).toBe(2);
    const read = await api.gql(`query($id: ID!) { node(id: $id) { ... on Agency { allowanceRules(year: ${f.year}) { name } } } }`, { id: g('Agency', api.fx.agencyA) }, await api.as('staff1'));
    expect(read.data.node.allowanceRules.name).toBe('Perkada TPP (perubahan)');
  });
});

describe('attendance records', () => {
  const day = (d: number) => `${f.year}-01-${String(d).padStart(2, '0')}`;
  const staff1 = () => g('Employee', api.fx.employees.staff1.id);
  const example = () => [
    { employee: staff1(), date: day(5), lateMinutes: 12 },
    { employee: staff1(), date: day(6), lateMinutes: 45, earlyLeaveMinutes: 20 },
    { employee: staff1(), date: day(7), absent: true },
    { employee: staff1(), date: day(8), missingCheckOut: true },
    { nip: api.fx.employees.staff1.nip, date: day(9), absent: true, documentKind: 'LEAVE' },
    { employee: staff1(), date: day(12), lateMinutes: 95, documentKind: 'OFFICIAL_DUTY_MORNING' },
    { employee: staff1(), date: day(13) },
    { employee: staff1(), date: day(14), absent: true, documentKind: 'UNKNOWN_DOC' },
  ];

  it('writes a batch and is idempotent per employee and date', async () => {
    const r = await api.gql(BULK, { i: { records: example() } }, await api.as('admin'));
    expect(r.data.attendanceRecordsUpsert).toEqual({ count: 8, updatedCount: 0, userErrors: [] });
    const again = await api.gql(BULK, { i: { records: example() } }, await api.as('admin'));
    expect(again.data.attendanceRecordsUpsert).toEqual({ count: 8, updatedCount: 8, userErrors: [] });
    expect(await records()).toBe(8);
    expect(Number((await api.db.query(`select count(*) as n from audit_log where action = 'ATTENDANCE_UPSERT'`)).rows[0].n)).toBe(2);
  });

  it('writes one day and reports its flags', async () => {
    const r = await api.gql(SINGLE, { i: { record: { nip: api.fx.employees.staff2.nip, date: day(5), missingCheckIn: true, earlyLeaveMinutes: 3 } } }, await api.as('admin'));
    expect(r.data.attendanceRecordUpsert.userErrors).toEqual([]);
    expect(r.data.attendanceRecordUpsert.attendanceRecord).toMatchObject({ lateMinutes: null, earlyLeaveMinutes: 3, missingCheckIn: true, missingCheckOut: false, absent: false, employee: { id: g('Employee', api.fx.employees.staff2.id) } });
  });

  it.each([
    ['negative minutes', { lateMinutes: -5 }, 'INVALID_INPUT', 'lateMinutes'],
    ['minutes beyond a day', { earlyLeaveMinutes: 2000 }, 'INVALID_INPUT', 'earlyLeaveMinutes'],
    ['an absent day with minutes', { absent: true, lateMinutes: 10 }, 'INVALID_INPUT', 'absent'],
    ['minutes for a missing check-in', { missingCheckIn: true, lateMinutes: 10 }, 'INVALID_INPUT', 'lateMinutes'],
    ['an unknown NIP', { employee: null, nip: '199001012015031999' }, 'NOT_FOUND', 'nip'],
    ['both an id and a NIP', { nip: '199001012015031999' }, 'INVALID_INPUT', 'employee'],
    ['an employee of another agency', { employee: 'EMPB' }, 'NOT_FOUND', 'employee'],
    ['a lower-case document kind', { documentKind: 'cuti' }, 'INVALID_INPUT', 'documentKind'],
  ])('refuses a whole batch when one record has %s', async (_name, change, code, field) => {
    const bad: Record<string, unknown> = { employee: staff1(), date: day(20), ...change };
    if (bad.employee === 'EMPB') bad.employee = g('Employee', api.fx.employees.empB.id);
    const before = await records();
    const r = await api.gql(BULK, { i: { records: [{ employee: staff1(), date: day(19) }, bad] } }, await api.as('admin'));
    expect(r.data.attendanceRecordsUpsert.count).toBeNull();
    expect(r.data.attendanceRecordsUpsert.userErrors).toEqual([expect.objectContaining({ code, field: ['input', 'records', '1', field] })]);
    expect(await records()).toBe(before);
  });

  it('refuses an impossible date at the Date scalar, before anything runs', async () => {
    const before = await records();
    const r = await api.gql(BULK, { i: { records: [{ employee: staff1(), date: day(19) }, { employee: staff1(), date: `${f.year}-02-30` }] } }, await api.as('admin'));
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await records()).toBe(before);
  });

  it('refuses the same employee and date twice in a batch, and more than 1,000 records', async () => {
    const dup = await api.gql(BULK, { i: { records: [{ employee: staff1(), date: day(21) }, { nip: api.fx.employees.staff1.nip, date: day(21) }] } }, await api.as('admin'));
    expect(dup.data.attendanceRecordsUpsert.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'records', '1', 'date'] })]);
    const many = Array.from({ length: 1001 }, (_x, i) => ({ employee: staff1(), date: `${f.year - 1}-01-01`, lateMinutes: i % 10 }));
    const tooMany = await api.gql(BULK, { i: { records: many } }, await api.as('admin'));
    expect(tooMany.data.attendanceRecordsUpsert.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'records'] })]);
  });

  it('writes 1,000 records in one request', async () => {
    const emps = ['staff1', 'staff2', 'staff3', 'kasi', 'kabid', 'kabid2', 'kadis', 'sekda', 'operator', 'admin'] as const;
    const recs = emps.flatMap((e) => Array.from({ length: 100 }, (_x, i) => ({
      employee: g('Employee', api.fx.employees[e].id), date: new Date(Date.UTC(f.year - 1, 0, 1 + i)).toISOString().slice(0, 10), lateMinutes: i % 40,
    })));
    const before = await records();
    const r = await api.gql(BULK, { i: { records: recs } }, await api.as('admin'));
    expect(r.data.attendanceRecordsUpsert).toEqual({ count: 1000, updatedCount: 0, userErrors: [] });
    expect(await records()).toBe(before + 1000);
  });

  it('accepts an integration token only with the WRITE_ATTENDANCE scope', async () => {
    const create = `mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret userErrors { code } } }`;
    const writer = (await api.gql(create, { i: { name: 'Mesin presensi', scopes: ['WRITE_ATTENDANCE'] } }, await api.as('admin'))).data.apiTokenCreate.secret;
    const reader = (await api.gql(create, { i: { name: 'Dasbor', scopes: ['READ_ORG'] } }, await api.as('admin'))).data.apiTokenCreate.secret;
    const input = { i: { record: { nip: api.fx.employees.staff3.nip, date: day(5), lateMinutes: 7, source: 'fingerprint-01' } } };
    const ok = await api.gql(SINGLE, input, writer);
    expect(ok.data.attendanceRecordUpsert.userErrors).toEqual([]);
    const denied = await api.gql(SINGLE, input, reader);
    expect(denied.errors?.[0].extensions?.code).toBe('TOKEN_SCOPE');
    const other = await api.gql(SINGLE, { i: { record: { nip: api.fx.employees.empB.nip, date: day(5) } } }, writer);
    expect(other.data.attendanceRecordUpsert.userErrors[0].code).toBe('NOT_FOUND');
    const row = (await api.db.query(`select recorded_by_token_id, source from attendance_record where employee_id = $1 and work_date = $2`, [api.fx.employees.staff3.id, day(5)])).rows[0];
    expect(row.source).toBe('fingerprint-01');
    expect(row.recorded_by_token_id).not.toBeNull();
  });
});

describe('monthly allowance', () => {
  const ALLOWANCE = `query($id: ID!, $m: String!) { employee(id: $id) { allowance(month: $m) {
    month level baseAmount status total evaluation { performanceRating period { kind } } ruleTable { year }
    performance { weight pagu source rating score percent amount }
    discipline { weight pagu deductions { date kind minutes bandCode percent } documents { date documentKind scope }
      deductionPercent appliedPercent capApplied deductionBase deductionBaseAmount deductionAmount amount } } } }`;
  const month = () => `${f.year}-01`;

  it('computes the worked example from a confirmed monthly evaluation', async () => {
    await api.gql(RATE, { i: { performancePlan: g('PerformancePlan', f.plans.staff1), evaluationPeriod: g('EvaluationPeriod', f.ep.jan), resultRating: 'MEETS_EXPECTATIONS', behaviorRating: 'MEETS_EXPECTATIONS' } }, await api.as('kasi'));
    const id = (await api.db.query(`select id from evaluation where plan_id = $1 and evaluation_period_id = $2`, [f.plans.staff1, f.ep.jan])).rows[0].id;
    expect((await api.gql(CONFIRM, { i: { evaluation: g('Evaluation', id) } }, await api.as('kasi'))).data.evaluationConfirm.userErrors).toEqual([]);
    const r = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.staff1.id), m: month() }, await api.as('staff1'));
    const a = r.data.employee.allowance;
    expect(a).toMatchObject({ level: 'PELAKSANA', baseAmount: 5000000, status: 'COMPUTED', total: 4810000, evaluation: { performanceRating: 'GOOD', period: { kind: 'MONTHLY' } } });
    expect(a.performance).toEqual({ weight: 60, pagu: 3000000, source: 'RATING', rating: 'GOOD', score: null, percent: 100, amount: 3000000 });
    expect(a.discipline.deductions.map((d: any) => [d.date.slice(8), d.kind, d.bandCode, d.percent])).toEqual([
      ['05', 'LATE_ARRIVAL', 'TL1', 0.5], ['06', 'LATE_ARRIVAL', 'TL2', 1], ['06', 'EARLY_LEAVE', 'PSW1', 0.5],
      ['07', 'ABSENT', null, 3], ['08', 'MISSING_CHECK_OUT', null, 1.5], ['14', 'ABSENT', null, 3],
    ]);
    expect(a.discipline.documents.map((d: any) => [d.date.slice(8), d.documentKind, d.scope])).toEqual([
      ['09', 'LEAVE', 'DAY'], ['12', 'OFFICIAL_DUTY_MORNING', 'ARRIVAL'], ['14', 'UNKNOWN_DOC', null],
    ]);
    expect(a.discipline).toMatchObject({ pagu: 2000000, deductionPercent: 9.5, appliedPercent: 9.5, capApplied: false, deductionBaseAmount: 2000000, deductionAmount: 190000, amount: 1810000 });
  });

  it('shows only the discipline part while no confirmed evaluation covers the month', async () => {
    const r = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.staff2.id), m: month() }, await api.as('staff2'));
    expect(r.data.employee.allowance).toMatchObject({ status: 'PENDING_EVALUATION', performance: null, total: null, baseAmount: 6000000, discipline: { pagu: 2400000, deductionPercent: 2 } });
  });

  it('uses the score bands when the agency scores numerically', async () => {
    await api.gql(`mutation { agencyScoringStrategySet(input: { strategy: PERMENPANRB_8_2021 }) { userErrors { code } } }`, {}, await api.as('admin'));
    const r = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.staff1.id), m: month() }, await api.as('staff1'));
    // No realizations in January: every indicator scores 0 → nilai 0 → band 0–50 pays 25 %.
    expect(r.data.employee.allowance.performance).toMatchObject({ source: 'SCORE', score: 0, percent: 25, amount: 750000 });
    await api.gql(`mutation { agencyScoringStrategySet(input: { strategy: PERMENPANRB_6_2022 }) { userErrors { code } } }`, {}, await api.as('admin'));
  });

  it('is null without rules for the year or a base amount for the level, and hidden from peers', async () => {
    const none = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.staff1.id), m: `${f.year + 1}-01` }, await api.as('staff1'));
    expect(none.data.employee.allowance).toBeNull();
    const kasi = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.kasi.id), m: month() }, await api.as('kasi'));
    expect(kasi.data.employee.allowance).toBeNull();
    const peer = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.staff1.id), m: month() }, await api.as('operator'));
    expect(peer.data.employee?.allowance ?? null).toBeNull();
    const bad = await api.gql(ALLOWANCE, { id: g('Employee', api.fx.employees.staff1.id), m: '2026-13' }, await api.as('staff1'));
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
