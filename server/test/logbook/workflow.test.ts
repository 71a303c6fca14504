import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';

let api: TestApi;
let x: Exec;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
});
afterAll(() => api?.stop());

const BATCH = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id } userErrors { code field message } } }`;
const SUBMIT = `mutation($i: LogbookEntriesSubmitInput!) { logbookEntriesSubmit(input: $i) { logbookEntries { id status } userErrors { code field message } } }`;
const VERIFY = `mutation($i: LogbookEntriesVerifyInput!) { logbookEntriesVerify(input: $i) { logbookEntries { id status verifiedBy { name } verifiedAt } userErrors { code field message } } }`;
const REJECT = `mutation($i: LogbookEntriesRejectInput!) { logbookEntriesReject(input: $i) { logbookEntries { id status rejectionNote } userErrors { code field message } } }`;
const INBOX = `query($e: ID, $from: Date, $to: Date, $first: Int, $after: String) { logbookVerificationInbox(employee: $e, from: $from, to: $to, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id date startTime employee { name } status } } }`;

async function write(who: 'staff1' | 'staff2' | 'staff3', day: string, n: number): Promise<string[]> {
  const entries = Array.from({ length: n }, (_v, i) => entry(day, `${String(8 + i).padStart(2, '0')}:00`, `${String(8 + i).padStart(2, '0')}:30`));
  const r = await api.gql(BATCH, { i: { entries } }, await api.as(who));
  expect(r.data.logbookEntriesCreate.userErrors).toEqual([]);
  return r.data.logbookEntriesCreate.logbookEntries.map((e: any) => e.id);
}

const statuses = async (ids: string[]) =>
  (await api.db.query(`select status from logbook_entry where id = any($1::bigint[]) order by id`, [ids.map((g) => Number(Buffer.from(g, 'base64url').toString().split(':')[1]))])).rows.map((r) => r.status);

describe('submit, inbox, verify and reject', () => {
  it('runs the whole cycle for the appraiser of direct reports', async () => {
    const s1 = await write('staff1', daysAgo(3), 3);
    const s2 = await write('staff2', daysAgo(2), 2);
    const sub1 = await api.gql(SUBMIT, { i: { entries: s1 } }, await api.as('staff1'));
    expect(sub1.data.logbookEntriesSubmit.logbookEntries.map((e: any) => e.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
    const sub2 = await api.gql(SUBMIT, { i: { from: daysAgo(2), to: daysAgo(2) } }, await api.as('staff2'));
    expect(sub2.data.logbookEntriesSubmit.logbookEntries).toHaveLength(2);

    const kasi = await api.as('kasi');
    const all = await api.gql(INBOX, { first: 4 }, kasi);
    expect(all.data.logbookVerificationInbox.totalCount).toBe(5);
    expect(all.data.logbookVerificationInbox.nodes).toHaveLength(4);
    expect(all.data.logbookVerificationInbox.nodes[0]).toMatchObject({ date: daysAgo(3), startTime: '08:00', employee: { name: 'Staf Satu' } });
    const rest = await api.gql(INBOX, { first: 4, after: all.data.logbookVerificationInbox.pageInfo.endCursor }, kasi);
    expect(rest.data.logbookVerificationInbox.nodes.map((n: any) => n.id)).toEqual([s2[1]]);
    const onlyStaff2 = await api.gql(INBOX, { e: api.gid('Employee', api.fx.employees.staff2.id) }, kasi);
    expect(onlyStaff2.data.logbookVerificationInbox.nodes.map((n: any) => n.id)).toEqual(s2);
    const byDate = await api.gql(INBOX, { from: daysAgo(3), to: daysAgo(3) }, kasi);
    expect(byDate.data.logbookVerificationInbox.nodes.map((n: any) => n.id)).toEqual(s1);

    const v = await api.gql(VERIFY, { i: { entries: s1 } }, kasi);
    expect(v.data.logbookEntriesVerify.userErrors).toEqual([]);
    expect(v.data.logbookEntriesVerify.logbookEntries[0]).toMatchObject({ status: 'VERIFIED', verifiedBy: { name: 'Kasi Kurikulum' } });
    const noNote = await api.gql(REJECT, { i: { entries: s2, note: ' x ' } }, kasi);
    expect(noNote.data.logbookEntriesReject.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'note'] });
    const rj = await api.gql(REJECT, { i: { entries: s2, note: 'Lampirkan bukti dukung.' } }, kasi);
    expect(rj.data.logbookEntriesReject.logbookEntries.map((e: any) => [e.status, e.rejectionNote])).toEqual([['REJECTED', 'Lampirkan bukti dukung.'], ['REJECTED', 'Lampirkan bukti dukung.']]);
    expect((await api.gql(INBOX, {}, kasi)).data.logbookVerificationInbox.totalCount).toBe(0);

    const resubmit = await api.gql(SUBMIT, { i: { entries: s2 } }, await api.as('staff2'));
    expect(resubmit.data.logbookEntriesSubmit.logbookEntries.map((e: any) => e.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    const audits = await api.db.query(`select action, from_state, to_state, reason from audit_log where entity_type = 'LogbookEntry' and action in ('logbookEntry.reject') order by id`);
    expect(audits.rows).toHaveLength(2);
    expect(audits.rows[0]).toMatchObject({ from_state: 'SUBMITTED', to_state: 'REJECTED', reason: 'Lampirkan bukti dukung.' });
  });

  it('refuses, all or nothing, what the viewer may not decide or what is in the wrong state', async () => {
    const s1 = await write('staff1', daysAgo(20), 2);
    const s3 = await write('staff3', daysAgo(20), 1);
    await api.gql(SUBMIT, { i: { entries: s1 } }, await api.as('staff1'));
    await api.gql(SUBMIT, { i: { entries: s3 } }, await api.as('staff3'));
    // kabid is two levels above staff1: may read, may not verify; staff3 belongs to kabid2.
    const kabid = await api.gql(VERIFY, { i: { entries: [s1[0]] } }, await api.as('kabid'));
    expect(kabid.data.logbookEntriesVerify.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'entries', '0'] });
    const mixed = await api.gql(VERIFY, { i: { entries: [...s1, ...s3] } }, await api.as('kasi'));
    expect(mixed.data.logbookEntriesVerify.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'entries', '2'] })]);
    const self = await api.gql(VERIFY, { i: { entries: [s1[0]] } }, await api.as('staff1'));
    expect(self.data.logbookEntriesVerify.userErrors[0].code).toBe('FORBIDDEN');
    const peer = await api.gql(REJECT, { i: { entries: [s1[0]], note: 'bukan atasan' } }, await api.as('staff2'));
    expect(peer.data.logbookEntriesReject.userErrors[0].code).toBe('NOT_FOUND');
    const adminB = await api.gql(VERIFY, { i: { entries: [s1[0]] } }, await api.as('adminB'));
    expect(adminB.data.logbookEntriesVerify.userErrors[0].code).toBe('NOT_FOUND');
    expect(await statuses([...s1, ...s3])).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);

    const draft = await write('staff1', daysAgo(21), 1);
    const notSubmitted = await api.gql(VERIFY, { i: { entries: [s1[0], draft[0]] } }, await api.as('kasi'));
    expect(notSubmitted.data.logbookEntriesVerify.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE_TRANSITION', field: ['input', 'entries', '1'] })]);
    expect(await statuses([s1[0], draft[0]])).toEqual(['SUBMITTED', 'DRAFT']);
    const twice = await api.gql(SUBMIT, { i: { entries: [s1[0]] } }, await api.as('staff1'));
    expect(twice.data.logbookEntriesSubmit.userErrors[0].code).toBe('INVALID_STATE_TRANSITION');
    const othersSubmit = await api.gql(SUBMIT, { i: { entries: [draft[0]] } }, await api.as('staff2'));
    expect(othersSubmit.data.logbookEntriesSubmit.userErrors[0].code).toBe('NOT_FOUND');
    const both = await api.gql(SUBMIT, { i: { entries: [draft[0]], from: daysAgo(21), to: daysAgo(21) } }, await api.as('staff1'));
    expect(both.data.logbookEntriesSubmit.userErrors[0].code).toBe('INVALID_INPUT');
    expect(await statuses(draft)).toEqual(['DRAFT']);
  });

  it('lets exactly one of two concurrent decisions win; the other gets CONFLICT, like planning', async () => {
    for (let round = 0; round < 5; round++) {
      const ids = await write('staff1', daysAgo(25 + round), 1);
      await api.gql(SUBMIT, { i: { entries: ids } }, await api.as('staff1'));
      const kasi = await api.as('kasi');
      const [a, b] = await Promise.all([api.gql(VERIFY, { i: { entries: ids } }, kasi), api.gql(REJECT, { i: { entries: ids, note: 'Tidak sesuai.' } }, kasi)]);
      const errors = [...a.data.logbookEntriesVerify.userErrors, ...b.data.logbookEntriesReject.userErrors];
      expect(errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'entries', '0'] })]);
      const decided = await api.db.query(`select count(*) from audit_log where action in ('logbookEntry.verify', 'logbookEntry.reject') and entity_id = $1`, [Number(Buffer.from(ids[0], 'base64url').toString().split(':')[1])]);
      expect(Number(decided.rows[0].count)).toBe(1);
    }
  });

  it('tells a decision already taken (CONFLICT) from an entry never submitted (INVALID_STATE_TRANSITION), changing nothing', async () => {
    const [verified, rejected, draft] = await write('staff1', daysAgo(31), 3);
    await api.gql(SUBMIT, { i: { entries: [verified, rejected] } }, await api.as('staff1'));
    const kasi = await api.as('kasi');
    expect((await api.gql(VERIFY, { i: { entries: [verified] } }, kasi)).data.logbookEntriesVerify.userErrors).toEqual([]);
    expect((await api.gql(REJECT, { i: { entries: [rejected], note: 'Lengkapi bukti.' } }, kasi)).data.logbookEntriesReject.userErrors).toEqual([]);
    const audits = async () => Number((await api.db.query(`select count(*) from audit_log where entity_type = 'LogbookEntry'`)).rows[0].count);
    const before = await audits();
    const again = await api.gql(VERIFY, { i: { entries: [verified, rejected, draft] } }, kasi);
    expect(again.data.logbookEntriesVerify.userErrors.map((e: any) => [e.code, e.field[2]])).toEqual([['CONFLICT', '0'], ['CONFLICT', '1'], ['INVALID_STATE_TRANSITION', '2']]);
    const rejectAgain = await api.gql(REJECT, { i: { entries: [verified], note: 'Terlambat.' } }, kasi);
    expect(rejectAgain.data.logbookEntriesReject.userErrors[0].code).toBe('CONFLICT');
    expect(await statuses([verified, rejected, draft])).toEqual(['VERIFIED', 'REJECTED', 'DRAFT']);
    expect(await audits()).toBe(before);
  });
});

describe('period locks', () => {
  const CREATE = `mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { logbookEntry { id } userErrors { code field } } }`;
  const UPDATE = `mutation($i: LogbookEntryUpdateInput!) { logbookEntryUpdate(input: $i) { logbookEntry { id } userErrors { code field } } }`;
  const DELETE = `mutation($i: LogbookEntryDeleteInput!) { logbookEntryDelete(input: $i) { deletedId userErrors { code field } } }`;

  it('refuses every write after the deadline until an admin unlocks, and audits nothing meanwhile', async () => {
    const day = daysAgo(100);
    const ids = await write('staff1', day, 2);
    await api.gql(SUBMIT, { i: { entries: [ids[1]] } }, await api.as('staff1'));
    await api.db.query(`update evaluation_period set deadline = now() - interval '1 day' where id = $1`, [x.epAt(day)]);
    const audits = async () => Number((await api.db.query(`select count(*) from audit_log`)).rows[0].count);
    const before = await audits();
    const s1 = await api.as('staff1');
    expect((await api.gql(CREATE, { i: entry(day, '14:00', '15:00') }, s1)).data.logbookEntryCreate.userErrors).toEqual([{ code: 'PERIOD_LOCKED', field: ['input', 'date'] }]);
    expect((await api.gql(UPDATE, { i: { id: ids[0], activity: 'terlambat diubah' } }, s1)).data.logbookEntryUpdate.userErrors[0].code).toBe('PERIOD_LOCKED');
    expect((await api.gql(DELETE, { i: { id: ids[0] } }, s1)).data.logbookEntryDelete.userErrors[0].code).toBe('PERIOD_LOCKED');
    expect((await api.gql(SUBMIT, { i: { entries: [ids[0]] } }, s1)).data.logbookEntriesSubmit.userErrors[0].code).toBe('PERIOD_LOCKED');
    expect((await api.gql(VERIFY, { i: { entries: [ids[1]] } }, await api.as('kasi'))).data.logbookEntriesVerify.userErrors[0].code).toBe('PERIOD_LOCKED');
    expect(await audits()).toBe(before);
    expect(await statuses(ids)).toEqual(['DRAFT', 'SUBMITTED']);

    await api.db.query(`update evaluation_period set unlocked_until = now() + interval '1 day', unlock_reason = 'Perbaikan data' where id = $1`, [x.epAt(day)]);
    expect((await api.gql(CREATE, { i: entry(day, '14:00', '15:00') }, s1)).data.logbookEntryCreate.userErrors).toEqual([]);
    expect((await api.gql(VERIFY, { i: { entries: [ids[1]] } }, await api.as('kasi'))).data.logbookEntriesVerify.userErrors).toEqual([]);
    await api.db.query(`update evaluation_period set unlocked_until = now() - interval '1 minute' where id = $1`, [x.epAt(day)]);
    expect((await api.gql(CREATE, { i: entry(day, '16:00', '17:00') }, s1)).data.logbookEntryCreate.userErrors[0].code).toBe('PERIOD_LOCKED');
  });
});
