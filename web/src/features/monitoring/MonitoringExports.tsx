import { DownloadButton } from '../../shared/files/download';
import { monthLabel } from './months';

interface Props {
  unitName: string;
  /** `UnitMonitoringReport.exportUrl(month:)`: the monitoring recap, null when not given. */
  monitoringExportUrl: string | null | undefined;
  /** `OrgUnit.plansExportUrl(period:)`. */
  plansExportUrl: string | null | undefined;
  /** `OrgUnit.exportUrl`. */
  orgExportUrl: string | null | undefined;
  /** Month of the logbook and TPP sheets, `YYYY-MM`. */
  month: string;
}

/** "Dokumen dan ekspor" of the monitoring page: the XLSX recaps of the unit, fetched with the bearer token. */
export function MonitoringExports({ unitName, monitoringExportUrl, plansExportUrl, orgExportUrl, month }: Props) {
  return (
    <ul className="doc-list">
      <li>
        <span>
          Rekap pemantauan {unitName} per unit kerja: penyelesaian SKP, catatan harian dan TPP {monthLabel(month)}, kemajuan penilaian, kurva distribusi predikat
        </span>
        {monitoringExportUrl ? (
          <DownloadButton path={monitoringExportUrl} fileName="pemantauan-kinerja.xlsx" label="Unduh rekap pemantauan (XLSX)" small />
        ) : (
          <span className="small muted">Tidak tersedia.</span>
        )}
      </li>
      <li>
        <span>Rekap SKP {unitName}: RHK dan IKI, serta pegawai yang belum memiliki SKP</span>
        {plansExportUrl ? (
          <DownloadButton path={plansExportUrl} fileName="rekap-skp.xlsx" label="Unduh rekap SKP (XLSX)" small />
        ) : (
          <span className="small muted">Tidak tersedia.</span>
        )}
      </li>
      <li>
        <span>Data organisasi {unitName} (format ekspor kepegawaian)</span>
        {orgExportUrl ? (
          <DownloadButton path={orgExportUrl} fileName="unit-kerja.xlsx" label="Unduh data organisasi (XLSX)" small />
        ) : (
          <span className="small muted">Hanya untuk admin dan operator unit.</span>
        )}
      </li>
    </ul>
  );
}
