import '../../test/setup';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportReport } from './ImportReport';
import type { ImportResult } from './ImportReport';

const base: ImportResult = { dryRun: true, rowCount: 4, importedCount: 0, violations: [], userErrors: [] };
const v = (row: number, column: string | null, code: string, message: string) => ({ row, column, code: code as never, message });

describe('ImportReport', () => {
  it('lists every bad row with its number, column and reason, in Indonesian', () => {
    render(
      <ImportReport
        result={{
          ...base,
          violations: [
            v(3, 'Jam Selesai', 'INVALID_INPUT', 'The end time must be after the start time.'),
            v(3, 'Tanggal', 'FUTURE_DATE', 'Logbook entries cannot be written for a future date.'),
            v(5, null, 'TIME_OVERLAP', 'Overlaps row 4.'),
          ],
        }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Hasil pemeriksaan' });
    const rows = within(region).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'Jam Selesai', 'Isian tidak valid: The end time must be after the start time.'],
      ['3', 'Tanggal', 'Tanggal belum terjadi: Logbook entries cannot be written for a future date.'],
      ['5', 'Seluruh baris', 'Jam bertumpang tindih: Overlaps row 4.'],
    ]);
    // Two distinct rows are bad; nothing is ready to import.
    expect(within(region).getByText('Baris bermasalah').nextSibling?.textContent).toBe('2');
    expect(within(region).getByText('Siap diimpor').nextSibling?.textContent).toBe('0');
    expect(screen.getByRole('alert').textContent).toContain('2 baris bermasalah; perbaiki di berkas lalu periksa ulang');
  });

  it('says a clean dry run wrote nothing, and a real run how many entries it wrote', () => {
    const { rerender } = render(<ImportReport result={base} />);
    expect(screen.getByText('Semua 4 baris valid. Tidak ada yang disimpan pada pemeriksaan ini.')).toBeTruthy();
    rerender(<ImportReport result={{ ...base, dryRun: false, importedCount: 4 }} />);
    expect(screen.getByRole('region', { name: 'Hasil impor' })).toBeTruthy();
    expect(screen.getByText('4 catatan harian diimpor sebagai draf.')).toBeTruthy();
  });
});
