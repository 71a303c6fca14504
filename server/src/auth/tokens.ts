import { SignJWT, jwtVerify, errors } from 'jose';

export interface SessionClaims {
  sub: string;
  /** password version: seconds of the last password change, so a change revokes old tokens */
  pwv: number;
}

/** How many verified tokens the process remembers (a few per active session). */
const VERIFIED_CACHE_SIZE = 10_000;

export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Verified tokens and their expiry: signature checks (WebCrypto HMAC, ~1 ms) run once
   * per token instead of once per request. Revocation does not depend on it: every
   * request still reads the account (active, password version).
   */
  private readonly verified = new Map<string, { claims: SessionClaims; exp: number }>();

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(employeeId: number, passwordVersion: number): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ pwv: passwordVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(employeeId))
      .setIssuedAt()
      .setIssuer('kinerja')
      .setAudience('kinerja-api')
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Returns the claims, or null for an invalid, expired or foreign token. */
  async verify(token: string): Promise<SessionClaims | null> {
    const hit = this.verified.get(token);
    if (hit) {
      if (hit.exp * 1000 > Date.now()) return hit.claims;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: 'kinerja', audience: 'kinerja-api' });
      if (typeof payload.sub !== 'string' || !/^\d+$/.test(payload.sub) || typeof payload.pwv !== 'number') return null;
      const claims = { sub: payload.sub, pwv: payload.pwv };
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, exp: payload.exp ?? 0 });
      return claims;
    } catch (err) {
      if (err instanceof errors.JOSEError) return null;
      throw err;
    }
  }
}
