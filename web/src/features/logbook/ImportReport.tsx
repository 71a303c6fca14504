import type { LogbookImportMutation } from '../../gql/graphql';
import { Alert } from '../../shared/ui/feedback';

export type ImportResult = NonNullable<LogbookImportMutation['logbookImport']>;

/** Indonesian reason of a bad row, from its code; the server's detail follows. */
const reasonLead: Record<string, string> = {
  INVALID_INPUT: 'Isian tidak valid',
  FUTURE_DATE: 'Tanggal belum terjadi',
  OUTSIDE_EVALUATION_PERIOD: 'Di luar periode penilaian',
  TIME_OVERLAP: 'Jam bertumpang tindih',
  ACTION_PLAN_MISMATCH: 'Rencana aksi tidak cocok',
  PERIOD_LOCKED: 'Periode sudah dikunci',
  NOT_FOUND: 'Tidak ditemukan',
  IMPORT_INVALID: 'Berkas tidak valid',
};

export function violationReason(code: string, message: string): string {
  const lead = reasonLead[code];
  return lead ? `${lead}: ${message}` : message;
}

/**
 * Laporan impor: what a dry run or a real run found, row by row (row number as the
 * spreadsheet shows it, column, reason), so the sheet can be corrected in Excel.
 */
export function ImportReport({ result }: { result: ImportResult }) {
  const bad = new Set(result.violations.map((v) => v.row)).size;
  return (
    <section aria-label={result.dryRun ? 'Hasil pemeriksaan' : 'Hasil impor'}>
      <div className="import-summary">
        <div>
          <span className="small muted">Baris data dibaca</span>
          <strong>{result.rowCount}</strong>
        </div>
        <div>
          <span className="small muted">Baris bermasalah</span>
          <strong>{bad}</strong>
        </div>
        <div>
          <span className="small muted">{result.dryRun ? 'Siap diimpor' : 'Tersimpan'}</span>
          <strong>{result.dryRun ? (bad === 0 ? result.rowCount : 0) : result.importedCount}</strong>
        </div>
      </div>
      {result.violations.length === 0 ? (
        result.dryRun ? (
          <Alert tone="success">Semua {result.rowCount} baris valid. Tidak ada yang disimpan pada pemeriksaan ini.</Alert>
        ) : (
          <Alert tone="success">{result.importedCount} catatan harian diimpor sebagai draf.</Alert>
        )
      ) : (
        <>
          <Alert tone="error">
            {bad} baris bermasalah; {result.dryRun ? 'perbaiki di berkas lalu periksa ulang' : 'tidak ada yang disimpan'}. Baris 1 adalah judul kolom.
          </Alert>
          <div className="table-scroll">
            <table className="table import-report">
              <caption className="visually-hidden">Daftar baris bermasalah</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Baris
                  </th>
                  <th scope="col">Kolom</th>
                  <th scope="col">Alasan</th>
                </tr>
              </thead>
              <tbody>
                {result.violations.map((v, i) => (
                  <tr key={`${v.row}-${v.column ?? ''}-${i}`}>
                    <th scope="row" className="num">
                      {v.row}
                    </th>
                    <td>{v.column ?? 'Seluruh baris'}</td>
                    <td>{violationReason(v.code, v.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
