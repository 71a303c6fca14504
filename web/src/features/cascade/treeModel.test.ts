import { describe, expect, it, vi } from 'vitest';
import { buildTree } from './testTree';
import { CascadeTreeModel, searchKey } from './treeModel';

const ids = (m: CascadeTreeModel) => [...m.rows()];

describe('CascadeTreeModel', () => {
  it('shows the roots first and splices children in and out on expand/collapse', () => {
    const m = new CascadeTreeModel();
    m.setRoots(buildTree({ roots: 2, fanout: 2, depth: 2 }));
    expect(ids(m)).toEqual(['G1', 'G2']);
    m.expand('G1');
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.2', 'G2']);
    m.expand('G1.2');
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.2', 'G1.2.1', 'G1.2.2', 'G2']);
    m.collapse('G1');
    expect(ids(m)).toEqual(['G1', 'G2']);
    // Re-opening restores the inner expansion as it was.
    m.expand('G1');
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.2', 'G1.2.1', 'G1.2.2', 'G2']);
    expect(m.node('G1.2.1')).toMatchObject({ depth: 2, parentId: 'G1.2', position: 1, siblings: 2 });
  });

  it('asks the loader for children only known as stubs, then shows them when they arrive', () => {
    const m = new CascadeTreeModel();
    const loader = vi.fn();
    m.loader = loader;
    m.setRoots(buildTree({ roots: 1, fanout: 2, depth: 3, loadedDepth: 1 }));
    m.expand('G1');
    expect(loader).not.toHaveBeenCalled(); // level 1 came with the first read
    m.expand('G1.1');
    expect(loader).toHaveBeenCalledWith(['G1.1']);
    expect(m.isLoading('G1.1')).toBe(true);
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.2']);
    m.expand('G1.1'); // already open: no second request
    expect(loader).toHaveBeenCalledTimes(1);

    m.setChildren('G1.1', [
      { id: 'G1.1.1', description: 'RHK 1.1.1', children: [] },
      { id: 'G1.1.2', description: 'RHK 1.1.2', children: [{ id: 'G1.1.2.1' }] },
    ]);
    expect(m.isLoading('G1.1')).toBe(false);
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.1.1', 'G1.1.2', 'G1.2']);
    expect(m.node('G1.1.1')!.depth).toBe(2);
    expect(m.hasChildren('G1.1.1')).toBe(false);
    expect(m.hasChildren('G1.1.2')).toBe(true);
  });

  it('marks failed loads for a retry', () => {
    const m = new CascadeTreeModel();
    const loader = vi.fn();
    m.loader = loader;
    m.setRoots(buildTree({ roots: 1, fanout: 1, depth: 2, loadedDepth: 0 }));
    m.expand('G1');
    m.setFailed(['G1']);
    expect(m.isFailed('G1')).toBe(true);
    m.retry('G1');
    expect(loader).toHaveBeenCalledTimes(2);
    expect(m.isFailed('G1')).toBe(false);
  });

  it('treats a goal without children as a leaf that does not open', () => {
    const m = new CascadeTreeModel();
    m.loader = vi.fn();
    m.setRoots(buildTree({ roots: 1, fanout: 0, depth: 1 }));
    expect(m.hasChildren('G1')).toBe(false);
    m.expand('G1');
    expect(m.isExpanded('G1')).toBe(false);
    expect(m.loader).not.toHaveBeenCalled();
  });

  it('opens everything, sending every unloaded node to the loader in one call', () => {
    const m = new CascadeTreeModel();
    const loader = vi.fn();
    m.loader = loader;
    m.setRoots(buildTree({ roots: 2, fanout: 3, depth: 3, loadedDepth: 2 }));
    m.expandAll();
    expect(loader).toHaveBeenCalledTimes(1);
    expect(loader.mock.calls[0]![0]).toHaveLength(2 * 3 * 3);
    expect(m.rows()).toHaveLength(2 + 6 + 18);
    // Children arriving later open too (the whole tree was asked for).
    m.setChildren('G1.1.1', [{ id: 'X', description: 'RHK X', children: [{ id: 'Y' }] }]);
    expect(m.isExpanded('G1.1.1')).toBe(true);
    expect(m.isExpanded('X')).toBe(true);
    expect(loader).toHaveBeenLastCalledWith(['X']);
    m.collapseAll();
    expect(ids(m)).toEqual(['G1', 'G2']);
  });

  it('filters loaded goals by text or owner, keeping their ancestors, without diacritics or case', () => {
    const m = new CascadeTreeModel();
    m.setRoots(buildTree({ roots: 2, fanout: 2, depth: 2 }));
    m.setFilter('pegawai 2.1.2');
    expect(ids(m)).toEqual(['G2', 'G2.1', 'G2.1.2']);
    expect(m.matchCount).toBe(1);
    expect(m.isMatch('G2.1.2')).toBe(true);
    expect(m.isMatch('G2.1')).toBe(false);
    m.setFilter('RHK 1.2');
    expect(ids(m)).toEqual(['G1', 'G1.2', 'G1.2.1', 'G1.2.2']);
    m.reveal('G1.2.2');
    expect(m.filtering).toBe(false);
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.2', 'G1.2.1', 'G1.2.2', 'G2']);
    expect(m.activeId).toBe('G1.2.2');
    expect(searchKey('Pendidikan Dasar Ñusantara')).toBe('pendidikan dasar nusantara');
  });

  it('keeps deeper levels and expansion when the first levels are read again', () => {
    const m = new CascadeTreeModel();
    m.loader = vi.fn();
    const first = buildTree({ roots: 1, fanout: 2, depth: 2, loadedDepth: 1 });
    m.setRoots(first);
    m.expand('G1');
    m.expand('G1.1');
    m.setChildren('G1.1', [
      { id: 'G1.1.1', description: 'a', children: [] },
      { id: 'G1.1.2', description: 'b', children: [] },
    ]);
    m.setRoots(buildTree({ roots: 1, fanout: 2, depth: 2, loadedDepth: 1 }));
    expect(ids(m)).toEqual(['G1', 'G1.1', 'G1.1.1', 'G1.1.2', 'G1.2']);
    // A goal gone from the new read disappears with its subtree.
    m.setRoots([{ ...first[0]!, children: [first[0]!.children![1]!] }]);
    expect(ids(m)).toEqual(['G1', 'G1.2']);
    expect(m.node('G1.1.1')).toBeUndefined();
  });

  it('handles a 10,000-goal tree: open all and toggle a big branch quickly', () => {
    const m = new CascadeTreeModel();
    // 4 roots × 5 × 5 × 5 × 4 … ≈ 10k goals, all loaded.
    const tree = buildTree({ roots: 4, fanout: 7, depth: 4 });
    let t = performance.now();
    m.setRoots(tree);
    const ingest = performance.now() - t;
    expect(m.size).toBe(4 * (1 + 7 + 49 + 343 + 2401));
    t = performance.now();
    m.expandAll();
    const openAll = performance.now() - t;
    expect(m.rows()).toHaveLength(m.size);
    t = performance.now();
    m.collapse('G1');
    m.expand('G1');
    const toggle = performance.now() - t;
    expect(m.rows()).toHaveLength(m.size);
    t = performance.now();
    m.setFilter('pegawai 3.7.7');
    const filter = performance.now() - t;
    expect(m.matchCount).toBe(1 + 7 + 49);
    // Generous bounds (slow CI machines); a per-node React state would be far above them.
    expect(ingest).toBeLessThan(1000);
    expect(openAll).toBeLessThan(500);
    expect(toggle).toBeLessThan(100);
    expect(filter).toBeLessThan(300);
  });
});
