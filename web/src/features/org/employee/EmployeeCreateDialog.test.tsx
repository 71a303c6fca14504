import '../../../test/setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it, vi } from 'vitest';
import { ViewerContext } from '../../auth/viewerContext';
import type { AppViewer } from '../../auth/viewerContext';
import { EmployeeCreateDialog } from './EmployeeCreateDialog';
import { EmployeeCreateDocument } from './useEmployeeCreate';

const admin: AppViewer = {
  role: 'ADMIN',
  mustChangePassword: false,
  isAppraiser: false,
  agency: { id: 'A1', code: 'PROV', name: 'Pemerintah Provinsi' },
  employee: { id: 'E0', name: 'Admin', nip: '199002172014122009' },
};

const input = (nip: string) => ({
  nip,
  name: 'Budi Santoso, S.Pd.',
  rank: null,
  employmentType: 'PNS',
  role: 'EMPLOYEE',
  operatorUnit: null,
});

const payload = (over: object) => ({
  data: { employeeCreate: { __typename: 'EmployeeCreatePayload', employee: null, oneTimePassword: null, userErrors: [], ...over } },
});

const mocks = [
  {
    request: { query: EmployeeCreateDocument, variables: { input: input('19861332 201505 1 001') } },
    result: payload({
      userErrors: [{ __typename: 'UserError', code: 'INVALID_NIP', field: ['input', 'nip'], message: 'Digits 1-8 must be a real birth date (YYYYMMDD).' }],
    }),
  },
  {
    request: { query: EmployeeCreateDocument, variables: { input: input('19861012 201505 1 001') } },
    result: payload({
      oneTimePassword: 'gjNQzSnStUt7',
      employee: {
        __typename: 'Employee',
        id: 'E9',
        name: 'Budi Santoso, S.Pd.',
        nip: '198610122015051001',
        rank: null,
        employmentType: 'PNS',
        isActive: true,
        position: null,
        unit: null,
      },
    }),
  },
];

describe('EmployeeCreateDialog', () => {
  it('shows the NIP error from userErrors on the NIP field, then the one-time password once', async () => {
    const onClose = vi.fn();
    render(
      <MockedProvider mocks={mocks}>
        <ViewerContext.Provider value={admin}>
          <EmployeeCreateDialog unit={{ id: 'U1', name: 'Bidang Uji' }} onClose={onClose} />
        </ViewerContext.Provider>
      </MockedProvider>,
    );
    const nip = screen.getByLabelText('NIP');
    expect(document.activeElement).toBe(nip);
    fireEvent.change(nip, { target: { value: '19861332 201505 1 001' } });
    fireEvent.change(screen.getByLabelText('Nama lengkap dengan gelar'), { target: { value: 'Budi Santoso, S.Pd.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan pegawai' }));

    await waitFor(() => expect(nip.getAttribute('aria-invalid')).toBe('true'));
    const errorId = nip.getAttribute('aria-describedby')!.split(' ')[0]!;
    expect(document.getElementById(errorId)?.textContent).toBe('NIP tidak valid: Digits 1-8 must be a real birth date (YYYYMMDD).');

    fireEvent.change(nip, { target: { value: '19861012 201505 1 001' } });
    fireEvent.click(screen.getByRole('button', { name: 'Daftarkan pegawai' }));
    expect(await screen.findByText('gjNQzSnStUt7')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Pegawai terdaftar' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Selesai' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    render(
      <MockedProvider mocks={[]}>
        <ViewerContext.Provider value={admin}>
          <EmployeeCreateDialog unit={null} onClose={onClose} />
        </ViewerContext.Provider>
      </MockedProvider>,
    );
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    // Operators are created from their unit's page only.
    expect(screen.queryByRole('option', { name: 'Operator unit kerja' })).toBeNull();
  });
});
