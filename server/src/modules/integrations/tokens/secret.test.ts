import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, TOKEN_PATTERN } from './secret';

describe('integration token secrets', () => {
  it('have the kin_<prefix>_<secret> shape and a SHA-256 hash', () => {
    const s = newSecret();
    expect(s.secret).toMatch(TOKEN_PATTERN);
    expect(s.secret.startsWith(`kin_${s.prefix}_`)).toBe(true);
    expect(s.hashHex).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(s.secret)).toBe(s.hashHex);
  });

  it('never repeat', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => newSecret().secret));
    expect(seen.size).toBe(2000);
  });

  it.each([
    ['kin_abcdefgh_short', false],
    ['kin_ABCDEFGH_' + 'a'.repeat(43), false],
    ['kin_abcdefgh_' + 'a'.repeat(43), true],
    ['kin_abcdefgh_' + 'a'.repeat(42) + '-', false],
  ])('recognises %s: %s', (token, ok) => {
    expect(TOKEN_PATTERN.test(token)).toBe(ok);
  });
});
