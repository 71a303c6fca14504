import pg from 'pg';
import { sql, sqlOne } from '../../src/db/sql';
import { today } from '../../src/lib/dates';
import { hashPassword } from '../../src/auth/passwords';
import { makeNip } from '../../src/modules/org/nip';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import type { BenchScenario, Harness } from '../lib/harness';
import { int, ms, percentile, ratio } from '../lib/report';
import { inWorker } from '../lib/in-worker';
import { SINGLE, Slots, ackedIds, type ApiLoadArgs, type ApiRun } from '../lib/logbook-load';

/**
 * Issue 4's logbook write path, in one run against the same database:
 *   1. raw single-row INSERT into logbook_entry with `pg` at 16 connections (commits/s);
 *   2. raw 10-row INSERT at 16 connections (rows/s);
 *   3. `logbookEntryCreate` at 16 connections (entries/s, p50/p99, statements per request);
 *   4. `logbookEntriesCreate` with 10 entries at 16 connections (entries/s);
 *   5. a burst of `logbookEntriesCreate` (10 entries, client keys) at 64 connections
 *      for 60 s (BENCH_QUICK: 10 s; BENCH_LOGBOOK_BURST_SECONDS overrides), then the
 *      acknowledged entries are compared with the rows in the table: lost (acknowledged,
 *      not stored), unacknowledged rows, duplicated client keys.
 * Aims: single ≥ 0.6× raw, batched ≥ 0.5× raw rows/s, single p99 ≤ 30 ms, 0 lost, 0 duplicated.
 * Every entry gets its own (employee, day, minute) slot, so none overlaps another.
 */
const AGENCY = 'BENCH-LOGBOOK';
const RAW_EMPLOYEES = 32;
const API_EMPLOYEES = 64;
const RAW_CONNECTIONS = 16;

interface Setup {
  agencyId: number;
  raw: number[];
  api: number[];
  tokens: string[];
  /** Evaluation period id of a date. */
  epOf(date: string): number;
}

async function seed(h: Harness): Promise<Setup> {
  const em = h.k.orm.em.fork();
  const year = Number(today().slice(0, 4));
  const existing = await sqlOne<{ id: number }>(em, `select id from agency where code = $1`, [AGENCY]);
  if (existing) throw new Error(`${AGENCY} exists already: run the benchmark on an empty database`);
  const setup = await em.transactional(async (tem) => {
    const agencyId = (await sqlOne<{ id: number }>(tem, `insert into agency (code, name) values ($1, 'Benchmark Logbook') returning id`, [AGENCY]))!.id;
    const eps: { id: number; start: string; end: string }[] = [];
    for (const y of [year - 1, year]) {
      const periodId = (await sqlOne<{ id: number }>(tem, `insert into period (agency_id, year, name, start_date, end_date) values ($1, $2, $3, $4, $5) returning id`, [agencyId, y, `SKP ${y}`, `${y}-01-01`, `${y}-12-31`]))!.id;
      const rows = await sql<{ id: number; start: string; end: string }>(
        tem,
        `insert into evaluation_period (agency_id, period_id, kind, name, start_date, end_date, deadline)
         select $1, $2, 'MONTHLY', 'Bulan ' || m, make_date($3, m, 1), (make_date($3, m, 1) + interval '1 month - 1 day')::date, now() + interval '30 days'
         from generate_series(1, 12) m returning id, start_date as start, end_date as "end"`,
        [agencyId, periodId, y],
      );
      eps.push(...rows);
    }
    const hash = await hashPassword(DEMO_PASSWORD);
    const total = RAW_EMPLOYEES + API_EMPLOYEES;
    const nips = Array.from({ length: total }, (_v, i) => makeNip('1971-07-07', '1999-09', i % 2 ? 'MALE' : 'FEMALE', i + 1));
    const ids = await sql<{ id: number }>(
      tem,
      `insert into employee (agency_id, nip, name, rank, employment_type, gender, birth_date, role, password_hash, password_changed_at)
       select $1, nip, 'Pegawai Bench ' || ord, 'III/a', 'PNS', case when ord % 2 = 0 then 'MALE' else 'FEMALE' end, '1971-07-07', 'EMPLOYEE', $3, now() - interval '1 day'
       from unnest($2::text[]) with ordinality as t(nip, ord) order by ord returning id`,
      [agencyId, nips, hash],
    );
    return { agencyId, eps, ids: ids.map((r) => r.id) };
  });
  await h.db.query('analyze');
  const epOf = (date: string) => setup.eps.find((e) => e.start <= date && e.end >= date)!.id;
  const api = setup.ids.slice(RAW_EMPLOYEES);
  const tokens = await Promise.all(api.map((id) => h.token(id)));
  return { agencyId: setup.agencyId, raw: setup.ids.slice(0, RAW_EMPLOYEES), api, tokens, epOf };
}

/** `connections` loops inserting `perStatement` rows per statement for `seconds`; rows/s. */
async function rawInserts(h: Harness, s: Setup, slots: Slots, perStatement: number, seconds: number): Promise<{ rowsPerSecond: number; p99: number }> {
  const pool = new pg.Pool({ connectionString: (h.db as unknown as { options: { connectionString: string } }).options.connectionString, max: RAW_CONNECTIONS });
  pool.on('error', () => undefined);
  const values = Array.from({ length: perStatement }, (_v, r) => `(${Array.from({ length: 8 }, (_w, c) => `$${r * 8 + c + 1}`).join(', ')})`).join(', ');
  const text = `insert into logbook_entry (agency_id, employee_id, evaluation_period_id, entry_date, start_time, end_time, activity, is_additional) values ${values}`;
  let rows = 0;
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const { employeeId, slots: taken } = slots.take(perStatement);
      const params = taken.flatMap((t) => [s.agencyId, employeeId, s.epOf(t.date), t.date, t.start, t.end, `Kegiatan ${t.date} ${t.start}`, true]);
      const t0 = performance.now();
      await pool.query(text, params);
      latencies.push(performance.now() - t0);
      rows += perStatement;
    }
  };
  try {
    await Promise.all(Array.from({ length: RAW_CONNECTIONS }, worker));
  } finally {
    await pool.end();
  }
  return { rowsPerSecond: rows / seconds, p99: percentile(latencies, 99) };
}

/** `apiLoad` of lib/logbook-load.ts in a worker thread; `slots` continues where the run stopped. */
async function apiLoadInWorker(h: Harness, s: Setup, slots: Slots, perRequest: number, connections: number, seconds: number, keyPrefix: string | null): Promise<ApiRun> {
  const run = await inWorker<ApiLoadArgs, ApiRun>(new URL('../lib/logbook-load.ts', import.meta.url), 'apiLoad', {
    url: h.url, tokens: s.tokens, slots: slots.state, perRequest, connections, seconds, keyPrefix,
  });
  Object.assign(slots.state, run.slots);
  return run;
}

/** Latencies of `n` single-entry mutations one after another (no concurrency). */
async function sequentialCreates(h: Harness, s: Setup, slots: Slots, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const { index, slots: [t] } = slots.take(1);
    const body = h.body(SINGLE, { i: { date: t.date, startTime: t.start, endTime: t.end, activity: 'Kegiatan berurutan', isAdditionalTask: true } });
    const t0 = performance.now();
    const r = await h.post(body, s.tokens[index]);
    if (i >= 5) out.push(performance.now() - t0);
    if (!r.data?.logbookEntryCreate?.logbookEntry) throw new Error(`sequential create refused: ${JSON.stringify(r).slice(0, 300)}`);
  }
  return out;
}

/** A client retrying what it sent when the connection was cut: same bodies, same client keys. */
async function retry(h: Harness, unanswered: { body: string; token: string }[]): Promise<number[]> {
  const ids: number[] = [];
  for (const u of unanswered) {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${u.token}` }, body: u.body });
    ids.push(...ackedIds(await res.text()));
  }
  return ids;
}

async function burstCheck(h: Harness, s: Setup, prefix: string, acked: number[]) {
  const { rows } = await h.db.query(
    `select count(*)::int as stored,
       count(*) filter (where not (id = any($3::bigint[])))::int as unacknowledged,
       (select count(*)::int from unnest($3::bigint[]) a where not exists (select 1 from logbook_entry l where l.id = a)) as lost,
       (select count(*)::int from (select client_key from logbook_entry where agency_id = $1 and client_key like $2 group by employee_id, client_key having count(*) > 1) d) as duplicated
     from logbook_entry where agency_id = $1 and client_key like $2`,
    [s.agencyId, `${prefix}:%`, acked],
  );
  return rows[0] as { stored: number; unacknowledged: number; lost: number; duplicated: number };
}

async function run(h: Harness): Promise<void> {
  const seconds = h.quick ? 5 : 15;
  const burstSeconds = Number(process.env.BENCH_LOGBOOK_BURST_SECONDS) || (h.quick ? 10 : 60);
  const s = await seed(h);
  const base = today();
  const rawSlots = new Slots(s.raw, base);
  const apiSlots = new Slots(s.api, base);
  h.report.note(`${RAW_EMPLOYEES} + ${API_EMPLOYEES} employees of ${AGENCY}; phases of ${seconds} s, burst ${burstSeconds} s; the load generator runs in a worker thread`);

  const raw1 = await rawInserts(h, s, rawSlots, 1, seconds);
  const raw10 = await rawInserts(h, s, rawSlots, 10, seconds);
  const { body: sampleBody, token } = (() => {
    const { index, slots: [t] } = apiSlots.take(1);
    return { body: h.body(SINGLE, { i: { date: t.date, startTime: t.start, endTime: t.end, activity: 'Contoh kegiatan', isAdditionalTask: true } }), token: s.tokens[index] };
  })();
  const statements = await h.statements(sampleBody, token);
  // Each request signed in as the next employee, as in the mutation runs (one account for
  // all would share one session lookup per pass of the event loop: a ceiling too high).
  const ceiling = await apiLoadInWorker(h, s, apiSlots, 0, 16, seconds, null);
  const single = await apiLoadInWorker(h, s, apiSlots, 1, 16, seconds, null);
  const batched = await apiLoadInWorker(h, s, apiSlots, 10, 16, seconds, null);
  const burst = await apiLoadInWorker(h, s, apiSlots, 10, 64, burstSeconds, 'burst');
  const retried = await retry(h, burst.unanswered);
  const check = await burstCheck(h, s, 'burst', [...burst.acked, ...retried]);
  const cpu0 = process.cpuUsage();
  const trivial = await h.latencies(h.body('{ __typename }'), s.tokens[0], 200);
  const cpu1 = process.cpuUsage(cpu0);
  const sequential = await sequentialCreates(h, s, apiSlots, 200);
  const cpu2 = process.cpuUsage();
  const cpuMs = (c: NodeJS.CpuUsage, n: number) => (c.user + c.system) / 1000 / n;
  const createCpu = cpuMs({ user: cpu2.user - cpu0.user - cpu1.user, system: cpu2.system - cpu0.system - cpu1.system }, 205);

  h.report.table(
    ['path', 'conns', 'rows/s', 'req/s', 'p50', 'p99', 'vs raw', 'aim'],
    [
      ['raw INSERT, 1 row', RAW_CONNECTIONS, int(Math.round(raw1.rowsPerSecond)), int(Math.round(raw1.rowsPerSecond)), '-', ms(raw1.p99), '1.00x', ''],
      ['raw INSERT, 10 rows', RAW_CONNECTIONS, int(Math.round(raw10.rowsPerSecond)), int(Math.round(raw10.rowsPerSecond / 10)), '-', ms(raw10.p99), '1.00x', ''],
      ['{ __typename } + session', 16, '-', int(Math.round(ceiling.requestsPerSecond)), ms(ceiling.p50), ms(ceiling.p99), ratio(ceiling.requestsPerSecond / raw1.rowsPerSecond), 'ceiling of HTTP+GraphQL+auth'],
      ['logbookEntryCreate', 16, int(Math.round(single.entriesPerSecond)), int(Math.round(single.requestsPerSecond)), ms(single.p50), ms(single.p99), ratio(single.entriesPerSecond / raw1.rowsPerSecond), '>= 0.60x, p99 <= 30 ms'],
      ['logbookEntriesCreate x10', 16, int(Math.round(batched.entriesPerSecond)), int(Math.round(batched.requestsPerSecond)), ms(batched.p50), ms(batched.p99), ratio(batched.entriesPerSecond / raw10.rowsPerSecond), '>= 0.50x'],
      [`burst x10, ${burstSeconds} s`, 64, int(Math.round(burst.entriesPerSecond)), int(Math.round(burst.requestsPerSecond)), ms(burst.p50), ms(burst.p99), ratio(burst.entriesPerSecond / raw10.rowsPerSecond), '0 lost, 0 dup'],
    ],
  );
  h.report.note(`statements for one logbookEntryCreate: ${int(statements)} in pg_stat_statements = the session lookup, one statement that checks and inserts (with its audit records), and the foreign-key checks PostgreSQL runs inside that insert`);
  h.report.note(`sequential (1 connection): logbookEntryCreate p50 ${ms(percentile(sequential, 50))}, p99 ${ms(percentile(sequential, 99))}; { __typename } with session p50 ${ms(percentile(trivial, 50))}, p99 ${ms(percentile(trivial, 99))}`);
  h.report.note(`CPU of this process (server and client) per request: logbookEntryCreate ${ms(createCpu)}, { __typename } ${ms(cpuMs(cpu1, 203))}`);
  h.report.note(`refused requests (userErrors): single ${int(single.refused)}, batched ${int(batched.refused)}, burst ${int(burst.refused)}; non-2xx ${int(single.non2xx + batched.non2xx + burst.non2xx)}; socket errors/timeouts ${int(single.errors + batched.errors + burst.errors)}`);
  h.report.note(`burst: ${int(burst.acked.length)} entries acknowledged during the run, ${int(burst.unanswered.length)} requests in flight at the cut-off retried with their client keys (${int(retried.length)} entries acknowledged);`);
  h.report.note(`       ${int(check.stored)} rows stored; lost ${int(check.lost)}, unacknowledged rows ${int(check.unacknowledged)}, duplicated client keys ${int(check.duplicated)}`);
  if (check.lost > 0 || check.duplicated > 0) throw new Error(`burst lost ${check.lost} and duplicated ${check.duplicated} entries`);
}

const scenario: BenchScenario = { name: 'logbook', title: 'logbook writes: raw INSERT vs single and batched mutations, 64-connection burst (issue 4)', order: 40, run };
export default scenario;
