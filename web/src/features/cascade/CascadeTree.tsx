import { useCallback, useId, useSyncExternalStore } from 'react';
import type { KeyboardEvent } from 'react';
import { CascadeRow, useRowHeight } from './CascadeRow';
import type { CascadeTreeModel } from './treeModel';
import { VirtualList } from './VirtualList';

interface Props {
  model: CascadeTreeModel;
  label: string;
  /** Viewport height in px when it cannot be measured. */
  height?: number;
  onRangeChange?: (first: number, last: number) => void;
}

/**
 * The cascade as a WAI-ARIA tree over a windowed list. The list is the single tab stop
 * and points at the active row with `aria-activedescendant`: ↑/↓ move, → opens or
 * enters, ← closes or goes to the parent, Home/End and PageUp/PageDown jump, Enter
 * selects (details), `*` opens everything loaded below.
 */
export function CascadeTree({ model, label, height = 560, onRangeChange }: Props) {
  useSyncExternalStore(model.subscribe, model.getVersion);
  const rowHeight = useRowHeight();
  const base = useId();
  const rows = model.rows();
  const activeIndex = model.activeId ? rows.indexOf(model.activeId) : -1;
  const domId = (id: string) => `${base}-${id}`;

  const onToggle = useCallback((id: string) => model.toggle(id), [model]);
  const onSelect = useCallback((id: string) => model.select(id), [model]);
  const onRetry = useCallback((id: string) => model.retry(id), [model]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const index = activeIndex < 0 ? 0 : activeIndex;
    const id = rows[index]!;
    const node = model.node(id)!;
    const go = (i: number) => model.setActive(rows[Math.max(0, Math.min(rows.length - 1, i))]!);
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    switch (e.key) {
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'PageDown':
        go(index + page);
        break;
      case 'PageUp':
        go(index - page);
        break;
      case 'ArrowRight':
        if (!model.hasChildren(id)) break;
        if (!model.isExpanded(id)) model.expand(id);
        else if (rows[index + 1] && model.node(rows[index + 1]!)?.parentId === id) go(index + 1);
        break;
      case 'ArrowLeft':
        if (model.isExpanded(id) && !model.filtering) model.collapse(id);
        else if (node.parentId) model.setActive(node.parentId);
        break;
      case 'Enter':
      case ' ':
        if (model.isFailed(id)) model.retry(id);
        else model.select(id);
        break;
      case '*':
        model.expandAll();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <VirtualList
      role="tree"
      aria-label={label}
      aria-activedescendant={activeIndex >= 0 ? domId(rows[activeIndex]!) : undefined}
      tabIndex={0}
      className="cascade-tree"
      // Short trees take only the room they need; long ones scroll inside the list.
      style={{ height: Math.min(height, rows.length * rowHeight + 2) }}
      count={rows.length}
      rowHeight={rowHeight}
      fallbackHeight={height}
      scrollToIndex={activeIndex}
      onKeyDown={onKeyDown}
      onRangeChange={onRangeChange}
      renderRow={(i, top) => {
        const id = rows[i]!;
        const node = model.node(id)!;
        return (
          <CascadeRow
            key={id}
            node={node}
            domId={domId(id)}
            top={top}
            height={rowHeight}
            expanded={model.isExpanded(id)}
            hasChildren={model.hasChildren(id)}
            loading={model.isLoading(id)}
            failed={model.isFailed(id)}
            active={model.activeId === id}
            selected={model.selectedId === id}
            match={model.isMatch(id)}
            rating={model.rating(node.planId)}
            onToggle={onToggle}
            onSelect={onSelect}
            onRetry={onRetry}
          />
        );
      }}
    />
  );
}
