import { expect } from 'vitest';
import type { TestApi } from '../support/api';

/** Creates an integration token through the admin mutation; returns its secret and global id. */
export async function createToken(api: TestApi, scopes: string[], as: 'admin' | 'adminB' = 'admin', name = 'SIMPEG Uji'): Promise<{ secret: string; id: string }> {
  const r = await api.gql(
    `mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret apiToken { id } userErrors { code message } } }`,
    { i: { name, scopes } },
    await api.as(as),
  );
  const p = r.data?.apiTokenCreate;
  if (!p?.secret) throw new Error(`token not created: ${JSON.stringify(r)}`);
  return { secret: p.secret, id: p.apiToken.id };
}

/** A raw POST with any bearer token, returning status, headers and body. */
export async function post(api: TestApi, query: string, token: string, variables?: Record<string, unknown>) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** 250 logbook entries of staff1 (agency A), eight a day from `firstDay`, updated 1 ms apart. */
export async function seedSyncEntries(api: TestApi, firstDay: string): Promise<void> {
  await api.db.query(
    `insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity, updated_at, created_at)
     select $1, $2, $3::date + (i / 8), make_time(7 + i % 8, 0, 0), make_time(8 + i % 8, 0, 0), 'Kegiatan ' || i,
            now() - make_interval(secs => (249 - i) * 0.001), now() - make_interval(secs => (249 - i) * 0.001)
     from generate_series(0, 249) as i`,
    [api.fx.agencyA, api.fx.employees.staff1.id, firstDay],
  );
}

type SyncNode = { id: string; activity: string };
type SyncPage = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: SyncNode[] };

/**
 * Pages on from `first` to the end, then once more from the stored cursor, as a client's
 * next sync does; the last version of every entry seen, by global id.
 */
export async function syncToEnd(first: SyncPage, page: (after: string | null) => Promise<SyncPage>, wait: () => Promise<unknown>): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (const n of first.nodes) seen.set(n.id, n.activity);
  let after = first.pageInfo.endCursor;
  for (;;) {
    const p = await page(after);
    for (const n of p.nodes) seen.set(n.id, n.activity);
    if (p.pageInfo.endCursor) after = p.pageInfo.endCursor;
    if (!p.pageInfo.hasNextPage) break;
  }
  await wait();
  for (const n of (await page(after)).nodes) seen.set(n.id, n.activity);
  return seen;
}

/** Checks that `seen` holds every stored entry of agency A, each in its stored version. */
export async function expectAllStored(api: TestApi, seen: Map<string, string>): Promise<void> {
  const stored = (await api.db.query(`select id, activity from logbook_entry where agency_id = $1`, [api.fx.agencyA])).rows;
  expect(seen.size).toBe(stored.length);
  for (const r of stored) expect(seen.get(api.gid('LogbookEntry', Number(r.id)))).toBe(r.activity);
}
