import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library defaults (m=19456 KiB, t=2, p=1), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random secret, verified against when the NIP is unknown (uniform timing). */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(`dummy-${Math.random()}`);
  return dummy;
}

/** Password rules; returns the first broken rule as a message, or null. */
export function passwordProblem(password: string, nip: string): string | null {
  if (password.length < 10) return 'The password must have at least 10 characters.';
  if (password.length > 128) return 'The password must have at most 128 characters.';
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return 'The password must contain a letter and a digit.';
  if (password.includes(nip.slice(0, 8)) || password.includes(nip)) return 'The password must not contain the NIP or the birth date.';
  return null;
}

/** A readable one-time password: 12 characters, letters and digits. */
export function oneTimePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return /\d/.test(out) ? out : `${out.slice(0, 11)}7`;
}
