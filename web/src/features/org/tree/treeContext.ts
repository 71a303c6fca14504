import { createContext, useContext } from 'react';
import type { RefObject } from 'react';
import type { UnitTreeItem_UnitFragment } from '../../../gql/graphql';

/** Shared state of one tree: which items are expanded, focused (roving tabindex) and selected. */
export interface TreeState {
  treeRef: RefObject<HTMLUListElement | null>;
  expanded: ReadonlySet<string>;
  setExpanded: (id: string, open: boolean) => void;
  activeId: string | null;
  setActiveId: (id: string) => void;
  /** The selected item takes the tab stop when it renders, unless the user moved focus. */
  claimTabStop: (id: string) => void;
  selectedId: string | null;
  onSelect: (unit: UnitTreeItem_UnitFragment) => void;
}

export const TreeContext = createContext<TreeState | null>(null);

export function useTree(): TreeState {
  const state = useContext(TreeContext);
  if (!state) throw new Error('UnitTreeItem must be rendered inside UnitTree');
  return state;
}

/** Visible items in document order (collapsed groups are not rendered). */
export function visibleItems(tree: HTMLElement | null): HTMLElement[] {
  return tree ? Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]')) : [];
}

export function focusItem(el: HTMLElement | null | undefined, setActiveId: (id: string) => void): void {
  if (!el) return;
  const id = el.dataset['id'];
  if (id) setActiveId(id);
  el.focus();
}
