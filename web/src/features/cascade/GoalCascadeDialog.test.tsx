import '../../test/setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { GoalCascadeDialog } from './GoalCascadeDialog';
import { GoalCascadeDocument } from './useGoalCascade';

const goal = {
  id: 'G1',
  description: 'Tersedianya data surveilans yang mutakhir',
  indicators: [{ id: 'I1', description: 'Jumlah data yang dimutakhirkan', targetValue: 94, unit: 'data' }],
};

const columns = [
  { employeeId: 'E1', name: 'Siti Rahmawati', position: 'Pengelola Data', alreadyHas: false, planStatus: 'DRAFT' as const },
  { employeeId: 'E2', name: 'Wahyu Kurniawan', position: 'Pengadministrasi', alreadyHas: false, planStatus: null },
  { employeeId: 'E3', name: 'Vina Lubis', position: 'Epidemiolog', alreadyHas: false, planStatus: 'RETURNED' as const },
  { employeeId: 'E4', name: 'Dewi Lestari', position: 'Analis', alreadyHas: false, planStatus: 'APPROVED' as const },
  { employeeId: 'E5', name: 'Budi Santoso', position: 'Analis', alreadyHas: true, planStatus: 'DRAFT' as const },
];

const error = (code: string, field: string[], message: string) => ({ __typename: 'UserError', code, field, message });

const mocks = [
  {
    request: {
      query: GoalCascadeDocument,
      variables: {
        input: {
          goal: 'G1',
          targets: [
            { employee: 'E1', cascadeType: 'DIRECT', description: null, targetShares: [{ indicator: 'I1', targetValue: 50 }] },
            { employee: 'E3', cascadeType: 'DIRECT', description: 'Data kasus terverifikasi', targetShares: [{ indicator: 'I1', targetValue: 60 }] },
          ],
        },
      },
    },
    result: {
      data: {
        goalCascade: {
          __typename: 'GoalCascadePayload',
          goals: null,
          userErrors: [
            error('NOT_DIRECT_REPORT', ['input', 'targets', '0', 'employee'], "This employee is not a current direct report of the goal's owner."),
            error('TARGET_SHARE_EXCEEDED', ['input', 'targets', '1', 'targetShares'], 'The shares would add up to 110 data, more than the target of 94.'),
          ],
        },
      },
    },
  },
];

const block = (name: string) => within(screen.getByRole('group', { name }));

describe('GoalCascadeDialog', () => {
  it('shows NOT_DIRECT_REPORT on the person and TARGET_SHARE_EXCEEDED on their shares, mapping sent targets back to columns', async () => {
    const onClose = vi.fn();
    render(
      <MockedProvider mocks={mocks}>
        <GoalCascadeDialog goal={goal} columns={columns} onClose={onClose} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Turunkan kepada Siti Rahmawati' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Turunkan kepada Vina Lubis' }));
    const siti = block('Siti Rahmawati');
    const vina = block('Vina Lubis');
    fireEvent.change(siti.getByLabelText('Target bagian: Jumlah data yang dimutakhirkan'), { target: { value: '50' } });
    fireEvent.change(vina.getByLabelText('Target bagian: Jumlah data yang dimutakhirkan'), { target: { value: '60' } });
    fireEvent.change(vina.getByLabelText('Uraian RHK bawahan'), { target: { value: 'Data kasus terverifikasi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turunkan' }));

    await waitFor(() => expect(siti.getByRole('alert').textContent).toContain('Bukan bawahan langsung'));
    const vinaShare = vina.getByLabelText('Target bagian: Jumlah data yang dimutakhirkan');
    expect(vinaShare.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(vinaShare.getAttribute('aria-describedby')!)!.textContent).toContain(
      'Jumlah target bawahan melebihi target RHK atasan',
    );
    expect(vina.getByRole('alert').textContent).toContain('110 data');
    // Nothing lands on the unticked column or on Siti's share.
    expect(within(screen.getByRole('group', { name: 'Wahyu Kurniawan' })).queryByRole('alert')).toBeNull();
    expect(siti.getByLabelText('Target bagian: Jumlah data yang dimutakhirkan').getAttribute('aria-invalid')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    // Reports whose plan cannot receive goals, or who already have this one, cannot be ticked.
    expect(within(screen.getByRole('group', { name: 'Dewi Lestari' })).queryByRole('checkbox')).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Dewi Lestari' })).getByText(/berstatus disetujui/)).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Budi Santoso' })).getByText('Sudah menerima RHK ini.')).toBeTruthy();
  });

  it('asks for at least one direct report and checks share numbers on the client', async () => {
    render(
      <MockedProvider mocks={[]}>
        <GoalCascadeDialog goal={goal} columns={columns} onClose={vi.fn()} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turunkan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Pilih paling sedikit satu bawahan.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Turunkan kepada Wahyu Kurniawan' }));
    const share = block('Wahyu Kurniawan').getByLabelText('Target bagian: Jumlah data yang dimutakhirkan');
    fireEvent.change(share, { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turunkan' }));
    await waitFor(() => expect(share.getAttribute('aria-invalid')).toBe('true'));
    // Tidak langsung: no shares asked.
    fireEvent.click(block('Wahyu Kurniawan').getByRole('radio', { name: /^Tidak langsung/ }));
    expect(block('Wahyu Kurniawan').queryByLabelText('Target bagian: Jumlah data yang dimutakhirkan')).toBeNull();
  });
});
