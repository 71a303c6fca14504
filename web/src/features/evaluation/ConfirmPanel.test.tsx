import '../../test/setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import type { EvaluationSummary_EvaluationFragment } from '../../gql/graphql';
import { ConfirmPanel } from './ConfirmPanel';
import { EvaluationConfirmDocument } from './useEvaluationConfirm';

const evaluation: EvaluationSummary_EvaluationFragment = {
  id: 'EV1',
  status: 'DRAFT',
  isAnnual: false,
  isUnitHead: false,
  resultRating: 'ABOVE_EXPECTATIONS',
  resultRatingSource: 'APPRAISER',
  behaviorRating: 'ABOVE_EXPECTATIONS',
  performanceRating: 'VERY_GOOD',
  ratedAt: '2026-11-23T01:00:00Z',
  confirmedAt: null,
  distributionOverrideReason: null,
  reopenReason: null,
  viewerCanRate: true,
  viewerCanReopen: false,
  pdfUrl: '/files/evaluations/EV1.pdf',
  ratingMatrix: { marked: 'VERY_GOOD', columns: [], rows: [] },
  feedback: [],
  selfAssessments: [],
  creditPoints: null,
};

const payload = (userErrors: { code: string; field: string[] | null; message: string }[], confirmed: boolean) => ({
  data: {
    evaluationConfirm: {
      __typename: 'EvaluationConfirmPayload',
      evaluation: confirmed
        ? {
            __typename: 'Evaluation',
            ...evaluation,
            status: 'CONFIRMED',
            confirmedAt: '2026-11-23T02:00:00Z',
            distributionOverrideReason: 'Kinerja unit melampaui target IKU.',
            ratingMatrix: { __typename: 'RatingMatrix', marked: 'VERY_GOOD', columns: [], rows: [] },
          }
        : null,
      distributionWarnings: [],
      userErrors: userErrors.map((e) => ({ __typename: 'UserError', ...e })),
    },
  },
});

describe('ConfirmPanel', () => {
  it('asks for the override reason when the server says the unit breaks its distribution, then confirms with it', async () => {
    const sent: unknown[] = [];
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: EvaluationConfirmDocument, variables: (v: Record<string, any>) => (sent.push(v['input']), v['input'].distributionOverrideReason == null) },
        result: payload([{ code: 'DISTRIBUTION_REASON_REQUIRED', field: ['input', 'distributionOverrideReason'], message: 'Sangat Baik lebih dari 20 % pegawai unit.' }], false),
      },
      {
        request: { query: EvaluationConfirmDocument, variables: (v: Record<string, any>) => (sent.push(v['input']), v['input'].distributionOverrideReason != null) },
        result: payload([], true),
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <ConfirmPanel evaluation={evaluation} warnings={[]} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tetapkan penilaian' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tetapkan di luar kurva distribusi' });
    expect(dialog.textContent).toContain('Sangat Baik lebih dari 20 % pegawai unit.');

    // Too short a reason is refused on the field, without a request.
    fireEvent.change(screen.getByLabelText('Alasan penetapan'), { target: { value: 'ok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tetapkan dengan alasan' }));
    await waitFor(() => expect(screen.getByLabelText('Alasan penetapan').getAttribute('aria-invalid')).toBe('true'));
    expect(sent).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('Alasan penetapan'), { target: { value: 'Kinerja unit melampaui target IKU.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tetapkan dengan alasan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.at(-1)).toEqual({ evaluation: 'EV1', distributionOverrideReason: 'Kinerja unit melampaui target IKU.' });
  });

  it('asks for the reason first when warnings are already known', async () => {
    render(
      <MockedProvider mocks={[]}>
        <ConfirmPanel evaluation={evaluation} warnings={['Baik kurang dari 60 % pegawai unit.']} />
      </MockedProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tetapkan penilaian' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Baik kurang dari 60 % pegawai unit.');
  });

  it('offers confirming only to the appraiser: an admin (viewerCanRate false) sees the state, no button', () => {
    render(
      <MockedProvider mocks={[]}>
        <ConfirmPanel evaluation={{ ...evaluation, viewerCanRate: false }} warnings={[]} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Tetapkan penilaian' })).toBeNull();
    expect(screen.getByText('Penilaian belum ditetapkan; penetapan dilakukan oleh pejabat penilai.')).toBeTruthy();
  });

  it('offers reopening a confirmed evaluation only where the server allows it (the agency admin)', () => {
    const confirmed = { ...evaluation, status: 'CONFIRMED' as const, viewerCanRate: false, confirmedAt: '2026-11-23T02:00:00Z' };
    const { unmount } = render(
      <MockedProvider mocks={[]}>
        <ConfirmPanel evaluation={{ ...confirmed, viewerCanReopen: true }} warnings={[]} />
      </MockedProvider>,
    );
    expect(screen.getByRole('button', { name: 'Buka kembali penilaian…' })).toBeTruthy();
    unmount();
    render(
      <MockedProvider mocks={[]}>
        <ConfirmPanel evaluation={confirmed} warnings={[]} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Buka kembali penilaian…' })).toBeNull();
  });

  it('needs both ratings before confirming', () => {
    render(
      <MockedProvider mocks={[]}>
        <ConfirmPanel evaluation={{ ...evaluation, performanceRating: null, behaviorRating: null }} warnings={[]} />
      </MockedProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Tetapkan penilaian' })).toBeNull();
    expect(screen.getByText('Berikan kedua rating sebelum menetapkan penilaian.')).toBeTruthy();
  });
});
