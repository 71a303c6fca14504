/**
 * `npm run soak` (entry: server/bench/soak.ts): the January-deadline soak. A bounded run
 * against a synthetic agency on loopback:
 *
 *   SOAK_SECONDS       duration of the load (default 600)
 *   SOAK_CONCURRENCY   virtual users (default 48: 70 % employees, 15 % appraisers, 15 % managers)
 *   SOAK_EMPLOYEES     size of the synthetic agency (default 3000)
 *   SOAK_DATABASE_URL  an empty, disposable database instead of a throwaway embedded one
 *
 * The API runs as its own process (`node --import tsx server/src/main.ts`, production
 * configuration) so the load generator does not share its event loop. Printed: a line
 * per minute (throughput, p50/p99, errors), then per operation kind, the server's RSS
 * growth, and the reconciliation of acknowledged logbook entries against the table
 * (lost, duplicated, stored without acknowledgement). Exits 1 when an entry was lost or
 * duplicated or a request failed with an internal error.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { bootstrap } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { sql } from '../src/db/sql';
import { today, addDays } from '../src/lib/dates';
import { seedSynthetic } from '../src/seed/synthetic';
import { seedSyntheticPlans } from '../src/seed/plans';
import { Metrics, percentile } from './metrics';
import { Load, type LoadState, type Population } from './load';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 48);
const EMPLOYEES = Number(process.env.SOAK_EMPLOYEES ?? 3000);
const JWT_SECRET = 'soak-secret-soak-secret-soak-secret-0123456';

const log = (s: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${s}`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function seed(url: string) {
  const config = loadConfig({ NODE_ENV: 'production', GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR, JWT_SECRET, LOG_LEVEL: 'silent', DB_POOL_MAX: '4' } as NodeJS.ProcessEnv);
  const k = await bootstrap(config, url);
  try {
    const t = Date.now();
    const syn = await k.orm.em.fork().transactional((em) => seedSynthetic(em, { employees: EMPLOYEES, seed: 7, agencyCode: 'SOAK' }));
    const plans = await k.orm.em.fork().transactional((em) => seedSyntheticPlans(em, { agencyId: syn.agencyId, year: Number(today().slice(0, 4)), goalsPerPlan: 3 }));
    await sql(k.orm.em.fork(), 'analyze');
    log(`seeded ${syn.employees} employees, ${syn.units} units, ${plans.plans} plans, ${plans.goals} goals in ${((Date.now() - t) / 1000).toFixed(0)} s`);
    return syn;
  } finally {
    await k.stop();
  }
}

async function startServer(url: string) {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', JWT_SECRET, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', DB_POOL_MAX: '10' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    if (proc.exitCode !== null) throw new Error('the API process exited during start');
    const ok = await fetch(`${base}/healthz`).then((r) => r.status === 200, () => false);
    if (ok) return { proc, url: `${base}/graphql` };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the API did not become ready');
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function population(db: pg.Pool, url: string, agencyId: number, password: string): Promise<Population> {
  // Appraisers with at least three direct reports today, and those reports.
  const pairs = (await db.query(
    `select a.employee_id as emp, sa.employee_id as appr
     from assignment a join position p on p.agency_id = a.agency_id and p.id = a.position_id
     join assignment sa on sa.agency_id = p.agency_id and sa.position_id = p.superior_id and sa.kind = 'DEFINITIVE' and sa.end_date is null
     where a.agency_id = $1 and a.kind = 'DEFINITIVE' and a.end_date is null`, [agencyId])).rows as { emp: number; appr: number }[];
  const reports = new Map<number, number[]>();
  for (const p of pairs) reports.set(p.appr, [...(reports.get(p.appr) ?? []), p.emp]);
  const appraisers = [...reports].filter(([, r]) => r.length >= 3).slice(0, 30);
  const employees = appraisers.flatMap(([, r]) => r.slice(0, 8));
  const managers = (await db.query(
    `select e.id, pp.id as "planId" from employee e join assignment a on a.employee_id = e.id and a.end_date is null
     join position p on p.id = a.position_id left join performance_plan pp on pp.employee_id = e.id
     where e.agency_id = $1 and p.depth <= 2 order by p.depth, e.id limit 12`, [agencyId])).rows as { id: number; planId: number | null }[];
  const nips = new Map((await db.query(`select id, nip from employee where agency_id = $1`, [agencyId])).rows.map((r) => [r.id as number, r.nip as string]));
  const login = async (id: number) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `mutation($i: LoginInput!) { login(input: $i) { token } }`, variables: { i: { nip: nips.get(id), password } } }) });
    const body = (await r.json()) as any;
    const token = body.data?.login?.token;
    if (!token) throw new Error(`login failed for employee ${id}: ${JSON.stringify(body)}`);
    return token as string;
  };
  const signIn = async <T extends { id: number }>(xs: T[]) => {
    const out: (T & { token: string })[] = [];
    for (const x of xs) out.push({ ...x, token: await login(x.id) });
    return out;
  };
  const t = today();
  const first = `${t.slice(0, 8)}01`;
  const days: string[] = [];
  for (let d = t; d >= first; d = addDays(d, -1)) days.push(d);
  return {
    employees: await signIn(employees.map((id) => ({ id }))),
    appraisers: await signIn(appraisers.map(([id]) => ({ id }))),
    managers: await signIn(managers),
    days,
  };
}

export async function main(): Promise<number> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.SOAK_DATABASE_URL?.trim();
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: `/tmp/kinerja-soak-${process.pid}`, persistent: false, settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', shared_buffers: '512MB' } });
    url = embedded.url;
  }
  const db = new pg.Pool({ connectionString: url, max: 2 });
  db.on('error', () => undefined);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const syn = await seed(url);
    server = await startServer(url);
    const pop = await population(db, server.url, syn.agencyId, syn.password);
    log(`population: ${pop.employees.length} employees, ${pop.appraisers.length} appraisers, ${pop.managers.length} managers; ${CONCURRENCY} virtual users for ${SECONDS} s`);
    const m = new Metrics();
    const state: LoadState = { stop: false, acked: new Map(), sentKeys: new Set(), verified: 0 };
    const load = new Load(server.url, pop, m, state);
    const rss0 = rssOf(server.proc.pid!);
    const users = Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => load.user(i, CONCURRENCY)));
    const started = Date.now();
    const tick = Math.min(60, SECONDS) * 1000;
    let last = started;
    while (Date.now() - started < SECONDS * 1000) {
      await new Promise((r) => setTimeout(r, Math.min(tick, SECONDS * 1000 - (Date.now() - started))));
      const w = m.takeWindow((Date.now() - last) / 1000);
      last = Date.now();
      log(`${Math.round((Date.now() - started) / 1000)} s: ${w.rps.toFixed(1)} req/s, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}, errors ${w.errors}, RSS ${rssOf(server.proc.pid!).toFixed(0)} MB`);
    }
    state.stop = true;
    await users;
    const elapsed = (Date.now() - started) / 1000;
    return await report(db, m, state, elapsed, rss0, rssOf(server.proc.pid!));
  } finally {
    server?.proc.kill('SIGTERM');
    await db.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

async function report(db: pg.Pool, m: Metrics, state: LoadState, elapsed: number, rss0: number, rss1: number): Promise<number> {
  const t = m.totals();
  log(`total: ${t.count} requests in ${elapsed.toFixed(0)} s = ${(t.count / elapsed).toFixed(1)} req/s, p50 ${ms(percentile(t.latencies, 50))}, p99 ${ms(percentile(t.latencies, 99))}, errors ${t.errors}`);
  for (const [kind, k] of [...m.kinds].sort()) {
    log(`  ${kind.padEnd(16)} ${String(k.count).padStart(7)} req ${(k.count / elapsed).toFixed(1).padStart(7)}/s  p50 ${ms(percentile(k.latencies, 50)).padStart(9)}  p99 ${ms(percentile(k.latencies, 99)).padStart(9)}  errors ${k.errors}${k.errors ? ` ${JSON.stringify(k.codes)}` : ''}`);
  }
  const rows = (await db.query(`select employee_id, client_key, count(*)::int n from logbook_entry where client_key like 'soak-%' group by 1, 2`)).rows as { employee_id: number; client_key: string; n: number }[];
  const stored = new Set(rows.map((r) => `${r.employee_id}:${r.client_key}`));
  const lost = [...state.acked.keys()].filter((k) => !stored.has(k));
  const duplicated = rows.filter((r) => r.n > 1).length;
  const unacked = [...stored].filter((k) => !state.acked.has(k)).length;
  const resent = [...state.acked.values()].filter((n) => n > 1).length;
  log(`logbook: ${state.sentKeys.size} entries sent, ${state.acked.size} acknowledged (${resent} acknowledged twice after a resend), ${stored.size} stored, ${state.verified} verified`);
  log(`reconciliation: ${lost.length} lost, ${duplicated} duplicated, ${unacked} stored without acknowledgement`);
  log(`server RSS ${rss0.toFixed(0)} MB → ${rss1.toFixed(0)} MB (${(((rss1 - rss0) / rss0) * 100).toFixed(0)} %)`);
  const internal = [...m.kinds.values()].reduce((s, k) => s + (k.codes.INTERNAL_SERVER_ERROR ?? 0) + (k.codes.HTTP_500 ?? 0), 0);
  const ok = lost.length === 0 && duplicated === 0 && internal === 0;
  log(ok ? 'PASS: 0 lost, 0 duplicated, 0 internal errors' : `FAIL: ${lost.length} lost, ${duplicated} duplicated, ${internal} internal errors`);
  return ok ? 0 : 1;
}
