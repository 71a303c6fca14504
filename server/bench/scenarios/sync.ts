import v8 from 'node:v8';
import vm from 'node:vm';
import { sql, sqlOne } from '../../src/db/sql';
import { makeNip } from '../../src/modules/org/nip';
import { MemoryRateLimiter } from '../../src/modules/integrations/rate-limit/bucket';
import { setRateLimiter } from '../../src/modules/integrations/rate-limit/limiter';
import { mountDocumentRoutes } from '../../src/modules/documents/routes';
import { newSecret } from '../../src/modules/integrations/tokens/secret';
import { LOGBOOK_SYNC_COLS } from '../../src/modules/integrations/sync/feeds';
import { feedReadAhead } from '../../src/modules/integrations/sync/feed';
import { renderAheadOf } from '../../src/graphql/render-ahead';
import type { BenchScenario, Harness } from '../lib/harness';
import { int, ms, ratio } from '../lib/report';
import { inWorker } from '../lib/in-worker';
import type { SyncClientArgs } from '../lib/sync-client';

/**
 * Issue 6's bulk read: an integration token pages through 100,000 logbook rows
 * (BENCH_QUICK: 20,000) with `logbookEntriesSync(updatedSince:, first: 1000)`, against
 * the same keyset SELECT run directly with `pg`. Reports rows/s of both (aim: API ≥ 0.5×
 * direct) and the server's memory while paging (peak RSS, heap after each page): it
 * must stay flat, since pages are raw SQL rows and nothing accumulates per request.
 */
const AGENCY = 'BENCH-SYNC';
const EMPLOYEES = 50;
const PAGE = 1000;
const ROUNDS = 3;

const QUERY = `query($since: DateTime, $after: String) { logbookEntriesSync(updatedSince: $since, first: ${PAGE}, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id date startTime endTime durationMinutes activity outputQuantity outputUnit evidence isAdditionalTask status updatedAt employeeNip } } }`;

async function seed(h: Harness, rows: number): Promise<{ agencyId: number; secret: string; since: string }> {
  const em = h.k.orm.em.fork();
  if (await sqlOne(em, `select 1 from agency where code = $1`, [AGENCY])) throw new Error(`${AGENCY} exists already: run the benchmark on an empty database`);
  const t = performance.now();
  const out = await em.transactional(async (tem) => {
    const agencyId = (await sqlOne<{ id: number }>(tem, `insert into agency (code, name) values ($1, 'Benchmark Sync') returning id`, [AGENCY]))!.id;
    const nips = Array.from({ length: EMPLOYEES }, (_v, i) => makeNip('1975-05-05', '2000-01', i % 2 ? 'MALE' : 'FEMALE', i + 1));
    const ids = (await sql<{ id: number }>(
      tem,
      `insert into employee (agency_id, nip, name, rank, employment_type, gender, birth_date, password_hash)
       select $1, nip, 'Pegawai Sinkron ' || ord, 'III/b', 'PNS', 'MALE', '1975-05-05', '!' from unnest($2::text[]) with ordinality t(nip, ord) returning id`,
      [agencyId, nips],
    )).map((r) => r.id);
    // each employee: 8 one-hour entries a day, updated one second apart over the last days
    await sql(
      tem,
      `insert into logbook_entry (agency_id, employee_id, entry_date, start_time, end_time, activity, output_quantity, output_unit, status, updated_at, created_at)
       select $1, ($2::int[])[1 + i % $4], date '2024-01-01' + ((i / $4) / 8)::int, make_time(7 + (i / $4) % 8, 0, 0), make_time(8 + (i / $4) % 8, 0, 0),
              'Menyusun laporan kegiatan nomor ' || i, 1, 'Laporan', case when i % 3 = 0 then 'VERIFIED' else 'SUBMITTED' end,
              now() - make_interval(secs => $3 - i), now() - make_interval(secs => $3 - i)
       from generate_series(0, $3 - 1) as i`,
      [agencyId, ids, rows, EMPLOYEES],
    );
    const s = newSecret();
    await sql(tem, `insert into api_token (agency_id, name, prefix, secret_hash, scopes, expires_at) values ($1, 'Bench', $2, decode($3, 'hex'), '{READ_LOGBOOK}', now() + interval '1 day')`, [agencyId, s.prefix, s.hashHex]);
    return { agencyId, secret: s.secret };
  });
  await h.db.query('analyze');
  h.report.note(`seed ${int(rows)} logbook rows: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const since = (await h.db.query(`select to_char(min(updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t from logbook_entry where agency_id = $1`, [out.agencyId])).rows[0].t as string;
  return { ...out, since };
}

interface Run { rows: number; seconds: number; peakRss: number; heapAfterPage: number[] }

/**
 * Runs the client in a worker thread while this thread (the server's) samples its memory:
 * peak RSS of the process and the server's heap every 20 ms.
 */
async function sampled(read: () => Promise<{ rows: number; seconds: number }>): Promise<Run> {
  let peakRss = process.memoryUsage().rss;
  const heapAfterPage: number[] = [];
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    heapAfterPage.push(process.memoryUsage().heapUsed);
  }, 20);
  try {
    const r = await read();
    return { ...r, peakRss, heapAfterPage: heapAfterPage.length ? heapAfterPage : [process.memoryUsage().heapUsed] };
  } finally {
    clearInterval(timer);
  }
}

const client = new URL('../lib/sync-client.ts', import.meta.url);

/** Pages through logbookEntriesSync from a worker thread (the integration's side). */
const viaApi = (h: Harness, secret: string, since: string) =>
  sampled(() => inWorker<SyncClientArgs, { rows: number; seconds: number }>(client, 'pageThrough', { url: h.url, query: QUERY, secret, since }));

/** The bulk NDJSON stream of the same feed, read from a worker thread: every line parsed. */
const viaNdjson = (h: Harness, secret: string, since: string) =>
  sampled(() => inWorker<Omit<SyncClientArgs, 'query'>, { rows: number; seconds: number }>(client, 'streamNdjson', { url: h.url, secret, since }));

/** The feed's keyset SELECT (same columns, same predicate, same order) on one pg connection. */
async function direct(h: Harness, agencyId: number, since: string): Promise<{ rows: number; seconds: number }> {
  const client = await h.db.connect();
  try {
    const t = performance.now();
    let key: [string, number] | null = null;
    let rows = 0;
    for (;;) {
      const r: { rows: { syncAt: string; syncId: number }[] } = await client.query(
        `select ${LOGBOOK_SYNC_COLS}, le.updated_at::text as "syncAt", le.id as "syncId"
         from logbook_entry le join employee emp on emp.agency_id = le.agency_id and emp.id = le.employee_id
         where le.agency_id = $1 and le.updated_at < now() and le.updated_at >= $2::timestamptz
           and ($3::timestamptz is null or (le.updated_at, le.id) > ($3::timestamptz, $4::bigint))
         order by le.updated_at, le.id limit $5`,
        [agencyId, since, key?.[0] ?? null, key?.[1] ?? null, PAGE + 1],
      );
      const page = r.rows.slice(0, PAGE);
      rows += page.length;
      if (r.rows.length <= PAGE) break;
      key = [page[page.length - 1].syncAt, Number(page[page.length - 1].syncId)];
    }
    return { rows, seconds: (performance.now() - t) / 1000 };
  } finally {
    client.release();
  }
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;

/** A full collection on demand (the runner starts Node without --expose-gc). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * Memory pass (untimed): pages through the whole feed and, every 10 pages, collects
 * garbage and records the live heap, which must not grow with the pages read.
 */
async function liveHeap(h: Harness, secret: string, since: string): Promise<number[]> {
  const gc = collector();
  const live: number[] = [];
  let after: string | null = null;
  for (let page = 0; ; page += 1) {
    const r = await h.gql(QUERY, { since, after }, secret);
    const c = r.data.logbookEntriesSync;
    if (page % 10 === 0 || !c.pageInfo.hasNextPage) {
      gc();
      live.push(process.memoryUsage().heapUsed);
    }
    if (!c.pageInfo.hasNextPage) return live;
    after = c.pageInfo.endCursor;
  }
}

const scenario: BenchScenario = {
  name: 'sync',
  title: 'integration bulk read: logbookEntriesSync at first: 1000 vs the same keyset SELECT',
  order: 60,
  async run(h) {
    const rows = h.quick ? 20_000 : 100_000;
    const s = await seed(h, rows);
    setRateLimiter(h.k.services, new MemoryRateLimiter({ capacity: 0, perMinute: 1 })); // measure the API, not the limiter
    mountDocumentRoutes(h.k.app.express, h.k.services); // a no-op once app.ts mounts /files itself
    await viaApi(h, s.secret, s.since); // warm-up pass
    await direct(h, s.agencyId, s.since);
    await viaNdjson(h, s.secret, s.since);
    const rssBefore = process.memoryUsage().rss;
    // CPU time of this process (server, and the client in its worker; not PostgreSQL's):
    // steadier than rows/s when other work shares the machine.
    const cpuMs = async <T>(f: () => Promise<T>): Promise<T & { cpu: number }> => {
      const c = process.cpuUsage();
      const r = await f();
      const d = process.cpuUsage(c);
      return { ...r, cpu: (d.user + d.system) / 1000 };
    };
    // Rounds of the three paths, interleaved, each figure the median over the rounds: one
    // pass over 100,000 rows takes about a second, and single passes of the direct SELECT
    // alone varied from 5.3 to 8.1 ms a page between runs on this machine.
    const rounds: { api: Run & { cpu: number }; raw: { rows: number; seconds: number; cpu: number }; nd: Run & { cpu: number } }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const api = await cpuMs(() => viaApi(h, s.secret, s.since));
      const raw = await cpuMs(() => direct(h, s.agencyId, s.since));
      const nd = await cpuMs(() => viaNdjson(h, s.secret, s.since));
      // The worker clients read the feed twice (a cold pass, then the measured one).
      api.cpu /= 2;
      nd.cpu /= 2;
      if (api.rows !== rows || raw.rows !== rows || nd.rows !== rows) throw new Error(`expected ${rows} rows, API read ${api.rows}, direct ${raw.rows}, NDJSON ${nd.rows}`);
      rounds.push({ api, raw, nd });
    }
    const rate = (r: { rows: number; seconds: number }) => r.rows / r.seconds;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const mid = (pick: (r: (typeof rounds)[number]) => { rows: number; seconds: number; cpu: number }) => ({
      rows, seconds: median(rounds.map((r) => pick(r).seconds)), cpu: median(rounds.map((r) => pick(r).cpu)),
    });
    const raw = mid((r) => r.raw);
    const apiMid = mid((r) => r.api);
    const ndMid = mid((r) => r.nd);
    const line = (name: string, r: { rows: number; seconds: number; cpu: number }) => [name, int(r.rows), `${r.seconds.toFixed(2)} s`, int(Math.round(rate(r))), ms((r.seconds * 1000) / Math.ceil(rows / PAGE)), ratio(rate(r) / rate(raw)), ms((r.cpu * PAGE) / r.rows)];
    h.report.note(`${ROUNDS} rounds (API, direct, NDJSON interleaved); medians over the rounds:`);
    h.report.table(['path', 'rows', 'time', 'rows/s', 'per 1,000', 'vs direct', 'CPU per 1,000'], [
      line('direct keyset SELECT (pg)', raw),
      line('logbookEntriesSync first: 1000 (HTTP)', apiMid),
      line('logbook-entries.ndjson stream (HTTP)', ndMid),
    ]);
    const perRound = (pick: (r: (typeof rounds)[number]) => { rows: number; seconds: number }) => rounds.map((r) => ratio(rate(pick(r)) / rate(r.raw))).join(' / ');
    h.report.note(`logbookEntriesSync / direct: ${ratio(rate(apiMid) / rate(raw))} (aim >= 0.5x; rounds ${perRound((r) => r.api)}); NDJSON / direct: ${ratio(rate(ndMid) / rate(raw))} (rounds ${perRound((r) => r.nd)})`);
    h.report.note(`ms a page per round: direct ${rounds.map((r) => ms((r.raw.seconds * 1000 * PAGE) / rows)).join(' / ')}; API ${rounds.map((r) => ms((r.api.seconds * 1000 * PAGE) / rows)).join(' / ')}`);
    h.report.note(`pages read ahead (rows read while the client parses the page before): ${int(feedReadAhead(h.k.services).hits)}; responses rendered ahead: ${int(renderAheadOf(h.k.services)?.held.hits ?? 0)}`);
    const api = rounds[rounds.length - 1].api;
    const nd = rounds[rounds.length - 1].nd;
    const mem = (r: Run) => {
      const heap = r.heapAfterPage;
      const at = (f: number) => heap[Math.min(heap.length - 1, Math.floor(f * heap.length))];
      return `peak RSS ${mb(r.peakRss)}; heap at 0 / 25 / 50 / 75 / 100 %: ${[heap[0], at(0.25), at(0.5), at(0.75), heap[heap.length - 1]].map(mb).join(' / ')}`;
    };
    h.report.note(`memory of the process before (the server; the clients run in worker threads): RSS ${mb(rssBefore)}`);
    h.report.note(`  paging logbookEntriesSync (last round): ${mem(api)}`);
    h.report.note(`  streaming NDJSON (last round):          ${mem(nd)}`);
    const live = await liveHeap(h, s.secret, s.since);
    h.report.note(`live heap after a full GC every 10 pages of logbookEntriesSync: ${live.map(mb).join(', ')} (min ${mb(Math.min(...live))}, max ${mb(Math.max(...live))})`);
  },
};

export default scenario;
