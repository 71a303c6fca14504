import type { Logger } from 'pino';
import { MemoryRateLimiter, type RateLimiter, type RateLimitSettings, type TakeResult } from './bucket';
import { MiniRedis } from './resp';

/**
 * Shared token buckets in Redis, for several API instances behind a load balancer.
 * One Lua script refills and takes atomically using the Redis clock. When Redis is
 * unreachable the instance falls back to its own in-process buckets (still limited,
 * per instance) and logs it, rather than refusing every client.
 */
const SCRIPT = `
local cap = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1])
local at = tonumber(b[2])
if tokens == nil or at == nil then tokens = cap; at = now end
tokens = math.min(cap, tokens + math.max(0, now - at) * per_ms)
local ok = 0
local wait = 0
if tokens >= cost then
  tokens = tokens - cost
  ok = 1
elseif per_ms > 0 then
  wait = math.ceil((cost - tokens) / per_ms)
else
  wait = 3600000
end
if cost > 0 then
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil(cap / math.max(per_ms, 0.000001)) + 1000)
end
return {ok, wait, math.floor(tokens)}`;

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: MiniRedis;
  private readonly fallback: MemoryRateLimiter;
  private warned = 0;

  constructor(readonly settings: RateLimitSettings, url: string, private readonly log: Logger, private readonly prefix = 'kinerja:ratelimit:') {
    this.redis = new MiniRedis(url);
    this.fallback = new MemoryRateLimiter(settings);
  }

  private async run(key: string, cost: number): Promise<[number, number, number]> {
    const r = await this.redis.command(['EVAL', SCRIPT, 1, this.prefix + key, this.settings.capacity, this.settings.perMinute / 60_000, cost]);
    return r as [number, number, number];
  }

  private degrade(err: unknown): void {
    if (Date.now() - this.warned > 60_000) {
      this.warned = Date.now();
      this.log.warn({ err }, 'Redis rate limiter unavailable; using in-process buckets');
    }
  }

  async take(key: string, cost = 1): Promise<TakeResult> {
    try {
      const [ok, waitMs, remaining] = await this.run(key, cost);
      return { allowed: ok === 1, remaining, retryAfterSeconds: ok === 1 ? 0 : Math.max(1, Math.ceil(waitMs / 1000)) };
    } catch (err) {
      this.degrade(err);
      return this.fallback.take(key, cost);
    }
  }

  async peek(key: string): Promise<number> {
    try {
      return (await this.run(key, 0))[2];
    } catch (err) {
      this.degrade(err);
      return this.fallback.peek(key);
    }
  }

  async close(): Promise<void> {
    await this.redis.close();
  }
}
