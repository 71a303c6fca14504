import { useState } from 'react';
import { errorText } from '../../shared/forms/errorText';
import { describeUserError } from '../../shared/forms/userErrors';
import { todayIso } from '../../shared/format/date';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { Link } from '../../shared/router/router';
import { Button } from '../../shared/ui/Button';
import { Card, FormErrors } from '../../shared/ui/feedback';
import { ImportReport } from './ImportReport';
import type { ImportResult } from './ImportReport';
import { localizeLogbookErrors } from './labels';
import { useLogbookImport } from './useLogbookImport';
import './logbook.css';

/** The request body limit is 2 MB; base64 makes a file a third larger. */
const MAX_BYTES = 1_400_000;

const TEMPLATE = [
  'Tanggal;Jam Mulai;Jam Selesai;Kegiatan;Jumlah;Satuan;Bukti Dukung;Rencana Aksi',
  `${todayIso().split('-').reverse().join('/')};08:00;10:00;Menyusun laporan surveilans mingguan;1;Laporan;https://drive.example.go.id/laporan-1;Tugas Tambahan`,
].join('\r\n');

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * Impor catatan harian from the sheet people keep in Excel: first a dry run that lists
 * every bad row (row, column, reason), then the real run, which writes all rows or none.
 */
export function ImportPage() {
  usePageTitle('Impor catatan harian');
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [run, { loading }] = useLogbookImport();
  const [templateUrl] = useState(() => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(new Blob(['\uFEFF' + TEMPLATE], { type: 'text/csv' })) : '#'));

  const choose = async (f: File | null) => {
    setResult(null);
    setErrors([]);
    setContent(null);
    setFile(f);
    if (!f) return;
    if (!/\.(csv|xlsx)$/i.test(f.name)) {
      setErrors(['Pilih berkas .xlsx atau .csv.']);
      return;
    }
    if (f.size > MAX_BYTES) {
      setErrors(['Berkas terlalu besar (paling besar 1,4 MB). Bagi menjadi beberapa berkas.']);
      return;
    }
    try {
      setContent(await fileToBase64(f));
    } catch {
      setErrors(['Berkas tidak dapat dibaca.']);
    }
  };

  const send = async (dryRun: boolean) => {
    if (!file || !content) return;
    setErrors([]);
    try {
      const payload = await run({ fileName: file.name, contentBase64: content, dryRun });
      if (!payload) return;
      setResult(payload);
      // IMPORT_INVALID with violations is explained by the report; other refusals are shown.
      const others = localizeLogbookErrors(payload.userErrors.filter((e) => !(e.code === 'IMPORT_INVALID' && payload.violations.length > 0)));
      setErrors(others.map(describeUserError));
    } catch (err) {
      setErrors([errorText(err)]);
    }
  };

  const checkedOk = result?.dryRun && result.violations.length === 0 && result.userErrors.length === 0 && result.rowCount > 0;
  const imported = result && !result.dryRun && result.importedCount > 0;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Impor catatan harian</h1>
          <p className="muted small">Dari lembar Excel (XLSX) atau CSV yang biasa Anda isi. Periksa dulu, lalu impor: semua baris tersimpan atau tidak sama sekali.</p>
        </div>
        <Link className="btn btn--secondary" to="/catatan-harian">
          Kembali ke catatan harian
        </Link>
      </div>
      <div className="stack">
        <Card title="1. Pilih berkas">
          <div className="file-drop">
            <label className="field">
              <span className="field__label">Berkas XLSX atau CSV</span>
              <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
              <span className="field__hint">
                Kolom: Tanggal, Jam Mulai, Jam Selesai, Kegiatan, Jumlah, Satuan, Bukti Dukung, Rencana Aksi (atau RHK). Tulis &quot;Tugas Tambahan&quot; untuk
                kegiatan di luar rencana aksi. Paling banyak 5.000 baris.{' '}
                <a href={templateUrl} download="contoh-catatan-harian.csv">
                  Unduh contoh CSV
                </a>
              </span>
            </label>
          </div>
          <FormErrors errors={errors} />
          <div className="form-actions">
            <Button variant="secondary" disabled={!content} busy={loading && !result?.dryRun} onClick={() => void send(true)}>
              Periksa berkas
            </Button>
            <Button disabled={!checkedOk || Boolean(imported)} busy={loading} onClick={() => void send(false)}>
              {checkedOk ? `Impor ${result!.rowCount} baris` : 'Impor'}
            </Button>
          </div>
        </Card>
        {result && (
          <Card title={result.dryRun ? '2. Hasil pemeriksaan' : '3. Hasil impor'}>
            <ImportReport result={result} />
            {imported && (
              <p>
                <Link to="/catatan-harian">Lihat catatan harian</Link> lalu ajukan kepada pejabat penilai.
              </p>
            )}
          </Card>
        )}
      </div>
    </>
  );
}
