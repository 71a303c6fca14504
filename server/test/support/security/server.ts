import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../../src/config';
import { bootstrap, type Kinerja } from '../../../src/bootstrap';
import { toGlobalId } from '../../../src/lib/ids';
import { buildFixture, PASSWORD, type Fixture } from '../fixture';
import { withDatabase } from '../global-setup';
import type { GqlResult } from '../api';

/**
 * A test API like `startTestApi` (fresh clone of the migrated template, fixture org,
 * real HTTP server), with two additions the security and reliability tests need:
 * - `env`: configuration overrides, e.g. `{ NODE_ENV: 'production', JWT_SECRET: … }`
 *   to prove what production mode hides;
 * - `raw(init)`: any HTTP request (method, content type, body, headers) on /graphql,
 *   returning status, headers and the parsed (or raw) body.
 */
export interface SecApi {
  k: Kinerja;
  url: string;
  databaseUrl: string;
  databaseName: string;
  fx: Fixture;
  db: pg.Pool;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  raw(init: RawRequest): Promise<RawResponse>;
  login(nip: string, password?: string): Promise<string>;
  as(who: keyof Fixture['employees']): Promise<string>;
  gid(type: string, id: number): string;
  stop(): Promise<void>;
}

export interface RawRequest {
  method?: string;
  /** Appended to /graphql, e.g. `?query=…`. */
  search?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export const PRODUCTION_ENV = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: process.env.SEC_LOG_LEVEL ?? 'silent' };

export interface SecApiOptions {
  env?: Record<string, string>;
  fixture?: boolean;
  poolMax?: number;
  /** Another PostgreSQL server (e.g. a throwaway cluster): an empty database there, migrated by bootstrap. */
  adminUrl?: string;
}

/** Creates the test database: a clone of the migrated template, or an empty one on `adminUrl`. */
export async function createTestDatabase(adminUrlOverride?: string): Promise<{ name: string; url: string }> {
  const adminUrl = adminUrlOverride ?? inject('dbAdminUrl');
  const template = adminUrlOverride ? null : inject('dbTemplate');
  const name = `${template ?? 'kinerja_sec'}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  return { name, url: withDatabase(adminUrl, name) };
}

export async function startSecApi(opts: SecApiOptions = {}): Promise<SecApi> {
  const { name, url: databaseUrl } = await createTestDatabase(opts.adminUrl);
  const config = loadConfig({ NODE_ENV: 'test', GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR, LOG_LEVEL: process.env.SEC_LOG_LEVEL ?? 'silent', DB_POOL_MAX: String(opts.poolMax ?? 10), ...opts.env } as NodeJS.ProcessEnv);
  const k = await bootstrap(config, databaseUrl);
  await new Promise<void>((resolve) => k.app.server.listen(0, '127.0.0.1', resolve));
  const port = (k.app.server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  const fx = opts.fixture === false ? (null as unknown as Fixture) : await buildFixture(k.orm.em.fork());
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: 'kinerja-test-assert' });
  // Tests restart or cut the database: an idle client's error must not crash the run.
  db.on('error', () => undefined);
  const tokens = new Map<string, string>();

  const raw = async (init: RawRequest): Promise<RawResponse> => {
    const res = await fetch(url + (init.search ?? ''), { method: init.method ?? 'POST', headers: init.headers, body: init.body as string | undefined });
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, headers: res.headers, text, json };
  };

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const r = await raw({
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    if (!r.json) throw new Error(`non-JSON response ${r.status}: ${r.text.slice(0, 200)}`);
    return { ...r.json, status: r.status };
  };

  const login = async (nip: string, password = PASSWORD) => {
    const r = await gql<{ login: { token: string | null } }>(`mutation($i: LoginInput!) { login(input: $i) { token userErrors { code message } } }`, { i: { nip, password } });
    if (!r.data?.login.token) throw new Error(`login failed for ${nip}: ${JSON.stringify(r)}`);
    return r.data.login.token;
  };

  return {
    k, url, databaseUrl, databaseName: name, fx, db, gql, raw, login,
    gid: toGlobalId,
    as: async (who) => {
      let t = tokens.get(who);
      if (!t) tokens.set(who, (t = await login(fx.employees[who].nip)));
      return t;
    },
    stop: async () => {
      await db.end();
      await k.stop();
    },
  };
}
