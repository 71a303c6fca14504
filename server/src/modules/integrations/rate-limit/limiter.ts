import type { AppServices } from '../../../app-services';
import { MemoryRateLimiter, type RateLimiter, type RateLimitSettings } from './bucket';
import { RedisRateLimiter } from './redis-limiter';

/**
 * Rate-limit configuration, from the environment (validated on first use):
 * - TOKEN_RATE_LIMIT_BURST: bucket size per integration token (default 120; 0 disables);
 * - TOKEN_RATE_LIMIT_PER_MINUTE: refill per minute (default 600, i.e. 10 requests/s);
 * - REDIS_URL: optional; when set, buckets live in Redis and are shared by all instances.
 */
export interface LimiterConfig extends RateLimitSettings {
  redisUrl: string | null;
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

export function limiterConfig(env: NodeJS.ProcessEnv = process.env): LimiterConfig {
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new Error('Configuration error: REDIS_URL must start with redis:// or rediss://.');
  return {
    capacity: intVar(env, 'TOKEN_RATE_LIMIT_BURST', 120, 0, 1_000_000),
    perMinute: intVar(env, 'TOKEN_RATE_LIMIT_PER_MINUTE', 600, 1, 6_000_000),
    redisUrl,
  };
}

/** One limiter per running app (tests start several apps in one process). */
const limiters = new WeakMap<AppServices, RateLimiter>();

export function rateLimiter(services: AppServices): RateLimiter {
  let l = limiters.get(services);
  if (!l) {
    const cfg = limiterConfig();
    l = cfg.redisUrl ? new RedisRateLimiter(cfg, cfg.redisUrl, services.log) : new MemoryRateLimiter(cfg);
    limiters.set(services, l);
  }
  return l;
}

/** Replaces the limiter of a running app (benchmarks run without limits; tests may inject one). */
export function setRateLimiter(services: AppServices, limiter: RateLimiter): void {
  limiters.set(services, limiter);
}
