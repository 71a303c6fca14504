import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken, post } from './helpers';

/**
 * The optional Redis backend (REDIS_URL), against a throwaway redis-server on a free
 * port. Skipped when the machine has no redis-server.
 */
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(port: number): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => { c.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start');
}

let api: TestApi;
let redis: ChildProcess | null = null;
let port = 0;

describe.skipIf(!hasRedis)('rate limits per token (Redis backend)', () => {
  beforeAll(async () => {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(port);
    process.env.REDIS_URL = `redis://127.0.0.1:${port}/2`;
    process.env.TOKEN_RATE_LIMIT_BURST = '2';
    process.env.TOKEN_RATE_LIMIT_PER_MINUTE = '6';
    api = await startTestApi();
  });
  afterAll(async () => {
    delete process.env.REDIS_URL;
    delete process.env.TOKEN_RATE_LIMIT_BURST;
    delete process.env.TOKEN_RATE_LIMIT_PER_MINUTE;
    await api?.stop();
    if (redis && redis.exitCode === null) redis.kill('SIGKILL');
  });

  it('keeps the buckets in Redis and refuses with a retry time', async () => {
    const { secret } = await createToken(api, ['READ_ORG']);
    expect((await post(api, `{ agencies { name } }`, secret)).status).toBe(200);
    expect((await post(api, `{ apiTokenRateLimit { remaining limit refillPerMinute } }`, secret)).body.data.apiTokenRateLimit).toEqual({ remaining: 0, limit: 2, refillPerMinute: 6 });
    const refused = await post(api, `{ agencies { name } }`, secret);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(Number(refused.headers.get('retry-after'))).toBe(refused.body.errors[0].extensions.retryAfterSeconds);
    // the bucket is in Redis (database 2), keyed by token id
    const keys = spawnSync('redis-cli', ['-p', String(port), '-n', '2', '--raw', 'keys', 'kinerja:ratelimit:*'], { encoding: 'utf8' }).stdout.trim().split('\n');
    expect(keys.length).toBe(1);
  });

  it('falls back to in-process buckets when Redis goes away', async () => {
    redis!.kill('SIGKILL');
    await new Promise((r) => redis!.once('exit', r));
    const { secret } = await createToken(api, ['READ_ORG']);
    expect((await post(api, `{ agencies { name } }`, secret)).status).toBe(200);
    expect((await post(api, `{ agencies { name } }`, secret)).status).toBe(200);
    expect((await post(api, `{ agencies { name } }`, secret)).status).toBe(429);
  });
});
