import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { UnitTreeItem_UnitFragment } from '../../../gql/graphql';
import { EmptyState } from '../../../shared/ui/feedback';
import { TreeContext, visibleItems } from './treeContext';
import type { TreeState } from './treeContext';
import { UnitTreeItem } from './UnitTreeItem';

export interface UnitTreeProps {
  /** Top-level units (already loaded); deeper levels load when expanded. */
  roots: readonly UnitTreeItem_UnitFragment[];
  label: string;
  selectedId?: string | null;
  onSelect: (unit: UnitTreeItem_UnitFragment) => void;
  /** Units to open, for example the ancestors of a unit opened by its address. */
  expandIds?: readonly string[];
}

/**
 * The organisation tree (WAI-ARIA tree view): ↑/↓ move between visible units, → opens a
 * unit or moves into it, ← closes it or moves to its parent, Home/End jump, Enter or
 * Space selects. Children are fetched the first time a unit is opened.
 */
export function UnitTree({ roots, label, selectedId = null, onSelect, expandIds }: UnitTreeProps) {
  const treeRef = useRef<HTMLUListElement>(null);
  const [expanded, setExpandedSet] = useState<ReadonlySet<string>>(() => new Set(expandIds));
  const [activeId, setActiveId] = useState<string | null>(null);
  const expandKey = expandIds?.join(',') ?? '';

  useEffect(() => {
    if (!expandKey) return;
    setExpandedSet((prev) => {
      const ids = expandKey.split(',');
      if (ids.every((id) => prev.has(id))) return prev;
      return new Set([...prev, ...ids]);
    });
  }, [expandKey]);

  const setExpanded = useCallback((id: string, open: boolean) => {
    setExpandedSet((prev) => {
      if (prev.has(id) === open) return prev;
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  // Keep the tree reachable by Tab: until the user moves focus, the selected unit claims
  // the tab stop when it renders (see UnitTreeItem); when the tab stop is not rendered
  // (collapsed away or not loaded yet), the first visible item takes it.
  const userMoved = useRef(false);
  useLayoutEffect(() => {
    const items = visibleItems(treeRef.current);
    const first = items[0]?.dataset['id'];
    if (first && !items.some((el) => el.tabIndex === 0)) setActiveId(first);
  });
  const moveActive = useCallback((id: string) => {
    userMoved.current = true;
    setActiveId(id);
  }, []);
  const claimTabStop = useCallback((id: string) => {
    if (!userMoved.current) setActiveId(id);
  }, []);

  const state = useMemo<TreeState>(
    () => ({ treeRef, expanded, setExpanded, activeId, setActiveId: moveActive, claimTabStop, selectedId, onSelect }),
    [expanded, setExpanded, activeId, moveActive, claimTabStop, selectedId, onSelect],
  );

  if (roots.length === 0) {
    return <EmptyState title="Belum ada unit kerja">Tambahkan unit kerja utama untuk mulai menyusun struktur.</EmptyState>;
  }

  // The item that takes Tab focus: the last focused one, else the selected one, else the first.
  const tabStop = activeId ?? selectedId ?? roots[0]!.id;
  return (
    <TreeContext.Provider value={state}>
      <ul className="tree" role="tree" aria-label={label} ref={treeRef}>
        {roots.map((unit, i) => (
          <UnitTreeItem key={unit.id} unit={unit} level={1} posInSet={i + 1} setSize={roots.length} tabStop={tabStop} />
        ))}
      </ul>
    </TreeContext.Provider>
  );
}
