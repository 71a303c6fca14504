import type { Em } from '../db/orm';
import type { AppServices } from '../app-services';
import type { Viewer } from './viewer';
import { viewerFromSession } from '../modules/auth/service';

/**
 * Turns an Authorization header into a viewer. Session JWTs are handled here;
 * other credential kinds (integration tokens) plug in as authenticators that claim
 * the tokens they recognise (returning undefined for the others).
 */
export type Authenticator = (services: AppServices, em: Em, token: string) => Promise<Viewer | null | undefined>;

export async function authenticate(services: AppServices, em: Em, header: string | undefined, extra: Authenticator[]): Promise<Viewer | null> {
  if (!header) return null;
  const m = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,4096})$/.exec(header.trim());
  if (!m) return null;
  const token = m[1];
  for (const a of extra) {
    const v = await a(services, em, token);
    if (v !== undefined) return v;
  }
  const claims = await services.tokens.verify(token);
  if (!claims) return null;
  return viewerFromSession(em, Number(claims.sub), claims.pwv);
}
