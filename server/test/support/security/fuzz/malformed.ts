import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { ActorName } from '../actors';
import { BIG } from './values';

/**
 * Malformed HTTP requests: broken JSON, invalid UTF-8, wrong content types and methods,
 * non-string queries, mangled documents (valid operations cut or spliced at random
 * points), persisted-query and extension junk, odd GET parameters.
 */
export interface RawOp {
  kind: 'raw';
  actor: ActorName;
  label: string;
  method: string;
  search?: string;
  contentType?: string;
  body?: string | Buffer;
  /** The refusal code this request must get (checked by the runner), when it is known. */
  expectCode?: string;
}

const VALID = [
  '{ viewer { role employee { name } } }',
  'query($id: ID!) { employee(id: $id) { name subordinates { totalCount } } }',
  'mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }',
  'mutation { orgUnitCreate(input: { code: "X", name: "Unit X" }) { orgUnit { id } userErrors { code } } }',
];

function mangle(doc: string, at: number, junk: string): string {
  const i = at % (doc.length + 1);
  return doc.slice(0, i) + junk + doc.slice(i);
}

/** An automatic persisted query registration as Apollo clients send it (query with its true hash). */
const APQ_REGISTRATION = JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ __typename }').digest('hex') } } });

const JUNK = ['', '{', '}', '(', ')', '"', '"""', '...', '@', '$', '#', '\u0000', '\uFFFF', '\\u0000', 'query', 'fragment', ':', '!', '[', ']', '|', '&', '=', '\n\n', 'on', '__schema'];

export function malformedArb(actors: ActorName[]): fc.Arbitrary<RawOp> {
  const actor = fc.constantFrom(...actors);
  const json = (label: string, body: fc.Arbitrary<string | Buffer>, contentType = 'application/json') =>
    fc.record({ actor, body }).map(({ actor, body }) => ({ kind: 'raw' as const, actor, label, method: 'POST', contentType, body }));
  return fc.oneof(
    json('truncated JSON', fc.tuple(fc.constantFrom(...VALID), fc.nat()).map(([q, n]) => { const s = JSON.stringify({ query: q }); return s.slice(0, n % s.length); })),
    json('mangled document', fc.tuple(fc.constantFrom(...VALID), fc.nat(), fc.constantFrom(...JUNK), fc.nat()).map(([q, at, junk, cut]) => JSON.stringify({ query: cut % 3 === 0 ? mangle(q, at, junk).slice(0, cut % 80) : mangle(q, at, junk) }))),
    json('random text document', fc.string({ unit: 'grapheme', maxLength: 200 }).map((q) => JSON.stringify({ query: q }))),
    json('random bytes', fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b))),
    json('invalid UTF-8 in a string', fc.uint8Array({ minLength: 1, maxLength: 8 }).map((b) => Buffer.concat([Buffer.from('{"query":"{ employeeSearch(query: \\"'), Buffer.from(b.map((x) => x | 0x80)), Buffer.from('\\") { totalCount } }"}')]))),
    json('non-string query', fc.constantFrom('{"query":42}', '{"query":null}', '{"query":["{ viewer { role } }"]}', '{"query":{"kind":"Document"}}', '{"query":true}', '{}', '[]', 'null', '"{ viewer { role } }"', '42')),
    json('odd variables', fc.constantFrom('"x"', '[1,2]', '5', 'null', '{"__proto__":{"admin":true}}', '{"id":{"$gt":""}}', '{"id":["a","b"]}').map((v) => `{"query":"query($id: ID) { viewer { role } }","variables":${v}}`)),
    json('odd operationName', fc.constantFrom('42', 'null', '"Nope"', '["a"]', '{"a":1}', `"${'n'.repeat(10000)}"`).map((n) => `{"query":"query A { viewer { role } } query B { viewer { role } }","operationName":${n}}`)),
    // Automatic persisted queries are off (app.ts persistedQueries: false): every request with
    // a persistedQuery extension, even a well-formed registration, gets PERSISTED_QUERY_NOT_SUPPORTED.
    json('persisted query junk', fc.constantFrom('{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}', '{"extensions":{"persistedQuery":{"version":2}}}', '{"query":"{ viewer { role } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}', '{"query":"{ viewer { role } }","extensions":"x"}', APQ_REGISTRATION))
      .map((op) => (String(op.body).includes('persistedQuery') ? { ...op, expectCode: 'PERSISTED_QUERY_NOT_SUPPORTED' } : op)),
    json('duplicated keys and deep JSON', fc.nat(3000).map((n) => `{"query":"{ viewer { role } }","query":"{ __typename }","variables":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`)),
    json('document full of comments and whitespace', fc.nat(20000).map((n) => JSON.stringify({ query: `${'#'.repeat(n)}\n${' '.repeat(n)}{ __typename }` }))),
    json('huge string literal', fc.constant(JSON.stringify({ query: `{ employeeSearch(query: "${BIG}") { totalCount } }` }))),
    json('BOM and odd charset', fc.constant(`\uFEFF${JSON.stringify({ query: '{ viewer { role } }' })}`), 'application/json; charset=utf-16'),
    json('UTF-16 body', fc.constant(Buffer.from(JSON.stringify({ query: '{ viewer { role } }' }), 'utf16le'))),
    fc.record({ actor, ct: fc.constantFrom('text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', 'application/graphql-response+json', ''), q: fc.constantFrom(...VALID) })
      .map(({ actor, ct, q }) => ({ kind: 'raw' as const, actor, label: `content type ${ct || 'none'}`, method: 'POST', contentType: ct || undefined, body: ct === 'application/x-www-form-urlencoded' ? `query=${encodeURIComponent(q)}` : q })),
    fc.record({ actor, method: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS') })
      .map(({ actor, method }) => ({ kind: 'raw' as const, actor, label: `method ${method}`, method, contentType: 'application/json', body: JSON.stringify({ query: VALID[0] }) })),
    fc.record({ actor, search: fc.constantFrom('?query=%7B', '?query=%00', '?variables=%7B', '?query=%7B%20viewer%20%7B%20role%20%7D%20%7D&variables=x', '?query=' + 'a'.repeat(6000), '?query[]=1&query[]=2', '?extensions=%7B%22persistedQuery%22%3A1%7D', '?%zz') })
      .map(({ actor, search }) => ({ kind: 'raw' as const, actor, label: 'GET junk', method: 'GET', search })),
  );
}
