import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { setupPlans } from '../documents/plan-fixture';
import { createToken, post } from './helpers';
import { download, mountFiles } from '../documents/files';

/** Incremental bulk reads for integrations: keyset paging on (updatedAt, id), stable under concurrent writes. */
let api: TestApi;
let logbook: string;
beforeAll(async () => {
  api = await startTestApi();
  mountFiles(api);
  logbook = (await createToken(api, ['READ_LOGBOOK'])).secret;
});
afterAll(() => api?.stop());

/** n entries of an employee (8 a day, one hour each), updated 1 ms apart up to now(), oldest first. */
async function seedEntries(employee: 'staff1' | 'staff2' | 'empB', n: number, from = '2026-01-05') {
  const e = api.fx.employees[employee];
  const agency = employee === 'empB' ? api.fx.agencyB : api.fx.agencyA;
  const r = await api.db.query(
    `insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity, updated_at, created_at)
     select $1, $2, $4::date + (i / 8), make_time(7 + i % 8, 0, 0), make_time(8 + i % 8, 0, 0), 'Kegiatan ' || i,
            now() - make_interval(secs => ($3 - 1 - i) * 0.001), now() - make_interval(secs => ($3 - 1 - i) * 0.001)
     from generate_series(0, $3 - 1) as i returning id`,
    [agency, e.id, n, from],
  );
  return r.rows.map((x) => Number(x.id));
}

const SYNC = `query($since: DateTime, $first: Int, $after: String) { logbookEntriesSync(updatedSince: $since, first: $first, after: $after) {
  totalCount horizon pageInfo { hasNextPage endCursor } nodes { id activity updatedAt employeeNip } } }`;

async function pageAll(token: string, first: number, after: string | null = null, since: string | null = null) {
  const ids: string[] = [];
  let cursor = after;
  for (;;) {
    const r = await post(api, SYNC, token, { first, after: cursor, since });
    if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
    const c = r.body.data.logbookEntriesSync;
    ids.push(...c.nodes.map((n: any) => n.id));
    if (c.pageInfo.endCursor) cursor = c.pageInfo.endCursor;
    if (!c.pageInfo.hasNextPage) return { ids, cursor, totalCount: c.totalCount };
  }
}

const gid = (id: number) => api.gid('LogbookEntry', id);

describe('logbookEntriesSync', () => {
  it('pages through every entry of the agency once, in (updatedAt, id) order, and resumes from a stored cursor', async () => {
    const a = await seedEntries('staff1', 180);
    const b = await seedEntries('staff2', 70);
    await seedEntries('empB', 20);
    const all = await pageAll(logbook, 100);
    const order = (await api.db.query(`select id from logbook_entry where agency_id = $1 order by updated_at, id`, [api.fx.agencyA])).rows.map((x) => gid(Number(x.id)));
    expect(all.ids).toEqual(order);
    expect(new Set(all.ids)).toEqual(new Set([...a, ...b].map(gid)));
    expect(new Set(all.ids).size).toBe(250);
    expect(all.totalCount).toBe(250);
    // nothing new: an empty page, the stored cursor stays valid
    const none = await post(api, SYNC, logbook, { first: 1000, after: all.cursor });
    expect(none.body.data.logbookEntriesSync.nodes).toEqual([]);
    // two entries change: the next sync from the stored cursor returns exactly them
    await api.db.query(`update logbook_entry set activity = 'Diubah', updated_at = now() where id = any($1::bigint[])`, [[a[3], b[5]]]);
    const next = await pageAll(logbook, 1000, all.cursor);
    expect(next.ids.sort()).toEqual([gid(a[3]), gid(b[5])].sort());
  });

  it('filters by updatedSince', async () => {
    const since = (await api.db.query(`select to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t from logbook_entry where agency_id = $1 order by updated_at, id offset 100 limit 1`, [api.fx.agencyA])).rows[0].t;
    const r = await pageAll(logbook, 1000, null, since);
    const expected = (await api.db.query(`select id from logbook_entry where agency_id = $1 and updated_at >= $2::timestamptz order by updated_at, id`, [api.fx.agencyA, since])).rows.map((x) => gid(Number(x.id)));
    expect(r.ids).toEqual(expected);
    expect(r.ids.length).toBeGreaterThan(0);
    expect(r.ids.length).toBeLessThan(250);
  });

  it('never skips a row written by a transaction that started earlier and commits later', async () => {
    const [older] = await seedEntries('staff1', 1, '2026-03-02');
    const start = await pageAll(logbook, 1000);
    const slow = new pg.Client({ connectionString: api.databaseUrl });
    await slow.connect();
    try {
      await slow.query('begin');
      await slow.query(`select 1`); // the transaction (and its now()) starts here
      await new Promise((r) => setTimeout(r, 50));
      const [newer] = await seedEntries('staff2', 1, '2026-03-03'); // commits first, with a later timestamp
      await slow.query(`update logbook_entry set activity = 'Ditulis lambat', updated_at = now() where id = $1`, [older]);
      const during = await pageAll(logbook, 1000, start.cursor);
      expect(during.ids).toEqual([]); // the newer row waits behind the horizon
      await slow.query('commit');
      const after = await pageAll(logbook, 1000, start.cursor);
      expect(after.ids).toEqual([gid(older), gid(newer)]);
    } finally {
      await slow.end();
    }
  });

  it('allows 1,000 rows a page for tokens and 100 for people', async () => {
    expect((await post(api, SYNC, logbook, { first: 1000 })).body.data.logbookEntriesSync.nodes.length).toBeGreaterThan(250);
    expect((await post(api, SYNC, logbook, { first: 1001 })).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const admin = await api.as('admin');
    expect((await api.gql(SYNC, { first: 100 }, admin)).data.logbookEntriesSync.nodes).toHaveLength(100);
    expect((await api.gql(SYNC, { first: 101 }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await post(api, SYNC, logbook, { after: 'bm90IGEgY3Vyc29y' })).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses tokens without READ_LOGBOOK and employees, and never crosses agencies', async () => {
    const org = await createToken(api, ['READ_ORG', 'READ_PLANS']);
    const r = await post(api, SYNC, org.secret, { first: 10 });
    expect(r.body.errors[0].extensions.code).toBe('TOKEN_SCOPE');
    expect(r.body.data).toBeNull();
    const emp = await api.gql(SYNC, { first: 10 }, await api.as('kasi'));
    expect(emp.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const b = await createToken(api, ['READ_LOGBOOK'], 'adminB');
    const bs = await pageAll(b.secret, 1000);
    expect(bs.totalCount).toBe(20);
    const nips = (await post(api, SYNC, b.secret, { first: 1000 })).body.data.logbookEntriesSync.nodes.map((n: any) => n.employeeNip);
    expect(new Set(nips)).toEqual(new Set([api.fx.employees.empB.nip]));
  });
});

describe('logbookEntryDeletions', () => {
  it('lists deleted entries so a copy can drop them', async () => {
    const [id] = await seedEntries('staff1', 1, '2026-04-01');
    const since = new Date(Date.now() - 1000).toISOString();
    const del = await api.gql(`mutation($id: ID!) { logbookEntryDelete(input: { id: $id }) { userErrors { code } } }`, { id: gid(id) }, await api.as('staff1'));
    expect(del.data.logbookEntryDelete.userErrors).toEqual([]);
    const r = await post(api, `query($s: DateTime) { logbookEntryDeletions(deletedSince: $s, first: 1000) { totalCount nodes { entryId deletedAt } } }`, logbook, { s: since });
    expect(r.body.data.logbookEntryDeletions.nodes.map((n: any) => n.entryId)).toEqual([gid(id)]);
  });
});

describe('performancePlansSync and employeesSync', () => {
  it('read plans with READ_PLANS and employees with READ_ORG, of the own agency only', async () => {
    const plans = await setupPlans(api);
    const planToken = await createToken(api, ['READ_PLANS']);
    const p = await post(api, `{ performancePlansSync(first: 1000) { totalCount nodes { id status employee { name } pdfUrl } } }`, planToken.secret);
    expect(p.body.errors).toBeUndefined();
    expect(p.body.data.performancePlansSync.nodes.map((n: any) => n.id).sort()).toEqual([plans.plans.kabid, plans.plans.kasi, plans.plans.staff3].map((x) => api.gid('PerformancePlan', x)).sort());
    expect((await post(api, `{ employeesSync(first: 10) { totalCount } }`, planToken.secret)).body.errors[0].extensions.code).toBe('TOKEN_SCOPE');
    const orgToken = await createToken(api, ['READ_ORG']);
    const e = await post(api, `{ employeesSync(first: 1000) { totalCount nodes { nip name } } }`, orgToken.secret);
    expect(e.body.data.employeesSync.totalCount).toBe(11);
    expect(e.body.data.employeesSync.nodes.map((n: any) => n.nip)).not.toContain(api.fx.employees.empB.nip);
  });
});

describe('logbook-entries.ndjson (bulk form)', () => {
  const lines = (body: Buffer) => body.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

  it('streams the same rows as the GraphQL feed, one JSON object per line, and resumes from a line\'s cursor', async () => {
    const viaGql = await pageAll(logbook, 1000);
    const r = await download(api, '/files/sync/logbook-entries.ndjson', logbook);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/x-ndjson');
    expect(Date.parse(r.headers.get('x-sync-horizon')!)).toBeGreaterThan(0);
    const rows = lines(r.body);
    expect(rows.map((x) => x.id)).toEqual(viaGql.ids);
    expect(Object.keys(rows[0]).sort()).toEqual(['activity', 'createdAt', 'cursor', 'date', 'durationMinutes', 'employeeNip', 'endTime', 'evidence', 'id', 'isAdditionalTask', 'outputQuantity', 'outputUnit', 'startTime', 'status', 'updatedAt', 'verifiedAt']);
    const rest = lines((await download(api, `/files/sync/logbook-entries.ndjson?after=${encodeURIComponent(rows[9].cursor)}`, logbook)).body);
    expect(rest.map((x) => x.id)).toEqual(viaGql.ids.slice(10));
  });

  it('refuses like the GraphQL feed', async () => {
    const org = await createToken(api, ['READ_ORG']);
    const scope = await download(api, '/files/sync/logbook-entries.ndjson', org.secret);
    expect([scope.status, scope.json.errors[0].extensions.code]).toEqual([403, 'TOKEN_SCOPE']);
    const emp = await download(api, '/files/sync/logbook-entries.ndjson', await api.as('kasi'));
    expect([emp.status, emp.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    expect((await download(api, '/files/sync/logbook-entries.ndjson?after=bad', logbook)).status).toBe(400);
    expect((await download(api, '/files/sync/logbook-entries.ndjson?updatedSince=yesterday', logbook)).status).toBe(400);
    expect((await download(api, '/files/sync/logbook-entries.ndjson')).status).toBe(401);
    const b = await createToken(api, ['READ_LOGBOOK'], 'adminB');
    const rows = lines((await download(api, '/files/sync/logbook-entries.ndjson', b.secret)).body);
    expect(new Set(rows.map((x) => x.employeeNip))).toEqual(new Set([api.fx.employees.empB.nip]));
  });
});
