import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * GraphQL look-ahead for cascade reads: how many levels of `children` the query can
 * still reach below the field being resolved, so one statement fetches exactly the
 * levels the client wrote and not the whole (possibly much deeper) subtree.
 * Infinity when a field needs the whole subtree (`descendantCount`, `cascadeDepth`).
 */
const WHOLE_SUBTREE = new Set(['descendantCount', 'cascadeDepth']);

function levelsIn(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    let n = 0;
    if (sel.kind === Kind.FIELD) {
      if (WHOLE_SUBTREE.has(sel.name.value)) return Infinity;
      if (sel.name.value === 'children') n = 1 + levelsIn(sel.selectionSet, fragments, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      n = levelsIn(sel.selectionSet, fragments, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
      const f = fragments[sel.name.value];
      n = f ? levelsIn(f.selectionSet, fragments, new Set([...seen, sel.name.value])) : 0;
    }
    if (n === Infinity) return n;
    if (n > max) max = n;
  }
  return max;
}

/**
 * Levels of goals below the goals the current field returns that the query reads:
 * for `cascade { children { children { id } } }` resolved at `cascade` it is 2.
 */
export function childLevels(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): number {
  let max = 0;
  for (const node of info.fieldNodes as readonly FieldNode[]) {
    max = Math.max(max, levelsIn(node.selectionSet, info.fragments, new Set()));
  }
  return max;
}
