import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { addDays } from '../../src/lib/dates';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';

/**
 * Every validation rule of a logbook entry refuses with its code on the right field,
 * and writes nothing (no entry, no audit record).
 */
let api: TestApi;
let x: Exec;
let token: string;
let ownAp: number;
let othersAp: number;
let otherMonthAp: number;
const DAY = daysAgo(5);

beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
  token = await api.as('staff1');
  ownAp = await x.actionPlan('staff1', DAY);
  othersAp = await x.actionPlan('staff2', DAY);
  otherMonthAp = await x.actionPlan('staff1', addDays(DAY, -40));
  await api.db.query(
    `insert into logbook_entry (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity, is_additional)
     values ($1, $2, $3, $4, '08:00', '09:00', 'Rapat koordinasi', true)`,
    [api.fx.agencyA, api.fx.employees.staff1.id, x.epAt(DAY), DAY],
  );
});
afterAll(() => api?.stop());

const CREATE = `mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { logbookEntry { id } userErrors { code field message } } }`;
const BATCH = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id } userErrors { code field message } } }`;

async function written() {
  const r = await api.db.query(
    `select (select count(*) from logbook_entry where employee_id = $1) as entries, (select count(*) from audit_log where entity_type = 'LogbookEntry') as audits`,
    [api.fx.employees.staff1.id],
  );
  return r.rows[0];
}

const plan = (id: () => number) => ({ isAdditionalTask: false, actionPlan: api.gid('ActionPlan', id()) });

const cases: [string, () => Record<string, unknown>, string, string][] = [
  ['a future date', () => entry(addDays(x.today, 1), '08:00', '09:00'), 'FUTURE_DATE', 'date'],
  ['a date outside every evaluation period', () => entry(`${Number(x.today.slice(0, 4)) - 3}-06-03`, '08:00', '09:00'), 'OUTSIDE_EVALUATION_PERIOD', 'date'],
  ['an end equal to the start', () => entry(DAY, '10:00', '10:00'), 'INVALID_INPUT', 'endTime'],
  ['an end before the start', () => entry(DAY, '11:00', '10:00'), 'INVALID_INPUT', 'endTime'],
  ['a malformed start time', () => entry(DAY, '8am', '10:00'), 'INVALID_INPUT', 'startTime'],
  ['an end time past midnight', () => entry(DAY, '23:00', '24:30'), 'INVALID_INPUT', 'endTime'],
  ['a range overlapping a stored entry', () => entry(DAY, '08:30', '10:00'), 'TIME_OVERLAP', 'startTime'],
  ['a range containing a stored entry', () => entry(DAY, '07:00', '12:00'), 'TIME_OVERLAP', 'startTime'],
  ['a range inside a stored entry', () => entry(DAY, '08:15', '08:45'), 'TIME_OVERLAP', 'startTime'],
  ['a range ending inside a stored entry', () => entry(DAY, '07:30', '08:01'), 'TIME_OVERLAP', 'startTime'],
  ['a negative quantity', () => entry(DAY, '10:00', '11:00', { outputQuantity: -0.5, outputUnit: 'Dokumen' }), 'INVALID_INPUT', 'outputQuantity'],
  ['a quantity without unit', () => entry(DAY, '10:00', '11:00', { outputQuantity: 2 }), 'INVALID_INPUT', 'outputUnit'],
  ['a quantity with a blank unit', () => entry(DAY, '10:00', '11:00', { outputQuantity: 2, outputUnit: '   ' }), 'INVALID_INPUT', 'outputUnit'],
  ['a unit over 50 characters', () => entry(DAY, '10:00', '11:00', { outputQuantity: 2, outputUnit: 'D'.repeat(51) }), 'INVALID_INPUT', 'outputUnit'],
  ['an ftp evidence link', () => entry(DAY, '10:00', '11:00', { evidence: ['ftp://files.example.id/a'] }), 'INVALID_INPUT', 'evidence'],
  ['a javascript evidence link', () => entry(DAY, '10:00', '11:00', { evidence: ['javascript:alert(1)'] }), 'INVALID_INPUT', 'evidence'],
  ['an evidence link without scheme', () => entry(DAY, '10:00', '11:00', { evidence: ['drive.google.com/file/d/1'] }), 'INVALID_INPUT', 'evidence'],
  ['11 evidence links', () => entry(DAY, '10:00', '11:00', { evidence: Array.from({ length: 11 }, (_v, i) => `https://e.example.id/${i}`) }), 'INVALID_INPUT', 'evidence'],
  ['a two-letter activity', () => entry(DAY, '10:00', '11:00', { activity: 'ab' }), 'INVALID_INPUT', 'activity'],
  ['an activity over 2000 characters', () => entry(DAY, '10:00', '11:00', { activity: 'x'.repeat(2001) }), 'INVALID_INPUT', 'activity'],
  ['a client key over 100 characters', () => entry(DAY, '10:00', '11:00', { clientKey: 'k'.repeat(101) }), 'INVALID_INPUT', 'clientKey'],
  ['someone else’s action plan', () => entry(DAY, '10:00', '11:00', plan(() => othersAp)), 'NOT_FOUND', 'actionPlan'],
  ['an own action plan of another month', () => entry(DAY, '10:00', '11:00', plan(() => otherMonthAp)), 'ACTION_PLAN_MISMATCH', 'actionPlan'],
  ['a Goal id as action plan', () => entry(DAY, '10:00', '11:00', { isAdditionalTask: false, actionPlan: api.gid('Goal', x.goals.staff1) }), 'INVALID_INPUT', 'actionPlan'],
  ['an additional task with an action plan', () => entry(DAY, '10:00', '11:00', { isAdditionalTask: true, actionPlan: api.gid('ActionPlan', ownAp) }), 'INVALID_INPUT', 'actionPlan'],
  ['neither action plan nor additional task', () => entry(DAY, '10:00', '11:00', { isAdditionalTask: false }), 'INVALID_INPUT', 'actionPlan'],
];

describe('logbook entry validation', () => {
  it.each(cases)('refuses %s', async (_name, input, code, field) => {
    const before = await written();
    const r = await api.gql(CREATE, { i: input() }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data.logbookEntryCreate.logbookEntry).toBeNull();
    expect(r.data.logbookEntryCreate.userErrors).toContainEqual(expect.objectContaining({ code, field: ['input', field] }));
    expect(await written()).toEqual(before);
  });

  it.each(cases)('refuses %s inside a batch, pointing at the item', async (_name, input, code, field) => {
    const before = await written();
    const good = entry(daysAgo(6), '08:00', '09:00');
    const r = await api.gql(BATCH, { i: { entries: [good, entry(daysAgo(6), '09:00', '10:00'), input()] } }, token);
    expect(r.data.logbookEntriesCreate.logbookEntries).toBeNull();
    expect(r.data.logbookEntriesCreate.userErrors).toContainEqual(expect.objectContaining({ code, field: ['input', 'entries', '2', field] }));
    expect(await written()).toEqual(before);
  });

  it('refuses overlapping entries and repeated client keys within one batch', async () => {
    const before = await written();
    const r = await api.gql(BATCH, {
      i: {
        entries: [
          entry(daysAgo(7), '08:00', '10:00', { clientKey: 'a' }),
          entry(daysAgo(7), '09:59', '11:00', { clientKey: 'b' }),
          entry(daysAgo(8), '08:00', '09:00', { clientKey: 'a' }),
        ],
      },
    }, token);
    expect(r.data.logbookEntriesCreate.userErrors.map((e: any) => [e.code, e.field])).toEqual([
      ['TIME_OVERLAP', ['input', 'entries', '1', 'startTime']],
      ['INVALID_INPUT', ['input', 'entries', '2', 'clientKey']],
    ]);
    expect(await written()).toEqual(before);
  });

  it('accepts touching ranges and an end at 24:00', async () => {
    const r = await api.gql(BATCH, { i: { entries: [entry(daysAgo(9), '08:00', '09:00'), entry(daysAgo(9), '09:00', '10:00'), entry(daysAgo(9), '23:00', '24:00')] } }, token);
    expect(r.data.logbookEntriesCreate.userErrors).toEqual([]);
  });
});
