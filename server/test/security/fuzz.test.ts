import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema';
import { loadModules } from '../../src/modules/registry';
import { PRODUCTION_ENV, startSecApi, type SecApi } from '../support/security/server';
import { leakChecker } from '../support/security/leaks';
import { FUZZ_ACTORS, signInActors, type ActorName, type Actors } from '../support/security/actors';
import { seedScenario } from '../support/security/scenario';
import { idPool, runFuzz, type Finding, type FuzzStats } from '../support/security/fuzz/run';
import { rootFields } from '../support/security/fuzz/operations';

/**
 * Schema-driven fuzzing against the real HTTP server (production configuration) as
 * every role: FUZZ_OPS operations (default 10,000; FUZZ_SEED to replay a run) at
 * concurrency 8, for every Query and Mutation field, with hostile values and 5 %
 * malformed requests. Expected: no response with an internal error, stack trace, SQL
 * text or table name; no 5xx; no crash (the server still answers afterwards); and the
 * database unchanged across every batch in which no mutation succeeded.
 */
process.env.TOKEN_RATE_LIMIT_BURST = '0'; // the fuzz targets inputs, not the rate limiter (tested in integrations)

const TOTAL = Number(process.env.FUZZ_OPS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

let api: SecApi;
let stats: FuzzStats;
let findings: Finding[];
let fieldCount = 0;
let repair: (actor: ActorName) => Promise<boolean>;
let actors: Actors;

beforeAll(async () => {
  api = await startSecApi({ env: PRODUCTION_ENV });
  const schema = buildSchema(await loadModules()).schema;
  fieldCount = rootFields(schema).length;
  await seedScenario(api);
  actors = await signInActors(api, schema, FUZZ_ACTORS);
  const original = (await api.db.query(`select id, nip, password_hash, role, operator_unit_id, is_active from employee`)).rows;
  const pool = await idPool(api, schema);
  const leaks = await leakChecker(api.db);
  repair = async (actor: ActorName) => {
    // Some refusals say UNAUTHENTICATED although the session is fine (e.g. an
    // employee-only field asked with a token): repair only what no longer signs in.
    const probe = await api.gql(actor === 'integration' ? `{ apiTokenRateLimit { limit } }` : `{ viewer { role } }`, {}, actors.token(actor));
    if (!probe.errors && (actor === 'integration' || probe.data?.viewer)) return false;
    if (actor !== 'integration' && actor !== 'anonymous') {
      const o = original.find((r) => r.id === api.fx.employees[actor].id)!;
      await api.db.query(`update employee set password_hash = $2, role = $3, operator_unit_id = $4, is_active = $5, must_change_password = false where id = $1`,
        [o.id, o.password_hash, o.role, o.operator_unit_id, o.is_active]);
      await api.db.query(`delete from login_attempt where nip = $1`, [o.nip]);
    }
    await actors.refresh(actor);
    return true;
  };
  const started = Date.now();
  ({ stats, findings } = await runFuzz(api, schema, actors, pool, leaks, repair, { total: TOTAL, concurrency: 8, seed: SEED, malformedShare: 0.05, actors: FUZZ_ACTORS }));
  const seconds = (Date.now() - started) / 1000;
  for (const k of KNOWN) {
    const n = findings.filter(k.match).length;
    if (n) console.log(`fuzz: known bug seen ${n}×: ${k.bug}`);
  }
  console.log(`fuzz: ${stats.operations} operations in ${seconds.toFixed(1)} s (seed ${SEED}); ${JSON.stringify({ ...stats, fields: stats.fields.size, fieldsReachingResolvers: stats.fieldsReachingResolvers.size, rootFields: fieldCount })}`);
}, 900_000);
afterAll(() => api?.stop());

/**
 * Findings already reproduced by an `it.fails` test in fuzz-findings.test.ts (bug
 * reported, fix owned by another module): counted and printed, not failed twice. When
 * the bug is fixed, its it.fails test turns red: remove the entry here as well.
 */
const KNOWN: { bug: string; match: (f: Finding) => boolean }[] = [];

const unknown = (f: Finding) => !KNOWN.some((k) => k.match(f));
const show = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind && unknown(f)).slice(0, 5).map((f) => `${f.detail}\n  ${f.op}`);

describe('schema fuzzing', () => {
  it(`runs at least ${TOTAL} operations over every root field as every role`, () => {
    expect(stats.operations).toBeGreaterThanOrEqual(TOTAL);
    expect(stats.fields.size).toBe(fieldCount);
    expect(stats.malformed).toBeGreaterThan(0);
    expect(stats.corrupted).toBeGreaterThan(0);
    expect(stats.batchesVerified).toBeGreaterThan(stats.batches / 2);
  });

  it('never answers with an internal error, stack trace, SQL, table name or 5xx', () => {
    expect(show('leak')).toEqual([]);
    expect(Object.keys(stats.status).filter((s) => Number(s) >= 500)).toEqual([]);
  });

  it('refuses malformed requests whose refusal is known with that code (persisted queries: PERSISTED_QUERY_NOT_SUPPORTED)', () => {
    expect(show('unexpected-answer')).toEqual([]);
  });

  it('changes nothing in the database when every write of a batch was refused', () => {
    expect(show('write-on-refusal')).toEqual([]);
  });

  it('is still up and answering afterwards (no crash)', async () => {
    const health = await fetch(api.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    await repair('staff1');
    const r = await api.gql(`{ viewer { employee { name } } }`, {}, actors.token('staff1'));
    expect(r.data.viewer.employee.name).toBe('Staf Satu');
  });
});
