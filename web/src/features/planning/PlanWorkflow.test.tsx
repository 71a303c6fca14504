import '../../test/setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import type { PlanWorkflow_PlanFragment } from '../../gql/graphql';
import { PlanWorkflow } from './PlanWorkflow';
import { PerformancePlanApproveDocument } from './usePerformancePlanApprove';
import { PerformancePlanReturnDocument } from './usePerformancePlanReturn';

const plan: PlanWorkflow_PlanFragment = {
  id: 'P1',
  status: 'SUBMITTED',
  version: 7,
  returnReason: null,
  submittedAt: '2026-01-20T02:00:00Z',
  approvedAt: null,
  endDate: null,
  closedReason: null,
  approvedBy: null,
  appraiser: { id: 'E9', name: 'Agus Hermawan' },
  viewerCanEdit: false,
  viewerCanSubmit: false,
  viewerCanApprove: true,
  viewerCanReturn: true,
  viewerCanSubmitRevision: false,
  viewerCanRejectRevision: false,
};

const refused = (field: string, code: string, message: string, name: string) => ({
  data: { [name]: { __typename: 'PerformancePlanPayload', performancePlan: null, userErrors: [{ __typename: 'UserError', code, field: ['input', field], message }] } },
});

describe('PlanWorkflow', () => {
  it('says plainly when someone else approved or returned the plan first (CONFLICT)', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: PerformancePlanApproveDocument, variables: { input: { plan: 'P1', version: 7 } } },
            result: refused('plan', 'CONFLICT', 'The plan was already approved.', 'performancePlanApprove'),
          },
        ]}
      >
        <PlanWorkflow plan={plan} />
      </MockedProvider>,
    );
    expect(screen.getByText(/menunggu persetujuan pejabat penilai \(Agus Hermawan\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Setujui SKP' }));
    expect(await screen.findByText('Sudah diproses pihak lain.')).toBeTruthy();
    expect(screen.getByText(/sudah diproses oleh pihak lain atau berubah sejak Anda membukanya/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('requires a reason to return a plan and shows the server refusal of the reason on the field', async () => {
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: PerformancePlanReturnDocument, variables: { input: { plan: 'P1', reason: 'Kurang', version: 7 } } },
            result: refused('reason', 'INVALID_INPUT', 'A reason has 5 to 1000 characters.', 'performancePlanReturn'),
          },
        ]}
      >
        <PlanWorkflow plan={plan} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan' }));
    const reason = screen.getByLabelText('Alasan pengembalian');
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan SKP' }));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(reason.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe(
      'Tuliskan alasan, paling sedikit 5 karakter.',
    );
    fireEvent.change(reason, { target: { value: ' Kurang ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan SKP' }));
    await waitFor(() =>
      expect(document.getElementById(reason.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent).toBe(
        'Isian tidak valid: A reason has 5 to 1000 characters.',
      ),
    );
  });
});
