import type { GraphQLSchema } from 'graphql';
import { isEnum } from './fuzz/kinds';
import type { SecApi } from './server';

/**
 * The roles of issue 8, as request credentials on the fixture org:
 * SUPERADMIN, ADMIN (agency A), OPERATOR (Bidang SMA subtree), EMPLOYEE (staff1),
 * appraiser (kasi, staff1's appraiser), manager two levels up (kabid over staff1),
 * other-agency admin and employee, anonymous, and an INTEGRATION token holding every scope.
 */
export type ActorName = 'anonymous' | 'superadmin' | 'admin' | 'operator' | 'staff1' | 'kasi' | 'kabid' | 'kadis' | 'adminB' | 'empB' | 'integration';

export const FUZZ_ACTORS: ActorName[] = ['anonymous', 'superadmin', 'admin', 'operator', 'staff1', 'kasi', 'kadis', 'adminB', 'integration'];

export interface Actors {
  token(name: ActorName): string | undefined;
  /** Re-signs in an actor whose session was revoked (e.g. a fuzzed password reset). */
  refresh(name: ActorName): Promise<void>;
  integrationTokenId: string | null;
}

/** All scopes the schema's ApiTokenScope enum declares (new scopes are picked up). */
export function allScopes(schema: GraphQLSchema): string[] {
  const e = schema.getType('ApiTokenScope');
  return isEnum(e) ? e.getValues().map((v) => v.name) : [];
}

export async function createIntegrationToken(api: SecApi, scopes: string[], name = 'Fuzz SIMPEG', adminToken?: string): Promise<{ secret: string; id: string } | null> {
  const r = await api.gql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { secret apiToken { id } userErrors { code message } } }`,
    { i: { name, scopes } }, adminToken ?? (await api.as('admin')));
  const p = r.data?.apiTokenCreate;
  return p?.secret ? { secret: p.secret, id: p.apiToken.id } : null;
}

export async function signInActors(api: SecApi, schema: GraphQLSchema, names: ActorName[] = FUZZ_ACTORS): Promise<Actors> {
  const tokens = new Map<ActorName, string | undefined>();
  let integrationTokenId: string | null = null;
  const refresh = async (name: ActorName) => {
    if (name === 'anonymous') return tokens.set(name, undefined) && undefined;
    if (name === 'integration') {
      // With the admin session of these actors: the fuzzer may have reset the admin's
      // password, which revokes older sessions (api.as caches one).
      const t = await createIntegrationToken(api, allScopes(schema), 'Fuzz SIMPEG', tokens.get('admin'));
      tokens.set(name, t?.secret);
      integrationTokenId = t?.id ?? null;
      return;
    }
    tokens.set(name, await api.login(api.fx.employees[name].nip));
  };
  for (const n of names) await refresh(n);
  return {
    token: (n) => tokens.get(n),
    refresh,
    get integrationTokenId() {
      return integrationTokenId;
    },
  };
}
