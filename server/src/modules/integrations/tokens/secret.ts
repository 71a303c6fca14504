import { createHash, randomBytes } from 'node:crypto';

/**
 * Integration token secrets: `kin_<prefix>_<secret>`, with an 8-character public
 * prefix (lower-case base36) and 43 base62 characters (256 bits) of secret. Only the
 * SHA-256 of the whole string is stored: the secret has full entropy, so a fast hash
 * is enough (no password stretching needed), and a lookup costs one index probe.
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
export const TOKEN_PATTERN = /^kin_([a-z0-9]{8})_([0-9A-Za-z]{43})$/;

/** Uniform random characters by rejection sampling (no modulo bias). */
function randomChars(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      if (b < limit && out.length < length) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

export interface NewSecret {
  secret: string;
  prefix: string;
  hashHex: string;
}

export function newSecret(): NewSecret {
  const prefix = randomChars(BASE36, 8);
  const secret = `kin_${prefix}_${randomChars(BASE62, 43)}`;
  return { secret, prefix, hashHex: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export const displayPrefix = (prefix: string) => `kin_${prefix}_…`;
