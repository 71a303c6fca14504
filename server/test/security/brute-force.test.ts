import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES } from '../../src/modules/auth/service';
import { PASSWORD } from '../support/fixture';
import { PRODUCTION_ENV, startSecApi, type SecApi } from '../support/security/server';
import { underAttack } from '../support/security/attack';
import { runPool } from '../support/security/pool';

/**
 * Login brute force (OWASP "batching attacks"): the per-NIP lock (MAX_FAILURES failures
 * → TOO_MANY_ATTEMPTS) must hold whatever the request shape: sequential requests,
 * aliased `login` fields in one operation, JSON array batches, and concurrent requests.
 * "Holds" means: at most MAX_FAILURES guesses are ever checked against the password,
 * and the right password is refused once the NIP is locked. Each test targets its own
 * NIP so the locks do not interfere.
 */
let api: SecApi;
let staff: string;

beforeAll(async () => {
  api = await startSecApi({ env: PRODUCTION_ENV });
  staff = await api.as('staff1');
});
afterAll(() => api?.stop());

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }`;

async function attempt(nip: string, password: string): Promise<string> {
  const r = await api.gql(LOGIN, { i: { nip, password } });
  expect(r.errors).toBeUndefined();
  return r.data.login.token ? 'OK' : r.data.login.userErrors[0].code;
}

async function normalQuery() {
  const r = await api.gql(`{ viewer { employee { name } } }`, {}, staff);
  expect(r.data.viewer.employee.name).toBe('Staf Satu');
}

describe('login brute force', () => {
  it('locks a NIP after the allowed failures, then refuses even the right password', async () => {
    const nip = api.fx.employees.staff2.nip;
    const results: string[] = [];
    for (let i = 0; i < MAX_FAILURES; i++) results.push(await attempt(nip, `wrong-${i}`));
    expect(results).toEqual(Array(MAX_FAILURES).fill('INVALID_CREDENTIALS'));
    expect(await attempt(nip, PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    // Spaces in the NIP (accepted on input) do not open a second counter.
    expect(await attempt(nip.replace(/^(\d{8})(\d{6})/, '$1 $2 '), PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    // While locked, guesses are refused without checking them, and the server stays responsive.
    await underAttack(async () => expect(await attempt(nip, 'guess')).toBe('TOO_MANY_ATTEMPTS'), normalQuery);
  });

  it('aliased login fields in one operation get no more guesses than separate requests', async () => {
    const nip = api.fx.employees.staff3.nip;
    const n = 15;
    const fields = Array.from({ length: n }, (_, i) => `a${i}: login(input: { nip: "${nip}", password: "${i === n - 1 ? PASSWORD : `wrong-${i}`}" }) { token userErrors { code } }`).join('\n');
    const r = await api.gql(`mutation { ${fields} }`);
    const codes = Array.from({ length: n }, (_, i) => (r.data?.[`a${i}`]?.token ? 'OK' : r.data?.[`a${i}`]?.userErrors[0]?.code ?? r.errors?.[0]?.extensions?.code));
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(MAX_FAILURES);
    expect(codes).not.toContain('OK');
    expect(await attempt(nip, PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('refuses a JSON array batch of logins outright', async () => {
    const nip = api.fx.employees.kabid2.nip;
    const batch = Array.from({ length: 20 }, (_, i) => ({ query: LOGIN, variables: { i: { nip, password: `wrong-${i}` } } }));
    const r = await api.raw({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(r.status).toBe(400);
    expect(r.text).not.toMatch(/INVALID_CREDENTIALS|token/);
    // Nothing was counted: the account still signs in.
    expect(await attempt(nip, PASSWORD)).toBe('OK');
  });

  // Each sign-in reserves its password check atomically before verifying (auth/service.ts
  // `reserveAttempt`), so concurrent guesses cannot outrun the lock.
  it('concurrent guesses get no more password checks than the lock allows', async () => {
    const nip = api.fx.employees.staff1.nip;
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? PASSWORD : `wrong-${i}`));
    const codes = await runPool(guesses, 40, (g) => attempt(nip, g));
    const checked = codes.filter((c) => c === 'INVALID_CREDENTIALS' || c === 'OK').length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES);
    expect(codes).not.toContain('OK');
  });
});
