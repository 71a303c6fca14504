import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken, post } from './helpers';

/** A small bucket (3 requests, refilling 1 per second) so the test drains it quickly. */
let api: TestApi;
beforeAll(async () => {
  process.env.TOKEN_RATE_LIMIT_BURST = '3';
  process.env.TOKEN_RATE_LIMIT_PER_MINUTE = '60';
  delete process.env.REDIS_URL;
  api = await startTestApi();
});
afterAll(async () => {
  delete process.env.TOKEN_RATE_LIMIT_BURST;
  delete process.env.TOKEN_RATE_LIMIT_PER_MINUTE;
  await api?.stop();
});

describe('rate limits per token (in-process buckets)', () => {
  it('refuses the request after the burst with RATE_LIMITED, a retry time and a Retry-After header, without running it', async () => {
    const { secret } = await createToken(api, ['READ_ORG']);
    const other = await createToken(api, ['READ_ORG']);
    for (let i = 0; i < 3; i += 1) expect((await post(api, `{ agencies { name } }`, secret)).status).toBe(200);
    let refused: Awaited<ReturnType<typeof post>> | undefined;
    const statements = await api.countStatements(async () => {
      refused = await post(api, `{ agencies { name } employeeSearch(query: "Staf") { totalCount } }`, secret);
    });
    expect(refused!.status).toBe(429);
    expect(refused!.headers.get('retry-after')).toBe('1');
    expect(refused!.body.data).toBeUndefined();
    expect(refused!.body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(statements).toBe(1); // the token lookup only: the operation never ran
    // another token has its own bucket; employees are not limited here
    expect((await post(api, `{ agencies { name } }`, other.secret)).status).toBe(200);
    expect((await api.gql(`{ agencies { name } }`, {}, await api.as('kasi'))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await post(api, `{ agencies { name } }`, secret)).status).toBe(200);
  });
});
