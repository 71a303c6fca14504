import { useId, useLayoutEffect } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { graphql } from '../../../gql';
import type { UnitTreeItem_UnitFragment } from '../../../gql/graphql';
import { focusItem, useTree, visibleItems } from './treeContext';
import { UnitTreeChildren } from './UnitTreeChildren';

export const UnitTreeItem_unit = graphql(`
  fragment UnitTreeItem_unit on OrgUnit {
    id
    code
    name
    children {
      id
    }
  }
`);

interface Props {
  unit: UnitTreeItem_UnitFragment;
  level: number;
  posInSet: number;
  setSize: number;
  tabStop: string;
}

export function UnitTreeItem({ unit, level, posInSet, setSize, tabStop }: Props) {
  const tree = useTree();
  const labelId = useId();
  const hasChildren = unit.children.length > 0;
  const expanded = hasChildren && tree.expanded.has(unit.id);
  const selected = tree.selectedId === unit.id;
  const { claimTabStop } = tree;

  useLayoutEffect(() => {
    if (selected) claimTabStop(unit.id);
  }, [selected, claimTabStop, unit.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget) return;
    const item = e.currentTarget;
    const items = visibleItems(tree.treeRef.current);
    const index = items.indexOf(item);
    const go = (el: HTMLElement | null | undefined) => focusItem(el, tree.setActiveId);
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        go(items[index + 1]);
        break;
      case 'ArrowUp':
        go(items[index - 1]);
        break;
      case 'Home':
        go(items[0]);
        break;
      case 'End':
        go(items[items.length - 1]);
        break;
      case 'ArrowRight':
        if (hasChildren && !expanded) tree.setExpanded(unit.id, true);
        else if (expanded) go(item.querySelector<HTMLElement>(':scope > [role="group"] > [role="treeitem"]'));
        break;
      case 'ArrowLeft':
        if (expanded) tree.setExpanded(unit.id, false);
        else go(item.parentElement?.closest<HTMLElement>('[role="treeitem"]'));
        break;
      case 'Enter':
      case ' ':
        tree.onSelect(unit);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  const onRowClick = (e: MouseEvent<HTMLDivElement>) => {
    focusItem(e.currentTarget.parentElement, tree.setActiveId);
    tree.onSelect(unit);
  };

  const onToggleClick = (e: MouseEvent<HTMLSpanElement>) => {
    e.stopPropagation();
    focusItem(e.currentTarget.closest<HTMLElement>('[role="treeitem"]'), tree.setActiveId);
    if (hasChildren) tree.setExpanded(unit.id, !expanded);
  };

  return (
    <li
      role="treeitem"
      data-id={unit.id}
      aria-labelledby={labelId}
      aria-level={level}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      tabIndex={tabStop === unit.id ? 0 : -1}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target === e.currentTarget && tree.setActiveId(unit.id)}
    >
      <div className="tree__row" onClick={onRowClick}>
        <span
          className={hasChildren ? 'tree__toggle' : 'tree__toggle tree__toggle--leaf'}
          aria-hidden="true"
          onClick={onToggleClick}
        />
        <span className="tree__label" id={labelId}>
          {unit.name}
          <span className="tree__code badge">{unit.code}</span>
        </span>
      </div>
      {expanded && <UnitTreeChildren parentId={unit.id} level={level + 1} tabStop={tabStop} />}
    </li>
  );
}
