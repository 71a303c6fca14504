import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PlanStatus } from '../../../graphql/generated/types';
import { DISTRIBUTION_PATTERNS } from '../../evaluation/rules/distribution';
import { ORG_PERFORMANCE_LABELS_ID, PERFORMANCE_RATINGS, PERFORMANCE_RATING_LABELS_ID, type PerformanceRating } from '../../evaluation/rules/rating-matrix';
import { violationsOf } from '../../evaluation/services/distribution';
import type { DistributionCheckRow } from '../../evaluation/types';
import type { AllowanceSums } from '../../monitoring/allowance-totals';
import type { MonitoringReportRow } from '../../monitoring/types';
import { bulan, tanggal } from '../format';
import type { Activity, Completion, MonitoringExport, MonitoringMonth, Progress } from './monitoring-data';
import type { ExportUnit } from './org-data';

/**
 * The monitoring report as the HR office (BKPSDM) files it: one worksheet per table, each
 * with the title block (agency, unit, period, printed date), Indonesian headers, a frozen
 * header row, numbered rows per unit of the subtree (its own employees and plans), a
 * JUMLAH row with the figures of `unitMonitoring` for the whole subtree, and notes on how
 * the percentages are computed. Streamed sheet by sheet.
 */
const COUNT = '#,##0';
const PERCENT = '0.0%';
const RUPIAH = '"Rp"#,##0';
const HEADER_ROW = 8;
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

interface Column<T> {
  header: string;
  width: number;
  fmt?: string;
  /** The cell of a unit row, or of the totals row when `total` is set. */
  value: (x: T, total: boolean) => ExcelJS.CellValue;
}

interface Table<T> {
  name: string;
  title: string;
  detail: string;
  columns: Column<T>[];
  rows: { unit: ExportUnit; data: T }[];
  total: T;
  notes: string[];
}

export interface MonitoringSheetsInput {
  report: MonitoringReportRow;
  month: MonitoringMonth;
  printedOn: string;
  data: MonitoringExport;
}

const UNIT_COLUMNS = [{ header: 'No.', width: 6 }, { header: 'Kode Unit', width: 14 }, { header: 'Unit Kerja', width: 44 }];

function titleBlock(ws: ExcelJS.Worksheet, t: Table<unknown>, input: MonitoringSheetsInput): void {
  const { report: r, data } = input;
  const ep = r.evaluationPeriod;
  ws.addRow([t.title]).font = { bold: true, size: 14 };
  ws.addRow([`Instansi: ${data.agencyName}`]).commit();
  ws.addRow([`Unit Kerja: ${r.unit.name} (${r.unit.code}) beserta unit di bawahnya`]).commit();
  ws.addRow([`Periode: ${r.period.name} — ${ep.name} (${tanggal(ep.startDate)} s.d. ${tanggal(ep.endDate)})`]).commit();
  ws.addRow([t.detail]).commit();
  ws.addRow([`Dicetak: ${tanggal(input.printedOn)}`]).commit();
  ws.addRow([]).commit();
  const h = ws.addRow([...UNIT_COLUMNS, ...t.columns].map((c) => c.header));
  h.font = { bold: true };
  h.height = 32;
  h.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  h.commit();
}

function writeTable<T>(wb: ExcelJS.stream.xlsx.WorkbookWriter, t: Table<T>, input: MonitoringSheetsInput): void {
  const ws = wb.addWorksheet(t.name, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [...UNIT_COLUMNS, ...t.columns].map((c) => ({ width: c.width }));
  titleBlock(ws, t as Table<unknown>, input);
  const body = (row: ExcelJS.Row, total: boolean) => {
    t.columns.forEach((c, i) => {
      if (c.fmt) row.getCell(UNIT_COLUMNS.length + 1 + i).numFmt = c.fmt;
    });
    row.getCell(2).numFmt = '@';
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: { style: 'thin' }, bottom: { style: total ? 'double' : 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      if (typeof cell.value === 'string' && cell.value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  };
  t.rows.forEach(({ unit, data }, i) => {
    const row = ws.addRow([i + 1, unit.code, unit.name, ...t.columns.map((c) => c.value(data, false))]);
    body(row, false);
    row.getCell(3).alignment = { indent: Math.min(unit.depth, 10) };
    row.commit();
  });
  const sum = ws.addRow(['', '', 'JUMLAH', ...t.columns.map((c) => c.value(t.total, true))]);
  body(sum, true);
  sum.font = { bold: true };
  sum.commit();
  ws.addRow([]).commit();
  if (t.notes.length) ws.addRow(['Keterangan:']).commit();
  for (const note of t.notes) {
    const n = ws.addRow([`- ${note}`]);
    n.font = { italic: true };
    n.commit();
  }
  ws.commit();
}

const perUnit = <T>(units: ExportUnit[], map: Map<number, T>, zero: T) => units.map((unit) => ({ unit, data: map.get(unit.id) ?? zero }));
const NOTE_OWN = 'Angka tiap unit kerja hanya menghitung pegawai dan SKP pada unit itu sendiri (tanpa unit di bawahnya); baris JUMLAH mencakup seluruh unit.';

const STATUS_COLUMNS: [PlanStatus, string][] = [
  ['DRAFT', 'Draf'], ['SUBMITTED', 'Diajukan'], ['RETURNED', 'Dikembalikan'], ['APPROVED', 'Disetujui'],
  ['REVISION_SUBMITTED', 'Revisi Diajukan'], ['REVISION_REJECTED', 'Revisi Ditolak'],
];
const plansOf = (c: Completion) => Object.values(c.byStatus).reduce((s, n) => s + (n ?? 0), 0);

function completionTable(input: MonitoringSheetsInput): Table<Completion> {
  const { data } = input;
  return {
    name: 'Penyelesaian SKP',
    title: 'REKAPITULASI PENYELESAIAN SASARAN KINERJA PEGAWAI (SKP)',
    detail: `Keadaan pegawai per ${tanggal(data.employeesAt)}`,
    columns: [
      { header: 'Jumlah Pegawai', width: 11, fmt: COUNT, value: (c) => c.employees },
      { header: 'Belum Ada SKP', width: 11, fmt: COUNT, value: (c) => c.withoutPlan },
      ...STATUS_COLUMNS.map(([status, header]): Column<Completion> => ({ header, width: 12, fmt: COUNT, value: (c) => c.byStatus[status] ?? 0 })),
      { header: 'Jumlah SKP', width: 11, fmt: COUNT, value: (c) => plansOf(c) },
      { header: '% Disetujui', width: 11, fmt: PERCENT, value: (c) => share(c.byStatus.APPROVED ?? 0, plansOf(c) + c.withoutPlan) },
    ],
    rows: perUnit(data.units, data.completion.byUnit, { employees: 0, withoutPlan: 0, byStatus: {} }),
    total: data.completion.total,
    notes: [
      NOTE_OWN,
      'Jumlah Pegawai dan Belum Ada SKP: pegawai dengan jabatan definitif pada tanggal keadaan; SKP dihitung menurut unit kerja yang tercatat pada SKP.',
      '% Disetujui = Disetujui / (Jumlah SKP + Belum Ada SKP).',
    ],
  };
}

function activityTable(input: MonitoringSheetsInput): Table<Activity> {
  const { data, month } = input;
  return {
    name: 'Catatan Harian',
    title: 'AKTIVITAS PENGISIAN CATATAN HARIAN PEGAWAI',
    detail: `Bulan: ${bulan(month.month)} (pegawai per ${tanggal(month.at)})`,
    columns: [
      { header: 'Jumlah Pegawai', width: 11, fmt: COUNT, value: (a) => a.total },
      { header: 'Mengisi Catatan Harian', width: 14, fmt: COUNT, value: (a) => a.active },
      { header: 'Belum Mengisi', width: 11, fmt: COUNT, value: (a) => a.total - a.active },
      { header: '% Mengisi', width: 11, fmt: PERCENT, value: (a) => share(a.active, a.total) },
    ],
    rows: perUnit(data.units, data.activity.byUnit, { total: 0, active: 0 }),
    total: data.activity.total,
    notes: [NOTE_OWN, 'Mengisi: pegawai dengan sedikitnya satu catatan harian bertanggal dalam bulan tersebut.'],
  };
}

function progressTable(input: MonitoringSheetsInput): Table<Progress> {
  const { data } = input;
  return {
    name: 'Kemajuan Penilaian',
    title: 'KEMAJUAN PENILAIAN KINERJA PEGAWAI',
    detail: `Periode penilaian: ${input.report.evaluationPeriod.name}`,
    columns: [
      { header: 'SKP Disetujui', width: 11, fmt: COUNT, value: (p) => p.approved },
      { header: 'Penilaian Diri', width: 11, fmt: COUNT, value: (p) => p.selfAssessed },
      { header: 'Sudah Dirating', width: 11, fmt: COUNT, value: (p) => p.rated },
      { header: 'Ditetapkan', width: 11, fmt: COUNT, value: (p) => p.confirmed },
      { header: 'Belum Ditetapkan', width: 11, fmt: COUNT, value: (p) => p.approved - p.confirmed },
      { header: '% Ditetapkan', width: 11, fmt: PERCENT, value: (p) => share(p.confirmed, p.approved) },
    ],
    rows: perUnit(data.units, data.progress.byUnit, { approved: 0, selfAssessed: 0, rated: 0, confirmed: 0 }),
    total: data.progress.total,
    notes: [NOTE_OWN, 'SKP Disetujui: SKP disetujui (termasuk yang sedang direvisi) yang mencakup periode penilaian; % Ditetapkan = Ditetapkan / SKP Disetujui.'],
  };
}

type Check = DistributionCheckRow;
const rated = (c: Check) => PERFORMANCE_RATINGS.reduce((s, r) => s + c.counts[r], 0);

function distributionTable(input: MonitoringSheetsInput): Table<Check> {
  const lines = input.data.distribution;
  const counts = Object.fromEntries(PERFORMANCE_RATINGS.map((r) => [r, 0])) as Record<PerformanceRating, number>;
  const total: Check = { agencyId: input.report.unit.agencyId, unitId: input.report.unit.id, evaluationPeriodId: input.report.evaluationPeriod.id, orgPerformance: null, confirmed: 0, counts };
  for (const { check } of lines) {
    total.confirmed += check.confirmed;
    for (const r of PERFORMANCE_RATINGS) total.counts[r] += check.counts[r];
  }
  const text = (c: Check, t: boolean, f: (c: Check) => string) => (t ? '' : f(c));
  const status = (c: Check) => {
    if (!c.orgPerformance) return 'Belum ada capaian kinerja organisasi (tidak diperiksa)';
    const n = violationsOf(c).length;
    return n === 0 ? 'Sesuai pola' : `${n} pelanggaran`;
  };
  return {
    name: 'Distribusi Predikat',
    title: 'DISTRIBUSI PREDIKAT KINERJA PEGAWAI (KURVA)',
    detail: 'Pola distribusi menurut capaian kinerja organisasi (SE MenPANRB 3/2023)',
    columns: [
      { header: 'Capaian Kinerja Organisasi', width: 16, value: (c, t) => text(c, t, (x) => (x.orgPerformance ? ORG_PERFORMANCE_LABELS_ID[x.orgPerformance.rating] : '-')) },
      ...PERFORMANCE_RATINGS.map((r): Column<Check> => ({ header: PERFORMANCE_RATING_LABELS_ID[r], width: 11, fmt: COUNT, value: (c) => c.counts[r] })),
      { header: 'Jumlah Dinilai', width: 10, fmt: COUNT, value: (c) => rated(c) },
      { header: 'Ditetapkan', width: 10, fmt: COUNT, value: (c) => c.confirmed },
      ...PERFORMANCE_RATINGS.map((r): Column<Check> => ({ header: `% ${PERFORMANCE_RATING_LABELS_ID[r]}`, width: 11, fmt: PERCENT, value: (c) => share(c.counts[r], rated(c)) })),
      { header: 'Pola Distribusi yang Diizinkan', width: 48, value: (c, t) => text(c, t, (x) => (x.orgPerformance ? DISTRIBUTION_PATTERNS[x.orgPerformance.rating].description : '-')) },
      { header: 'Pelanggaran Pola', width: 56, value: (c, t) => text(c, t, (x) => violationsOf(x).map((v) => v.message).join('\n') || '-') },
      { header: 'Keterangan', width: 26, value: (c, t) => text(c, t, status) },
    ],
    rows: lines.map((l) => ({ unit: l.unit, data: l.check })),
    total,
    notes: [
      'Satu baris per unit kerja yang memiliki capaian kinerja organisasi, menghitung pegawai yang dinilai pada unit itu dan unit di bawahnya yang tidak memiliki capaian sendiri; baris unit induk tanpa capaian menghitung sisanya.',
      'Pelanggaran pola adalah peringatan: pejabat penilai dapat menetapkan penilaian dengan alasan.',
    ],
  };
}

function allowanceTable(input: MonitoringSheetsInput): Table<AllowanceSums> {
  const { data, month } = input;
  const rules = data.allowance.total.ruleTable;
  const zero: AllowanceSums = { employeeCount: 0, computedCount: 0, pendingCount: 0, withoutBaseAmountCount: 0, baseAmountTotal: 0, performanceAmountTotal: 0, disciplineAmountTotal: 0, deductionAmountTotal: 0, total: 0 };
  return {
    name: 'TPP',
    title: 'REKAPITULASI TAMBAHAN PENGHASILAN PEGAWAI (TPP)',
    detail: `Bulan: ${bulan(month.month)}; ${rules ? `aturan: ${rules.name}` : 'instansi belum menetapkan aturan TPP untuk tahun ini'}`,
    columns: [
      { header: 'Jumlah Pegawai', width: 11, fmt: COUNT, value: (a) => a.employeeCount },
      { header: 'Dihitung', width: 10, fmt: COUNT, value: (a) => a.computedCount },
      { header: 'Menunggu Penilaian', width: 12, fmt: COUNT, value: (a) => a.pendingCount },
      { header: 'Tanpa Pagu', width: 10, fmt: COUNT, value: (a) => a.withoutBaseAmountCount },
      { header: 'Pagu TPP (Rp)', width: 17, fmt: RUPIAH, value: (a) => a.baseAmountTotal },
      { header: 'Produktivitas Kerja (Rp)', width: 17, fmt: RUPIAH, value: (a) => a.performanceAmountTotal },
      { header: 'Disiplin Kerja (Rp)', width: 17, fmt: RUPIAH, value: (a) => a.disciplineAmountTotal },
      { header: 'Potongan Kehadiran (Rp)', width: 17, fmt: RUPIAH, value: (a) => a.deductionAmountTotal },
      { header: 'TPP Dibayarkan (Rp)', width: 18, fmt: RUPIAH, value: (a) => a.total },
    ],
    rows: perUnit(data.units, data.allowance.byUnit, zero),
    total: data.allowance.total,
    notes: [
      NOTE_OWN,
      'Jumlah rupiah hanya untuk pegawai yang TPP-nya dihitung (penilaian yang mencakup bulan tersebut sudah ditetapkan); Menunggu Penilaian belum dihitung; Tanpa Pagu: jenjang jabatan tanpa pagu dalam aturan.',
    ],
  };
}

export async function writeMonitoringWorkbook(out: Writable, input: MonitoringSheetsInput): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Kinerja';
  writeTable(wb, completionTable(input), input);
  writeTable(wb, activityTable(input), input);
  writeTable(wb, progressTable(input), input);
  writeTable(wb, distributionTable(input), input);
  writeTable(wb, allowanceTable(input), input);
  await wb.commit();
}
