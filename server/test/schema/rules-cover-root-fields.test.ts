import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { buildSchema } from '../../src/graphql/schema';
import { loadModules, type KinerjaModule } from '../../src/modules/registry';
import { LoaderCache, type Context } from '../../src/graphql/context';

/**
 * Secure by default: every root field must have an explicit shield rule (not a
 * wildcard), and a root field that has none is denied.
 */
describe('permissions cover the schema', () => {
  it('gives every Query and Mutation field an explicit rule', async () => {
    const modules = await loadModules();
    const { schema, rules } = buildSchema(modules);
    const missing: string[] = [];
    for (const typeName of ['Query', 'Mutation']) {
      const type = schema.getType(typeName) as any;
      const typeRules = (rules as any)[typeName] ?? {};
      for (const field of Object.keys(type.getFields())) {
        if (!(field in typeRules) || field === '*') missing.push(`${typeName}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('denies a root field that has no rule', async () => {
    const modules = await loadModules();
    const rogue: KinerjaModule = { name: 'rogue', resolvers: { Query: { rogueSecret: () => 'leaked' } } as any, permissions: {} };
    const { schema } = buildSchema([...modules, rogue], ['extend type Query { """Test only.""" rogueSecret: String }']);
    const ctx = { viewer: { kind: 'EMPLOYEE', employeeId: 1, agencyId: 1, role: 'SUPERADMIN', operatorUnitId: null, mustChangePassword: false }, loaders: new LoaderCache() } as unknown as Context;
    // graphql-tools builds the schema with the CommonJS build of graphql; execute with the same one.
    const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    const res = await graphql({ schema, source: '{ rogueSecret }', contextValue: ctx });
    expect(res.data?.rogueSecret ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
