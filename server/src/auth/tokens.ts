import { SignJWT, jwtVerify, errors } from 'jose';

export interface SessionClaims {
  sub: string;
  /** password version: seconds of the last password change, so a change revokes old tokens */
  pwv: number;
}

export class TokenService {
  private readonly key: Uint8Array;
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
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: 'kinerja', audience: 'kinerja-api' });
      if (typeof payload.sub !== 'string' || !/^\d+$/.test(payload.sub) || typeof payload.pwv !== 'number') return null;
      return { sub: payload.sub, pwv: payload.pwv };
    } catch (err) {
      if (err instanceof errors.JOSEError) return null;
      throw err;
    }
  }
}
