import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { jitGateway } from './jit';
import { nestedOptionalVariables } from './jit-variables';
import { Lru } from './lru';

// The CommonJS graphql, as @graphql-tools builds the served schema with it.
const require = createRequire(import.meta.url);
const G = require('graphql') as typeof import('graphql');
const { makeExecutableSchema } = require('@graphql-tools/schema') as typeof import('@graphql-tools/schema');

const typeDefs = `
  input NoteInput { id: ID! note: String tags: [String!] }
  type PageConnection { nodes: [Int!]! totalCount: Int! }
  type Query { echo(input: NoteInput!): String! page: PageConnection! count: Int! refused: Int! list: [Int] }
`;

function schema(calls: { n: number }): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: {
      Query: {
        echo: (_p: unknown, { input }: { input: Record<string, unknown> }) => JSON.stringify(input, (_k, v) => (v === undefined ? 'undefined' : v)) + ('note' in input ? '' : ' (no note)'),
        page: () => ({ nodes: [1, 2], totalCount: () => { calls.n += 1; return 2; } }),
        count: () => 1,
        refused: () => { throw new G.GraphQLError('No.', { extensions: { code: 'FORBIDDEN' } }); },
        list: () => [1, new Error('bad item'), 3],
      },
    },
  });
}

async function run(s: GraphQLSchema, gateway: ReturnType<typeof jitGateway>, query: string, variables: Record<string, unknown> = {}) {
  const { executor } = await gateway.load({ apollo: { key: '', keyHash: '', graphRef: '' } as never });
  const document = G.parse(query);
  const operation = G.getOperationAST(document) ?? undefined;
  const rc = { request: { query, variables }, document, operation, operationName: operation?.name?.value ?? null, queryHash: query, source: query, context: {}, logger: console } as never;
  const jit = (await executor!(rc)) as ExecutionResult;
  const js = await G.execute({ schema: s, document, variableValues: variables, contextValue: {} });
  return { jit: JSON.parse(JSON.stringify(jit)), js: JSON.parse(JSON.stringify(js)) };
}

describe('jitGateway', () => {
  it('answers like graphql-js, also for what graphql-jit does differently on its own', async () => {
    const calls = { n: 0 };
    const s = schema(calls);
    const gateway = jitGateway(s);
    const cases: [string, Record<string, unknown>?][] = [
      ['{ page { nodes totalCount } count }'],
      ['query($n: String) { echo(input: { id: "1", note: $n }) }', {}], // omitted nested variable: no note, not null
      ['query($n: String) { echo(input: { id: "1", note: $n }) }', { n: null }],
      ['query($n: String) { echo(input: { id: "1", note: $n }) }', { n: 'x' }],
      ['query($i: NoteInput!) { echo(input: $i) }', { i: { id: 1, tags: 'a' } }],
      ['query($i: NoteInput!) { echo(input: $i) }', { i: { id: true, extra: 1 } }], // coercion errors: graphql-js words
      ['query($i: NoteInput!) { echo(input: $i) }', {}],
      ['query($t: String) { echo(input: { id: "1", tags: ["a", $t] }) }', {}],
      ['{ count refused }'], // null bubbles to data: null
      ['{ a: list b: count }'],
    ];
    for (const [query, variables] of cases) {
      const { jit, js } = await run(s, gateway, query, variables);
      expect(jit, query).toEqual(js);
    }
    expect(calls.n).toBe(2); // the lazy totalCount ran under both executors
  });

  it('answers graphql-js errors, which plugins may reword (armor masks field suggestions)', async () => {
    const s = schema({ n: 0 });
    const { executor } = await jitGateway(s).load({ apollo: {} as never });
    const document = G.parse('{ refused }');
    const rc = { request: { query: '{ refused }' }, document, operation: G.getOperationAST(document), queryHash: 'h', context: {}, logger: console } as never;
    const [error] = ((await executor!(rc)) as ExecutionResult).errors!;
    expect(error).toBeInstanceOf(G.GraphQLError);
    error.message = error.message.replace('No', 'Nope');
    expect(error.toJSON()).toEqual({ message: 'Nope.', locations: [{ line: 1, column: 3 }], path: ['refused'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('nestedOptionalVariables', () => {
  it.each([
    ['query($a: String) { f(x: $a) }', []],
    ['query($a: String) { f(x: { y: $a }) }', ['a']],
    ['query($a: String = "d") { f(x: { y: $a }) }', []],
    ['query($a: String, $b: Int) { f(x: [$a]) ...F } fragment F on Q { g(z: { w: { v: $b } }) }', ['a', 'b']],
  ])('%s', (query, expected) => {
    const doc = G.parse(query);
    expect(nestedOptionalVariables(doc, G.getOperationAST(doc)!)).toEqual(expected);
  });
});

describe('Lru', () => {
  it('evicts the least recently used entry', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});
