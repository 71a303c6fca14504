import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { childLevels } from './lookahead';

/** Fake `info` at the field `at` (a top-level field of the query). */
function infoAt(query: string, at: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fieldNodes = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === at);
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes, fragments };
}

describe('childLevels', () => {
  it.each([
    ['no children', '{ cascade { id description } }', 0],
    ['one level', '{ cascade { id children { id } } }', 1],
    ['five levels', '{ cascade { children { children { children { children { children { id } } } } } } }', 5],
    ['the deepest branch counts', '{ cascade { a: children { id } b: children { children { children { id } } } } }', 3],
    ['children inside an inline fragment', '{ cascade { ... on Goal { children { ... on Goal { children { id } } } } } }', 2],
    ['children inside named fragments', '{ cascade { ...Two } } fragment Two on Goal { children { ...One } } fragment One on Goal { children { id } }', 2],
    ['children below other fields do not count', '{ cascade { parentGoal { children { id } } owner { name } } }', 0],
    ['descendantCount needs the whole subtree', '{ cascade { children { descendantCount } } }', Infinity],
    ['cascadeDepth needs the whole subtree', '{ cascade { cascadeDepth } }', Infinity],
  ])('%s', (_name, query, expected) => {
    expect(childLevels(infoAt(query, 'cascade'))).toBe(expected);
  });

  it('merges several field nodes of the same field', () => {
    const info = infoAt('{ cascade { id } cascade { children { children { id } } } }', 'cascade');
    expect(info.fieldNodes).toHaveLength(2);
    expect(childLevels(info)).toBe(2);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const doc = '{ cascade { ...Self } } fragment Self on Goal { children { ...Self } }';
    expect(childLevels(infoAt(doc, 'cascade'))).toBe(1);
  });
});
