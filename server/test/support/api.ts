import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config';
import { bootstrap, type Kinerja } from '../../src/bootstrap';
import { toGlobalId } from '../../src/lib/ids';
import { buildFixture, PASSWORD, type Fixture } from './fixture';
import { withDatabase } from './global-setup';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string }; path?: (string | number)[] }[];
}

export interface TestApi {
  k: Kinerja;
  url: string;
  databaseUrl: string;
  fx: Fixture;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(nip: string, password?: string): Promise<string>;
  /** Session token of a fixture employee (cached per test file). */
  as(who: keyof Fixture['employees']): Promise<string>;
  /** Runs fn and returns how many SQL statements the server issued meanwhile. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
  /** Runs fn and returns the SQL statements the server issued meanwhile (for debugging counts). */
  statements(fn: () => Promise<unknown>): Promise<string[]>;
  /** A direct connection to the test database, for assertions on rows. */
  db: pg.Pool;
  gid(type: string, id: number): string;
  stop(): Promise<void>;
}

/** A fresh database cloned from the migrated template, with the fixture org, and the real HTTP server. */
export async function startTestApi(opts: { fixture?: boolean } = {}): Promise<TestApi> {
  const adminUrl = inject('dbAdminUrl');
  const template = inject('dbTemplate');
  const name = `${template}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, name);
  const config = loadConfig({ NODE_ENV: 'test', GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', DB_POOL_MAX: '10' } as NodeJS.ProcessEnv);
  let counting = false;
  let count = 0;
  let log: string[] = [];
  const k = await bootstrap(config, databaseUrl, {
    onQuery: (msg) => {
      if (counting && /\[query\]/.test(msg)) {
        count += 1;
        log.push(msg);
      }
    },
  });
  await new Promise<void>((resolve) => k.app.server.listen(0, '127.0.0.1', resolve));
  const port = (k.app.server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  const fx = opts.fixture === false ? (null as unknown as Fixture) : await buildFixture(k.orm.em.fork());
  const db = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  const tokens = new Map<string, string>();

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };

  const login = async (nip: string, password = PASSWORD) => {
    const r = await gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(
      `mutation($i: LoginInput!) { login(input: $i) { token userErrors { code message } } }`,
      { i: { nip, password } },
    );
    if (!r.data?.login.token) throw new Error(`login failed for ${nip}: ${JSON.stringify(r)}`);
    return r.data.login.token;
  };

  return {
    k, url, databaseUrl, fx, gql, login, db,
    gid: toGlobalId,
    as: async (who) => {
      let t = tokens.get(who);
      if (!t) tokens.set(who, (t = await login(fx.employees[who].nip)));
      return t;
    },
    statements: async (fn) => {
      log = [];
      counting = true;
      try {
        await fn();
      } finally {
        counting = false;
      }
      return log;
    },
    countStatements: async (fn) => {
      count = 0;
      counting = true;
      try {
        await fn();
      } finally {
        counting = false;
      }
      return count;
    },
    stop: async () => {
      await db.end();
      await k.stop();
    },
  };
}
