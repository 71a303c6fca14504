import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { OrgUnitRow } from '../../org/types';
import { excelDate, jenisJabatan, jenisKelamin, penugasan, tanggal } from '../format';
import type { ExportEmployee, ExportPosition, ExportUnit } from './org-data';

/**
 * A unit's organisation as an HR office keeps it: sheet "Pegawai" in the column layout
 * of the national HR export (so it can be corrected and imported back with orgImport),
 * "Unit Kerja" and "Jabatan" (with vacancies). Streamed row by row.
 */
export const EMPLOYEE_HEADER = ['No', 'NIP', 'Nama', 'Pangkat/Golongan', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'Unit Induk', 'NIP Atasan', 'Status',
  'Kode Unit', 'Jenis Kelamin', 'Tanggal Lahir', 'TMT Jabatan', 'Jenis Penugasan'];
const UNIT_HEADER = ['No', 'Kode Unit', 'Nama Unit', 'Unit Induk', 'Tingkat', 'Jumlah Pegawai'];
const POSITION_HEADER = ['No', 'Unit Kerja', 'Jabatan', 'Jenis Jabatan', 'Jabatan Atasan', 'NIP Pemangku', 'Nama Pemangku', 'NIP Plt./Plh.', 'Nama Plt./Plh.', 'Keterangan'];

type Sheet = ExcelJS.Worksheet;

function sheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, widths: number[]): Sheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function titles(ws: Sheet, title: string, unit: OrgUnitRow, at: string, header: string[]): void {
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([`${unit.name} — keadaan per ${tanggal(at)}`]).commit();
  ws.addRow([]).commit();
  const h = ws.addRow(header);
  h.font = { bold: true };
  h.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
    c.border = { bottom: { style: 'thin' } };
  });
  h.commit();
}

function employeeRows(ws: Sheet, rows: ExportEmployee[]): void {
  rows.forEach((e, i) => {
    const r = ws.addRow([
      i + 1, e.nip, e.name, e.rank ?? '', e.positionName, jenisJabatan(e.positionType, e.positionLevel), e.unitName, e.parentUnitName ?? '', e.superiorNip ?? '',
      e.employmentType, e.unitCode, jenisKelamin(e.gender), excelDate(e.birthDate), excelDate(e.startDate), penugasan(e.kind),
    ]);
    r.getCell(2).numFmt = '@';
    r.getCell(9).numFmt = '@';
    r.getCell(13).numFmt = 'dd-mm-yyyy';
    r.getCell(14).numFmt = 'dd-mm-yyyy';
    r.commit();
  });
}

export async function writeOrgWorkbook(out: Writable, unit: OrgUnitRow, at: string, data: { units: ExportUnit[]; positions: ExportPosition[]; employees: ExportEmployee[] }): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  const emp = sheet(wb, 'Pegawai', [6, 22, 32, 14, 36, 20, 32, 32, 22, 8, 14, 12, 13, 13, 14]);
  titles(emp, 'DAFTAR PEGAWAI', unit, at, EMPLOYEE_HEADER);
  employeeRows(emp, data.employees);
  emp.commit();
  const perUnit = new Map<number, number>();
  for (const e of data.employees) perUnit.set(e.unitId, (perUnit.get(e.unitId) ?? 0) + 1);
  const units = sheet(wb, 'Unit Kerja', [6, 14, 40, 40, 9, 15]);
  titles(units, 'DAFTAR UNIT KERJA', unit, at, UNIT_HEADER);
  data.units.forEach((u, i) => units.addRow([i + 1, u.code, u.name, u.parentName ?? '', u.depth, perUnit.get(u.id) ?? 0]).commit());
  units.commit();
  const pos = sheet(wb, 'Jabatan', [6, 32, 36, 20, 36, 22, 30, 22, 30, 12]);
  titles(pos, 'DAFTAR JABATAN', unit, at, POSITION_HEADER);
  data.positions.forEach((p, i) => {
    const r = pos.addRow([i + 1, p.unitName, p.name, jenisJabatan(p.type, p.level), p.superiorName ?? '', p.holderNip ?? '', p.holderName ?? '', p.actingNip ?? '', p.actingName ?? '', p.holderNip ? 'Terisi' : 'Lowong']);
    r.getCell(6).numFmt = '@';
    r.getCell(8).numFmt = '@';
    r.commit();
  });
  pos.commit();
  await wb.commit();
}
