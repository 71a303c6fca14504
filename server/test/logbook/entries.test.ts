import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { addDays } from '../../src/lib/dates';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';

let api: TestApi;
let x: Exec;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
  token = await api.as('staff1');
});
afterAll(() => api?.stop());

const FIELDS = `id date startTime endTime activity outputQuantity outputUnit evidence isAdditionalTask status clientKey viewerCanEdit actionPlan { id }`;
const CREATE = `mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { logbookEntry { ${FIELDS} } userErrors { code field message } } }`;
const BATCH = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { ${FIELDS} } userErrors { code field message } } }`;
const UPDATE = `mutation($i: LogbookEntryUpdateInput!) { logbookEntryUpdate(input: $i) { logbookEntry { ${FIELDS} } userErrors { code field message } } }`;
const DELETE = `mutation($i: LogbookEntryDeleteInput!) { logbookEntryDelete(input: $i) { deletedId userErrors { code field message } } }`;

const rows = async (employee: 'staff1' | 'staff2' = 'staff1') =>
  Number((await api.db.query(`select count(*) from logbook_entry where employee_id = $1`, [api.fx.employees[employee].id])).rows[0].count);

describe('logbookEntryCreate', () => {
  it('writes a DRAFT entry with its output, evidence and action plan, and audits it', async () => {
    const day = daysAgo(2);
    const ap = await x.actionPlan('staff1', day);
    const r = await api.gql(CREATE, { i: entry(day, '7:30', '09:00', { isAdditionalTask: false, actionPlan: api.gid('ActionPlan', ap), outputQuantity: 1.5, outputUnit: ' Dokumen ', evidence: ['https://drive.example.id/bukti-1'] }) }, token);
    expect(r.data.logbookEntryCreate.userErrors).toEqual([]);
    const e = r.data.logbookEntryCreate.logbookEntry;
    expect(e).toMatchObject({ date: day, startTime: '07:30', endTime: '09:00', outputQuantity: 1.5, outputUnit: 'Dokumen', evidence: ['https://drive.example.id/bukti-1'], status: 'DRAFT', isAdditionalTask: false, viewerCanEdit: true, actionPlan: { id: api.gid('ActionPlan', ap) } });
    const audit = await api.db.query(`select action, to_state, actor_id from audit_log where entity_type = 'LogbookEntry' and action = 'logbookEntry.create' order by id desc limit 1`);
    expect(audit.rows[0]).toMatchObject({ action: 'logbookEntry.create', to_state: 'DRAFT', actor_id: api.fx.employees.staff1.id });
  });

  it('costs two statements: the session, then checks and insert (with its audit records) in one', async () => {
    const lean = `mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { logbookEntry { id date startTime status } userErrors { code field } } }`;
    const n = await api.countStatements(() => api.gql(lean, { i: entry(daysAgo(3), '08:00', '09:00') }, token));
    expect(n).toBeLessThanOrEqual(2);
  });

  it('returns the existing entry for a repeated client key, also under concurrency', async () => {
    const input = entry(daysAgo(4), '10:00', '11:00', { clientKey: 'retry-1' });
    const first = await api.gql(CREATE, { i: input }, token);
    const again = await api.gql(CREATE, { i: { ...input, activity: 'changed on retry' } }, token);
    expect(again.data.logbookEntryCreate.logbookEntry.id).toBe(first.data.logbookEntryCreate.logbookEntry.id);
    const burst = await Promise.all(Array.from({ length: 8 }, () => api.gql(CREATE, { i: entry(daysAgo(4), '13:00', '14:00', { clientKey: 'burst-1' }) }, token)));
    const ids = new Set(burst.map((b) => b.data.logbookEntryCreate.logbookEntry?.id));
    expect(burst.flatMap((b) => b.data.logbookEntryCreate.userErrors)).toEqual([]);
    expect(ids.size).toBe(1);
    const stored = await api.db.query(`select count(*) from logbook_entry where client_key in ('retry-1', 'burst-1')`);
    expect(Number(stored.rows[0].count)).toBe(2);
  });
});

describe('logbookEntriesCreate', () => {
  it('writes a week at once in input order with two statements', async () => {
    const entries = Array.from({ length: 10 }, (_v, i) => entry(daysAgo(10 + (i % 5)), i < 5 ? '08:00' : '13:00', i < 5 ? '12:00' : '16:30', { clientKey: `week-${i}` }));
    let r: any;
    const lean = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id clientKey } userErrors { code field } } }`;
    const n = await api.countStatements(async () => (r = await api.gql(lean, { i: { entries } }, token)));
    expect(r.data.logbookEntriesCreate.userErrors).toEqual([]);
    expect(r.data.logbookEntriesCreate.logbookEntries.map((e: any) => e.clientKey)).toEqual(entries.map((e) => e.clientKey));
    expect(n).toBeLessThanOrEqual(2);
    const again = await api.gql(BATCH, { i: { entries } }, token);
    expect(again.data.logbookEntriesCreate.logbookEntries.map((e: any) => e.id)).toEqual(r.data.logbookEntriesCreate.logbookEntries.map((e: any) => e.id));
  });

  it('accepts 100 entries and refuses 101 or none', async () => {
    const hundred = Array.from({ length: 100 }, (_v, i) => entry(daysAgo(30 + Math.floor(i / 10)), `${String(8 + (i % 10)).padStart(2, '0')}:00`, `${String(8 + (i % 10)).padStart(2, '0')}:45`));
    const ok = await api.gql(BATCH, { i: { entries: hundred } }, token);
    expect(ok.data.logbookEntriesCreate.logbookEntries).toHaveLength(100);
    const before = await rows();
    const tooMany = await api.gql(BATCH, { i: { entries: [...hundred, entry(daysAgo(50), '08:00', '09:00')] } }, token);
    expect(tooMany.data.logbookEntriesCreate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'entries'] })]);
    const none = await api.gql(BATCH, { i: { entries: [] } }, token);
    expect(none.data.logbookEntriesCreate.userErrors[0].code).toBe('INVALID_INPUT');
    expect(await rows()).toBe(before);
  });

  it('is all-or-nothing and points every error at its item', async () => {
    const before = await rows();
    const entries = [
      entry(daysAgo(60), '08:00', '09:00'),
      entry(daysAgo(60), '09:00', '10:00'),
      entry(daysAgo(60), '10:00', '11:00', { outputQuantity: -1, outputUnit: 'Dokumen' }),
      entry(daysAgo(60), '11:00', '10:00'),
      entry(daysAgo(60), '09:30', '09:45'),
    ];
    const r = await api.gql(BATCH, { i: { entries } }, token);
    expect(r.data.logbookEntriesCreate.logbookEntries).toBeNull();
    expect(r.data.logbookEntriesCreate.userErrors.map((e: any) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'entries', '2', 'outputQuantity']],
      ['INVALID_INPUT', ['input', 'entries', '3', 'endTime']],
      ['TIME_OVERLAP', ['input', 'entries', '4', 'startTime']],
    ]);
    expect(await rows()).toBe(before);
  });
});

describe('logbookEntryUpdate and logbookEntryDelete', () => {
  it('edits an own entry, returns a rejected one to DRAFT, and deletes', async () => {
    const created = await api.gql(CREATE, { i: entry(daysAgo(70), '08:00', '09:00') }, token);
    const id = created.data.logbookEntryCreate.logbookEntry.id;
    await api.db.query(`update logbook_entry set status = 'REJECTED', rejection_note = 'kurang jelas' where client_key is null and entry_date = $1 and employee_id = $2`, [daysAgo(70), api.fx.employees.staff1.id]);
    const u = await api.gql(UPDATE, { i: { id, activity: 'Menyusun draf kurikulum', endTime: '10:00', outputQuantity: 1, outputUnit: 'Dokumen' } }, token);
    expect(u.data.logbookEntryUpdate.userErrors).toEqual([]);
    expect(u.data.logbookEntryUpdate.logbookEntry).toMatchObject({ activity: 'Menyusun draf kurikulum', endTime: '10:00', status: 'DRAFT', outputQuantity: 1 });
    const cleared = await api.gql(UPDATE, { i: { id, outputQuantity: null } }, token);
    expect(cleared.data.logbookEntryUpdate.logbookEntry).toMatchObject({ outputQuantity: null, outputUnit: null });
    const d = await api.gql(DELETE, { i: { id } }, token);
    expect(d.data.logbookEntryDelete).toEqual({ deletedId: id, userErrors: [] });
    const audit = await api.db.query(`select action from audit_log where entity_type = 'LogbookEntry' and entity_id = $1 order by id`, [Number(Buffer.from(id, 'base64url').toString().split(':')[1])]);
    expect(audit.rows.map((a) => a.action)).toEqual(['logbookEntry.create', 'logbookEntry.update', 'logbookEntry.update', 'logbookEntry.delete']);
  });

  it('refuses to change or delete a VERIFIED entry, or someone else’s', async () => {
    const created = await api.gql(CREATE, { i: entry(daysAgo(71), '08:00', '09:00') }, token);
    const id = created.data.logbookEntryCreate.logbookEntry.id;
    await api.db.query(`update logbook_entry set status = 'VERIFIED' where entry_date = $1 and employee_id = $2`, [daysAgo(71), api.fx.employees.staff1.id]);
    const u = await api.gql(UPDATE, { i: { id, activity: 'diubah setelah verifikasi' } }, token);
    expect(u.data.logbookEntryUpdate.userErrors[0]).toMatchObject({ code: 'INVALID_STATE_TRANSITION', field: ['input', 'id'] });
    const d = await api.gql(DELETE, { i: { id } }, token);
    expect(d.data.logbookEntryDelete.userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    const other = await api.gql(UPDATE, { i: { id, activity: 'punya orang lain' } }, await api.as('staff2'));
    expect(other.data.logbookEntryUpdate.userErrors[0].code).toBe('NOT_FOUND');
    const otherDelete = await api.gql(DELETE, { i: { id } }, await api.as('kasi'));
    expect(otherDelete.data.logbookEntryDelete.userErrors[0].code).toBe('NOT_FOUND');
    const stored = await api.db.query(`select activity, status from logbook_entry where entry_date = $1 and employee_id = $2`, [daysAgo(71), api.fx.employees.staff1.id]);
    expect(stored.rows).toEqual([{ activity: `Kegiatan ${daysAgo(71)} 08:00`, status: 'VERIFIED' }]);
  });

  it('checks the edited entry like a new one (overlap with others, not with itself)', async () => {
    const a = await api.gql(CREATE, { i: entry(daysAgo(72), '08:00', '09:00') }, token);
    await api.gql(CREATE, { i: entry(daysAgo(72), '09:00', '10:00') }, token);
    const id = a.data.logbookEntryCreate.logbookEntry.id;
    const self = await api.gql(UPDATE, { i: { id, startTime: '07:30' } }, token);
    expect(self.data.logbookEntryUpdate.userErrors).toEqual([]);
    const clash = await api.gql(UPDATE, { i: { id, endTime: '09:30' } }, token);
    expect(clash.data.logbookEntryUpdate.userErrors[0]).toMatchObject({ code: 'TIME_OVERLAP', field: ['input', 'startTime'] });
    const future = await api.gql(UPDATE, { i: { id, date: addDays(x.today, 1) } }, token);
    expect(future.data.logbookEntryUpdate.userErrors[0]).toMatchObject({ code: 'FUTURE_DATE', field: ['input', 'date'] });
    const stored = await api.db.query(`select to_char(start_time, 'HH24:MI') s, to_char(end_time, 'HH24:MI') e from logbook_entry where entry_date = $1 and employee_id = $2 order by start_time`, [daysAgo(72), api.fx.employees.staff1.id]);
    expect(stored.rows).toEqual([{ s: '07:30', e: '09:00' }, { s: '09:00', e: '10:00' }]);
  });

  it('finds an overlap behind the edited entry itself (the entry of the day starting last before the new end)', async () => {
    const early = await api.gql(CREATE, { i: entry(daysAgo(73), '06:00', '07:00') }, token);
    const late = await api.gql(CREATE, { i: entry(daysAgo(73), '08:00', '09:00') }, token);
    const id = late.data.logbookEntryCreate.logbookEntry.id;
    expect(early.data.logbookEntryCreate.userErrors).toEqual([]);
    const clash = await api.gql(UPDATE, { i: { id, startTime: '06:30' } }, token);
    expect(clash.data.logbookEntryUpdate.userErrors[0]).toMatchObject({ code: 'TIME_OVERLAP', field: ['input', 'startTime'] });
    const touching = await api.gql(UPDATE, { i: { id, startTime: '07:00' } }, token);
    expect(touching.data.logbookEntryUpdate.userErrors).toEqual([]);
    const stored = await api.db.query(`select to_char(start_time, 'HH24:MI') s, to_char(end_time, 'HH24:MI') e from logbook_entry where entry_date = $1 and employee_id = $2 order by start_time`, [daysAgo(73), api.fx.employees.staff1.id]);
    expect(stored.rows).toEqual([{ s: '06:00', e: '07:00' }, { s: '07:00', e: '09:00' }]);
  });
});
