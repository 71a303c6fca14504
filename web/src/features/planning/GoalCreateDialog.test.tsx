import '../../test/setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { GoalCreateDialog } from './GoalCreateDialog';
import type { GoalFormPlan } from './GoalCreateDialog';
import { GoalCreateDocument } from './useGoalCreate';

const plan: GoalFormPlan = { id: 'P1', approach: 'QUANTITATIVE', isJpt: false, needsParent: true, periodId: 'PR1', unitId: 'U1' };

const candidates = [
  {
    __typename: 'Goal' as const,
    id: 'PG1',
    description: 'Tersedianya data surveilans yang mutakhir',
    kind: 'MAIN' as const,
    owner: { __typename: 'Employee' as const, id: 'E9', name: 'Agus Hermawan' },
    indicators: [{ __typename: 'Indicator' as const, id: 'PI1', description: 'Jumlah data', targetValue: 94, targetMin: null, targetMax: null, unit: 'data' }],
  },
];

const indicator = (description: string, aspect: string, targetValue: number, unit: string) => ({
  description,
  aspect,
  targetValue,
  targetMin: null,
  targetMax: null,
  unit,
  lowerIsBetter: false,
  perspective: null,
});

const expectedInput = {
  plan: 'P1',
  kind: 'MAIN',
  assignedBy: null,
  classification: 'INDIVIDUAL',
  description: 'Tersusunnya laporan surveilans mingguan',
  parentGoal: 'PG1',
  cascadeType: 'DIRECT',
  strategicObjective: null,
  keyIndicator: null,
  // The blank second row is not sent: the third row is the server's indicator 1.
  indicators: [indicator('Jumlah laporan mingguan', 'QUANTITY', 52, 'laporan'), indicator('Ketepatan waktu', 'TIME', 12.5, 'bulan')],
};

const refusal = {
  request: { query: GoalCreateDocument, variables: { input: expectedInput } },
  result: {
    data: {
      goalCreate: {
        __typename: 'GoalPayload',
        goal: null,
        userErrors: [
          { __typename: 'UserError', code: 'INVALID_PARENT_GOAL', field: ['input', 'parentGoal'], message: 'Not a goal of your appraiser.' },
          { __typename: 'UserError', code: 'INVALID_INPUT', field: ['input', 'indicators', '1', 'targetValue'], message: 'Targets are numbers from 0 to 10^12.' },
          { __typename: 'UserError', code: 'PERIOD_LOCKED', field: null, message: 'The period is locked.' },
        ],
      },
    },
  },
};

function renderDialog(onClose = vi.fn()) {
  render(
    <MockedProvider mocks={[refusal]}>
      <GoalCreateDialog plan={plan} candidates={candidates} onClose={onClose} />
    </MockedProvider>,
  );
  return onClose;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const errorOf = (el: HTMLElement) => {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Simpan RHK' }));

describe('GoalCreateDialog', () => {
  it('checks required fields on the client, each on its own field', async () => {
    renderDialog();
    submit();
    await waitFor(() => expect(field('Uraian RHK (rencana hasil kerja)').getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(field('Uraian RHK (rencana hasil kerja)'))).toContain('Uraian RHK wajib diisi.');
    expect(errorOf(field('RHK atasan yang diintervensi (wajib)'))).toContain('Pilih RHK atasan yang diintervensi.');
    expect(screen.getByRole('alert').textContent).toContain('Isi paling sedikit satu indikator (IKI).');

    // An indicator with a target but no unit, and no aspect in the quantitative approach.
    fireEvent.change(field('Uraian indikator'), { target: { value: 'Jumlah laporan' } });
    fireEvent.change(field('Target'), { target: { value: '12,x' } });
    submit();
    await waitFor(() => expect(errorOf(field('Aspek'))).toContain('Pendekatan kuantitatif: pilih aspek indikator.'));
    expect(errorOf(field('Target'))).toContain('Isi dengan angka');
  });

  it('puts the server userErrors on the field named by their path, counting only the rows sent', async () => {
    const onClose = renderDialog();
    fireEvent.change(field('Uraian RHK (rencana hasil kerja)'), { target: { value: 'Tersusunnya laporan surveilans mingguan' } });
    fireEvent.change(field('RHK atasan yang diintervensi (wajib)'), { target: { value: 'PG1' } });
    // The superior's indicators are shown; choose a direct cascade.
    expect(screen.getByText(/Jumlah data/).textContent).toContain('94 data');
    fireEvent.click(screen.getByRole('radio', { name: /^Langsung/ }));

    fireEvent.click(screen.getByRole('button', { name: '+ Tambah IKI' }));
    fireEvent.click(screen.getByRole('button', { name: '+ Tambah IKI' }));
    fireEvent.change(field('Uraian indikator (IKI 1)'), { target: { value: 'Jumlah laporan mingguan' } });
    fireEvent.change(field('Aspek (IKI 1)'), { target: { value: 'QUANTITY' } });
    fireEvent.change(field('Target (IKI 1)'), { target: { value: '52' } });
    fireEvent.change(field('Satuan (IKI 1)'), { target: { value: 'laporan' } });
    // IKI 2 stays blank (not sent); IKI 3 becomes the server's indicator 1.
    fireEvent.change(field('Uraian indikator (IKI 3)'), { target: { value: 'Ketepatan waktu' } });
    fireEvent.change(field('Aspek (IKI 3)'), { target: { value: 'TIME' } });
    fireEvent.change(field('Target (IKI 3)'), { target: { value: '12,5' } });
    fireEvent.change(field('Satuan (IKI 3)'), { target: { value: 'bulan' } });
    submit();

    await waitFor(() => expect(field('Target (IKI 3)').getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(field('Target (IKI 3)'))).toContain('Isian tidak valid: Targets are numbers from 0 to 10^12.');
    expect(field('Target (IKI 1)').getAttribute('aria-invalid')).toBeNull();
    expect(errorOf(field('RHK atasan yang diintervensi (wajib)'))).toContain('RHK atasan tidak valid');
    expect(screen.getByRole('alert').textContent).toContain('Periode sudah dikunci');
    expect(onClose).not.toHaveBeenCalled();

    // Editing a field clears its error.
    fireEvent.change(field('Target (IKI 3)'), { target: { value: '12' } });
    expect(field('Target (IKI 3)').getAttribute('aria-invalid')).toBeNull();
  });
});
