import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, Kind, type ObjectTypeExtensionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { planningPermissions } from '../../src/modules/planning/permissions';
import planning from '../../src/modules/planning/module';

/**
 * Every root field the planning SDL adds has an explicit shield rule in the planning
 * module and a resolver; every description is present (house rule).
 */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema/planning');
const docs = readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => parse(readFileSync(path.join(dir, f), 'utf8')));

function rootFields(type: 'Query' | 'Mutation'): string[] {
  return docs.flatMap((d) => d.definitions)
    .filter((d): d is ObjectTypeExtensionNode => d.kind === Kind.OBJECT_TYPE_EXTENSION && d.name.value === type)
    .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
}

describe('planning schema', () => {
  for (const type of ['Query', 'Mutation'] as const) {
    it(`gives every ${type} field of schema/planning a rule and a resolver`, () => {
      const fields = rootFields(type);
      expect(fields.length).toBeGreaterThan(5);
      const rules = (planningPermissions as any)[type] as Record<string, unknown>;
      const resolvers = (planning.resolvers as any)[type] as Record<string, unknown>;
      expect(fields.filter((f) => !rules[f])).toEqual([]);
      expect(fields.filter((f) => typeof resolvers[f] !== 'function')).toEqual([]);
      expect(Object.keys(rules).filter((f) => !fields.includes(f))).toEqual([]);
    });
  }

  it('describes every type, field, argument, enum value and input field', () => {
    const missing: string[] = [];
    const visit = (node: any, where: string) => {
      if (node.description == null && where) missing.push(where);
    };
    for (const d of docs.flatMap((x) => x.definitions) as any[]) {
      const name = d.name.value;
      if (d.kind !== Kind.OBJECT_TYPE_EXTENSION && d.kind !== Kind.ENUM_TYPE_EXTENSION) visit(d, name);
      for (const f of d.fields ?? []) {
        visit(f, `${name}.${f.name.value}`);
        for (const a of f.arguments ?? []) visit(a, `${name}.${f.name.value}(${a.name.value})`);
      }
      for (const v of d.values ?? []) visit(v, `${name}.${v.name.value}`);
    }
    expect(missing).toEqual([]);
  });
});
