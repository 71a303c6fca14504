import '../../test/setup';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '../../shared/auth/session';
import { MonitoringExports } from './MonitoringExports';

const LINK = '/files/org-units/T3JnVW5pdDox/monitoring.xlsx?evaluationPeriod=RXZhbHVhdGlvblBlcmlvZDox&month=2026-03';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('MonitoringExports', () => {
  it('offers the monitoring recap of the chosen month beside the other exports', () => {
    render(<MonitoringExports unitName="Dinas Kesehatan" monitoringExportUrl={LINK} plansExportUrl="/files/p.xlsx" orgExportUrl={null} month="2026-03" />);
    expect(screen.getByText(/Rekap pemantauan Dinas Kesehatan per unit kerja: .*TPP Mar 2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh rekap pemantauan (XLSX)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh rekap SKP (XLSX)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unduh data organisasi (XLSX)' })).toBeNull();
    expect(screen.getByText('Hanya untuk admin dan operator unit.')).toBeTruthy();
  });

  it('says so when the recap is not given', () => {
    render(<MonitoringExports unitName="Dinas Kesehatan" monitoringExportUrl={null} plansExportUrl={null} orgExportUrl={null} month="2026-03" />);
    expect(screen.queryByRole('button', { name: 'Unduh rekap pemantauan (XLSX)' })).toBeNull();
    expect(screen.getAllByText('Tidak tersedia.')).toHaveLength(2);
  });

  it('fetches the link with the bearer token and saves it under the server’s file name', async () => {
    setSession({ token: 'tok-123', expiresAt: null });
    const fetch = vi.fn(async () => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-disposition': 'attachment; filename="Pemantauan_Kinerja_Dinas.xlsx"' } }));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:recap'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<MonitoringExports unitName="Dinas Kesehatan" monitoringExportUrl={LINK} plansExportUrl={null} orgExportUrl={null} month="2026-03" />);
    fireEvent.click(screen.getByRole('button', { name: 'Unduh rekap pemantauan (XLSX)' }));
    await waitFor(() => expect(screen.getByText('Simpan Pemantauan_Kinerja_Dinas.xlsx')).toBeTruthy());
    expect(fetch).toHaveBeenCalledWith(LINK, { headers: { authorization: 'Bearer tok-123' } });
  });

  it('tells a refused download in Bahasa Indonesia', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 403 })));
    render(<MonitoringExports unitName="Dinas Kesehatan" monitoringExportUrl={LINK} plansExportUrl={null} orgExportUrl={null} month="2026-03" />);
    fireEvent.click(screen.getByRole('button', { name: 'Unduh rekap pemantauan (XLSX)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Anda tidak berwenang mengunduh berkas ini.');
  });
});
