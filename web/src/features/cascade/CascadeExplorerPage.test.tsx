import '../../test/setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { ViewerContext } from '../auth/viewerContext';
import type { AppViewer } from '../auth/viewerContext';
import { CascadeExplorerDocument, CascadeExplorerPage } from './CascadeExplorerPage';
import { CascadeChildrenDocument, CascadeRatingsDocument } from './cascadeDocuments';

const viewer: AppViewer = {
  role: 'EMPLOYEE',
  mustChangePassword: false,
  isAppraiser: true,
  agency: { id: 'A1', code: 'PROV', name: 'Pemerintah Provinsi' },
  employee: { id: 'E1', name: 'Kepala Dinas', nip: '197209031999022008' },
};

const goal = (id: string, owner: string, children: unknown[], cascadeType: string | null = 'DIRECT') => ({
  __typename: 'Goal',
  id,
  description: `RHK ${id}`,
  kind: 'MAIN',
  cascadeType,
  isLocked: cascadeType !== null,
  owner: { __typename: 'Employee', id: `E-${owner}`, name: owner },
  plan: { __typename: 'PerformancePlan', id: `P-${owner}`, status: 'APPROVED' },
  children,
});
const stub = (id: string) => ({ __typename: 'Goal', id });

const explorer = {
  request: { query: CascadeExplorerDocument, variables: { leader: 'E1' } },
  result: {
    data: {
      employee: {
        __typename: 'Employee',
        id: 'E1',
        name: 'Kepala Dinas',
        position: { __typename: 'Position', id: 'PS1', name: 'Kepala Dinas Kesehatan' },
        appraiser: { __typename: 'Employee', id: 'E0', name: 'Sekretaris Daerah', appraiser: null },
        goalCascade: [
          goal('G1', 'Kepala Dinas', [goal('G1.1', 'Kepala Bidang', [goal('G1.1.1', 'Kepala Seksi', [stub('G1.1.1.1')], 'INDIRECT')])], null),
          goal('G2', 'Kepala Dinas', [], null),
        ],
      },
    },
  },
};

const children = {
  request: { query: CascadeChildrenDocument, variables: { ids: ['G1.1.1'] } },
  result: { data: { nodes: [{ __typename: 'Goal', id: 'G1.1.1', children: [goal('G1.1.1.1', 'Staf Pelaksana', [])] }] } },
  delay: 20,
};

const ratings = {
  request: { query: CascadeRatingsDocument, variables: () => true },
  result: (v: Record<string, unknown>) => ({
    data: {
      nodes: (v['ids'] as string[]).map((id) => ({
        __typename: 'PerformancePlan',
        id,
        evaluations:
          id === 'P-Kepala Bidang'
            ? [{ __typename: 'Evaluation', id: 'EV1', isAnnual: false, performanceRating: 'GOOD', period: { __typename: 'EvaluationPeriod', id: 'EP3', name: 'Triwulan III 2026', endDate: '2026-09-30' } }]
            : [],
      })),
    },
  }),
  maxUsageCount: 10,
};

function renderPage() {
  render(
    <MockedProvider mocks={[explorer, children, ratings]}>
      <ViewerContext.Provider value={viewer}>
        <CascadeExplorerPage leaderId={null} />
      </ViewerContext.Provider>
    </MockedProvider>,
  );
}

const item = (name: string) => screen.getByRole('treeitem', { name });
const toggle = (name: string) => fireEvent.click(item(name).querySelector('.cascade-row__toggle')!);

describe('CascadeExplorerPage', () => {
  it('reads two levels below my goals at once and loads the next level when opened', async () => {
    renderPage();
    expect(screen.getByRole('status').textContent).toContain('Memuat pohon kaskade');
    await screen.findByRole('tree', { name: 'Pohon RHK Kepala Dinas' });
    // Breadcrumb up the reporting line; my superior is not a link (not my tree to read).
    const crumbs = within(screen.getByRole('navigation', { name: 'Garis pelaporan' }));
    expect(crumbs.getByText('Sekretaris Daerah').tagName).toBe('SPAN');

    expect(screen.getAllByRole('treeitem')).toHaveLength(2);
    toggle('RHK G1');
    toggle('RHK G1.1');
    expect(item('RHK G1.1.1').getAttribute('aria-level')).toBe('3');
    expect(item('RHK G1.1.1').textContent).toContain('Tidak langsung');

    // Third level: only its ids came with the first read; opening it asks for more.
    toggle('RHK G1.1.1');
    expect(item('RHK G1.1.1').getAttribute('aria-busy')).toBe('true');
    const fourth = await screen.findByRole('treeitem', { name: 'RHK G1.1.1.1' });
    expect(fourth.getAttribute('aria-level')).toBe('4');
    expect(fourth.textContent).toContain('Staf Pelaksana');
    expect(item('RHK G1.1.1').hasAttribute('aria-busy')).toBe(false);

    // Predikat arrives for the rows in view (the evaluation module's latest rating).
    await waitFor(() => expect(item('RHK G1.1').textContent).toContain('Predikat: Baik'));
    expect(item('RHK G1.1.1').textContent).toContain('Belum dinilai');
    expect(screen.getByText(/5 baris ditampilkan · 5 RHK dimuat/)).toBeTruthy();
  });

  it('filters by owner name and shows the details of the chosen goal', async () => {
    renderPage();
    await screen.findByRole('tree');
    fireEvent.change(screen.getByLabelText('Cari RHK atau nama pegawai'), { target: { value: 'kepala seksi' } });
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(3));
    expect(screen.getByText(/1 RHK cocok dari 4 RHK yang sudah dimuat/)).toBeTruthy();
    fireEvent.click(item('RHK G1.1.1'));
    const details = within(screen.getByRole('heading', { name: 'Rincian RHK' }).closest('section')!);
    expect(details.getByText('Kepala Seksi')).toBeTruthy();
    expect(details.getByRole('link', { name: 'Jelajahi dari Kepala Seksi' }).getAttribute('href')).toBe('#/kaskade?pegawai=E-Kepala+Seksi');
    fireEvent.click(details.getByRole('button', { name: 'Tampilkan di pohon' }));
    await waitFor(() => expect(screen.getAllByRole('treeitem')).toHaveLength(4));
    expect(item('RHK G1.1.1').getAttribute('aria-selected')).toBe('true');
  });
});
