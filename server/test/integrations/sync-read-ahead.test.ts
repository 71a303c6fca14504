import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken, expectAllStored, post, seedSyncEntries, syncToEnd } from './helpers';
import { feedReadAhead } from '../../src/modules/integrations/sync/feed';
import { ReadAhead } from '../../src/lib/read-ahead';

/**
 * The sync feeds read the next page ahead for tokens (sync/read-ahead.ts): the pages
 * must be the ones a client would have read at that moment, handed only to the same
 * token and query, and a row written meanwhile must still reach the client.
 */
let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = (await createToken(api, ['READ_LOGBOOK'])).secret;
  await seedSyncEntries(api, '2026-02-02');
});
afterAll(() => api?.stop());

// Two root fields: the server renders no response ahead (sync-render-ahead.test.ts covers
// that layer), so every page here is read by its own request, from the read-ahead or not.
const SYNC = `query($first: Int, $after: String) { __typename logbookEntriesSync(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id activity updatedAt } } }`;

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; activity: string; updatedAt: string }[] };
const page = async (as: string, first: number, after: string | null): Promise<Page> => {
  const r = await post(api, SYNC, as, { first, after });
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.logbookEntriesSync;
};
const settle = () => new Promise((r) => setTimeout(r, 150));
const hits = () => feedReadAhead(api.k.services).hits;

describe('sync read-ahead', () => {
  it('serves the next page from the read-ahead, with the rows a fresh read gives', async () => {
    const before = hits();
    const p1 = await page(token, 100, null);
    await settle();
    const p2 = await page(token, 100, p1.pageInfo.endCursor);
    expect(hits()).toBe(before + 1);
    const fresh = (await api.db.query(`select id from logbook_entry where agency_id = $1 order by updated_at, id offset 100 limit 100`, [api.fx.agencyA])).rows.map((r) => api.gid('LogbookEntry', Number(r.id)));
    expect(p2.nodes.map((n) => n.id)).toEqual(fresh);
  });

  it('never hands a page read ahead to another token or another page size', async () => {
    const other = (await createToken(api, ['READ_LOGBOOK'], 'admin', 'SIMPEG Lain')).secret;
    const p1 = await page(token, 100, null);
    await settle();
    const before = hits();
    await page(other, 100, p1.pageInfo.endCursor);
    await page(token, 50, p1.pageInfo.endCursor);
    expect(hits()).toBe(before);
    await page(token, 100, p1.pageInfo.endCursor); // still held for its own request
    expect(hits()).toBe(before + 1);
  });

  it('still delivers a row changed after its page was read ahead: again, later, in its new version', async () => {
    const p1 = await page(token, 100, null);
    await settle();
    const changed = (await api.db.query(`select id from logbook_entry where agency_id = $1 order by updated_at, id offset 150 limit 1`, [api.fx.agencyA])).rows[0].id;
    await api.db.query(`update logbook_entry set activity = 'Diubah setelah dibaca', updated_at = now() where id = $1`, [changed]);
    const seen = await syncToEnd(p1, (after) => page(token, 100, after), settle);
    expect(seen.get(api.gid('LogbookEntry', Number(changed)))).toBe('Diubah setelah dibaca');
    await expectAllStored(api, seen);
  });

  it('holds a bounded number of pages, each for a while, and hands each out once', async () => {
    const ahead = new ReadAhead<number>({ max: 2, ttlMs: 50 });
    ahead.start('a', async () => 1);
    ahead.start('b', async () => 2);
    ahead.start('c', async () => 3);
    expect(ahead.size).toBe(2);
    expect(await ahead.take('a')).toBeNull(); // the oldest made room
    expect(await ahead.take('b')).toBe(2);
    expect(await ahead.take('b')).toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    expect(await ahead.take('c')).toBeNull(); // expired
    ahead.start('d', () => Promise.reject(new Error('database gone')));
    expect(await ahead.take('d')).toBeNull(); // a failed read only means the request reads itself
  });
});
