import fc from 'fast-check';
import { toGlobalId } from '../../../../src/lib/ids';

/**
 * Hostile leaf values for the fuzzer: every value is well-typed for GraphQL (so it
 * reaches the resolvers) and hostile in content: unicode, NUL bytes, 100 kB strings,
 * SQL/HTML/template injection, huge and negative numbers, malformed or foreign ids,
 * impossible dates.
 */
export const BIG = 'A'.repeat(100 * 1024);
const BIG_UNICODE = 'ꦲꦏ꧀ꦱꦫ🇮🇩'.repeat(8 * 1024);

export const SPECIAL_STRINGS = [
  '', ' ', '  \t\n ', '\u0000', 'a\u0000b', '\u0000'.repeat(64), '\uFEFF', '\u202Ekiri', '\u200B', 'é', 'ı', 'İ', 'ß',
  '🙂', '👨‍👩‍👧‍👦', '\uD800', '\uDFFF', 'x\r\ny', '\\', '\\\\', '"', "'", '`', '%', '_', '%_%', '*', '?',
  "'; drop table employee; --", "' or '1'='1", '1; select pg_sleep(10)', '$1', '$$', 'E\'\\x00\'', '::int', 'null', 'NULL', 'undefined', 'NaN', 'true',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{7*7}}', '${7*7}', '#{7*7}', '${jndi:ldap://x/a}', '../../../../etc/passwd', 'file:///etc/passwd',
  'javascript:alert(1)', 'http://169.254.169.254/latest/meta-data/', 'https://example.org/bukti/1.pdf', 'http://' + 'a'.repeat(3000) + '.id',
  '__proto__', 'constructor', 'prototype', 'toString', '{"a":1}', '[1,2]', '-1', '0', '1e309', '9'.repeat(40), '-0', '0x1F',
  '2026-02-30', '24:00', '23:59', '00:00', '25:61', '08:00', '8:00', '16:00', '12:00:00', '-01:00',
  'Menyusun laporan kegiatan harian', 'Seksi Kurikulum', 'dokumen', 'SKP 2026', 'Password#123', 'Hijacked#12345',
];

const LARGE_STRINGS = [BIG, BIG_UNICODE, 'a\u0000'.repeat(20_000)];

/** A string, hinted by the field or argument name where a plausible shape helps. */
export function stringArb(name: string): fc.Arbitrary<string> {
  const hint = hintFor(name);
  // 100 kB strings are about 1 in 200 strings: enough of them per run (a few hundred),
  // without making every batch pay for parsing and checksumming megabytes.
  return fc.oneof(
    { weight: 50, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 40, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
    { weight: 80, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
    { weight: hint ? 80 : 0, arbitrary: hint ?? fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom(...LARGE_STRINGS) },
  );
}

function hintFor(name: string): fc.Arbitrary<string> | null {
  const n = name.toLowerCase();
  if (n.includes('time')) return fc.oneof(fc.constantFrom('08:00', '10:00', '16:30', '24:00', '00:00', '23:59', '7:5', '12:60', '99:99', '08:00:00', 'T08:00'), fc.tuple(fc.integer({ min: -1, max: 25 }), fc.integer({ min: -1, max: 61 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
  if (n.includes('nip')) return fc.oneof(fc.stringMatching(/^[0-9]{18}$/), fc.constantFrom('198001012005031001', '19800101 200503 1 001', '000000000000000000', '999999999999999999', '1'.repeat(19)));
  if (n.includes('evidence') || n.includes('url') || n.includes('link')) return fc.oneof(fc.webUrl(), fc.constantFrom('ftp://x', 'javascript:alert(1)', 'http://127.0.0.1:5432/', 'data:text/html,<script>'));
  if (n.includes('code')) return fc.stringMatching(/^[A-Z0-9_-]{0,25}$/);
  if (n.includes('unit') || n.includes('satuan')) return fc.constantFrom('dokumen', 'laporan', '%', 'Rp', 'kegiatan', 'x'.repeat(51));
  if (n.includes('password')) return fc.constantFrom('Password#123', 'short', 'a'.repeat(129), 'NoDigitsHere!', '1234567890', 'Valid#Passw0rd');
  if (n.includes('key')) return fc.oneof(fc.uuid(), fc.string({ maxLength: 101 }));
  return null;
}

export const intArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -3, max: 120 }) },
  { weight: 3, arbitrary: fc.constantFrom(0, -1, 1, 100, 101, 1000, 1899, 2000, 2026, 2027, 2200, 2201, 730, 731, 2147483647, -2147483648, 65535) },
  { weight: 1, arbitrary: fc.integer() },
);

export const floatArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 4, arbitrary: fc.constantFrom(0, -0, -1, 0.1, 0.5, 1, 12, 100, 100.0001, 1e15, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 2 ** 63) },
);

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map(isoDate) },
  { weight: 3, arbitrary: fc.constantFrom('2026-11-22', '2026-11-21', '2026-11-23', '2026-10-01', '2026-12-31', '2026-01-01', '2025-12-31', '2027-01-01', '2024-02-29') },
  { weight: 2, arbitrary: fc.constantFrom('2026-02-29', '2026-02-30', '0000-00-00', '0001-01-01', '1899-12-31', '1900-01-01', '2200-12-31', '2201-01-01', '9999-12-31', '2026-1-1', '2026-13-01', '20260101', '', '2026-11-22T00:00:00Z', '+2026-11-22', '２０２６-１１-２２') },
);

export const dateTimeArb: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-11-22T08:00:00+07:00', '2026-11-22', '2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '275760-09-13T00:00:00Z', 'now', ''),
);

/** Known database ids per GraphQL Node type (real rows of the test database). */
export type IdPool = Record<string, number[]>;

const MALFORMED_IDS = [
  '', ' ', '%%%', '\u0000', 'null', '0', '-1', '1', 'RW1wbG95ZWU6MQ', '=', '====', 'a'.repeat(101), BIG.slice(0, 5000),
  toGlobalId('Employee', 0), toGlobalId('Employee', -1), toGlobalId('Employee', '1.5'), toGlobalId('Employee', '1e3'), toGlobalId('Employee', '0x10'),
  toGlobalId('Employee', '9007199254740993'), toGlobalId('Employee', '99999999999999999999'), toGlobalId('Employee', "1' or '1'='1"), toGlobalId('Employee', '1;drop'),
  toGlobalId('employee', 1), toGlobalId('Nope', 1), toGlobalId('__proto__', 1), toGlobalId('Employee', ' 1'), toGlobalId('Employee', '1 '),
  Buffer.from('Employee:1').toString('base64'), Buffer.from('Employee:1\u0000').toString('base64url'), Buffer.from('Employee:１').toString('base64url'),
];

/** An id: of the expected type (real or unknown row), of another type, or malformed. */
export function idArb(pool: IdPool, expected: string[]): fc.Arbitrary<string> {
  const types = Object.keys(pool).filter((t) => pool[t].length);
  const wanted = expected.filter((t) => pool[t]?.length);
  const real = (ts: string[]) => fc.constantFrom(...ts).chain((t) => fc.constantFrom(...pool[t]).map((id) => toGlobalId(t, id)));
  const arbs: fc.WeightedArbitrary<string>[] = [
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_IDS) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...(wanted.length ? wanted : types.length ? types : ['Employee'])), fc.integer({ min: 1, max: 2_000_000 })).map(([t, id]) => toGlobalId(t, id)) },
  ];
  if (wanted.length) arbs.push({ weight: 8, arbitrary: real(wanted) });
  if (types.length) arbs.push({ weight: 2, arbitrary: real(types) });
  return fc.oneof(...arbs);
}
