import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { daysAgo, entry, setupExecution, type Exec } from './fixture';

/**
 * Who may do what with staff1's logbook, as data. Reporting line: sekda ← kadis ←
 * kabid ← kasi ← staff1, staff2; kadis ← kabid2 ← staff3. The operator maintains the
 * BIDANG subtree (not a reader of logbooks); adminB and empB are another agency.
 */
type Who = 'staff1' | 'kasi' | 'kabid' | 'kadis' | 'sekda' | 'staff2' | 'staff3' | 'kabid2' | 'admin' | 'operator' | 'superadmin' | 'adminB' | 'empB';
const Y = true;
const N = false;
//                      read  inbox verify edit  plans
const MATRIX: [Who, boolean, boolean, boolean, boolean, boolean][] = [
  ['staff1',     Y, N, N, Y, Y], // own
  ['kasi',       Y, Y, Y, N, Y], // appraiser (direct superior)
  ['kabid',      Y, N, N, N, Y], // two levels up
  ['kadis',      Y, N, N, N, Y], // three levels up
  ['sekda',      Y, N, N, N, Y], // top
  ['staff2',     N, N, N, N, N], // peer
  ['staff3',     N, N, N, N, N], // other branch
  ['kabid2',     N, N, N, N, N], // manager of another branch
  ['admin',      Y, N, N, N, Y], // agency admin reads
  ['operator',   N, N, N, N, N], // operator of the subtree: not a logbook reader
  ['superadmin', Y, N, N, N, Y],
  ['adminB',     N, N, N, N, N], // other agency
  ['empB',       N, N, N, N, N],
];

let api: TestApi;
let x: Exec;
const entryIds = new Map<Who, string>();
let sample: string;
beforeAll(async () => {
  api = await startTestApi();
  x = await setupExecution(api);
  await x.actionPlan('staff1', daysAgo(4));
  const t = await api.as('staff1');
  const entries = MATRIX.map((_m, i) => entry(daysAgo(4), `${String(6 + i).padStart(2, '0')}:00`, `${String(6 + i).padStart(2, '0')}:30`));
  const r = await api.gql(`mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id } } }`, { i: { entries } }, t);
  const ids: string[] = r.data.logbookEntriesCreate.logbookEntries.map((e: any) => e.id);
  await api.gql(`mutation($i: LogbookEntriesSubmitInput!) { logbookEntriesSubmit(input: $i) { userErrors { code } } }`, { i: { entries: ids } }, t);
  MATRIX.forEach(([who], i) => entryIds.set(who, ids[i]));
  sample = ids[0];
});
afterAll(() => api?.stop());

const staff1 = () => api.gid('Employee', api.fx.employees.staff1.id);

describe.each(MATRIX)('%s on staff1’s logbook', (who, read, inbox, verify, edit, plans) => {
  it(`${read ? 'reads' : 'cannot read'} the entries (list and node)`, async () => {
    const r = await api.gql(`query($e: ID, $from: Date!, $to: Date!, $id: ID!) { logbookEntries(employee: $e, from: $from, to: $to) { totalCount } node(id: $id) { id } }`,
      { e: staff1(), from: daysAgo(4), to: daysAgo(4), id: sample }, await api.as(who));
    expect(r.errors).toBeUndefined();
    expect(r.data.logbookEntries.totalCount > 0).toBe(read);
    expect(r.data.node !== null).toBe(read);
  });

  it(`${inbox ? 'sees' : 'does not see'} them in the verification inbox`, async () => {
    const r = await api.gql(`{ logbookVerificationInbox { totalCount } }`, {}, await api.as(who));
    expect(r.errors).toBeUndefined();
    expect(r.data.logbookVerificationInbox.totalCount > 0).toBe(inbox);
  });

  it(`${verify ? 'verifies' : 'cannot verify'} one`, async () => {
    const id = entryIds.get(who)!;
    const r = await api.gql(`mutation($i: LogbookEntriesVerifyInput!) { logbookEntriesVerify(input: $i) { userErrors { code } } }`, { i: { entries: [id] } }, await api.as(who));
    expect(r.data.logbookEntriesVerify.userErrors.length === 0).toBe(verify);
    const status = (await api.db.query(`select status from logbook_entry where id = $1`, [Number(Buffer.from(id, 'base64url').toString().split(':')[1])])).rows[0].status;
    expect(status).toBe(verify ? 'VERIFIED' : 'SUBMITTED');
  });

  it(`${edit ? 'edits' : 'cannot edit'} one`, async () => {
    const r = await api.gql(`mutation($i: LogbookEntryUpdateInput!) { logbookEntryUpdate(input: $i) { logbookEntry { id } userErrors { code } } }`,
      { i: { id: sample, activity: `Diubah oleh ${who}` } }, await api.as(who));
    expect(r.data.logbookEntryUpdate.userErrors.length === 0).toBe(edit);
  });

  it(`${plans ? 'reads' : 'cannot read'} the action plans`, async () => {
    const r = await api.gql(`query($e: ID) { actionPlans(employee: $e) { totalCount } }`, { e: staff1() }, await api.as(who));
    expect(r.data.actionPlans.totalCount > 0).toBe(plans);
  });
});

describe('writes stay with the employee', () => {
  it('never writes into someone else’s logbook: entries are always the viewer’s own', async () => {
    const r = await api.gql(`mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { logbookEntry { employee { id } } userErrors { code } } }`,
      { i: entry(daysAgo(5), '08:00', '09:00') }, await api.as('kasi'));
    expect(r.data.logbookEntryCreate.logbookEntry.employee.id).toBe(api.gid('Employee', api.fx.employees.kasi.id));
  });
});

describe('integration tokens', () => {
  const token = async (scopes: string[]) => {
    const r = await api.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret userErrors { code message } } }`,
      { i: { name: `Sistem TPP ${scopes.join('+') || 'none'}`, scopes } }, await api.as('admin'));
    return r.data.apiTokenCreate.secret as string;
  };
  const READ = `query($e: ID, $from: Date!, $to: Date!) { logbookEntries(employee: $e, from: $from, to: $to) { totalCount nodes { id date } } }`;

  it('reads the agency’s logbooks with READ_LOGBOOK, and nothing without it', async () => {
    const vars = { e: staff1(), from: daysAgo(4), to: daysAgo(4) };
    const ok = await api.gql(READ, vars, await token(['READ_LOGBOOK']));
    expect(ok.data.logbookEntries.totalCount).toBe(MATRIX.length);
    const wrong = await api.gql(READ, vars, await token(['READ_ORG']));
    expect(wrong.data?.logbookEntries ?? null).toBeNull();
    expect(wrong.errors?.[0].extensions?.code).toBe('TOKEN_SCOPE');
  });

  it('cannot write a logbook', async () => {
    const r = await api.gql(`mutation($i: LogbookEntryCreateInput!) { logbookEntryCreate(input: $i) { userErrors { code } } }`,
      { i: entry(daysAgo(5), '10:00', '11:00') }, await token(['READ_LOGBOOK']));
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
