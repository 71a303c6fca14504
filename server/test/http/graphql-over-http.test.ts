import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ fixture: false });
});
afterAll(() => api?.stop());

describe('GraphQL over HTTP', () => {
  it('passes the graphql-http server audit without errors', async () => {
    const results = await Promise.all(serverAudits({ url: api.url, fetchFn: fetch }).map(async (audit) => ({ ...(await audit.fn()), name: audit.name })));
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(40);
  });

  it('answers a malformed JSON body with 400 and a clear error', async () => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ viewer { role }' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].message).toMatch(/Malformed JSON/);
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('refuses a JSON body that is not an object or a list, like express did (fast path: http-handler.ts)', async () => {
    for (const body of ['123', '"{ viewer { role } }"', 'null']) {
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0]).toMatchObject({ message: 'Malformed JSON body.', extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('refuses a streamed body (no content-length) once it passes 2 MB', async () => {
    const chunk = new TextEncoder().encode(`{"query": "{ __typename }", "variables": {"pad": "${'x'.repeat(1024 * 1024)}`);
    const body = new ReadableStream({ start(c) { for (let i = 0; i < 3; i++) c.enqueue(chunk); c.close(); } });
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toBe('Request body too large.');
  });

  it('refuses a mutation over GET and a simple GET without the CSRF header', async () => {
    const q = encodeURIComponent('mutation { login(input: { nip: "1", password: "x" }) { token } }');
    const r1 = await fetch(`${api.url}?query=${q}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(r1.status).toBe(405);
    const r2 = await fetch(`${api.url}?query=${encodeURIComponent('{ viewer { role } }')}`);
    expect(r2.status).toBe(400);
  });

  it('serves /healthz with 200 while the database answers', async () => {
    const res = await fetch(api.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
  });
});

describe('readiness', () => {
  it('answers /healthz with 503 once the database is gone', async () => {
    const other = await startTestApi({ fixture: false });
    const health = other.url.replace('/graphql', '/healthz');
    expect((await fetch(health)).status).toBe(200);
    await other.k.orm.close(true);
    expect((await fetch(health)).status).toBe(503);
    await other.k.app.stop();
    await other.db.end();
  });
});
