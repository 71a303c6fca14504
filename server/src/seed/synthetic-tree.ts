import type { Rand } from './prng';

/**
 * Shape of a synthetic reporting tree, built breadth first: every manager gets 3-10
 * direct reports; below depth 1 only some nodes become managers (the rest are staff),
 * nodes at MAX_DEPTH never do. Node 0 is the root; a node's superior always has a
 * smaller index, so arrays are in a valid insertion order.
 */
export const MAX_DEPTH = 7;
export const MIN_FANOUT = 3;
export const MAX_FANOUT = 10;
const MANAGER_SHARE = 0.75;

export interface TreeShape {
  size: number;
  /** Superior index, -1 for the root. */
  superior: Int32Array;
  depth: Uint8Array;
  children: Int32Array;
}

export function buildTreeShape(rand: Rand, size: number): TreeShape {
  if (!Number.isInteger(size) || size < 1) throw new Error('A synthetic tree needs at least one node.');
  const superior = new Int32Array(size).fill(-1);
  const depth = new Uint8Array(size);
  const children = new Int32Array(size);
  let created = 1;
  let queue: number[] = [0];
  let reserve: number[] = [];
  let forced = false;
  while (created < size) {
    if (queue.length === 0) {
      // Out of managers: promote staff that were skipped, shallowest first.
      if (reserve.length === 0) throw new Error(`Cannot place ${size} nodes within depth ${MAX_DEPTH}.`);
      [queue, reserve, forced] = [reserve, [], true];
    }
    const next: number[] = [];
    for (const node of queue) {
      if (created >= size) break;
      if (depth[node] >= MAX_DEPTH) continue;
      if (!forced && depth[node] >= 2 && !rand.chance(MANAGER_SHARE)) {
        reserve.push(node);
        continue;
      }
      const fanout = Math.min(rand.int(MIN_FANOUT, MAX_FANOUT), size - created);
      for (let k = 0; k < fanout; k++) {
        superior[created] = node;
        depth[created] = depth[node] + 1;
        next.push(created++);
      }
      children[node] = fanout;
    }
    [queue, forced] = [next, false];
  }
  return { size, superior, depth, children };
}

/** Number of subordinates (all levels, not counting the node itself) per node. */
export function subordinateCounts(tree: TreeShape): Int32Array {
  const below = new Int32Array(tree.size);
  for (let i = tree.size - 1; i > 0; i--) below[tree.superior[i]] += below[i] + 1;
  return below;
}

export function maxDepth(tree: TreeShape): number {
  let max = 0;
  for (const d of tree.depth) if (d > max) max = d;
  return max;
}

export interface Sample {
  index: number;
  subtreeSize: number;
}

/**
 * The node whose subordinate count is nearest to `target` (on a log scale, ties to the
 * lower index), or undefined when no node comes within a factor of two.
 */
export function nearestSubtree(below: Int32Array, target: number): Sample | undefined {
  let best = -1;
  let bestDist = Infinity;
  for (let i = 0; i < below.length; i++) {
    if (below[i] === 0) continue;
    const dist = Math.abs(Math.log(below[i] / target));
    if (dist < bestDist) {
      best = i;
      bestDist = dist;
    }
  }
  if (best < 0 || bestDist > Math.log(2)) return undefined;
  return { index: best, subtreeSize: below[best] };
}
