import type { TestApi } from '../support/api';

/** Creates an integration token through the admin mutation; returns its secret and global id. */
export async function createToken(api: TestApi, scopes: string[], as: 'admin' | 'adminB' = 'admin', name = 'SIMPEG Uji'): Promise<{ secret: string; id: string }> {
  const r = await api.gql(
    `mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret apiToken { id } userErrors { code message } } }`,
    { i: { name, scopes } },
    await api.as(as),
  );
  const p = r.data?.apiTokenCreate;
  if (!p?.secret) throw new Error(`token not created: ${JSON.stringify(r)}`);
  return { secret: p.secret, id: p.apiToken.id };
}

/** A raw POST with any bearer token, returning status, headers and body. */
export async function post(api: TestApi, query: string, token: string, variables?: Record<string, unknown>) {
  const res = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}
