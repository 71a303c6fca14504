import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { PASSWORD } from '../support/fixture';
import { viewerFromSession } from '../../src/modules/auth/service';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token expiresAt mustChangePassword userErrors { code field message } } }`;
const login = (nip: string, password: string) => api.gql(LOGIN, { i: { nip, password } });

describe('login', () => {
  it('signs in with NIP (spaces allowed) and password and returns an expiring token', async () => {
    const nip = api.fx.employees.staff1.nip;
    const spaced = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    const r = await login(spaced, PASSWORD);
    expect(r.data.login.userErrors).toEqual([]);
    expect(r.data.login.token).toMatch(/^ey/);
    expect(new Date(r.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('gives the same message for an unknown NIP and a wrong password, and never returns hashes', async () => {
    const unknown = await login('199001012019031999', 'Whatever#123');
    const wrong = await login(api.fx.employees.staff2.nip, 'Wrong#12345');
    expect(unknown.data.login.userErrors[0]).toEqual(wrong.data.login.userErrors[0]);
    expect(unknown.data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const schema = await api.gql(`{ __type(name: "Employee") { fields { name } } }`);
    expect(JSON.stringify(schema.data)).not.toMatch(/password/i);
  });

  it('refuses a NIP after 5 failures, even with the right password', async () => {
    const nip = api.fx.employees.staff3.nip;
    for (let i = 0; i < 5; i++) expect((await login(nip, `Wrong#${i}xxxxx`)).data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const locked = await login(nip, PASSWORD);
    expect(locked.data.login.token).toBeNull();
    expect(locked.data.login.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    await api.db.query('update login_attempt set locked_until = now() - interval \'1 second\' where nip = $1', [nip]);
    expect((await login(nip, PASSWORD)).data.login.token).toBeTruthy();
  });

  it('refuses a deactivated employee and revokes their session', async () => {
    const token = await api.login(api.fx.employees.kabid2.nip);
    const admin = await api.as('admin');
    const r = await api.gql(`mutation($i: EmployeeUpdateInput!) { employeeUpdate(input: $i) { employee { isActive } userErrors { code } } }`,
      { i: { id: api.gid('Employee', api.fx.employees.kabid2.id), isActive: false } }, admin);
    expect(r.data.employeeUpdate.employee.isActive).toBe(false);
    expect((await login(api.fx.employees.kabid2.nip, PASSWORD)).data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const me = await api.gql(`{ viewer { role } }`, {}, token);
    expect(me.data.viewer).toBeNull();
    await api.db.query('update employee set is_active = true where id = $1', [api.fx.employees.kabid2.id]);
  });

  it('rejects unauthenticated access to protected fields with UNAUTHENTICATED', async () => {
    const r = await api.gql(`{ employee(id: "${api.gid('Employee', api.fx.employees.kasi.id)}") { name } }`);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.gql(`{ employee(id: "${api.gid('Employee', api.fx.employees.kasi.id)}") { name } }`, {}, 'not-a-real-token-at-all');
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  const CHANGE = `mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { changed token userErrors { code field message } } }`;

  it('changes the own password with the old one, enforcing the rules', async () => {
    const token = await api.login(api.fx.employees.kabid.nip);
    const wrongOld = await api.gql(CHANGE, { i: { oldPassword: 'nope-nope-1', newPassword: 'Brand#new2026' } }, token);
    expect(wrongOld.data.passwordChange.userErrors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS', field: ['input', 'oldPassword'] });
    for (const [pw, msg] of [['short1', /at least 10/], ['allletterspassword', /letter and a digit/], [api.fx.employees.kabid.nip.slice(0, 8) + 'ab', /NIP/]] as const) {
      const r = await api.gql(CHANGE, { i: { oldPassword: PASSWORD, newPassword: pw } }, token);
      expect(r.data.passwordChange.userErrors[0].code).toBe('WEAK_PASSWORD');
      expect(r.data.passwordChange.userErrors[0].message).toMatch(msg);
    }
    expect((await login(api.fx.employees.kabid.nip, PASSWORD)).data.login.token).toBeTruthy();
    const ok = await api.gql(CHANGE, { i: { oldPassword: PASSWORD, newPassword: 'Brand#new2026' } }, token);
    expect(ok.data.passwordChange.changed).toBe(true);
    expect((await api.gql(`{ viewer { role } }`, {}, token)).data.viewer).toBeNull();
    expect((await api.gql(`{ viewer { role } }`, {}, ok.data.passwordChange.token)).data.viewer.role).toBe('EMPLOYEE');
    expect((await login(api.fx.employees.kabid.nip, 'Brand#new2026')).data.login.token).toBeTruthy();
  });

  it('lets an admin reset to a one-time password that must be changed first', async () => {
    const admin = await api.as('admin');
    const RESET = `mutation($i: PasswordResetInput!) { passwordReset(input: $i) { oneTimePassword userErrors { code } } }`;
    const r = await api.gql(RESET, { i: { employee: api.gid('Employee', api.fx.employees.staff2.id) } }, admin);
    const otp = r.data.passwordReset.oneTimePassword;
    expect(otp).toMatch(/^[A-Za-z0-9]{12}$/);
    const l = await login(api.fx.employees.staff2.nip, otp);
    expect(l.data.login.mustChangePassword).toBe(true);
    const blocked = await api.gql(`{ employee(id: "${api.gid('Employee', api.fx.employees.staff2.id)}") { name } }`, {}, l.data.login.token);
    expect(blocked.errors?.[0].extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const viewer = await api.gql(`{ viewer { mustChangePassword } }`, {}, l.data.login.token);
    expect(viewer.data.viewer.mustChangePassword).toBe(true);
    const changed = await api.gql(CHANGE, { i: { oldPassword: otp, newPassword: 'Fresh#start2026' } }, l.data.login.token);
    expect(changed.data.passwordChange.changed).toBe(true);
    const after = await api.gql(`{ employee(id: "${api.gid('Employee', api.fx.employees.staff2.id)}") { name } }`, {}, changed.data.passwordChange.token);
    expect(after.data.employee.name).toBe('Staf Dua');
  });

  it('refuses a reset by a non-admin and by an admin of another agency', async () => {
    const RESET = `mutation($i: PasswordResetInput!) { passwordReset(input: $i) { oneTimePassword userErrors { code } } }`;
    const target = { i: { employee: api.gid('Employee', api.fx.employees.staff1.id) } };
    const byEmployee = await api.gql(RESET, target, await api.as('kasi'));
    expect(byEmployee.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOtherAgency = await api.gql(RESET, target, await api.as('adminB'));
    expect(byOtherAgency.data.passwordReset.userErrors[0].code).toBe('NOT_FOUND');
    const audit = await api.db.query(`select count(*)::int as n from audit_log where action = 'PASSWORD_RESET' and entity_id = $1`, [api.fx.employees.staff1.id]);
    expect(audit.rows[0].n).toBe(0);
  });
});

describe('session lookups of concurrent requests', () => {
  it('reads the accounts of requests arriving together in one statement, each request getting its own', async () => {
    const who = ['staff3', 'kasi', 'sekda', 'kadis'] as const;
    const tokens = await Promise.all(who.map((w) => api.as(w)));
    const ME = `{ viewer { employee { id } } }`;
    const ask = () => Promise.all(Array.from({ length: 20 }, (_v, i) => api.gql(ME, {}, tokens[i % who.length])));
    let answers: Awaited<ReturnType<typeof ask>> = [];
    const statements = await api.statements(async () => {
      answers = await ask();
    });
    answers.forEach((a, i) => expect(a.data.viewer.employee.id).toBe(api.gid('Employee', api.fx.employees[who[i % who.length]].id)));
    const lookups = statements.filter((s) => /from employee where id = (any|\$1)/.test(s.replace(/\s+/g, ' ')));
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.length).toBeLessThan(20);

    // one of them deactivated: refused in the same wave, the others unaffected
    await api.db.query('update employee set is_active = false where id = $1', [api.fx.employees.kasi.id]);
    try {
      const again = await ask();
      again.forEach((a, i) => {
        if (who[i % who.length] === 'kasi') expect(a.data.viewer).toBeNull();
        else expect(a.data.viewer.employee.id).toBe(api.gid('Employee', api.fx.employees[who[i % who.length]].id));
      });
    } finally {
      await api.db.query('update employee set is_active = true where id = $1', [api.fx.employees.kasi.id]);
    }
  });

  it('never reads the accounts of two databases together (two apps in one process)', async () => {
    const second = await startTestApi();
    try {
      const id = api.fx.employees.kasi.id;
      expect(second.fx.employees.kasi.id).toBe(id); // same fixture, same ids
      // the same account in both databases but for one column: inactive in the second
      const changed = (await api.db.query(`select password_changed_at from employee where id = $1`, [id])).rows[0].password_changed_at;
      await second.db.query('update employee set is_active = false, password_changed_at = $2 where id = $1', [id, changed]);
      const pwv = async (app: TestApi) => (await app.db.query(`select coalesce(floor(extract(epoch from password_changed_at)), 0)::int as v from employee where id = $1`, [id])).rows[0].v;
      // the same account id in both databases, looked up in the same pass of the event loop
      const [v1, v2] = [await pwv(api), await pwv(second)];
      const [here, there] = await Promise.all([
        viewerFromSession(api.k.services.orm.em.fork(), id, v1),
        viewerFromSession(second.k.services.orm.em.fork(), id, v2),
      ]);
      expect(here).not.toBeNull();
      expect(there).toBeNull();
    } finally {
      await second.stop();
    }
  });
});
