import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken, expectAllStored, post, seedSyncEntries, syncToEnd } from './helpers';
import { renderAheadOf } from '../../src/graphql/render-ahead';
import { setRateLimiter } from '../../src/modules/integrations/rate-limit/limiter';
import { MemoryRateLimiter } from '../../src/modules/integrations/rate-limit/bucket';

/**
 * Integrations paging through a feed get the responses the server rendered while they
 * parsed the page before (graphql/render-ahead.ts). Such a response must be the one a
 * fresh execution gives, reach only the exact request expected, and only after that
 * request passed sign-in and the rate limit itself.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedSyncEntries(api, '2026-03-02');
});
afterAll(() => api?.stop());

const SYNC = `query($first: Int, $after: String) { logbookEntriesSync(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id activity updatedAt } } }`;

type Page = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; activity: string; updatedAt: string }[] };
const page = async (as: string, after: string | null, first = 100, query = SYNC): Promise<Page> => {
  const r = await post(api, query, as, { first, after });
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.logbookEntriesSync;
};
const settle = () => new Promise((r) => setTimeout(r, 150));
const ahead = () => renderAheadOf(api.k.services)!.held;
const token = async (name: string) => (await createToken(api, ['READ_LOGBOOK'], 'admin', name)).secret;
const storedIds = async () =>
  (await api.db.query(`select id from logbook_entry where agency_id = $1 order by updated_at, id`, [api.fx.agencyA])).rows.map((r) => api.gid('LogbookEntry', Number(r.id)));

describe('responses rendered ahead for integrations', () => {
  it('serves the pages after the first from responses rendered ahead, each the page a fresh read gives', async () => {
    const t = await token('Render 1');
    const hits = ahead().hits;
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = await page(t, after);
      ids.push(...p.nodes.map((n) => n.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
      await settle();
    }
    expect(ahead().hits).toBe(hits + 2); // pages 2 and 3 of 3
    expect(ids).toEqual(await storedIds());
  });

  it('answers a token revoked after its next page was rendered with TOKEN_REVOKED', async () => {
    const t = await createToken(api, ['READ_LOGBOOK'], 'admin', 'Render 2');
    const p1 = await page(t.secret, null);
    await settle();
    const rv = await api.gql(`mutation($id: ID!) { apiTokenRevoke(input: { id: $id }) { userErrors { code } } }`, { id: t.id }, await api.as('admin'));
    expect(rv.data.apiTokenRevoke.userErrors).toEqual([]);
    const hits = ahead().hits;
    const r = await post(api, SYNC, t.secret, { first: 100, after: p1.pageInfo.endCursor });
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors[0].extensions.code).toBe('TOKEN_REVOKED');
    expect(ahead().hits).toBe(hits);
  });

  it('takes the rate limit for a request answered from a rendered response', async () => {
    const t = await token('Render 3');
    setRateLimiter(api.k.services, new MemoryRateLimiter({ capacity: 1, perMinute: 1 }));
    try {
      const p1 = await page(t, null);
      await settle();
      expect(ahead().size).toBeGreaterThan(0);
      const r = await post(api, SYNC, t, { first: 100, after: p1.pageInfo.endCursor });
      expect(r.status).toBe(429);
      expect(r.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      setRateLimiter(api.k.services, new MemoryRateLimiter({ capacity: 0, perMinute: 1 }));
    }
  });

  it('hands a rendered response only to the exact request expected', async () => {
    const t = await token('Render 4');
    const other = await token('Render 5');
    const p1 = await page(t, null);
    await settle();
    const hits = ahead().hits;
    const otherToken = await page(other, p1.pageInfo.endCursor);
    const otherSize = await page(t, p1.pageInfo.endCursor, 50);
    const spaced = await post(api, SYNC.replace('nodes {', 'nodes  {'), t, { first: 100, after: p1.pageInfo.endCursor });
    expect(ahead().hits).toBe(hits);
    const ids = await storedIds();
    expect(otherToken.nodes.map((n) => n.id)).toEqual(ids.slice(100, 200));
    expect(otherSize.nodes.map((n) => n.id)).toEqual(ids.slice(100, 150));
    expect(spaced.body.data.logbookEntriesSync.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(100, 200));
    await page(t, p1.pageInfo.endCursor); // the expected request itself
    expect(ahead().hits).toBe(hits + 1);
  });

  it('renders nothing ahead for people, for several root fields or for a cursor written in the query', async () => {
    const t = await token('Render 6');
    const admin = await api.as('admin');
    const start = ahead().size;
    const p1 = await page(admin, null);
    await page(t, null, 100, SYNC.replace('{ logbookEntriesSync', '{ __typename logbookEntriesSync'));
    const literal = `{ logbookEntriesSync(first: 100, after: ${JSON.stringify(p1.pageInfo.endCursor)}) { pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const r = await post(api, literal, t);
    expect(r.body.data.logbookEntriesSync.pageInfo.hasNextPage).toBe(true);
    await settle();
    expect(ahead().size).toBe(start);
  });

  it('still delivers a row changed after its page was rendered: again, later, in its new version', async () => {
    const t = await token('Render 7');
    const p1 = await page(t, null);
    await settle(); // pages 2 and 3 are rendered now
    const changed = (await api.db.query(`select id from logbook_entry where agency_id = $1 order by updated_at, id offset 150 limit 1`, [api.fx.agencyA])).rows[0].id;
    await api.db.query(`update logbook_entry set activity = 'Diubah setelah dirender', updated_at = now() where id = $1`, [changed]);
    const seen = await syncToEnd(p1, (after) => page(t, after), settle);
    expect(seen.get(api.gid('LogbookEntry', Number(changed)))).toBe('Diubah setelah dirender');
    await expectAllStored(api, seen);
  });
});
