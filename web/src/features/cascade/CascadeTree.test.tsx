import '../../test/setup';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CascadeTree } from './CascadeTree';
import { ROW_HEIGHT } from './CascadeRow';
import { buildTree } from './testTree';
import { CascadeTreeModel } from './treeModel';
import { windowRange } from './VirtualList';

function bigModel() {
  const m = new CascadeTreeModel();
  // 4 roots, 7 children each, four levels: 11,204 goals, all opened.
  m.setRoots(buildTree({ roots: 4, fanout: 7, depth: 4 }));
  m.expandAll();
  return m;
}

const tree = () => screen.getByRole('tree');
const active = () => document.getElementById(tree().getAttribute('aria-activedescendant')!)!;

describe('windowRange', () => {
  it('renders the rows in view plus the overscan, clamped to the list', () => {
    expect(windowRange(0, 320, 64, 10_000, 6)).toEqual({ start: 0, end: 12 });
    expect(windowRange(64 * 5000, 320, 64, 10_000, 6)).toEqual({ start: 4994, end: 5012 });
    expect(windowRange(64 * 9999, 320, 64, 10_000, 6)).toEqual({ start: 9993, end: 10_000 });
  });
});

describe('CascadeTree', () => {
  it('keeps only a window of a 10,000-goal tree in the DOM while scrolling', async () => {
    const m = bigModel();
    expect(m.rows().length).toBeGreaterThan(10_000);
    render(<CascadeTree model={m} label="Pohon RHK" height={320} />);
    expect(tree().getAttribute('aria-label')).toBe('Pohon RHK');
    const spacer = tree().firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${m.rows().length * ROW_HEIGHT}px`);
    expect(screen.getAllByRole('treeitem').length).toBeLessThan(25);
    expect(screen.getByRole('treeitem', { name: /^RHK 1$/ })).toBeTruthy();

    // Scroll to the middle: the rows there are rendered, the first ones are gone.
    tree().scrollTop = 5000 * ROW_HEIGHT;
    fireEvent.scroll(tree());
    await act(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
    const rows = screen.getAllByRole('treeitem');
    expect(rows.length).toBeLessThan(25);
    expect(rows.some((r) => r.id.endsWith(m.rows()[5000]!))).toBe(true);
    expect(screen.queryByRole('treeitem', { name: /^RHK 1$/ })).toBeNull();
  });

  it('exposes level, position and expansion on each treeitem', () => {
    const m = new CascadeTreeModel();
    m.setRoots(buildTree({ roots: 2, fanout: 3, depth: 2 }));
    render(<CascadeTree model={m} label="Pohon RHK" />);
    const first = screen.getByRole('treeitem', { name: /^RHK 1$/ });
    expect(first.getAttribute('aria-level')).toBe('1');
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('2');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(first.querySelector('.cascade-row__toggle')!);
    const child = screen.getByRole('treeitem', { name: /^RHK 1\.2$/ });
    expect(child.getAttribute('aria-level')).toBe('2');
    expect(child.textContent).toContain('Langsung');
    expect(child.getAttribute('aria-describedby')).toBeTruthy();
    expect(child.textContent).toContain('Disetujui');
    expect(first.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves, opens, closes and selects with the keyboard', () => {
    const m = new CascadeTreeModel();
    m.loader = vi.fn();
    m.setRoots(buildTree({ roots: 2, fanout: 2, depth: 3, loadedDepth: 2 }));
    render(<CascadeTree model={m} label="Pohon RHK" />);
    const t = tree();
    act(() => t.focus());
    expect(active().textContent).toContain('RHK 1');
    fireEvent.keyDown(t, { key: 'ArrowDown' });
    expect(active().textContent).toContain('RHK 2');
    fireEvent.keyDown(t, { key: 'ArrowUp' });
    fireEvent.keyDown(t, { key: 'ArrowRight' }); // open G1
    expect(active().getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(t, { key: 'ArrowRight' }); // into G1.1
    expect(active().textContent).toContain('RHK 1.1');
    fireEvent.keyDown(t, { key: 'ArrowRight' }); // open G1.1
    fireEvent.keyDown(t, { key: 'ArrowRight' }); // into G1.1.1 (third level)
    expect(active().getAttribute('aria-level')).toBe('3');
    fireEvent.keyDown(t, { key: 'ArrowRight' }); // open a stub: asks the loader
    expect(m.loader).toHaveBeenCalledWith(['G1.1.1']);
    expect(active().getAttribute('aria-busy')).toBe('true');
    fireEvent.keyDown(t, { key: 'Enter' });
    expect(active().getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(t, { key: 'ArrowLeft' }); // close G1.1.1 (loading)
    fireEvent.keyDown(t, { key: 'ArrowLeft' }); // to the parent G1.1
    expect(active().textContent).toContain('RHK 1.1');
    fireEvent.keyDown(t, { key: 'ArrowLeft' }); // close G1.1
    expect(active().getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(t, { key: 'End' });
    expect(active().textContent).toContain('RHK 2');
    fireEvent.keyDown(t, { key: 'Home' });
    expect(active().getAttribute('aria-level')).toBe('1');
    expect(active().textContent).toContain('RHK 1');
  });
});
