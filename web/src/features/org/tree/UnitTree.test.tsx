import '../../../test/setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { UnitTree } from './UnitTree';
import { UnitTreeChildrenDocument } from './UnitTreeChildren';

const unit = (id: string, name: string, childIds: string[] = []) => ({
  __typename: 'OrgUnit' as const,
  id,
  code: id.toUpperCase(),
  name,
  children: childIds.map((c) => ({ __typename: 'OrgUnit' as const, id: c })),
});

const roots = [unit('dinas', 'Dinas Pendidikan', ['bidang-a', 'bidang-b']), unit('bkpsdm', 'BKPSDM')];

const childrenMock = {
  request: { query: UnitTreeChildrenDocument, variables: { id: 'dinas' } },
  result: {
    data: {
      orgUnit: {
        __typename: 'OrgUnit',
        id: 'dinas',
        children: [unit('bidang-a', 'Bidang Pembinaan SD'), unit('bidang-b', 'Bidang Pembinaan SMP')],
      },
    },
  },
  delay: 20,
};

function renderTree(onSelect = vi.fn()) {
  render(
    <MockedProvider mocks={[childrenMock]}>
      <UnitTree roots={roots} label="Struktur organisasi" onSelect={onSelect} />
    </MockedProvider>,
  );
  return onSelect;
}

const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(name) });

describe('UnitTree', () => {
  it('renders top-level units as a tree with one tab stop', () => {
    renderTree();
    expect(screen.getByRole('tree', { name: 'Struktur organisasi' })).toBeTruthy();
    const dinas = item('Dinas Pendidikan');
    expect(dinas.getAttribute('aria-expanded')).toBe('false');
    expect(dinas.getAttribute('aria-level')).toBe('1');
    expect(dinas.tabIndex).toBe(0);
    // A unit without children is a leaf: no aria-expanded at all.
    expect(item('BKPSDM').hasAttribute('aria-expanded')).toBe(false);
    expect(item('BKPSDM').tabIndex).toBe(-1);
  });

  it('loads children from the API when a unit is expanded', async () => {
    renderTree();
    const dinas = item('Dinas Pendidikan');
    fireEvent.click(dinas.querySelector('.tree__toggle')!);
    expect(dinas.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('Memuat subunit');
    const child = await screen.findByRole('treeitem', { name: /Bidang Pembinaan SD/ });
    expect(child.getAttribute('aria-level')).toBe('2');
    expect(screen.getByRole('group').contains(child)).toBe(true);

    fireEvent.click(dinas.querySelector('.tree__toggle')!);
    expect(dinas.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: /Bidang Pembinaan SD/ })).toBeNull();
  });

  it('supports arrow-key navigation, expansion and selection', async () => {
    const onSelect = renderTree();
    const dinas = item('Dinas Pendidikan');
    act(() => dinas.focus());

    fireEvent.keyDown(dinas, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('BKPSDM'));
    expect(item('BKPSDM').tabIndex).toBe(0);
    fireEvent.keyDown(item('BKPSDM'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(dinas);

    fireEvent.keyDown(dinas, { key: 'ArrowRight' });
    expect(dinas.getAttribute('aria-expanded')).toBe('true');
    const sd = await screen.findByRole('treeitem', { name: /Bidang Pembinaan SD/ });

    fireEvent.keyDown(dinas, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(sd);
    fireEvent.keyDown(sd, { key: 'End' });
    expect(document.activeElement).toBe(item('BKPSDM'));
    fireEvent.keyDown(item('BKPSDM'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('Bidang Pembinaan SMP'));

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'bidang-b' }));

    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(dinas);
    fireEvent.keyDown(dinas, { key: 'ArrowLeft' });
    expect(dinas.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(dinas, { key: 'End' });
    fireEvent.keyDown(item('BKPSDM'), { key: 'Home' });
    expect(document.activeElement).toBe(dinas);
    fireEvent.keyDown(dinas, { key: ' ' });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'dinas' }));
  });

  it('marks the selected unit and opens the units given in expandIds', async () => {
    render(
      <MockedProvider mocks={[childrenMock]}>
        <UnitTree roots={roots} label="Struktur" selectedId="bidang-a" expandIds={['dinas']} onSelect={vi.fn()} />
      </MockedProvider>,
    );
    const selected = await screen.findByRole('treeitem', { name: /Bidang Pembinaan SD/ });
    expect(selected.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(selected.tabIndex).toBe(0));
  });

  it('shows an empty state when there are no units', () => {
    render(
      <MockedProvider mocks={[]}>
        <UnitTree roots={[]} label="Struktur" onSelect={vi.fn()} />
      </MockedProvider>,
    );
    expect(screen.getByText('Belum ada unit kerja')).toBeTruthy();
  });
});
