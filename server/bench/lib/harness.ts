import pg from 'pg';
import type { Kinerja } from '../../src/bootstrap';
import { sql } from '../../src/db/sql';
import { today } from '../../src/lib/dates';
import { DEMO_PASSWORD } from '../../src/seed/demo';
import { seedSyntheticPlans, type PlanSeedSummary } from '../../src/seed/plans';
import { seedSynthetic, type SyntheticSummary } from '../../src/seed/synthetic';
import { percentile, type Report } from './report';
import { inWorker } from './in-worker';
import type { AutocannonSummary, StaticLoad } from './autocannon-run';

/**
 * What a benchmark scenario gets: the real server over HTTP on a throwaway database,
 * memoised synthetic data sets, and the measurements every scenario needs (SQL
 * statements per request, sequential latency, the same SQL run directly with `pg`,
 * autocannon load). Scenarios live in `server/bench/scenarios/*.ts`, one per file.
 */
export interface BenchScenario {
  /** Short id, used by BENCH_ONLY=name1,name2. */
  name: string;
  title: string;
  /** Scenarios run in ascending order (default 100), then by name. */
  order?: number;
  run(h: Harness): Promise<void>;
}

export interface GqlResponse {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  bytes: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export class Harness {
  readonly year = Number(today().slice(0, 4));
  private readonly datasets = new Map<string, Promise<SyntheticSummary>>();
  private readonly planSets = new Map<string, Promise<PlanSeedSummary>>();
  private readonly tokens = new Map<number, Promise<string>>();
  private recording: string[] | null = null;

  constructor(
    readonly k: Kinerja,
    readonly url: string,
    readonly db: pg.Pool,
    readonly report: Report,
    readonly quick: boolean,
    readonly hasStatementStats: boolean,
  ) {
    // MikroORM's onQuery hook sees every statement with its parameters; formatQuery
    // gives the exact text the server sends (it inlines parameters), for replay.
    const platform = k.orm.em.getPlatform();
    k.orm.config.set('onQuery', (query: string, params: readonly unknown[]) => {
      this.recording?.push(platform.formatQuery(query, params as any[]));
      return query;
    });
  }

  /** A synthetic agency of `employees` (memoised), analysed for the planner. */
  synthetic(employees: number, seed = 1): Promise<SyntheticSummary> {
    const key = `${employees}:${seed}`;
    let p = this.datasets.get(key);
    if (!p) {
      p = this.timed(`seed synthetic agency of ${employees} employees`, async () => {
        const s = await this.k.orm.em.fork().transactional((em) => seedSynthetic(em, { employees, seed, agencyCode: `BENCH-${employees}-${seed}` }));
        await this.db.query('analyze');
        return s;
      });
      this.datasets.set(key, p);
    }
    return p;
  }

  /** Plans with `goalsPerPlan` cascaded goals for every employee of an agency (memoised). */
  plans(agencyId: number, goalsPerPlan: number): Promise<PlanSeedSummary> {
    const key = `${agencyId}:${goalsPerPlan}`;
    let p = this.planSets.get(key);
    if (!p) {
      p = this.timed(`seed plans (${goalsPerPlan} goals each) for agency ${agencyId}`, async () => {
        const s = await this.k.orm.em.fork().transactional((em) => seedSyntheticPlans(em, { agencyId, year: this.year, goalsPerPlan }));
        await this.db.query('analyze');
        return s;
      });
      this.planSets.set(key, p);
    }
    return p;
  }

  private async timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
    const t = performance.now();
    const r = await fn();
    this.report.note(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return r;
  }

  /** Session token of a seeded employee (password of the seeds). */
  token(employeeId: number): Promise<string> {
    let t = this.tokens.get(employeeId);
    if (!t) {
      t = (async () => {
        const [{ nip }] = (await this.db.query(`select nip from employee where id = $1`, [employeeId])).rows;
        const r = await this.gql(`mutation($i: LoginInput!) { login(input: $i) { token userErrors { code message } } }`, { i: { nip, password: DEMO_PASSWORD } });
        const token = r.data?.login?.token;
        if (!token) throw new Error(`login failed for employee ${employeeId}: ${JSON.stringify(r)}`);
        return token as string;
      })();
      this.tokens.set(employeeId, t);
    }
    return t;
  }

  body(query: string, variables: Record<string, unknown> = {}): string {
    return JSON.stringify({ query, variables });
  }

  async post(body: string, token?: string): Promise<GqlResponse> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    const text = await res.text();
    return { ...(JSON.parse(text) as object), bytes: text.length };
  }

  gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse> {
    return this.post(this.body(query, variables), token);
  }

  /** Runs one request and returns the exact SQL texts the server sent meanwhile. */
  async captureSql(body: string, token: string): Promise<string[]> {
    this.recording = [];
    try {
      const r = await this.post(body, token);
      if (r.errors) throw new Error(`request failed: ${JSON.stringify(r.errors)}`);
      return this.recording;
    } finally {
      this.recording = null;
    }
  }

  /** SQL statements PostgreSQL executed for one request (pg_stat_statements), or null without the extension. */
  async statements(body: string, token: string): Promise<number | null> {
    if (!this.hasStatementStats) return null;
    await this.db.query('select pg_stat_statements_reset()');
    const r = await this.post(body, token);
    if (r.errors) throw new Error(`request failed: ${JSON.stringify(r.errors)}`);
    const { rows } = await this.db.query(
      `select coalesce(sum(calls), 0)::int as n from pg_stat_statements
       where dbid = (select oid from pg_database where datname = current_database()) and query not ilike '%pg_stat_statements%'`,
    );
    return rows[0].n;
  }

  /** Milliseconds of `n` sequential requests (after `warm` unmeasured ones). */
  async latencies(body: string, token: string, n: number, warm = 3): Promise<number[]> {
    for (let i = 0; i < warm; i++) await this.post(body, token);
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      const r = await this.post(body, token);
      out.push(performance.now() - t);
      if (r.errors) throw new Error(`request failed: ${JSON.stringify(r.errors)}`);
    }
    return out;
  }

  /** Milliseconds to run the statements in order on one direct `pg` connection, `n` times. */
  async sqlTimes(statements: readonly string[], n: number, warm = 3): Promise<number[]> {
    const client = await this.db.connect();
    try {
      const out: number[] = [];
      for (let i = 0; i < n + warm; i++) {
        const t = performance.now();
        for (const s of statements) await client.query(s);
        if (i >= warm) out.push(performance.now() - t);
      }
      return out;
    } finally {
      client.release();
    }
  }

  /** autocannon at `connections` for `seconds` (after a short warm-up), in a worker thread. */
  async load(body: string, token: string, connections: number, seconds: number): Promise<LoadResult> {
    const r = await inWorker<StaticLoad, AutocannonSummary>(new URL('./autocannon-run.ts', import.meta.url), 'staticLoad', {
      url: this.url, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
      connections, seconds, warmup: Math.max(1, Math.round(seconds / 4)),
    });
    return { connections, seconds, requestsPerSecond: r.requestsPerSecond, p50: r.p50, p99: r.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
  }

  /** Direct SQL through the ORM (for scenarios that look rows up). */
  rows<T>(text: string, params: unknown[] = []): Promise<T[]> {
    return sql<T>(this.k.orm.em.fork(), text, params);
  }
}

export { percentile };
