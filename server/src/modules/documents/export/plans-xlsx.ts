import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { OrgUnitRow } from '../../org/types';
import type { PeriodRow } from '../../planning/types';
import { aspek, excelDate, perspektif, target } from '../format';
import type { ExportEmployee } from './org-data';
import type { PlansExport } from './plans-data';

/**
 * The HR office's SKP recap of a unit: "Rekap SKP" (one row per plan with its status and
 * appraiser), "RHK dan IKI" (every goal and indicator with its target), and, for viewers
 * who monitor the unit, "Belum Ada SKP" (employees of the subtree without a plan).
 */
const STATUS: Record<string, string> = {
  DRAFT: 'Draf', SUBMITTED: 'Diajukan', APPROVED: 'Disetujui', RETURNED: 'Dikembalikan', REVISION_SUBMITTED: 'Perubahan diajukan', REVISION_REJECTED: 'Perubahan ditolak',
};
const RECAP = ['No', 'NIP', 'Nama', 'Pangkat/Golongan', 'Jabatan', 'Unit Kerja', 'Pendekatan', 'Status SKP', 'Tanggal Mulai', 'Tanggal Selesai',
  'RHK Utama', 'RHK Tambahan', 'Pejabat Penilai', 'NIP Pejabat Penilai', 'Tanggal Disetujui'];
const GOALS = ['NIP', 'Nama', 'Jenis RHK', 'No', 'Rencana Hasil Kerja', 'RHK Pimpinan yang Diintervensi', 'Aspek', 'Indikator Kinerja Individu', 'Target', 'Perspektif'];
const MISSING = ['No', 'NIP', 'Nama', 'Jabatan', 'Unit Kerja'];

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, title: string, sub: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = widths.map((width) => ({ width }));
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([sub]);
  ws.addRow([]);
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } }; });
  h.commit();
  return ws;
}

function recap(ws: ExcelJS.Worksheet, data: PlansExport): void {
  data.plans.forEach((p, i) => {
    const goals = data.goals.get(p.id) ?? [];
    const approved = p.approvedAt ? excelDate(new Date(String(p.approvedAt)).toISOString()) : null;
    const r = ws.addRow([i + 1, p.nip, p.name, p.rank ?? '', p.positionName ?? '', p.unitName ?? '', p.approach === 'QUALITATIVE' ? 'Kualitatif' : 'Kuantitatif',
      STATUS[p.status] ?? p.status, excelDate(p.startDate), excelDate(p.endDate), goals.filter((g) => g.kind === 'MAIN').length, goals.filter((g) => g.kind !== 'MAIN').length,
      p.appraiserName ?? '', p.appraiserNip ?? '', approved]);
    for (const c of [2, 14]) r.getCell(c).numFmt = '@';
    for (const c of [9, 10, 15]) r.getCell(c).numFmt = 'dd-mm-yyyy';
    r.commit();
  });
}

function goalLines(ws: ExcelJS.Worksheet, data: PlansExport): void {
  for (const p of data.plans) {
    (data.goals.get(p.id) ?? []).forEach((g, n) => {
      const parent = g.parentGoalId != null ? (data.parents.get(g.parentGoalId)?.description ?? '') : '';
      const inds = data.indicators.get(g.id) ?? [];
      for (const i of inds.length ? inds : [null]) {
        const r = ws.addRow([p.nip, p.name, g.kind === 'MAIN' ? 'Utama' : 'Tambahan', n + 1, g.description, parent,
          i ? aspek(i.aspect) : '', i?.description ?? '', i ? target(i) : '', i ? perspektif(i.perspective) : '']);
        r.getCell(1).numFmt = '@';
        r.commit();
      }
    });
  }
}

export async function writePlansWorkbook(out: Writable, unit: OrgUnitRow, period: PeriodRow, data: PlansExport, missing: ExportEmployee[] | null): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  const sub = `${unit.name} — ${period.name}`;
  const a = sheet(wb, 'Rekap SKP', 'REKAPITULASI SASARAN KINERJA PEGAWAI', sub, RECAP, [6, 22, 30, 14, 34, 30, 12, 16, 13, 13, 10, 12, 30, 22, 15]);
  recap(a, data);
  a.commit();
  const b = sheet(wb, 'RHK dan IKI', 'RENCANA HASIL KERJA DAN INDIKATOR KINERJA INDIVIDU', sub, GOALS, [22, 30, 11, 5, 50, 44, 11, 50, 18, 18]);
  goalLines(b, data);
  b.commit();
  if (missing) {
    const c = sheet(wb, 'Belum Ada SKP', 'PEGAWAI YANG BELUM MEMILIKI SKP', sub, MISSING, [6, 22, 30, 34, 30]);
    missing.forEach((e, i) => {
      const r = c.addRow([i + 1, e.nip, e.name, e.positionName, e.unitName]);
      r.getCell(2).numFmt = '@';
      r.commit();
    });
    c.commit();
  }
  await wb.commit();
}
