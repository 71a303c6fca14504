import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { createToken, post } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const count = async (table: string) => Number((await api.db.query(`select count(*) as n from ${table}`)).rows[0].n);

describe('API tokens: admin management', () => {
  it('creates a token, returns the secret once and stores only its hash', async () => {
    const r = await api.gql(
      `mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret apiToken { id name displayPrefix scopes status expiresAt createdBy { name } agency { name } } userErrors { code } } }`,
      { i: { name: 'Aplikasi TPP', scopes: ['READ_PLANS', 'READ_LOGBOOK', 'READ_PLANS'], expiresInDays: 30 } },
      await api.as('admin'),
    );
    expect(r.errors).toBeUndefined();
    const p = r.data.apiTokenCreate;
    expect(p.userErrors).toEqual([]);
    expect(p.secret).toMatch(/^kin_[a-z0-9]{8}_[0-9A-Za-z]{43}$/);
    expect(p.apiToken).toMatchObject({ name: 'Aplikasi TPP', scopes: ['READ_PLANS', 'READ_LOGBOOK'], status: 'ACTIVE', createdBy: { name: 'Admin BKD' } });
    expect(p.apiToken.displayPrefix).toBe(`${p.secret.slice(0, 13)}…`);
    const row = (await api.db.query(`select encode(secret_hash, 'hex') as h, t.* from api_token t where prefix = $1`, [p.secret.slice(4, 12)])).rows[0];
    expect(row.h).toBe(sha(p.secret));
    expect(JSON.stringify(row)).not.toContain(p.secret.slice(13));
    const audit = await api.db.query(`select actor_id, actor_kind from audit_log where action = 'API_TOKEN_CREATE' and entity_id = $1`, [row.id]);
    expect(audit.rows).toEqual([{ actor_id: api.fx.employees.admin.id, actor_kind: 'EMPLOYEE' }]);
    // the list never shows a secret
    const list = await api.gql(`{ apiTokens { totalCount nodes { id name } } }`, {}, await api.as('admin'));
    expect(list.data.apiTokens.nodes.map((n: any) => n.id)).toContain(p.apiToken.id);
    expect(JSON.stringify(list)).not.toContain(p.secret);
  });

  it('refuses bad input with nothing written', async () => {
    const before = await count('api_token');
    for (const i of [
      { name: 'X', scopes: ['READ_ORG'] },
      { name: 'Valid name', scopes: [] },
      { name: 'Valid name', scopes: ['READ_ORG'], expiresInDays: 0 },
      { name: 'Valid name', scopes: ['READ_ORG'], expiresInDays: 731 },
    ]) {
      const r = await api.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret userErrors { code field } } }`, { i }, await api.as('admin'));
      expect(r.data.apiTokenCreate.secret).toBeNull();
      expect(r.data.apiTokenCreate.userErrors[0].code).toBe('INVALID_INPUT');
    }
    expect(await count('api_token')).toBe(before);
  });

  it('lets only admins manage tokens, each in their own agency', async () => {
    const { id } = await createToken(api, ['READ_ORG']);
    const before = await count('api_token');
    for (const who of ['kasi', 'operator'] as const) {
      const r = await api.gql(`mutation { apiTokenCreate(input: { name: "Nope", scopes: [READ_ORG] }) { secret } }`, {}, await api.as(who));
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const l = await api.gql(`{ apiTokens { totalCount } }`, {}, await api.as(who));
      expect(l.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const other = await api.gql(`{ apiTokens(includeInactive: true) { nodes { id } } }`, {}, await api.as('adminB'));
    expect(other.data.apiTokens.nodes.map((n: any) => n.id)).not.toContain(id);
    const revoke = await api.gql(`mutation($id: ID!) { apiTokenRevoke(input: { id: $id }) { apiToken { id } userErrors { code } } }`, { id }, await api.as('adminB'));
    expect(revoke.data.apiTokenRevoke.userErrors[0].code).toBe('NOT_FOUND');
    const node = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, await api.as('adminB'));
    expect(node.data.node).toBeNull();
    expect(await count('api_token')).toBe(before);
    const row = (await api.db.query(`select revoked_at from api_token where id = $1`, [Number(Buffer.from(id, 'base64url').toString().split(':')[1])])).rows[0];
    expect(row.revoked_at).toBeNull();
  });
});

describe('API tokens: authentication', () => {
  it('authenticates a token as an INTEGRATION reader of its own agency only', async () => {
    const { secret } = await createToken(api, ['READ_ORG']);
    const fx = api.fx;
    const r = await post(api, `query($a: ID!, $b: ID!) { a: employee(id: $a) { name } b: employee(id: $b) { name } agencies { name } ub: orgUnit(id: $u) { name } }`.replace('$b: ID!)', '$b: ID!, $u: ID!)'), secret, {
      a: api.gid('Employee', fx.employees.staff1.id), b: api.gid('Employee', fx.employees.empB.id), u: api.gid('OrgUnit', fx.units.rootB.id),
    });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ a: { name: 'Staf Satu' }, b: null, agencies: [{ name: 'Provinsi Uji' }], ub: null });
    const byNip = await post(api, `query($n: String!) { employeeByNip(nip: $n) { name } }`, secret, { n: fx.employees.empB.nip });
    expect(byNip.body.data.employeeByNip).toBeNull();
    const search = await post(api, `{ employeeSearch(query: "Kabupaten") { totalCount } }`, secret);
    expect(search.body.data.employeeSearch.totalCount).toBe(0);
    const used = await api.db.query(`select last_used_at from api_token where prefix = $1`, [secret.slice(4, 12)]);
    expect(used.rows[0].last_used_at).not.toBeNull();
  });

  it('refuses unknown, malformed, expired and revoked tokens with distinct codes', async () => {
    const unknown = await post(api, `{ agencies { name } }`, `kin_abcdefgh_${'A'.repeat(43)}`);
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.body.data).toBeUndefined();
    const malformed = await post(api, `{ agencies { name } }`, 'kin_short_token');
    expect(malformed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const expired = await createToken(api, ['READ_ORG']);
    await api.db.query(`update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where prefix = $1`, [expired.secret.slice(4, 12)]);
    const e = await post(api, `{ agencies { name } }`, expired.secret);
    expect(e.status).toBe(401);
    expect(e.body.errors[0].extensions).toEqual({ code: 'TOKEN_EXPIRED' });
    expect(e.body.data).toBeUndefined();

    const revoked = await createToken(api, ['READ_ORG']);
    const rv = await api.gql(`mutation($id: ID!) { apiTokenRevoke(input: { id: $id, reason: "Vendor contract ended" }) { apiToken { status revokedReason } userErrors { code } } }`, { id: revoked.id }, await api.as('admin'));
    expect(rv.data.apiTokenRevoke.apiToken).toEqual({ status: 'REVOKED', revokedReason: 'Vendor contract ended' });
    const r = await post(api, `{ agencies { name } }`, revoked.secret);
    expect(r.status).toBe(401);
    expect(r.body.errors[0].extensions).toEqual({ code: 'TOKEN_REVOKED' });
    const again = await api.gql(`mutation($id: ID!) { apiTokenRevoke(input: { id: $id }) { userErrors { code } } }`, { id: revoked.id }, await api.as('admin'));
    expect(again.data.apiTokenRevoke.userErrors[0].code).toBe('TOKEN_INACTIVE');
  });

  it('never lets a token manage tokens or act as an employee, and writes nothing', async () => {
    const { secret, id } = await createToken(api, ['READ_ORG', 'READ_PLANS', 'READ_LOGBOOK', 'READ_EVALUATIONS', 'WRITE_ATTENDANCE']);
    const before = { tokens: await count('api_token'), audit: await count('audit_log') };
    const create = await post(api, `mutation { apiTokenCreate(input: { name: "Self made", scopes: [READ_ORG] }) { secret } }`, secret);
    expect(create.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const rotate = await post(api, `mutation($id: ID!) { apiTokenRotate(input: { id: $id }) { secret } }`, secret, { id });
    expect(rotate.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const list = await post(api, `{ apiTokens { totalCount } }`, secret);
    expect(list.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const unit = await post(api, `mutation { orgUnitCreate(input: { code: "X1", name: "Unit Token" }) { orgUnit { id } } }`, secret);
    expect(unit.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect({ tokens: await count('api_token'), audit: await count('audit_log') }).toEqual(before);
  });

  it('reports its rate-limit budget to the token, and nothing to employees', async () => {
    const { secret } = await createToken(api, ['READ_ORG']);
    const r = await post(api, `{ apiTokenRateLimit { limit remaining refillPerMinute } }`, secret);
    expect(r.body.data.apiTokenRateLimit).toEqual({ limit: 120, remaining: 119, refillPerMinute: 600 });
    const e = await api.gql(`{ apiTokenRateLimit { limit } }`, {}, await api.as('kasi'));
    expect(e.data.apiTokenRateLimit).toBeNull();
  });
});

describe('API tokens: rotation', () => {
  it('replaces the secret, revokes the old one at once and audits it', async () => {
    const old = await createToken(api, ['READ_ORG', 'READ_LOGBOOK'], 'admin', 'Presensi');
    const r = await api.gql(
      `mutation($id: ID!) { apiTokenRotate(input: { id: $id }) { secret apiToken { id name scopes status rotatedFrom { id } } previous { id status revokedReason } userErrors { code } } }`,
      { id: old.id },
      await api.as('admin'),
    );
    const p = r.data.apiTokenRotate;
    expect(p.userErrors).toEqual([]);
    expect(p.apiToken).toMatchObject({ name: 'Presensi', scopes: ['READ_LOGBOOK', 'READ_ORG'], status: 'ACTIVE', rotatedFrom: { id: old.id } });
    expect(p.previous).toEqual({ id: old.id, status: 'REVOKED', revokedReason: 'Rotated' });
    expect(p.secret).not.toBe(old.secret);
    expect((await post(api, `{ agencies { name } }`, old.secret)).body.errors[0].extensions.code).toBe('TOKEN_REVOKED');
    expect((await post(api, `{ agencies { name } }`, p.secret)).body.data.agencies).toHaveLength(1);
    const audit = await api.db.query(`select action, from_state, to_state from audit_log where action = 'API_TOKEN_ROTATE' order by id desc limit 1`);
    expect(audit.rows[0].from_state).toBe(Buffer.from(old.id, 'base64url').toString().split(':')[1]);
    const twice = await api.gql(`mutation($id: ID!) { apiTokenRotate(input: { id: $id }) { secret userErrors { code } } }`, { id: old.id }, await api.as('admin'));
    expect(twice.data.apiTokenRotate).toEqual({ secret: null, userErrors: [{ code: 'TOKEN_INACTIVE' }] });
  });

  it('keeps the old secret working during a grace period', async () => {
    const old = await createToken(api, ['READ_ORG']);
    const r = await api.gql(`mutation($id: ID!) { apiTokenRotate(input: { id: $id, previousValidForMinutes: 60 }) { secret previous { status revokedAt } } }`, { id: old.id }, await api.as('admin'));
    expect(r.data.apiTokenRotate.previous.status).toBe('ACTIVE');
    expect(new Date(r.data.apiTokenRotate.previous.revokedAt).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect((await post(api, `{ agencies { name } }`, old.secret)).status).toBe(200);
    expect((await post(api, `{ agencies { name } }`, r.data.apiTokenRotate.secret)).status).toBe(200);
    const bad = await api.gql(`mutation($id: ID!) { apiTokenRotate(input: { id: $id, previousValidForMinutes: 10081 }) { userErrors { code field } } }`, { id: (await createToken(api, ['READ_ORG'])).id }, await api.as('admin'));
    expect(bad.data.apiTokenRotate.userErrors[0].code).toBe('INVALID_INPUT');
  });
});
