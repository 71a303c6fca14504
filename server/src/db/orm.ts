import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, defineConfig, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntitySchema } from '@mikro-orm/core';
import pg from 'pg';

// Calendar dates stay 'YYYY-MM-DD' strings (no timezone shifts); bigint counts and
// numeric values become numbers (ids and counts stay far below 2^53).
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export type Em = EntityManager;
export type Orm = MikroORM;

const here = path.dirname(fileURLToPath(import.meta.url));

/** Migrations are discovered from db/migrations and applied in file-name order. */
async function loadMigrations() {
  const dir = path.join(here, 'migrations');
  const files = (await readdir(dir)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
  const list = [];
  for (const file of files) {
    const name = file.replace(/\.ts$/, '');
    const mod = await import(path.join(dir, file));
    list.push({ name, class: mod[name] });
  }
  return list;
}

export interface OrmOptions {
  url: string;
  entities: EntitySchema<any, any>[];
  poolMax?: number;
  applicationName?: string;
  onQuery?: (sql: string) => void;
}

export async function initOrm(opts: OrmOptions): Promise<Orm> {
  const migrationsList = await loadMigrations();
  // `?host=/dir` (libpq and node-postgres): a Unix socket, which MikroORM's own URL parsing ignores.
  const socketDir = new URL(opts.url).searchParams.get('host');
  const orm = await MikroORM.init(
    defineConfig({
      clientUrl: opts.url,
      ...(socketDir?.startsWith('/') ? { host: socketDir } : {}),
      entities: opts.entities,
      extensions: [Migrator],
      discovery: { warnWhenNoEntities: false },
      migrations: { migrationsList, transactional: true, allOrNothing: true, silent: true, snapshot: false },
      pool: { min: 0, max: opts.poolMax ?? 10 },
      driverOptions: { connection: { application_name: opts.applicationName ?? 'kinerja' } },
      forceUtcTimezone: true,
      allowGlobalContext: false,
      debug: opts.onQuery ? ['query'] : false,
      logger: opts.onQuery ? (msg: string) => opts.onQuery!(msg) : () => undefined,
      colors: false,
      ensureDatabase: false,
    }),
  );
  return orm;
}

export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
