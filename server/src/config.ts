/**
 * Configuration, read once from environment variables and validated at start.
 * Every variable is documented in README.md ("Configuration").
 */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  production: boolean;
  logLevel: string;
  dbPoolMax: number;
  /** Executes operations with graphql-jit (compiled once per document) or graphql-js. */
  graphqlExecutor: 'jit' | 'js';
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`Configuration error: ${name} must be an integer between ${min} and ${max} (got "${raw}").`);
  }
  return n;
}

function executorVar(raw: string | undefined): 'jit' | 'js' {
  if (raw === undefined || raw === '') return 'jit';
  if (raw !== 'jit' && raw !== 'js') throw new Error(`Configuration error: GRAPHQL_EXECUTOR must be jit or js (got "${raw}").`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = env.JWT_SECRET ?? (production ? '' : 'kinerja-development-secret-change-me-0123456789');
  if (jwtSecret.length < 32) {
    throw new Error('Configuration error: JWT_SECRET must be set to at least 32 characters in production.');
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('Configuration error: DATABASE_URL must start with postgres:// or postgresql://.');
  }
  return {
    port: intVar(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    dataDir: env.KINERJA_DATA_DIR ?? '.data/postgres',
    jwtSecret,
    jwtTtlSeconds: intVar(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
    production,
    logLevel: env.LOG_LEVEL ?? (env.VITEST ? 'silent' : 'info'),
    dbPoolMax: intVar(env, 'DB_POOL_MAX', 10, 1, 200),
    graphqlExecutor: executorVar(env.GRAPHQL_EXECUTOR),
  };
}
