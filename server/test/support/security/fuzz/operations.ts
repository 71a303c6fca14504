import fc from 'fast-check';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, GraphQLType } from 'graphql';
import {
  namedType as getNamedType, isEnum as isEnumType, isInputObject as isInputObjectType, isInterface as isInterfaceType, isLeaf as isLeafType,
  isList as isListType, isNonNull as isNonNullType, isObject as isObjectType, isScalar as isScalarType, isUnion as isUnionType,
} from './kinds';
import type { ActorName } from '../actors';
import { dateArb, dateTimeArb, floatArb, idArb, intArb, stringArb, SPECIAL_STRINGS, type IdPool } from './values';

/**
 * Operations generated from the schema: for every Query and Mutation field, a
 * document with variables for all its arguments (valid GraphQL shapes, hostile values)
 * and a random selection set reaching up to three levels into the result, including
 * nested fields with their own (fuzzed) arguments and inline fragments on Node types.
 * One operation in ten corrupts a variable (wrong JSON type, null for non-null,
 * missing required, unknown input field, out-of-range Int).
 */
export interface GqlOp {
  kind: 'gql';
  actor: ActorName;
  root: 'query' | 'mutation';
  field: string;
  query: string;
  variables: Record<string, unknown>;
  corrupted: string | null;
}

export interface RootField {
  root: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const out: RootField[] = [];
  for (const [root, t] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    if (!t) continue;
    for (const [name, field] of Object.entries(t.getFields())) out.push({ root, name, field });
  }
  return out;
}

const ID_NAME_HINTS: Record<string, string[]> = {
  unit: ['OrgUnit'], parent: ['OrgUnit'], newParent: ['OrgUnit'], superior: ['Position'], appraiser: ['Employee'],
  plan: ['PerformancePlan'], parentGoal: ['Goal'], objective: ['StrategicObjective'], agreement: ['PerformanceAgreement'],
  entries: ['LogbookEntry'], ids: [], agency: ['Agency'], evaluationPeriod: ['EvaluationPeriod'],
};

export class OperationGenerator {
  private readonly nodeTypes: string[];
  private readonly argsCache = new Map<string, fc.Arbitrary<Record<string, unknown>>>();
  private readonly inputCache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(private readonly schema: GraphQLSchema, private readonly pool: IdPool, private readonly actors: ActorName[]) {
    const node = schema.getType('Node');
    this.nodeTypes = node && isInterfaceType(node) ? schema.getPossibleTypes(node).map((t) => t.name) : [];
  }

  /** Node types an id named `name` most likely refers to (input `GoalUpdateInput.id` → Goal). */
  idTypes(name: string, owner: string): string[] {
    if (ID_NAME_HINTS[name]?.length) return ID_NAME_HINTS[name];
    if (name === 'id' || name === 'ids') {
      const prefix = this.nodeTypes.filter((t) => owner.startsWith(t)).sort((a, b) => b.length - a.length)[0];
      return prefix ? [prefix] : this.nodeTypes;
    }
    const n = name.replace(/s$/, '').toLowerCase();
    const matches = this.nodeTypes.filter((t) => t.toLowerCase() === n || t.toLowerCase().endsWith(n));
    return matches.length ? matches : this.nodeTypes;
  }

  private valueArb(type: GraphQLInputType, name: string, owner: string, depth: number): fc.Arbitrary<unknown> {
    if (isNonNullType(type)) return this.valueArb(type.ofType as GraphQLInputType, name, owner, depth);
    if (isListType(type)) {
      const item = this.valueArb(type.ofType as GraphQLInputType, name, owner, depth + 1);
      return fc.oneof(
        { weight: 10, arbitrary: fc.array(item, { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 101, maxLength: 104 }) },
      );
    }
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int': return intArb;
        case 'Float': return floatArb;
        case 'Boolean': return fc.boolean();
        case 'ID': return idArb(this.pool, this.idTypes(name, owner));
        case 'Date': return dateArb;
        case 'DateTime': return dateTimeArb;
        default: return stringArb(name);
      }
    }
    if (isInputObjectType(type)) {
      const key = `${type.name}@${Math.min(depth, 4)}`;
      const cached = this.inputCache.get(key);
      if (cached) return cached;
      const fields = Object.values(type.getFields());
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const f of fields) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) required.push(f.name);
        else if (depth >= 4) continue;
        const v = this.valueArb(f.type, f.name, type.name, depth + 1);
        model[f.name] = isNonNullType(f.type) ? v : fc.oneof({ weight: 4, arbitrary: v }, { weight: 1, arbitrary: fc.constant(null) });
      }
      const arb = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<unknown>;
      this.inputCache.set(key, arb);
      return arb;
    }
    return fc.constant(null);
  }

  private argsArb(owner: string, args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
    const key = `${owner}(${args.map((a) => a.name).join(',')})`;
    let arb = this.argsCache.get(key);
    if (!arb) {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const a of args) {
        model[a.name] = this.valueArb(a.type, a.name, owner, 0);
        if (isNonNullType(a.type) && a.defaultValue === undefined) required.push(a.name);
      }
      arb = fc.record(model, { requiredKeys: required });
      this.argsCache.set(key, arb);
    }
    return arb;
  }

  /** Arbitrary over all root fields × actors. */
  operations(fields: RootField[]): fc.Arbitrary<GqlOp> {
    const perField = fields.map((rf) =>
      fc.record({
        actor: fc.constantFrom(...this.actors),
        args: this.argsArb(rf.name.charAt(0).toUpperCase() + rf.name.slice(1), rf.field.args),
        selSeed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        corrupt: fc.oneof({ weight: 9, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat(1000) }),
      }).map((r) => this.build(rf, r.actor, r.args, r.selSeed, r.corrupt)),
    );
    return fc.oneof(...perField);
  }

  private build(rf: RootField, actor: ActorName, args: Record<string, unknown>, selSeed: number, corrupt: number): GqlOp {
    const rand = mulberry(selSeed);
    const defs: string[] = [];
    const variables: Record<string, unknown> = {};
    const argText: string[] = [];
    for (const a of rf.field.args) {
      defs.push(`$${a.name}: ${String(a.type)}`);
      argText.push(`${a.name}: $${a.name}`);
      if (a.name in args) variables[a.name] = args[a.name];
    }
    const nested = { n: 0, defs, variables };
    // Two levels below the root field, three in one operation of four.
    const sel = this.selection(rf.field.type, rand, rand() < 0.25 ? 3 : 2, nested);
    const head = defs.length ? `(${defs.join(', ')})` : '';
    const call = argText.length ? `(${argText.join(', ')})` : '';
    const query = `${rf.root} Fuzz${head} { ${rf.name}${call}${sel ? ` { ${sel} }` : ''} }`;
    const corrupted = corrupt >= 0 ? corruptVariables(variables, rf.field.args.map((a) => a.name), corrupt) : null;
    return { kind: 'gql', actor, root: rf.root, field: rf.name, query, variables, corrupted };
  }

  private selection(type: GraphQLType, rand: () => number, depth: number, nested: { n: number; defs: string[]; variables: Record<string, unknown> }): string {
    const named = getNamedType(type) as GraphQLNamedType;
    if (isLeafType(named)) return '';
    if (isInterfaceType(named) || isUnionType(named)) {
      const possible = this.schema.getPossibleTypes(named);
      const picks = possible.filter(() => rand() < Math.min(1, 3 / possible.length));
      const parts = ['__typename', ...(isInterfaceType(named) && named.getFields().id ? ['id'] : [])];
      for (const p of picks) parts.push(`... on ${p.name} { ${this.objectSelection(p, rand, depth, nested)} }`);
      return parts.join(' ');
    }
    return isObjectType(named) ? this.objectSelection(named, rand, depth, nested) : '';
  }

  private objectSelection(t: GraphQLObjectType, rand: () => number, depth: number, nested: { n: number; defs: string[]; variables: Record<string, unknown> }): string {
    const parts = ['__typename'];
    let objects = 0;
    for (const f of Object.values(t.getFields())) {
      const leaf = isLeafType(getNamedType(f.type));
      if (!leaf && (depth <= 1 || objects >= 3)) continue;
      const always = f.name === 'userErrors' || f.name === 'id';
      if (!always && rand() > (leaf ? 0.7 : 0.35)) continue;
      const args = this.nestedArgs(f, rand, nested);
      if (args === null) continue;
      if (leaf) {
        parts.push(`${f.name}${args}`);
        continue;
      }
      const sub = this.selection(f.type, rand, depth - 1, nested);
      if (!sub) continue;
      objects += 1;
      parts.push(`${f.name}${args} { ${sub} }`);
    }
    return parts.join(' ');
  }

  /** Arguments of a nested field as fresh variables; null when a required one cannot be given. */
  private nestedArgs(f: GraphQLField<unknown, unknown>, rand: () => number, nested: { n: number; defs: string[]; variables: Record<string, unknown> }): string | null {
    const out: string[] = [];
    for (const a of f.args) {
      const requiredArg = isNonNullType(a.type) && a.defaultValue === undefined;
      if (!requiredArg && rand() < 0.6) continue;
      const value = this.simpleValue(a.type, a.name, rand);
      if (value === undefined) {
        if (requiredArg) return null;
        continue;
      }
      const v = `n${nested.n++}`;
      nested.defs.push(`$${v}: ${String(a.type)}`);
      nested.variables[v] = value;
      out.push(`${a.name}: $${v}`);
    }
    return out.length ? `(${out.join(', ')})` : '';
  }

  private simpleValue(type: GraphQLInputType, name: string, rand: () => number): unknown {
    const nn = isNonNullType(type);
    const inner = (nn ? type.ofType : type) as GraphQLInputType;
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
    if (isListType(inner)) {
      const v = this.simpleValue(inner.ofType as GraphQLInputType, name, rand);
      return v === undefined ? undefined : [v];
    }
    if (isEnumType(inner)) return pick(inner.getValues().map((v) => v.name));
    if (!isScalarType(inner)) return undefined;
    switch (inner.name) {
      case 'Int': return pick([-1, 0, 1, 20, 100, 101, 2147483647, -2147483648]);
      case 'Float': return pick([-1, 0, 1.5, 1e308]);
      case 'Boolean': return rand() < 0.5;
      case 'ID': return fc.sample(idArb(this.pool, this.idTypes(name, '')), { numRuns: 1, seed: Math.floor(rand() * 2 ** 31) })[0];
      case 'Date': return pick(['2026-11-22', '2026-01-01', '2026-02-30', '1900-01-01', '2200-12-31', '2025-06-15']);
      case 'DateTime': return pick(['2026-11-22T00:00:00Z', 'x']);
      default: return pick(name === 'after' || name === 'before' ? ['', 'YWJj', 'eyJpZCI6LTF9', '%%%', 'x'.repeat(500), 'MTAw'] : SPECIAL_STRINGS);
    }
  }
}

/** Breaks one variable of a valid operation in a way GraphQL must refuse (or coerce). */
function corruptVariables(vars: Record<string, unknown>, names: string[], pick: number): string | null {
  if (!names.length) {
    vars.__unknown = 1;
    return 'unknown variable';
  }
  const name = names[pick % names.length];
  const kinds = ['wrong-type-number', 'wrong-type-string', 'wrong-type-object', 'null', 'missing', 'unknown-input-field', 'out-of-range-int', 'array-for-object', 'deep-object'];
  const kind = kinds[Math.floor(pick / names.length) % kinds.length];
  const v = vars[name];
  switch (kind) {
    case 'wrong-type-number': vars[name] = 12345.678; break;
    case 'wrong-type-string': vars[name] = 'not the right type'; break;
    case 'wrong-type-object': vars[name] = { a: { b: [1, 'x', null] } }; break;
    case 'null': vars[name] = null; break;
    case 'missing': delete vars[name]; break;
    case 'unknown-input-field': vars[name] = v && typeof v === 'object' && !Array.isArray(v) ? { ...JSON.parse('{"__proto__":{"polluted":true}}'), ...v, bogusField: 'x', constructor: 'y' } : { bogusField: 1 }; break;
    case 'out-of-range-int': vars[name] = 2 ** 31; break;
    case 'array-for-object': vars[name] = [v, v]; break;
    case 'deep-object': {
      let o: unknown = v ?? 'x';
      for (let i = 0; i < 200; i++) o = { input: o };
      vars[name] = o;
      break;
    }
  }
  return `${kind} ${name}`;
}

/** Small deterministic PRNG for selection shapes (the seed comes from fast-check). */
export function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
