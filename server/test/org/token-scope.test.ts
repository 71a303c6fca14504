import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/** Integration tokens read the organisation only with READ_ORG, through root queries and node(id:) alike. */
let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.as('admin');
  for (const scopes of [['READ_LOGBOOK'], ['READ_ORG']]) {
    const r = await api.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret userErrors { code message } } }`,
      { i: { name: `test ${scopes[0]}`, scopes } }, admin);
    expect(r.data?.apiTokenCreate.userErrors).toEqual([]);
    tokens[scopes[0]] = r.data.apiTokenCreate.secret;
  }
});
afterAll(() => api?.stop());

describe('org reads by integration tokens', () => {
  const q = `query($id: ID!) { employee(id: $id) { name } }`;
  const n = `query($id: ID!) { node(id: $id) { ... on Employee { name } } }`;

  it('refuses a token without READ_ORG, on the root query and through node(id:)', async () => {
    const id = api.gid('Employee', api.fx.employees.kasi.id);
    const r = await api.gql(q, { id }, tokens.READ_LOGBOOK);
    expect(r.errors?.[0].extensions?.code).toBe('TOKEN_SCOPE');
    const viaNode = await api.gql(n, { id }, tokens.READ_LOGBOOK);
    expect(viaNode.data.node).toBeNull();
  });

  it('serves a token with READ_ORG its own agency only', async () => {
    const own = await api.gql(q, { id: api.gid('Employee', api.fx.employees.kasi.id) }, tokens.READ_ORG);
    expect(own.data.employee.name).toBe('Kasi Kurikulum');
    const viaNode = await api.gql(n, { id: api.gid('Employee', api.fx.employees.kasi.id) }, tokens.READ_ORG);
    expect(viaNode.data.node.name).toBe('Kasi Kurikulum');
    const other = await api.gql(q, { id: api.gid('Employee', api.fx.employees.empB.id) }, tokens.READ_ORG);
    expect(other.data.employee).toBeNull();
  });
});
