/**
 * Token bucket (GitHub/Shopify style, research/reliability.md R11): a bucket of
 * `capacity` requests per key that refills continuously at `perMinute`. A request
 * takes `cost` tokens; when the bucket holds fewer, it is refused with the time until
 * enough have refilled.
 */
export interface RateLimitSettings {
  /** Bucket size: the largest burst. 0 disables limiting. */
  capacity: number;
  /** Tokens added back per minute. */
  perMinute: number;
}

export interface TakeResult {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** Seconds until the request could succeed (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  readonly settings: RateLimitSettings;
  take(key: string, cost?: number): Promise<TakeResult>;
  /** Current level without taking anything. */
  peek(key: string): Promise<number>;
  close(): Promise<void>;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Pure step of the bucket: refill to `now`, then try to take `cost`. */
export function step(b: Bucket | undefined, s: RateLimitSettings, now: number, cost: number): { bucket: Bucket; result: TakeResult } {
  const perMs = s.perMinute / 60_000;
  const start = b ? Math.min(s.capacity, b.tokens + Math.max(0, now - b.at) * perMs) : s.capacity;
  if (start >= cost) {
    return { bucket: { tokens: start - cost, at: now }, result: { allowed: true, remaining: Math.floor(start - cost), retryAfterSeconds: 0 } };
  }
  const waitMs = perMs > 0 ? (cost - start) / perMs : Number.POSITIVE_INFINITY;
  const retry = Number.isFinite(waitMs) ? Math.max(1, Math.ceil(waitMs / 1000)) : 3600;
  return { bucket: { tokens: start, at: now }, result: { allowed: false, remaining: Math.floor(start), retryAfterSeconds: retry } };
}

/** In-process buckets: the default, needs nothing; one budget per API instance. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(readonly settings: RateLimitSettings, private readonly clock: () => number = Date.now) {}

  async take(key: string, cost = 1): Promise<TakeResult> {
    const { bucket, result } = step(this.buckets.get(key), this.settings, this.clock(), cost);
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.sweep();
    return result;
  }

  async peek(key: string): Promise<number> {
    return Math.floor(step(this.buckets.get(key), this.settings, this.clock(), 0).bucket.tokens);
  }

  /** Forgets buckets that have refilled completely (they equal a fresh bucket). */
  private sweep(): void {
    const now = this.clock();
    for (const [k, b] of this.buckets) {
      if (step(b, this.settings, now, 0).bucket.tokens >= this.settings.capacity) this.buckets.delete(k);
    }
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
