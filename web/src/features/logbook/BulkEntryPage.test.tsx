import '../../test/setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { LogbookActionPlansDocument } from './ActionPlanSelect';
import { BulkEntryPage } from './BulkEntryPage';
import { mapBatchErrors } from './bulkRows';
import { LogbookEntriesCreateDocument } from './useLogbookEntriesCreate';

// A past week, so Monday to Friday are all offered (rows 1–5).
const WEEK = '2026-11-16';

const actionPlans: MockLink.MockedResponse = {
  request: { query: LogbookActionPlansDocument, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      actionPlans: {
        __typename: 'ActionPlanConnection',
        nodes: [
          {
            __typename: 'ActionPlan',
            id: 'AP1',
            description: 'Menyusun laporan surveilans mingguan',
            targetUnit: 'Laporan',
            evaluationPeriod: { __typename: 'EvaluationPeriod', id: 'EP11', name: 'November 2026' },
            goal: { __typename: 'Goal', id: 'G1', description: 'Tersedianya data surveilans' },
          },
        ],
      },
    },
  },
};

function createMock(sent: { entries: unknown[] }[], userErrors: { code: string; field: string[] | null; message: string }[]): MockLink.MockedResponse {
  return {
    request: {
      query: LogbookEntriesCreateDocument,
      variables: (v: Record<string, any>) => {
        sent.push(v['input']);
        return true;
      },
    },
    result: {
      data: {
        logbookEntriesCreate: {
          __typename: 'LogbookEntriesCreatePayload',
          logbookEntries: userErrors.length ? null : [],
          userErrors: userErrors.map((e) => ({ __typename: 'UserError', ...e })),
        },
      },
    },
  };
}

const row = (n: number) => screen.getByRole('listitem', { name: `Baris ${n}` });
const field = (n: number, label: string) => within(row(n)).getByLabelText(`${label} (baris ${n})`) as HTMLInputElement;
const described = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

async function fillTwoRows() {
  await waitFor(() => expect(within(row(1)).getAllByRole('option', { name: 'Menyusun laporan surveilans mingguan' }).length).toBe(1));
  fireEvent.change(field(1, 'Kegiatan'), { target: { value: 'Menyusun laporan surveilans minggu ke-47' } });
  fireEvent.change(field(1, 'Rencana aksi'), { target: { value: 'AP1' } });
  fireEvent.change(field(1, 'Realisasi'), { target: { value: '1' } });
  // Row 2 stays blank and is not sent: row 3 becomes item 1 of the request.
  fireEvent.change(field(3, 'Jam mulai'), { target: { value: '13:00' } });
  fireEvent.change(field(3, 'Jam selesai'), { target: { value: '14:30' } });
  fireEvent.change(field(3, 'Kegiatan'), { target: { value: 'Rapat koordinasi imunisasi' } });
  fireEvent.change(field(3, 'Rencana aksi'), { target: { value: 'ADDITIONAL' } });
}

describe('BulkEntryPage', () => {
  it('offers one row per working day and checks rows on the client, each error on its row', async () => {
    render(
      <MockedProvider mocks={[actionPlans]}>
        <BulkEntryPage week={WEEK} />
      </MockedProvider>,
    );
    expect(screen.getAllByRole('listitem', { name: /^Baris \d$/ })).toHaveLength(5);
    expect((within(row(5)).getByLabelText('Hari (baris 5)') as HTMLSelectElement).value).toBe('2026-11-20');
    fireEvent.change(field(2, 'Kegiatan'), { target: { value: 'Entri' } });
    fireEvent.change(field(2, 'Realisasi'), { target: { value: '2,x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan semua baris' }));
    await waitFor(() => expect(field(2, 'Realisasi').getAttribute('aria-invalid')).toBe('true'));
    expect(described(field(2, 'Realisasi'))).toContain('Isi realisasi dengan angka');
    expect(described(within(row(2)).getByLabelText('Rencana aksi (baris 2)'))).toContain('Pilih rencana aksi');
    expect(field(1, 'Kegiatan').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText(/1 baris perlu diperbaiki/)).toBeTruthy();
  });

  it('sends only the filled rows and puts each per-item userError on the row and field it came from', async () => {
    const sent: { entries: any[] }[] = [];
    const refusal = createMock(sent, [
      { code: 'TIME_OVERLAP', field: ['input', 'entries', '1', 'startTime'], message: 'Overlaps 13:00–14:00.' },
      { code: 'ACTION_PLAN_MISMATCH', field: ['input', 'entries', '0', 'actionPlan'], message: 'Not your action plan.' },
      { code: 'PERIOD_LOCKED', field: ['input', 'entries', '1'], message: 'The period is locked.' },
      { code: 'INVALID_INPUT', field: ['input', 'entries'], message: 'Give 1 to 100 entries.' },
    ]);
    render(
      <MockedProvider mocks={[actionPlans, refusal]}>
        <BulkEntryPage week={WEEK} />
      </MockedProvider>,
    );
    await fillTwoRows();
    // Choosing an action plan fills its unit.
    expect(field(1, 'Satuan').value).toBe('Laporan');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan semua baris' }));

    await waitFor(() => expect(field(3, 'Jam mulai').getAttribute('aria-invalid')).toBe('true'));
    expect(sent).toHaveLength(1);
    const [first, second] = sent[0]!.entries;
    expect(sent[0]!.entries).toHaveLength(2);
    expect(first).toMatchObject({ date: '2026-11-16', activity: 'Menyusun laporan surveilans minggu ke-47', actionPlan: 'AP1', isAdditionalTask: false, outputQuantity: 1, outputUnit: 'Laporan' });
    expect(second).toMatchObject({ date: '2026-11-18', startTime: '13:00', endTime: '14:30', actionPlan: null, isAdditionalTask: true, outputQuantity: null });
    expect(first.clientKey).toMatch(/^web-[0-9a-f]{32}$/);
    expect(second.clientKey).not.toBe(first.clientKey);

    expect(described(field(3, 'Jam mulai'))).toContain('Jam bertumpang tindih dengan catatan lain pada hari yang sama: Overlaps 13:00–14:00.');
    expect(within(row(3)).getByRole('alert').textContent).toContain('Periode sudah dikunci');
    expect(described(field(1, 'Rencana aksi'))).toContain('Rencana aksi bukan milik Anda');
    expect(field(1, 'Kegiatan').getAttribute('aria-invalid')).toBeNull();
    expect(row(2).className).not.toContain('bulk-row--error');
    expect(screen.getByText(/2 baris perlu diperbaiki; tidak ada yang disimpan/)).toBeTruthy();
    expect(screen.getByText('Isian tidak valid: Give 1 to 100 entries.')).toBeTruthy();

    // Editing the field clears its error but keeps the row's other messages.
    fireEvent.change(field(3, 'Jam mulai'), { target: { value: '14:00' } });
    expect(field(3, 'Jam mulai').getAttribute('aria-invalid')).toBeNull();
  });

  it('reports the saved count and starts a fresh week after success', async () => {
    const sent: { entries: unknown[] }[] = [];
    render(
      <MockedProvider mocks={[actionPlans, createMock(sent, [])]}>
        <BulkEntryPage week={WEEK} />
      </MockedProvider>,
    );
    await fillTwoRows();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan semua baris' }));
    await screen.findByText(/catatan harian tersimpan sebagai draf/);
    expect(field(1, 'Kegiatan').value).toBe('');
  });
});

describe('mapBatchErrors', () => {
  it('maps items back to rows through the sent index and keeps unknown paths form-level', () => {
    const { rows, form } = mapBatchErrors(
      [
        { code: 'INVALID_INPUT', field: ['input', 'entries', '2', 'evidence', '0'], message: 'Not a link.' },
        { code: 'INVALID_INPUT', field: ['input', 'entries', '0', 'isAdditionalTask'], message: 'No plan.' },
        { code: 'INVALID_INPUT', field: ['input', 'entries', '9', 'date'], message: 'Out of range item.' },
        { code: 'FORBIDDEN', field: null, message: 'No.' },
      ],
      [0, 4, 7],
    );
    expect([...rows.keys()]).toEqual([7, 0]);
    expect(rows.get(7)!.fields.evidence).toBe('Isian tidak valid: Not a link.');
    expect(rows.get(0)!.fields.link).toBe('Isian tidak valid: No plan.');
    expect(form).toEqual(['Isian tidak valid: Out of range item.', 'Anda tidak berwenang: No.']);
  });
});
