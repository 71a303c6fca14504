import { existsSync } from 'node:fs';
import { loadConfig } from './config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { bootstrap, type Kinerja } from './bootstrap';
import { sqlOne } from './db/sql';

/**
 * `npm start`: with no configuration, an embedded PostgreSQL in `.data/postgres`
 * (kept across restarts, on a free port), migrations, the demo agency on first run,
 * the API at /graphql, /healthz and the built web app on PORT (default 4000).
 * With DATABASE_URL it uses that server and starts nothing else.
 */
async function seedIfEmpty(k: Kinerja): Promise<Array<{ role: string; nip: string; name: string; password: string; description: string }>> {
  const em = k.orm.em.fork();
  const existing = await sqlOne<{ n: number }>(em, 'select count(*) as n from agency');
  const { demoAccounts, planDemo } = await import('./seed/demo');
  const { seedDemoWithPlans } = await import('./seed/demo-with-plans');
  if (existing!.n === 0) {
    console.log('First start: seeding the demo agency…');
    const summary = await em.transactional((tem) => seedDemoWithPlans(tem));
    await em.getConnection().execute('analyze');
    return summary.accounts;
  }
  return demoAccounts(planDemo());
}

async function main(): Promise<void> {
  const config = loadConfig();
  let db: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    console.log(`Starting embedded PostgreSQL (data in ${config.dataDir})…`);
    db = await startEmbeddedPostgres({ dataDir: config.dataDir, persistent: true });
    url = db.url;
  }
  const k = await bootstrap(config, url, { onMigrated: (applied) => applied.length && console.log(`Applied ${applied.length} database migration(s).`) });
  const accounts = await seedIfEmpty(k);
  await new Promise<void>((resolve) => k.app.server.listen(config.port, config.host, resolve));
  const port = (k.app.server.address() as { port: number }).port;
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(`\nKinerja is running.\n  Web app:  ${base}/\n  GraphQL:  ${base}/graphql\n  Health:   ${base}/healthz`);
  if (!existsSync('web/dist/index.html')) console.log('  (web app not built: run `npm run build`)');
  console.log('\nDemo accounts (NIP / password):');
  for (const a of accounts) console.log(`  ${a.role.padEnd(11)} ${a.nip}  ${a.password}  ${a.name} — ${a.description}`);
  console.log('\nPress Ctrl-C to stop.');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping HTTP, then the database connection${db ? ', then the embedded PostgreSQL' : ''}…`);
    const timer = setTimeout(() => process.exit(1), 15_000);
    try {
      await k.stop();
      if (db) await db.stop();
      clearTimeout(timer);
      console.log('Stopped cleanly.');
      process.exit(0);
    } catch (err) {
      console.error('Shutdown failed:', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('Kinerja failed to start:', err instanceof Error ? err.message : err);
  if (process.env.DEBUG) console.error(err);
  process.exit(1);
});
