import { describe, expect, it } from 'vitest';
import { addToForest, childrenOf, descendantsOf, emptyForest, heightOf, type TreeRow } from './tree';

interface Row extends TreeRow {
  path: string;
}

const seg = (id: number) => `${String(id).padStart(10, '0')}.`;

/** Rows of a tree given as [id, parent, visible]; paths built from the parents. */
function rows(spec: [number, number | null, boolean?][]): Row[] {
  const paths = new Map<number, string>();
  const out: Row[] = [];
  for (const [id, parent, visible = true] of spec) {
    const path = (parent == null ? '' : paths.get(parent)!) + seg(id);
    paths.set(id, path);
    out.push({ id, parentGoalId: parent, visible, path });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const ids = (list: readonly { id: number }[] | undefined) => list?.map((r) => r.id);

describe('addToForest', () => {
  const tree = rows([
    [1, null], [2, 1], [3, 1], [4, 2], [5, 2], [6, 3], [7, 6], [8, 7],
  ]);

  it.each([
    ['root', 1, [2, 3]],
    ['inner', 2, [4, 5]],
    ['chain', 6, [7]],
    ['leaf', 8, []],
  ])('gives the children of the %s', (_name, id, expected) => {
    const f = addToForest(emptyForest<Row>(), tree.filter((r) => r.id !== 1), [1]);
    expect(ids(childrenOf(f, id))).toEqual(expected);
  });

  it('answers undefined for goals outside the loaded subtree', () => {
    const f = addToForest(emptyForest<Row>(), tree.filter((r) => r.path > `${seg(1)}${seg(3)}` && r.path < `${seg(1)}${seg(3)}~`), [3]);
    expect(childrenOf(f, 2)).toBeUndefined();
    expect(ids(childrenOf(f, 3))).toEqual([6]);
  });

  it('hides an unreadable goal together with its whole subtree', () => {
    const t = rows([[1, null], [2, 1], [3, 1, false], [4, 3], [5, 2], [6, 4]]);
    const f = addToForest(emptyForest<Row>(), t.slice(1), [1]);
    expect(ids(childrenOf(f, 1))).toEqual([2]);
    expect(childrenOf(f, 4)).toBeUndefined();
    expect(ids(descendantsOf(f, 1))).toEqual([2, 5]);
  });

  it('keeps a readable child below a readable root even when siblings are hidden', () => {
    const t = rows([[10, null], [11, 10, false], [12, 10], [13, 10, false], [14, 12]]);
    const f = addToForest(emptyForest<Row>(), t.slice(1), [10]);
    expect(ids(childrenOf(f, 10))).toEqual([12]);
    expect(ids(childrenOf(f, 12))).toEqual([14]);
  });

  it('serves several roots from one batch and skips rows already covered', () => {
    const f = emptyForest<Row>();
    const below2 = tree.filter((r) => r.path.startsWith(`${seg(1)}${seg(2)}`) && r.id !== 2);
    addToForest(f, below2, [2]);
    addToForest(f, tree.filter((r) => r.id !== 1), [1, 2]);
    expect(ids(childrenOf(f, 1))).toEqual([2, 3]);
    expect(ids(childrenOf(f, 2))).toEqual([4, 5]);
    expect(ids(descendantsOf(f, 1))).toEqual([2, 4, 5, 3, 6, 7, 8]);
  });

  it('leaves rows at the depth limit uncovered, so a deeper read fetches again', () => {
    const t = rows([[1, null], [2, 1], [3, 2]]).map((r) => ({ ...r, complete: r.id !== 2 }));
    const f = addToForest(emptyForest<Row>(), t.filter((r) => r.id === 2), [1]);
    expect(ids(childrenOf(f, 1))).toEqual([2]);
    expect(childrenOf(f, 2)).toBeUndefined();
    addToForest(f, t.filter((r) => r.id === 3), [2]);
    expect(ids(childrenOf(f, 2))).toEqual([3]);
    expect(ids(childrenOf(f, 1))).toEqual([2]);
  });

  it('ignores rows whose parent is not in the batch (orphans of a concurrent move)', () => {
    const f = addToForest(emptyForest<Row>(), [{ id: 9, parentGoalId: 99, visible: true, path: 'x' }], [1]);
    expect(childrenOf(f, 1)).toEqual([]);
    expect(childrenOf(f, 9)).toBeUndefined();
  });

  it('builds a 100,000-node tree in one pass with the right shape', () => {
    const spec: [number, number | null][] = [[1, null]];
    for (let id = 2; id <= 100_000; id++) spec.push([id, Math.floor(id / 10) || 1]);
    const t = rows(spec);
    const f = addToForest(emptyForest<Row>(), t.slice(1), [1]);
    expect(descendantsOf(f, 1)).toHaveLength(99_999);
    expect(ids(childrenOf(f, 1))).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(heightOf(f, 1)).toBe(5);
  });
});

describe('heightOf', () => {
  it.each([
    [[[1, null]] as [number, number | null][], 0],
    [[[1, null], [2, 1]] as [number, number | null][], 1],
    [[[1, null], [2, 1], [3, 2], [4, 1]] as [number, number | null][], 2],
  ])('measures %j as %i', (spec, height) => {
    const t = rows(spec);
    expect(heightOf(addToForest(emptyForest<Row>(), t.slice(1), [1]), 1)).toBe(height);
  });
});
