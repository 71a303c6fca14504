import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { buildSchema } from '../../src/graphql/schema';
import { loadModules, type KinerjaModule } from '../../src/modules/registry';
import { employeeOrScope, hasScope, adminOrScope } from '../../src/modules/integrations/rules';
import { createToken } from './helpers';

/**
 * The scope rules other modules use, exercised on a probe schema with real request
 * contexts (real authentication, real audit writes).
 */
let api: TestApi;
let run: (source: string, auth: string) => Promise<any>;

beforeAll(async () => {
  api = await startTestApi();
  const probe: KinerjaModule = {
    name: 'probe',
    resolvers: { Query: { probeLogbook: () => 'ok', probeOrg: () => 'ok' }, Mutation: { probeAttendance: () => 'ok' } } as any,
    permissions: { Query: { probeLogbook: employeeOrScope('READ_LOGBOOK'), probeOrg: adminOrScope('READ_ORG') }, Mutation: { probeAttendance: hasScope('WRITE_ATTENDANCE') } },
  };
  const { schema } = buildSchema([...(await loadModules()), probe], [
    'extend type Query { """Probe.""" probeLogbook: String """Probe.""" probeOrg: String }',
    'extend type Mutation { """Probe.""" probeAttendance: String }',
  ]);
  const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
  run = async (source, auth) => graphql({ schema, source, contextValue: await api.k.app.context(`Bearer ${auth}`) });
});
afterAll(() => api?.stop());

const tokenAudits = async () => (await api.db.query(`select actor_id, actor_kind, data from audit_log where action = 'TOKEN_MUTATION' order by id`)).rows;

describe('scope rules', () => {
  it('refuses a token without the scope with TOKEN_SCOPE and lets one with it through', async () => {
    const org = await createToken(api, ['READ_ORG']);
    const logbook = await createToken(api, ['READ_LOGBOOK']);
    const a = await run('{ probeLogbook }', org.secret);
    expect(a.data?.probeLogbook ?? null).toBeNull();
    expect(a.errors[0].extensions).toMatchObject({ code: 'TOKEN_SCOPE', requiredScope: 'READ_LOGBOOK' });
    expect((await run('{ probeLogbook }', logbook.secret)).data.probeLogbook).toBe('ok');
    expect((await run('{ probeOrg }', org.secret)).data.probeOrg).toBe('ok');
    expect((await run('{ probeOrg }', logbook.secret)).errors[0].extensions.code).toBe('TOKEN_SCOPE');
  });

  it('treats employee sessions by role', async () => {
    expect((await run('{ probeLogbook }', await api.as('staff1'))).data.probeLogbook).toBe('ok');
    expect((await run('{ probeOrg }', await api.as('staff1'))).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await run('{ probeOrg }', await api.as('admin'))).data.probeOrg).toBe('ok');
    expect((await run('mutation { probeAttendance }', await api.as('admin'))).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('audits each token mutation it lets through, and nothing it refuses', async () => {
    const before = (await tokenAudits()).length;
    const without = await createToken(api, ['READ_ORG']);
    const refused = await run('mutation { probeAttendance }', without.secret);
    expect(refused.errors[0].extensions.code).toBe('TOKEN_SCOPE');
    expect((await tokenAudits()).length).toBe(before);
    const attendance = await createToken(api, ['WRITE_ATTENDANCE']);
    const ok = await run('mutation { probeAttendance }', attendance.secret);
    expect(ok.data.probeAttendance).toBe('ok');
    const rows = await tokenAudits();
    expect(rows.length).toBe(before + 1);
    const tokenId = Number(Buffer.from(attendance.id, 'base64url').toString().split(':')[1]);
    expect(rows.at(-1)).toEqual({ actor_id: tokenId, actor_kind: 'TOKEN', data: { field: 'probeAttendance', scope: 'WRITE_ATTENDANCE' } });
  });
});
