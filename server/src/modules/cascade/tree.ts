/**
 * Pure in-memory assembly of cascade trees (no I/O), so one range query on
 * `goal.path` can serve `children { children { ... } }` to any depth.
 *
 * Rows arrive in path order (a parent always before its descendants). A row joins the
 * forest when the viewer may read it AND its parent is a root or has itself joined:
 * a goal the viewer may not read hides its whole subtree, so a staff member starting
 * from their superior's goal never reaches a peer's goals or the goals below them.
 */
export interface TreeRow {
  id: number;
  parentGoalId: number | null;
  /** Whether the viewer may read this row (computed set-based in SQL). */
  visible: boolean;
  /**
   * False when the row sits at the depth limit of its batch: its children were not
   * fetched, so it joins its parent's list but stays uncovered. Default true.
   */
  complete?: boolean;
}

export interface Forest<T> {
  /** Readable children of each known goal, in path order; absent = no children. */
  children: Map<number, T[]>;
  /** Goals whose children are known (the roots and every row that joined). */
  covered: Set<number>;
  /** Goals listed among their parent's children. */
  attached: Set<number>;
}

export function emptyForest<T>(): Forest<T> {
  return { children: new Map(), covered: new Set(), attached: new Set() };
}

/**
 * Adds `rows` (path order) below `rootIds` to `forest` (mutated and returned). A goal
 * already attached by an earlier batch is not attached twice, so overlapping roots (a
 * goal and one of its descendants asked in the same request) and a deeper re-read of
 * a subtree read before only down to some level are harmless.
 */
export function addToForest<T extends TreeRow>(forest: Forest<T>, rows: readonly T[], rootIds: Iterable<number>): Forest<T> {
  const fresh = new Set<number>();
  for (const id of rootIds) {
    forest.covered.add(id);
    fresh.add(id);
  }
  const { children, covered, attached } = forest;
  for (const row of rows) {
    const parent = row.parentGoalId;
    if (parent == null || !row.visible || !fresh.has(parent)) continue;
    if (!attached.has(row.id)) {
      attached.add(row.id);
      const list = children.get(parent);
      if (list) list.push(row);
      else children.set(parent, [row]);
    }
    if (row.complete !== false) {
      covered.add(row.id);
      fresh.add(row.id);
    }
  }
  return forest;
}

const NONE: readonly never[] = Object.freeze([]);

/** Children of a covered goal (an empty list for a leaf); undefined when not covered. */
export function childrenOf<T>(forest: Forest<T>, id: number): readonly T[] | undefined {
  if (!forest.covered.has(id)) return undefined;
  return forest.children.get(id) ?? NONE;
}

/** Depth-first (path order) list of the covered descendants of `id`. */
export function descendantsOf<T extends { id: number }>(forest: Forest<T>, id: number): T[] {
  const out: T[] = [];
  const stack: T[] = [...(forest.children.get(id) ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    out.push(node);
    const kids = forest.children.get(node.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Depth of the deepest readable descendant below `id` (0 for a leaf). */
export function heightOf<T extends { id: number }>(forest: Forest<T>, id: number): number {
  let height = 0;
  let level = forest.children.get(id) ?? [];
  while (level.length) {
    height += 1;
    const next: T[] = [];
    for (const n of level) {
      const kids = forest.children.get(n.id);
      if (kids) for (const k of kids) next.push(k);
    }
    level = next;
  }
  return height;
}
