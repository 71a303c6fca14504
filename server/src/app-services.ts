import type { Logger } from 'pino';
import type { Config } from './config';
import type { TokenService } from './auth/tokens';
import type { Orm } from './db/orm';

/** Process-wide services handed to every request context. */
export interface AppServices {
  config: Config;
  orm: Orm;
  tokens: TokenService;
  log: Logger;
}
