import { useState } from 'react';
import { DownloadButton } from '../../shared/files/download';
import { TextField } from '../../shared/ui/Field';
import { Card } from '../../shared/ui/feedback';
import { addDays, isIsoDate } from './week';

/** Path of the logbook export of a date range (at most 366 days), optionally of another employee. */
export function logbookExportPath(from: string, to: string, employeeId?: string): string {
  const q = new URLSearchParams({ from, to });
  if (employeeId) q.set('employee', employeeId);
  return `/files/logbook.xlsx?${q.toString()}`;
}

function rangeProblem(from: string, to: string): string | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'Isi kedua tanggal.';
  if (to < from) return 'Tanggal akhir harus sama dengan atau setelah tanggal awal.';
  if (addDays(from, 365) < to) return 'Rentang paling lama 366 hari.';
  return null;
}

/** Ekspor: the logbook of a date range as an XLSX file in the layout the import reads. */
export function ExportCard({ defaultFrom, defaultTo }: { defaultFrom: string; defaultTo: string }) {
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState(defaultTo);
  const problem = rangeProblem(from, to);
  return (
    <Card title="Ekspor ke Excel">
      <p className="small muted">Unduh catatan harian dalam rentang tanggal sebagai berkas XLSX (tata letak yang sama dengan impor).</p>
      <div className="entry-times">
        <TextField label="Dari tanggal" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField label="Sampai tanggal" type="date" value={to} onChange={(e) => setTo(e.target.value)} error={problem ?? undefined} />
      </div>
      {!problem && <DownloadButton path={logbookExportPath(from, to)} fileName={`catatan-harian-${from}-${to}.xlsx`} label="Unduh XLSX" />}
    </Card>
  );
}
