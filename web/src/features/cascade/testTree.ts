import type { CascadeGoalInput } from './treeModel';

/**
 * A synthetic cascade for tests: `fanout` children per goal down to `depth` levels below
 * the roots; `loadedDepth` levels come full, the next one as `{ id }` stubs.
 */
export function buildTree(opts: { roots: number; fanout: number; depth: number; loadedDepth?: number }): CascadeGoalInput[] {
  const loadedDepth = opts.loadedDepth ?? opts.depth;
  let n = 0;
  const make = (level: number, path: string): CascadeGoalInput => {
    n += 1;
    const id = `G${path}`;
    const goal: CascadeGoalInput = {
      id,
      description: `RHK ${path}`,
      kind: 'MAIN',
      cascadeType: level === 0 ? null : level % 2 ? 'DIRECT' : 'INDIRECT',
      isLocked: level > 0,
      owner: { id: `E${path}`, name: `Pegawai ${path}` },
      plan: { id: `P${path}`, status: 'APPROVED' },
    };
    if (level < opts.depth) {
      const kids = Array.from({ length: opts.fanout }, (_, i) => `${path}.${i + 1}`);
      goal.children = level < loadedDepth ? kids.map((k) => make(level + 1, k)) : kids.map((k) => ({ id: `G${k}` }));
    } else {
      goal.children = [];
    }
    return goal;
  };
  const roots = Array.from({ length: opts.roots }, (_, i) => make(0, String(i + 1)));
  void n;
  return roots;
}
