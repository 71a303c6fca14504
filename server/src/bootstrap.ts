import pino from 'pino';
import type { Config } from './config';
import type { AppServices } from './app-services';
import { createApp, type KinerjaApp } from './app';
import { TokenService } from './auth/tokens';
import { initOrm, migrate, type Orm } from './db/orm';
import { allEntities, loadModules, type KinerjaModule } from './modules/registry';
import type { Authenticator } from './auth/authenticate';

export interface Kinerja {
  app: KinerjaApp;
  orm: Orm;
  services: AppServices;
  modules: KinerjaModule[];
  /** Stops HTTP first, then the ORM (the caller stops the database it started). */
  stop(): Promise<void>;
}

/** Loads the modules, connects, migrates and builds the HTTP app (not yet listening). */
export async function bootstrap(
  config: Config,
  databaseUrl: string,
  opts: { onQuery?: (sql: string) => void; authenticators?: Authenticator[]; onMigrated?: (applied: string[]) => void } = {},
): Promise<Kinerja> {
  const log = pino({ level: config.logLevel, base: { service: 'kinerja' } });
  const modules = await loadModules();
  const orm = await initOrm({ url: databaseUrl, entities: allEntities(modules), poolMax: config.dbPoolMax, onQuery: opts.onQuery });
  const applied = await migrate(orm);
  if (applied.length) log.debug({ applied }, 'migrations applied');
  opts.onMigrated?.(applied);
  const services: AppServices = { config, orm, tokens: new TokenService(config.jwtSecret, config.jwtTtlSeconds), log };
  const authenticators = [...(opts.authenticators ?? []), ...modules.flatMap((m) => m.authenticators ?? [])];
  const app = await createApp(services, modules, authenticators);
  return {
    app,
    orm,
    services,
    modules,
    stop: async () => {
      await app.stop();
      await orm.close(true);
    },
  };
}
