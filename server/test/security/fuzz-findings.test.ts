import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema';
import { loadModules } from '../../src/modules/registry';
import { PRODUCTION_ENV, startSecApi, type SecApi } from '../support/security/server';
import { leakChecker, type LeakCheck } from '../support/security/leaks';
import { allScopes, createIntegrationToken } from '../support/security/actors';
import { dbSnapshot } from '../support/security/snapshot';
import { seedScenario, todayJakarta, type Scenario } from '../support/security/scenario';

/**
 * Minimal reproductions of what the schema fuzzer found, one test each, so a
 * regression is named precisely (the fuzzer only says "seed N, operation M").
 */
let api: SecApi;
let leaks: LeakCheck;
let admin: string;

beforeAll(async () => {
  api = await startSecApi({ env: PRODUCTION_ENV });
  leaks = await leakChecker(api.db);
  admin = await api.as('admin');
});
afterAll(() => api?.stop());

describe('text PostgreSQL cannot store: NUL characters and unpaired surrogates', () => {
  it.each([
    ['a variable', `mutation($i: OrgUnitCreateInput!) { orgUnitCreate(input: $i) { orgUnit { id } userErrors { code } } }`, { i: { code: 'NUL1', name: 'Seksi\u0000Baru' } }],
    ['a string literal', `mutation { orgUnitCreate(input: { code: "NUL2", name: "Seksi\\u0000Baru" }) { orgUnit { id } userErrors { code } } }`, {}],
    ['a sign-in NIP', `mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }`, { i: { nip: 'a\u0000b', password: 'x' } }],
    ['a cursor', `query($a: String) { employeeSearch(query: "Staf", after: $a) { totalCount } }`, { a: 'a\u0000b' }],
    // jsonb (audit data) refuses "\ud800"; found on behaviorExpectationSet.
    ['an unpaired surrogate', `mutation($i: OrgUnitCreateInput!) { orgUnitCreate(input: $i) { orgUnit { id } userErrors { code } } }`, { i: { code: 'SUR1', name: 'Seksi \ud800 Baru' } }],
  ])('refuses %s as bad input (400), writing nothing', async (_what, query, variables) => {
    const before = await dbSnapshot(api.db);
    const r = await api.raw({ headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query, variables }) });
    expect(r.status).toBe(400);
    expect(r.json.errors[0]).toMatchObject({ message: 'Text may not contain NUL characters (U+0000) or unpaired surrogates.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(leaks(r.json, r.status)).toEqual([]);
    expect(await dbSnapshot(api.db)).toEqual(before);
  });
});

describe('instants PostgreSQL cannot store', () => {
  it.each(['0000-01-01T00:00:00Z', '1800-01-01T00:00:00Z', '9999-12-31T00:00:00Z'])('refuses DateTime %s as bad input', async (deletedSince) => {
    const r = await api.gql(`query($d: DateTime) { logbookEntryDeletions(deletedSince: $d, first: 1) { totalCount } }`, { d: deletedSince }, admin);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(leaks(r, r.status)).toEqual([]);
  });
});

describe('many invalid variable values at once', () => {
  it('answers the "too many errors" cut-off as bad input, not an internal error', async () => {
    const evaluationPeriods = Array.from({ length: 60 }, () => ({ kind: 'MONTHLY', name: 'x', startDate: '2026-02-30', endDate: 'never', deadline: 'now' }));
    const r = await api.gql(`mutation($i: PeriodCreateInput!) { periodCreate(input: $i) { userErrors { code } } }`, { i: { year: 2030, evaluationPeriods } }, admin);
    expect(r.status).toBe(400);
    expect(r.errors!.length).toBeGreaterThan(50);
    expect(r.errors!.map((e) => e.extensions?.code).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    expect(leaks(r, r.status)).toEqual([]);
  });
});

describe('text lengths counted like PostgreSQL (characters, not UTF-16 units)', () => {
  // '😀😀' is 2 characters for the database's `length(...) between 3 and …` checks but 4
  // UTF-16 units for JavaScript's String.length: a check on .length lets it through and
  // the insert then fails as an internal error instead of a userError on the field.
  const TWO = '😀😀';
  let s: Scenario;
  beforeAll(async () => {
    s = await seedScenario(api, { logbookDays: 0 });
  });
  const cases: [string, () => [string, string, Record<string, unknown>, 'admin' | 'staff1']][] = [
    ['orgUnitCreate name (1 character)', () => ['orgUnitCreate', 'OrgUnitCreateInput', { code: 'AST1', name: '𝔸' }, 'admin']],
    ['appraiserOverrideSet reason (4 characters)', () => ['appraiserOverrideSet', 'AppraiserOverrideSetInput', { employee: api.gid('Employee', api.fx.employees.staff3.id), appraiser: api.gid('Employee', api.fx.employees.kabid.id), reason: '😀😀😀😀', startDate: '2099-01-01' }, 'admin']],
    ['goalCreate description', () => ['goalCreate', 'GoalCreateInput', { plan: s.plans.staff1, kind: 'ADDITIONAL', assignedBy: 'Atasan', description: TWO }, 'staff1']],
    ['actionPlanCreate description', () => ['actionPlanCreate', 'ActionPlanCreateInput', { goal: s.goals.staff1, evaluationPeriod: s.currentEvaluationPeriod, description: TWO }, 'staff1']],
  ];
  it.each(cases)('%s: a userError, not an internal error', async (_name, build) => {
    const [field, type, input, who] = build();
    const r = await api.gql(`mutation($i: ${type}!) { ${field}(input: $i) { userErrors { code field } } }`, { i: input }, await api.as(who));
    expect(leaks(r, r.status)).toEqual([]);
    expect(r.data?.[field]?.userErrors?.[0]?.code).toBe('INVALID_INPUT');
  });

  // Found by the fuzzer: text limits compared UTF-16 units while PostgreSQL counts code
  // points, so two emoji passed the check and violated the table's check constraint.
  it('logbookEntryCreate activity of two emoji: a userError, not an internal error', async () => {
    const r = await api.gql(`mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { userErrors { code field } } }`,
      { i: { date: todayJakarta(), startTime: '05:00', endTime: '05:10', activity: TWO, isAdditionalTask: true } }, await api.as('staff1'));
    expect(leaks(r, r.status)).toEqual([]);
  });

  it('indicatorCreate description of two emoji: a userError, not an internal error', async () => {
    const r = await api.gql(`mutation($i: IndicatorCreateInput!) { indicatorCreate(input: $i) { userErrors { code field } } }`,
      { i: { goal: s.goals.staff1, indicator: { description: TWO, aspect: 'QUANTITY', targetValue: 1, unit: 'dokumen' } } }, await api.as('staff1'));
    expect(leaks(r, r.status)).toEqual([]);
  });
});

describe('integration tokens and the viewer', () => {
  // Found by the fuzzer: a token has no employee, and `Viewer.employee` is non-null, so
  // the answer was an internal error. `viewer` is now null for integration tokens.
  it('answers viewer.employee for a token without an internal error', async () => {
    const schema = buildSchema(await loadModules()).schema;
    const t = await createIntegrationToken(api, allScopes(schema));
    const r = await api.gql(`{ viewer { role employee { name } } }`, {}, t!.secret);
    expect(leaks(r, r.status)).toEqual([]);
    expect(r.data?.viewer).toBeNull();
  });
});
