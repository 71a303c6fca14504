import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecApi, type SecApi } from '../support/security/server';
import { seedScenario, shiftDate, todayJakarta } from '../support/security/scenario';
import { spawnApi, type ChildApi } from '../support/security/child';
import { PASSWORD } from '../support/fixture';
import { bootstrap } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';

/**
 * SIGKILL of the API process during a logbook burst (research/reliability.md R7):
 * every entry the API acknowledged is in the table (ack ⇒ committed). After a restart,
 * clients retry what was in flight with the same client keys: no duplicates, and the
 * table holds exactly the keys that were sent.
 */
let api: SecApi;
let child: ChildApi | null = null;

beforeAll(async () => {
  api = await startSecApi();
  await seedScenario(api, { logbookDays: 0 });
  await api.k.stop(); // the database stays; the API now runs as a child process
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await api?.db.end();
});

const WRITERS = ['staff1', 'staff2', 'staff3', 'kasi', 'kabid', 'kabid2', 'kadis', 'sekda'] as const;
const CREATE = `mutation($i: LogbookEntriesCreateInput!) { logbookEntriesCreate(input: $i) { logbookEntries { id clientKey } userErrors { code message } } }`;

async function gql(url: string, query: string, variables: unknown, token?: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as any;
}

function entriesFor(who: string, n: number) {
  // Entry n of a writer: day n % 45 back from today, 10-minute slot n / 45 from 06:00.
  const today = todayJakarta();
  const m = 6 * 60 + Math.floor(n / 45) * 10;
  const t = (x: number) => `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
  return { date: shiftDate(today, -(n % 45)), startTime: t(m), endTime: t(m + 8), activity: `Catatan ${who} ${n}`, isAdditionalTask: true, clientKey: `burst-${who}-${n}` };
}

describe('API process killed during a logbook burst', () => {
  it('keeps every acknowledged entry, and retries after a restart create no duplicates', async () => {
    child = await spawnApi(api.databaseUrl);
    const tokens: Record<string, string> = {};
    for (const w of WRITERS) tokens[w] = (await gql(child.url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { nip: api.fx.employees[w].nip, password: PASSWORD } })).data.login.token;
    const acked = new Set<string>();
    const sent = new Set<string>();
    const failed = new Set<string>();
    let killed = false;
    const url = child.url;
    const writer = async (who: string, start: number) => {
      for (let n = start; !killed; n += 2) {
        const entries = [entriesFor(who, n * 2), entriesFor(who, n * 2 + 1)];
        for (const e of entries) sent.add(e.clientKey);
        try {
          const r = await gql(url, CREATE, { i: { entries } }, tokens[who]);
          const p = r.data?.logbookEntriesCreate;
          if (p && p.userErrors.length === 0) for (const e of p.logbookEntries) acked.add(e.clientKey);
          else throw new Error(JSON.stringify(r).slice(0, 300));
        } catch (err) {
          for (const e of entries) failed.add(e.clientKey);
          if (!killed) throw err;
          return;
        }
      }
    };
    const burst = Promise.all(WRITERS.flatMap((w) => [writer(w, 0), writer(w, 1)]));
    while (acked.size < 300) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    child.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');
    await burst;

    const rows = await api.db.query(`select client_key from logbook_entry where client_key like 'burst-%'`);
    const stored = new Set(rows.rows.map((r) => r.client_key as string));
    const lost = [...acked].filter((k) => !stored.has(k));
    console.log(`process kill: ${sent.size} entries sent, ${acked.size} acknowledged, ${failed.size} in flight when killed, ${stored.size} stored`);
    expect(failed.size).toBeGreaterThan(0);
    expect(lost).toEqual([]);

    // Restart (in this process: the same app on the same database; the kill is what
    // mattered) and let clients retry what they got no answer for, with the same keys.
    child = null;
    const restarted = await bootstrap(loadConfig({ NODE_ENV: 'test', GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), api.databaseUrl);
    await new Promise<void>((resolve) => restarted.app.server.listen(0, '127.0.0.1', resolve));
    const url2 = `http://127.0.0.1:${(restarted.app.server.address() as { port: number }).port}/graphql`;
    try {
      const retry = [...failed];
      for (const who of WRITERS) {
        const mine = retry.filter((k) => k.startsWith(`burst-${who}-`)).map((k) => entriesFor(who, Number(k.split('-')[2])));
        for (let i = 0; i < mine.length; i += 50) {
          const r = await gql(url2, CREATE, { i: { entries: mine.slice(i, i + 50) } }, tokens[who]);
          expect(r.data?.logbookEntriesCreate.userErrors, JSON.stringify(r).slice(0, 300)).toEqual([]);
        }
      }
    } finally {
      await restarted.stop();
    }
    const final = await api.db.query(`select count(*)::int n, count(distinct (employee_id, client_key))::int k from logbook_entry where client_key like 'burst-%'`);
    expect(final.rows[0].n).toBe(final.rows[0].k);
    expect(final.rows[0].n).toBe(sent.size);
  }, 300_000);
});
