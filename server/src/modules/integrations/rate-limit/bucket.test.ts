import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter, step } from './bucket';

describe('token bucket', () => {
  const s = { capacity: 3, perMinute: 60 }; // one token per second

  it.each([
    // [tokens before, ms since, cost, allowed, remaining, retryAfter]
    [undefined, 0, 1, true, 2, 0],
    [0, 0, 1, false, 0, 1],
    [0, 500, 1, false, 0, 1],
    [0, 1000, 1, true, 0, 0],
    [0.2, 0, 1, false, 0, 1],
    [0, 0, 2, false, 0, 2],
    [1, 60_000, 1, true, 2, 0], // refill is capped at capacity
    [0, 0, 5, false, 0, 5], // a cost above capacity can never pass: it waits for cost - tokens
  ] as const)('from %s after %s ms taking %s: allowed %s, remaining %s, retry %s', (tokens, ms, cost, allowed, remaining, retry) => {
    const b = tokens === undefined ? undefined : { tokens, at: 0 };
    const { result } = step(b, s, ms, cost);
    expect(result).toEqual({ allowed, remaining, retryAfterSeconds: retry });
  });

  it('drains and refills per key', async () => {
    let now = 1_000_000;
    const l = new MemoryRateLimiter(s, () => now);
    expect((await l.take('a')).allowed).toBe(true);
    expect((await l.take('a')).allowed).toBe(true);
    expect((await l.take('a')).allowed).toBe(true);
    const refused = await l.take('a');
    expect(refused).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect((await l.take('b')).allowed).toBe(true); // other keys are independent
    now += 1000;
    expect((await l.take('a')).allowed).toBe(true);
    expect(await l.peek('a')).toBe(0);
  });
});
