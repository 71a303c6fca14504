import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import type { SecApi } from '../server';
import type { ActorName, Actors } from '../actors';
import { inputStrings, type LeakCheck } from '../leaks';
import { changedTables, dbSnapshot } from '../snapshot';
import { runPool } from '../pool';
import { OperationGenerator, rootFields, type GqlOp } from './operations';
import { malformedArb, type RawOp } from './malformed';
import type { IdPool } from './values';

/**
 * Runs generated operations against the real HTTP server in batches: snapshot the
 * database, run a batch concurrently, snapshot again. When no mutation of the batch
 * succeeded, the snapshots must be equal (refused writes and reads change nothing).
 * Every response is checked for internals (LeakCheck) and 5xx.
 */
export interface FuzzOptions {
  total: number;
  concurrency: number;
  seed: number;
  /** Share of malformed HTTP requests (0..1). */
  malformedShare: number;
  actors: ActorName[];
}

export interface Finding {
  /** `unexpected-answer`: a malformed request with a known refusal (`expectCode`) got another answer. */
  kind: 'leak' | 'write-on-refusal' | 'unexpected-answer';
  op: string;
  detail: string;
  /** The complete request(s), to replay (FUZZ_DUMP=file writes them out). */
  full?: unknown;
}

export interface FuzzStats {
  operations: number;
  graphql: number;
  malformed: number;
  corrupted: number;
  mutations: number;
  mutationsRefused: number;
  mutationsSucceeded: number;
  batches: number;
  batchesVerified: number;
  status: Record<string, number>;
  fields: Set<string>;
  fieldsReachingResolvers: Set<string>;
  sessionRepairs: number;
  repairsByActor: Record<string, number>;
}

type Op = GqlOp | RawOp;

export async function idPool(api: SecApi, schema: GraphQLSchema): Promise<IdPool> {
  const pool: IdPool = {};
  const tables = (await api.db.query(`select tablename from pg_tables where schemaname = 'public'`)).rows.map((r) => r.tablename as string);
  for (const t of tables) {
    const type = t.split('_').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    const gql = type === 'OrgUnit' ? 'OrgUnit' : type;
    if (!schema.getType(gql)) continue;
    const hasId = (await api.db.query(`select 1 from information_schema.columns where table_schema = 'public' and table_name = $1 and column_name = 'id'`, [t])).rowCount;
    if (!hasId) continue;
    pool[gql] = (await api.db.query(`select id from "${t}" order by id limit 50`)).rows.map((r) => Number(r.id));
  }
  return pool;
}

function summary(op: Op): string {
  if (op.kind === 'raw') return `[${op.actor}] ${op.label}: ${op.method} ${op.search ?? ''} ${String(op.body ?? '').slice(0, 200)}`;
  const vars = JSON.stringify(op.variables, (_k, v) => (typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v));
  return `[${op.actor}] ${op.query.slice(0, 300)} ${vars.slice(0, 600)}${op.corrupted ? ` (corrupted: ${op.corrupted})` : ''}`;
}

async function execute(api: SecApi, actors: Actors, op: Op) {
  const token = actors.token(op.actor);
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (op.kind === 'raw') {
    const headers: Record<string, string> = { ...auth, ...(op.contentType ? { 'content-type': op.contentType } : {}), ...(op.method === 'GET' ? { 'apollo-require-preflight': '1' } : {}) };
    const res = await fetch(api.url + (op.search ?? ''), { method: op.method, headers, body: op.method === 'GET' ? undefined : (op.body as string) });
    const text = await res.text();
    return { status: res.status, text, json: safeJson(text) };
  }
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: op.query, variables: op.variables }) });
  const text = await res.text();
  return { status: res.status, text, json: safeJson(text) };
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function runFuzz(
  api: SecApi,
  schema: GraphQLSchema,
  actors: Actors,
  pool: IdPool,
  leaks: LeakCheck,
  /** Restores an actor whose session may have been revoked; true when it had to. */
  repair: (actor: ActorName) => Promise<boolean>,
  opts: FuzzOptions,
): Promise<{ stats: FuzzStats; findings: Finding[] }> {
  const gen = new OperationGenerator(schema, pool, opts.actors);
  const only = process.env.FUZZ_FIELDS?.split(',').filter(Boolean);
  const fields = rootFields(schema).filter((f) => !only?.length || only.includes(f.name));
  const arb: fc.Arbitrary<Op> = fc.oneof(
    { weight: Math.round((1 - opts.malformedShare) * 100), arbitrary: gen.operations(fields) },
    { weight: Math.round(opts.malformedShare * 100), arbitrary: malformedArb(opts.actors) },
  );
  const stats: FuzzStats = {
    operations: 0, graphql: 0, malformed: 0, corrupted: 0, mutations: 0, mutationsRefused: 0, mutationsSucceeded: 0,
    batches: 0, batchesVerified: 0, status: {}, fields: new Set(), fieldsReachingResolvers: new Set(), sessionRepairs: 0, repairsByActor: {},
  };
  const findings: Finding[] = [];
  const batchSize = opts.concurrency;
  let before = await dbSnapshot(api.db);
  let snapshotMs = 0;
  const slow: [number, string][] = [];
  for (let b = 0; stats.operations < opts.total; b++) {
    const ops = fc.sample(arb, { numRuns: Math.min(batchSize, opts.total - stats.operations), seed: opts.seed + b });
    const expired = new Set<ActorName>();
    let succeeded = 0;
    await runPool(ops, opts.concurrency, async (op) => {
      const t1 = performance.now();
      const r = await execute(api, actors, op);
      if (process.env.FUZZ_PROFILE) slow.push([performance.now() - t1, summary(op).slice(0, 160)]);
      stats.operations += 1;
      stats.status[r.status] = (stats.status[r.status] ?? 0) + 1;
      const echo = op.kind === 'gql' ? inputStrings(op.variables) : [];
      for (const problem of leaks(r.json ?? r.text, r.status, echo)) findings.push({ kind: 'leak', op: summary(op), detail: problem, full: process.env.FUZZ_DUMP ? op : undefined });
      const codes: string[] = (r.json?.errors ?? []).map((e: any) => e?.extensions?.code);
      if (op.actor !== 'anonymous' && codes.some((c) => c === 'UNAUTHENTICATED' || c === 'TOKEN_REVOKED' || c === 'TOKEN_EXPIRED' || c === 'PASSWORD_CHANGE_REQUIRED')) expired.add(op.actor);
      if (op.kind === 'raw') {
        stats.malformed += 1;
        if (op.expectCode && codes[0] !== op.expectCode) findings.push({ kind: 'unexpected-answer', op: summary(op), detail: `expected ${op.expectCode}, got HTTP ${r.status} ${r.text.slice(0, 200)}` });
        // A mangled document can still be a valid mutation that went through.
        const data = r.json?.data;
        if (data && typeof data === 'object' && Object.values(data).some((p: any) => p && Array.isArray(p.userErrors) && p.userErrors.length === 0)) succeeded += 1;
        return;
      }
      stats.graphql += 1;
      stats.fields.add(`${op.root}.${op.field}`);
      if (op.corrupted) stats.corrupted += 1;
      const payload = r.json?.data?.[op.field];
      if (payload != null || (r.json?.errors ?? []).some((e: any) => e?.path?.[0] === op.field)) stats.fieldsReachingResolvers.add(`${op.root}.${op.field}`);
      if (op.root !== 'mutation') return;
      stats.mutations += 1;
      const refused = payload == null || (Array.isArray(payload.userErrors) && payload.userErrors.length > 0);
      if (refused) stats.mutationsRefused += 1;
      else {
        stats.mutationsSucceeded += 1;
        succeeded += 1;
      }
    });
    stats.batches += 1;
    const t0 = performance.now();
    const after = await dbSnapshot(api.db);
    snapshotMs += performance.now() - t0;
    if (succeeded === 0) {
      stats.batchesVerified += 1;
      const changed = changedTables(before, after);
      if (changed.length) findings.push({ kind: 'write-on-refusal', op: ops.map(summary).join('\n'), detail: `tables changed: ${changed.join(', ')}`, full: process.env.FUZZ_DUMP ? ops : undefined });
    }
    before = after;
    if (expired.size) {
      for (const a of expired) {
        if (!(await repair(a))) continue;
        stats.repairsByActor[a] = (stats.repairsByActor[a] ?? 0) + 1;
        stats.sessionRepairs += 1;
      }
      before = await dbSnapshot(api.db);
    }
  }
  if (process.env.FUZZ_DUMP) writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(findings, null, 1));
  if (process.env.FUZZ_PROFILE) {
    slow.sort((a, b) => b[0] - a[0]);
    const byField = new Map<string, [number, number]>();
    for (const [ms, s] of slow) {
      const k = /\{ (\w+)/.exec(s)?.[1] ?? s.slice(0, 30);
      const v = byField.get(k) ?? [0, 0];
      byField.set(k, [v[0] + ms, v[1] + 1]);
    }
    console.log([...byField].sort((a, b) => b[1][0] - a[1][0]).slice(0, 15).map(([k, [ms, n]]) => `${k}: ${n} ops, ${(ms / n).toFixed(0)} ms avg`).join('\n'));
    console.log(`snapshots: ${snapshotMs.toFixed(0)} ms; op time total ${slow.reduce((a, b) => a + b[0], 0).toFixed(0)} ms; slowest:\n${slow.slice(0, 25).map(([ms, s]) => `${ms.toFixed(0)} ${s}`).join('\n')}`);
  }
  return { stats, findings };
}
