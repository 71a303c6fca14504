import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/graphql/armor';
import { PRODUCTION_ENV, startSecApi, type RawResponse, type SecApi } from '../support/security/server';
import { leakChecker, type LeakCheck } from '../support/security/leaks';
import { underAttack } from '../support/security/attack';

/**
 * The graphql-cop probes and the OWASP GraphQL attack classes (research/reliability.md
 * §3), re-implemented as requests against the production-mode server
 * (NODE_ENV=production config: introspection off). Each attack is refused with a clear
 * error before any resolver runs, and a normal query is answered while the attack runs
 * concurrently (`underAttack`): the server stays responsive. Nothing asserts on time.
 */
let api: SecApi;
let leaks: LeakCheck;
let staff: string;

beforeAll(async () => {
  api = await startSecApi({ env: PRODUCTION_ENV });
  leaks = await leakChecker(api.db);
  staff = await api.as('staff1');
});
afterAll(() => api?.stop());

const json = (body: unknown, token?: string) => ({
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

/** A normal request a real employee makes, answered correctly during every attack. */
async function normalQuery(): Promise<void> {
  const r = await api.gql(`{ viewer { role employee { name } } }`, {}, staff);
  expect(r.status).toBe(200);
  expect(r.errors).toBeUndefined();
  expect(r.data.viewer.employee.name).toBe('Staf Satu');
}

function expectRefused(r: RawResponse, code: string, message?: RegExp) {
  expect(r.json?.data ?? undefined, r.text.slice(0, 300)).toBeUndefined();
  expect(r.json?.errors?.[0]?.extensions?.code, r.text.slice(0, 300)).toBe(code);
  if (message) expect(r.json.errors[0].message).toMatch(message);
  expect(leaks(r.json, r.status)).toEqual([]);
}

const nest = (levels: number, leaf = 'name') => {
  let q = leaf;
  for (let i = 0; i < levels; i++) q = `children { ${q} }`;
  return q;
};

describe('query shape limits (graphql-armor)', () => {
  it('deep nesting: refused above the depth limit, answered at it', async () => {
    const rootId = api.gid('OrgUnit', api.fx.units.root.id);
    const overByOne = await api.raw(json({ query: `query($id: ID!) { orgUnit(id: $id) { ${nest(LIMITS.maxDepth)} } }`, variables: { id: rootId } }, staff));
    expectRefused(overByOne, 'GRAPHQL_VALIDATION_FAILED', new RegExp(`depth limit of ${LIMITS.maxDepth}`, 'i'));
    // Far deeper: whichever limit trips first (depth or the cost it implies) refuses it.
    const deep = json({ query: `query($id: ID!) { orgUnit(id: $id) { ${nest(200)} } }`, variables: { id: rootId } }, staff);
    await underAttack(async () => expectRefused(await api.raw(deep), 'GRAPHQL_VALIDATION_FAILED', /depth|cost/i), normalQuery);
    // orgUnit(1) + children ×(limit − 2) + name stays inside the limit.
    const ok = await api.gql(`query($id: ID!) { orgUnit(id: $id) { ${nest(LIMITS.maxDepth - 2)} } }`, { id: rootId }, staff);
    expect(ok.errors).toBeUndefined();
  });

  it('deep nesting hidden in fragments and in an operation named __schema (GHSA-hmfr-rx46-4jx2)', async () => {
    const frags = Array.from({ length: 30 }, (_, i) => `fragment F${i} on OrgUnit { children { ${i === 29 ? 'name' : `...F${i + 1}`} } }`).join('\n');
    const viaFragments = await api.raw(json({ query: `query __schema($id: ID!) { orgUnit(id: $id) { ...F0 } }\n${frags}`, variables: { id: api.gid('OrgUnit', 1) } }, staff));
    expectRefused(viaFragments, 'GRAPHQL_VALIDATION_FAILED', /depth|cost/i);
  });

  it('alias overloading: more than the alias limit is refused, the limit itself is answered', async () => {
    const over = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const many = Array.from({ length: 500 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    expectRefused(await api.raw(json({ query: `{ ${over} }` }, staff)), 'GRAPHQL_VALIDATION_FAILED', /alias/i);
    await underAttack(
      async () => expectRefused(await api.raw(json({ query: `{ ${many} }` }, staff)), 'GRAPHQL_PARSE_FAILED', /token limit/i),
      normalQuery,
    );
    const atLimit = Array.from({ length: LIMITS.maxAliases }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const ok = await api.gql(`{ ${atLimit} }`, {}, staff);
    expect(ok.errors).toBeUndefined();
  });

  it('field duplication: thousands of copies of one field are refused', async () => {
    const dup = (n: number) => json({ query: `{ viewer { employee { ${Array.from({ length: n }, () => 'name').join(' ')} } } }` }, staff);
    // Below the token limit the overlap validation's budget stops it; above, the token limit.
    await underAttack(async () => expectRefused(await api.raw(dup(2_000)), 'GRAPHQL_VALIDATION_FAILED'), normalQuery);
    const overTokens = await api.raw(dup(50_000));
    expect(overTokens.status).toBe(400);
    expectRefused(overTokens, 'GRAPHQL_PARSE_FAILED', new RegExp(`Token limit of ${LIMITS.maxTokens} exceeded`));
  });

  it('directive overloading: more than the directive limit is refused, the limit itself is answered', async () => {
    // graphql-cop's probe: one field carrying many (unknown) directives.
    const body = json({ query: `{ viewer { role ${'@aa'.repeat(LIMITS.maxDirectives + 1)} } }` }, staff);
    await underAttack(async () => expectRefused(await api.raw(body), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Directives limit of ${LIMITS.maxDirectives}`)), normalQuery);
    const huge = await api.raw(json({ query: `{ __typename ${'@include(if: true)'.repeat(1000)} }` }, staff));
    expectRefused(huge, 'GRAPHQL_PARSE_FAILED', /token limit/i);
    const i = '@include(if: true)';
    const atLimit = `{ viewer { role ${i} mustChangePassword ${i} isAppraiser ${i} employee ${i} { name ${i} nip ${i} gender ${i} birthDate ${i} } agency ${i} { name ${i} } } }`;
    expect(atLimit.split('@include').length - 1).toBe(LIMITS.maxDirectives);
    const ok = await api.gql(atLimit, {}, staff);
    expect(ok.errors).toBeUndefined();
  });

  it('circular fragments are refused by validation', async () => {
    const body = json({ query: `query { viewer { employee { ...A } } } fragment A on Employee { name ...B } fragment B on Employee { nip ...A }` }, staff);
    await underAttack(async () => expectRefused(await api.raw(body), 'GRAPHQL_VALIDATION_FAILED', /cannot spread fragment "A" within itself/i), normalQuery);
  });

  it('a cost bomb of connections within depth and alias limits is refused by cost', async () => {
    const id = api.gid('Employee', api.fx.employees.sekda.id);
    const sel = (n: number): string => (n === 0 ? 'name' : `subordinates(first: 100) { nodes { ${sel(n - 1)} } }`);
    const body = json({ query: `query($id: ID!) { employee(id: $id) { ${sel(6)} } }`, variables: { id } }, staff);
    const r = await api.raw(body);
    expect(r.json.data).toBeUndefined();
    expectRefused(r, 'GRAPHQL_VALIDATION_FAILED', /cost/i);
  });
});

describe('request shape', () => {
  it('refuses JSON array batching of operations', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ viewer { role } }' }));
    await underAttack(async () => {
      const r = await api.raw(json(batch, staff));
      expect(r.status).toBe(400);
      expect(r.text).not.toMatch(/"data"/);
      expect(leaks(r.json ?? r.text, r.status)).toEqual([]);
    }, normalQuery);
  });

  it('refuses several operations in one document unless one is named', async () => {
    const r = await api.raw(json({ query: `query A { viewer { role } } query B { viewer { role } }` }, staff));
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('refuses every persisted query (APQ is off: persistedQueries false) with PERSISTED_QUERY_NOT_SUPPORTED, running nothing', async () => {
    const q = '{ viewer { role } }';
    const sha = createHash('sha256').update(q).digest('hex');
    for (const body of [
      { extensions: { persistedQuery: { version: 2 } } },
      { query: q, extensions: { persistedQuery: { version: 1, sha256Hash: '00' } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } },
      // A well-formed APQ registration (query with its true hash), then the hash alone: neither is served.
      { query: q, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: sha } } },
    ]) {
      const r = await api.raw(json(body, staff));
      // Apollo answers the APQ protocol's errors with HTTP 200 (clients read the code).
      expect(r.status, r.text).toBeLessThan(500);
      expect(r.json.errors[0].extensions.code, r.text).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      expect(r.json.data, r.text).toBeUndefined();
      expect(leaks(r.json, r.status)).toEqual([]);
    }
    const get = await api.raw({ method: 'GET', search: `?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha } }))}`, headers: { authorization: `Bearer ${staff}`, 'apollo-require-preflight': '1' } });
    expect(get.json?.errors?.[0]?.extensions?.code, get.text).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    // The same query sent plainly still runs.
    expect((await api.gql(q, {}, staff)).data.viewer.role).toBe('EMPLOYEE');
  });

  it('huge variables: a body over the size limit gets 413, a big but legal one a clear error', async () => {
    const tooBig = json({ query: 'query($q: String!) { employeeSearch(query: $q) { totalCount } }', variables: { q: 'a'.repeat(3 * 1024 * 1024) } }, staff);
    await underAttack(async () => {
      const r = await api.raw(tooBig);
      expect(r.status).toBe(413);
      expect(r.json.errors[0].message).toBe('Request body too large.');
    }, normalQuery);
    const bigString = await api.gql('query($q: String!) { employeeSearch(query: $q) { totalCount } }', { q: 'a'.repeat(1024 * 1024) }, staff);
    expect(bigString.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bigString.errors?.[0].message).toMatch(/2 to 100 characters/);
    const manyIds = Array.from({ length: 50_000 }, (_, i) => api.gid('Employee', i + 1));
    const bigList = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: manyIds }, staff);
    expect(bigList.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bigList.errors?.[0].message).toMatch(/At most 100 ids/);
    // Deeply nested JSON in a variable: refused by the variable coercion, not a crash.
    const nested = '{"a":'.repeat(100_000) + '"x"' + '}'.repeat(100_000);
    const deepVar = await api.raw({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}` },
      body: `{"query":"query($i: LoginInput!) { __typename }","variables":{"i":${nested}}}`,
    });
    expect(deepVar.status).toBeLessThan(500);
    expect(leaks(deepVar.json ?? deepVar.text, deepVar.status)).toEqual([]);
  });

  it('very long strings: a long password, NIP and string literal are refused without work', async () => {
    const long = 'x'.repeat(800 * 1024);
    await underAttack(async () => {
      const r = await api.gql(`mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }`, { i: { nip: long, password: long } });
      expect(r.data.login).toEqual({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    }, normalQuery);
    const literal = await api.raw(json({ query: `{ employeeSearch(query: "${'b'.repeat(1500 * 1024)}") { totalCount } }` }, staff));
    expect(literal.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(leaks(literal.json, literal.status)).toEqual([]);
  });
});

describe('production configuration', () => {
  it('refuses introspection (also deep __type chains and __schema aliases)', async () => {
    const probes = [
      '{ __schema { types { name } } }',
      '{ __type(name: "Query") { fields { name } } }',
      '{ s: __schema { queryType { name } } }',
      '{ __type(name: "OrgUnit") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }',
    ];
    for (const query of probes) {
      const r = await api.raw(json({ query }, staff));
      expect(r.json.data ?? undefined, query).toBeUndefined();
      expect(r.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.json.errors[0].message).toMatch(/introspection/i);
    }
    // __typename is not introspection and stays available.
    expect((await api.gql('{ __typename }', {}, staff)).data).toEqual({ __typename: 'Query' });
  });

  it('gives no field, type or argument suggestions', async () => {
    const probes = ['{ viewr { role } }', '{ viewer { rol } }', '{ employee(idd: "x") { name } }', 'query($x: LoginInpt!) { __typename }', '{ orgUnit(id: "x") { ... on OrgUnt { name } } }'];
    for (const query of probes) {
      const r = await api.raw(json({ query }, staff));
      expect(r.json.errors?.length, query).toBeGreaterThan(0);
      for (const e of r.json.errors) expect(e.message, query).not.toMatch(/did you mean/i);
    }
  });

  it('serves no IDE or landing page that exposes the API', async () => {
    const r = await api.raw({ method: 'GET', headers: { accept: 'text/html' } });
    expect(r.text).not.toMatch(/sandbox|embeddable-explorer|graphiql|apollographql\.com/i);
  });

  it('never includes stack traces or internals in errors', async () => {
    const r = await api.gql('query($id: ID!) { employee(id: $id) { name } }', { id: '\u0000%%%' }, staff);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|exception/);
    expect(leaks(r, r.status)).toEqual([]);
  });
});

describe('cross-site request forgery', () => {
  const mutation = 'mutation { passwordChange(input: { oldPassword: "Password#123", newPassword: "Hijacked#12345" }) { changed } }';

  it('refuses a mutation over GET, even with the preflight header', async () => {
    const r = await api.raw({ method: 'GET', search: `?query=${encodeURIComponent(mutation)}`, headers: { 'apollo-require-preflight': '1', authorization: `Bearer ${staff}` } });
    expect(r.status).toBe(405);
    expect(r.json.errors[0].message).toMatch(/GET.*query|mutation/i);
  });

  it('refuses a simple GET query without the preflight header (no-CORS read)', async () => {
    const r = await api.raw({ method: 'GET', search: `?query=${encodeURIComponent('{ viewer { role } }')}`, headers: { authorization: `Bearer ${staff}` } });
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/CSRF|preflight/i);
    expect(r.json?.data).toBeUndefined();
  });

  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
    ['text/plain', JSON.stringify({ query: mutation })],
    ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation}\r\n--x--\r\n`],
  ])('refuses a %s POST (an HTML form needs no preflight)', async (type, body) => {
    const r = await api.raw({ headers: { 'content-type': type, authorization: `Bearer ${staff}` }, body });
    expect(r.status).toBe(400);
    expect(r.json?.data).toBeUndefined();
    // The password was not changed: the old one still signs in.
    expect(await api.login(api.fx.employees.staff1.nip)).toMatch(/\S+/);
  });
});
