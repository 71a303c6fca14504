import '../../test/setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../ui/Field';
import { FormErrors } from '../ui/feedback';
import { useForm } from './useForm';
import type { UserErrorLike } from './userErrors';

function NipForm({ submit, onSuccess }: { submit: (v: { nip: string; name: string }) => Promise<UserErrorLike[]>; onSuccess?: () => void }) {
  const form = useForm({ initial: { nip: '', name: '' }, submit, onSuccess });
  return (
    <form onSubmit={(e) => void form.onSubmit(e)}>
      <FormErrors errors={form.formErrors} />
      <TextField label="NIP" {...form.bind('nip')} />
      <TextField label="Nama" {...form.bind('name')} />
      <button type="submit">Simpan</button>
    </form>
  );
}

describe('useForm with userErrors', () => {
  it('shows a field error on the field named by the path, linked for screen readers', async () => {
    const submit = vi.fn(async () => [{ code: 'INVALID_NIP', field: ['input', 'nip'], message: 'NIP must be exactly 18 digits.' }]);
    const onSuccess = vi.fn();
    render(<NipForm submit={submit} onSuccess={onSuccess} />);
    fireEvent.change(screen.getByLabelText('NIP'), { target: { value: '1986' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    const nip = screen.getByLabelText('NIP');
    await waitFor(() => expect(nip.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(nip.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message?.textContent).toBe('NIP tidak valid: NIP must be exactly 18 digits.');
    expect(screen.getByLabelText('Nama').hasAttribute('aria-invalid')).toBe(false);
    expect(submit).toHaveBeenCalledWith({ nip: '1986', name: '' });
    expect(onSuccess).not.toHaveBeenCalled();

    // Editing the field clears its error.
    fireEvent.change(nip, { target: { value: '198609262015051001' } });
    expect(nip.hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows errors without a field above the form and network failures in Indonesian', async () => {
    const submit = vi
      .fn<() => Promise<UserErrorLike[]>>()
      .mockResolvedValueOnce([{ code: 'FORBIDDEN', field: null, message: 'Not in your unit.' }])
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<NipForm submit={submit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Anda tidak berwenang: Not in your unit.');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Tidak dapat terhubung ke server'));
  });

  it('calls onSuccess when the payload has no userErrors', async () => {
    const onSuccess = vi.fn();
    render(<NipForm submit={async () => []} onSuccess={onSuccess} />);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
